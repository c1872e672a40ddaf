package evradar.extract.cues;

import evradar.extract.discourse.Grammar;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.Set;

/**
 * The mood of a predicate, read from the words just before it in its clause: whether it is
 * negated ("has not", "no plans"), future or planned ("will", "plans to", "due to", a headline's
 * "to"), an intention only ("wants to", "aims to"), or hedged ("could", "may").
 */
public record Modality(boolean negated, boolean future, boolean intention, boolean speculative) {

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "would", "to", "going", "due",
            "scheduled", "set", "expected", "expects", "planned", "slated", "poised", "ready");
    private static final Set<String> INTENTION = Set.of("plans", "plan", "planning", "aims", "aim", "aiming",
            "intends", "intend", "intending", "wants", "want", "wanted", "wishes", "wish", "wishing", "hopes", "hope",
            "hoping", "seeks", "seek", "seeking", "looks", "preparing", "prepares", "prepare", "ambition", "eager",
            "keen", "targets", "targeting", "goal", "pledged", "vowed", "promised");
    /** Verbs whose gerund complement is an option under study: "weighs selling", "considered building". */
    private static final Set<String> WEIGHING = Set.of("weigh", "weighs", "weighed", "weighing", "consider",
            "considers", "considered", "considering", "mull", "mulls", "mulled", "mulling", "contemplate",
            "contemplates", "contemplated", "contemplating", "explore", "explores", "explored", "exploring",
            "discuss", "discusses", "discussed", "discussing");
    /** Verbs of appearance that present the complement as the writer's inference: "appears to", "seems to". */
    private static final Set<String> EVIDENTIAL = Set.of("appears", "appear", "appeared", "seems", "seem", "seemed");
    /** Subordinators whose clause reports an event that has not happened yet. */
    private static final Set<String> NOT_YET = Set.of("before", "until", "till", "unless");
    private static final Set<String> SPECULATIVE = Set.of("could", "may", "might", "possibly", "perhaps", "potential",
            "potentially", "likely", "unlikely", "considering", "weighing", "if", "whether", "mulling");

    /**
     * "The venture plans to take pre-orders in 2025 and start deliveries in 2026": the mood of the first
     * verb of the coordination, found by the nearest "to"/modal before the "and" in its clause; one-word
     * members of a longer list are passed over.
     */
    private static Modality ofCoordinated(Sentence s, int and) {
        for (int k = and - 1; k >= 0 && k >= and - 14; k--) {
            String l = s.lower(k);
            if (l.equals(",") && k + 2 <= and && (k + 2 == and || s.lower(k + 2).equals(","))
                    && s.token(k + 1).isWord() && !s.token(k + 1).isCapitalised()) {
                continue; // a one-word member of the list: "to design, manufacture and sell electric cars"
            }
            if (Grammar.isClauseBoundary(s, k) || l.equals(",") || l.equals("which") || l.equals("that")) {
                return null;
            }
            if ((l.equals("to") || l.equals("will") || l.equals("would") || l.equals("could") || l.equals("may"))
                    && k + 1 < and && s.token(k + 1).isWord() && !s.token(k + 1).isCapitalised()) {
                Modality m = of(s, k + 1);
                return m.future() || m.speculative() || m.negated() ? m : null;
            }
        }
        return null;
    }

    /** A hedge anywhere before the token in its sentence: "Gotion would become ... in which it owns a stake". */
    public static boolean hedgedBefore(Sentence s, int at) {
        int from = 0;
        for (int k = at - 1; k > 0; k--) {
            // a non-restrictive relative clause (", which has hired it to ...") is an assertion of its own:
            // a hedge in the clause it hangs on does not reach into it
            if ((s.lower(k).equals("which") || s.lower(k).equals("who")) && s.lower(k - 1).equals(",")) {
                from = k;
                break;
            }
        }
        for (int k = from; k < at; k++) {
            String l = s.lower(k);
            if (l.equals(";")) {
                return false;
            }
            if (month(s, k)) {
                continue;
            }
            if (l.equals("could") || l.equals("might") || l.equals("may") || l.equals("if") || l.equals("possible")
                    || l.equals("potential") || l.equals("would") && !reportedSpeechBefore(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "announced", "agreed", "added",
            "expects", "expected", "confirmed", "stated", "promised", "pledged", "hoped", "believed", "thought");

    private static boolean reportedSpeechBefore(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (SPEECH.contains(s.lower(j))) {
                return true;
            }
        }
        for (int j = k + 1; j < s.size(); j++) {
            if (SPEECH.contains(s.lower(j)) && s.lower(j - 1).equals(",") == false && j > 0
                    && (s.lower(j - 1).equals("companies") || s.lower(j - 1).equals("company")
                    || s.token(j - 1).isCapitalised())) {
                return true; // trailing ", the company said"
            }
        }
        return false;
    }

    /** A "from" earlier in the clause makes "to" the end of a range: "from making components to building cars". */
    private static boolean rangeFrom(Sentence s, int to) {
        for (int k = to - 1; k >= 0 && k >= to - 8; k--) {
            if (s.lower(k).equals("from")) {
                return true;
            }
            if (Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** "May 16", "in May 2023", "on 16 May": the month, not the modal. */
    private static boolean month(Sentence s, int k) {
        if (!s.token(k).text().equals("May")) {
            return false;
        }
        String next = s.lower(k + 1);
        String prev = s.lower(k - 1);
        return !next.isEmpty() && Character.isDigit(next.charAt(0)) || !prev.isEmpty() && Character.isDigit(prev.charAt(0))
                || prev.equals("in") || prev.equals("since") || prev.equals("until") || prev.equals("of")
                || prev.equals("last") || prev.equals("next") || prev.equals("early") || prev.equals("late")
                || prev.equals(",") || prev.equals("—") || k == 0 && !s.token(k + 1).isWord();
    }

    public static final Modality PLAIN = new Modality(false, false, false, false);

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "can",
            "could", "will", "would", "gets", "goes");

    /**
     * A finite verb between a subordinator and the cue: "before the vehicle has even gone on sale" is a clause
     * (the event is still to come), "before the end of 2024" a time.
     */
    private static boolean finiteBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (AUXILIARIES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb is in the main clause of a sentence that opens with an "if" clause, and a "would", "could" or
     * "might" stands between the comma and the verb with no relative clause or comma after it: the whole main
     * clause is hypothetical, however far the verb is from the modal.
     */
    private static boolean hypotheticalMainClause(Sentence s, int verb) {
        if (!s.lower(0).equals("if") && !s.lower(0).equals("unless")) {
            return false;
        }
        int comma = -1;
        for (int k = 1; k < verb; k++) {
            if (s.lower(k).equals(",")) {
                comma = k;
                break;
            }
        }
        boolean modal = false;
        for (int k = comma + 1; comma > 0 && k < verb; k++) {
            String l = s.lower(k);
            if (modal && (l.equals(",") || l.equals("which") || l.equals("who") || l.equals("that"))) {
                return false; // "..., Oppo would follow Xiaomi, which pledged ...": a fact about another firm
            }
            modal |= l.equals("would") || l.equals("could") || l.equals("might");
        }
        return modal;
    }

    /** The modality of the predicate at token {@code verb}, looking back at most eight tokens within its clause. */
    public static Modality of(Sentence s, int verb) {
        // a verb right after "and" shares the mood of the verb it is coordinated with
        if (verb >= 2 && s.lower(verb - 1).equals("and") && s.token(verb).isWord() && !s.token(verb).isCapitalised()) {
            Modality first = ofCoordinated(s, verb - 1);
            if (first != null) {
                return first;
            }
        }
        boolean negated = false;
        boolean future = false;
        boolean intention = false;
        boolean speculative = false;
        for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
            String l = s.lower(k);
            if (l.equals("which") && k >= 2 && s.lower(k - 1).equals("of")
                    && (s.lower(k - 2).equals("neither") || s.lower(k - 2).equals("none"))) {
                negated = true; // "Haier and Hisense, neither of which has shown interest in building cars"
            }
            if (Grammar.isClauseBoundary(s, k) || l.equals(",") && k < verb - 1 || l.equals("which")
                    || l.equals("since") && k < verb - 1 // "has struggled to win clients since it showed its prototypes"
                    || l.equals("that") || l.equals("and") && k < verb - 2) {
                break;
            }
            if (NOT_YET.contains(l) && k + 1 < verb && (!s.lower(k + 1).equals("the") || finiteBetween(s, k + 2, verb))
                    && k < verb - 1) {
                // "before its cars can go on sale", "until the plant opens": the event is still to come
                future = true;
                break;
            }
            if (Grammar.isNegation(l) || l.equals("yet") && s.lower(k + 1).equals("to")
                    || l.equals("than") && s.lower(k - 1).equals("rather") || l.equals("of") && s.lower(k - 1).equals("instead")) {
                negated = true; // "a licensing deal rather than a joint venture", "instead of building its own"
            }
            if (FUTURE.contains(l)) {
                if (l.equals("to") && k + 1 < verb && prepositionalTo(s, k) && finiteBetween(s, k + 2, verb)) {
                    // "the plant it sold to Foxconn earlier this year and has delivered": a preposition, and the
                    // verb has a finite auxiliary of its own
                    continue;
                }
                if (l.equals("to") && k == verb - 1 && s.lower(verb).endsWith("ing") && rangeFrom(s, k)) {
                    continue; // "options range from making components to building a small car": a range, no plan
                }
                if (l.equals("to") && k > 0 && (s.lower(k - 1).equals("began") || s.lower(k - 1).equals("started")
                        || s.lower(k - 1).equals("begun") || s.lower(k - 1).equals("continued")
                        || s.lower(k - 1).equals("continues") || s.lower(k - 1).equals("continue")
                        || s.lower(k - 1).equals("used"))) {
                    continue;
                }
                future = true;
            }
            if (INTENTION.contains(l)) {
                intention = true;
                future = true;
            }
            if (SPECULATIVE.contains(l) && !month(s, k) || l.equals("would") && !reportedSpeechBefore(s, k)) {
                speculative = true; // "would" outside reported speech is conditional: "Gotion would become ..."
            }
            if (k == verb - 1 && WEIGHING.contains(l) && s.lower(verb).endsWith("ing")) {
                speculative = true; // "Sony weighs selling its own EVs": a gerund weighed is not yet done
            }
            if (EVIDENTIAL.contains(l) && s.lower(k + 1).equals("to")) {
                speculative = true; // "Dyson appears to be developing an electric car": an inference, not a fact
            }
        }
        if (!speculative && hypotheticalMainClause(s, verb)) {
            speculative = true; // "If it goes ahead, the project would make Akdora the second group to build cars"
        }
        // the cue is itself a verb of intention with a noun object: "plans an electric car brand of its own"
        if (INTENTION.contains(s.lower(verb)) && !s.lower(verb + 1).equals("to") && Character.isLowerCase(s.token(verb).text().charAt(0))
                && (s.lower(verb).endsWith("s") || s.lower(verb).endsWith("ing")) && verb > 0 && !s.lower(verb - 1).equals("the")) {
            intention = true;
            future = true;
        }
        // a gerund after a preposition is prospective: "in talks about producing cars", "plans for building"
        if (verb > 0 && s.lower(verb).endsWith("ing") && Set.of("about", "on", "over", "toward", "towards", "for")
                .contains(s.lower(verb - 1))) {
            future = true;
        }
        // a headline's bare infinitive: "Baidu to form ...", "Stellantis to buy ..."
        if (s.title() && verb > 0 && s.lower(verb - 1).equals("to")) {
            future = true;
        }
        // a question asserts nothing: "Is Marrowind building a car? The clues, and the silence"
        for (int k = verb; k < s.size(); k++) {
            String l = s.lower(k);
            if (l.equals("?")) {
                speculative = true;
            }
            if (l.equals("?") || l.equals(".") || l.equals("!") || l.equals(":")) {
                break;
            }
        }
        speculative |= doubtedSource(s, verb);
        negated |= unsaid(s, verb);
        future |= fundedAhead(s, verb);
        return new Modality(negated, future, intention, speculative);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "that", "these", "those");

    /** "to Foxconn", "to the carmaker", "to 500": a "to" before a name, a determiner or a number governs a noun. */
    private static boolean prepositionalTo(Sentence s, int k) {
        Token next = s.token(k + 1);
        return next.isCapitalised() || DETERMINERS.contains(next.lower()) || !next.isWord()
                || Character.isDigit(next.text().charAt(0));
    }

    private static final Set<String> FUNDING = Set.of("pay", "fund", "finance", "bankroll", "cover");

    /**
     * "the money would pay for engineering work and a fleet of test vehicles", "raised cash to fund
     * prototypes": what money is to pay for is work still ahead, however far the noun stands from the verb.
     */
    private static boolean fundedAhead(Sentence s, int verb) {
        for (int k = verb - 1; k >= 1 && k >= verb - 14; k--) {
            String l = s.lower(k);
            if (FUNDING.contains(l)) {
                String before = s.lower(k - 1);
                return before.equals("will") || before.equals("would") || before.equals("to");
            }
            if (Grammar.isClauseBoundary(s, k) || l.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> STATING = Set.of("said", "say", "says", "confirmed", "confirm", "disclosed",
            "disclose", "announced", "announce", "stated", "revealed", "reveal", "indicated");

    /**
     * "It has never said in public that it wants to make cars", "has not confirmed whether it will build one":
     * the complement of a negated verb of saying is asserted by nobody.
     */
    private static boolean unsaid(Sentence s, int verb) {
        for (int k = verb - 1; k >= 1 && k >= verb - 8; k--) {
            String l = s.lower(k);
            if (l.equals("that") || l.equals("whether")) {
                for (int j = k - 1; j >= 1 && j >= k - 4; j--) {
                    if (STATING.contains(s.lower(j))) {
                        String before = s.lower(j - 1);
                        String twoBefore = j >= 2 ? s.lower(j - 2) : "";
                        return before.equals("never") || before.equals("not") || before.equals("n't")
                                || twoBefore.equals("never") || twoBefore.equals("not") || twoBefore.equals("n't");
                    }
                }
                return false;
            }
            if (Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "is developing an electric car, if a government document is to be believed", "if the report is
     * accurate": a condition on the source's truth after the claim leaves the claim unconfirmed.
     */
    private static boolean doubtedSource(Sentence s, int verb) {
        for (int k = verb + 1; k < s.size(); k++) {
            if (!s.lower(k).equals("if")) {
                continue;
            }
            for (int j = k + 2; j < s.size() && j <= k + 9; j++) {
                String l = s.lower(j);
                if (l.equals("believed") && s.lower(j - 1).equals("be") && s.lower(j - 2).equals("to")
                        || (l.equals("accurate") || l.equals("correct") || l.equals("true")) && conditionCopula(s.lower(j - 1))) {
                    return true;
                }
                if (l.equals(",") || l.equals(".") || l.equals(";")) {
                    break;
                }
            }
        }
        return false;
    }

    /** The verb of a condition on a source's truth: "if the report is accurate", "if it proves correct". */
    private static boolean conditionCopula(String l) {
        return l.equals("is") || l.equals("are") || l.equals("proves") || l.equals("turns") || l.equals("be");
    }
}
