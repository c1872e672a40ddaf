package evradar.extract.discourse;

import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Who does what: the firm(s) a predicate at a given token is about. In order: the antecedent of a
 * relative clause ("Geely, which already sells ..."), the subject of the predicate's clause (the
 * first mention not governed by a preposition, with any firms coordinated with it), the subject of
 * the sentence (ellipsis: "X priced ..., and started taking orders"), a subject after the predicate
 * (", the company said"), and finally the only firm in the sentence.
 */
public final class Roles {

    private static final java.util.Set<String> FIRM_HEADS = java.util.Set.of("startup", "company", "carmaker",
            "automaker", "maker", "firm", "manufacturer", "group", "supplier", "brand", "venture", "up", "newcomer",
            "entrant");

    /** How far back a predicate's subject may stand, in tokens (real clauses are far shorter). */
    private static final int REACH = 40;

    private Roles() {
    }

    private static final java.util.Set<String> HELP = java.util.Set.of("help", "helps", "helped", "helping");

    /** The object of "help" whose complement holds the predicate: "help Byton (to) put ... into production". */
    private static Mention helpedFirm(Sentence s, List<Mention> ms, int at) {
        for (Mention m : ms) {
            if (m.end() > at || m.end() < at - 3 || m.start() == 0 || !HELP.contains(s.lower(m.start() - 1))) {
                continue;
            }
            boolean plainVerbPhrase = true;
            for (int k = m.end(); k < at; k++) {
                plainVerbPhrase &= s.token(k).isWord() && !s.token(k).isCapitalised();
            }
            if (plainVerbPhrase) {
                return m;
            }
        }
        return null;
    }

    public static List<String> agents(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        List<Mention> ms = d.mentions(si);
        List<String> out = new ArrayList<>();
        Mention helped = helpedFirm(s, ms, at);
        if (helped != null && isActor(d, helped)) {
            out.add(helped.companyId()); // "agreed to help Byton put its M-Byte into production": Byton acts
            return out;
        }
        if (ReferenceResolver.indefiniteFirmSubject(s, at, ms)) {
            return out; // "when a U.S. truck start-up abandoned its vehicle": a firm the article does not name acts
        }
        Mention whereSubject = whereClauseSubject(d, s, ms, at);
        if (whereSubject != null) {
            addWithConjuncts(d, s, ms, whereSubject, out);
            return out; // "... facilities in Tianjin, where NEVS has been building pre-series cars": NEVS builds
        }
        // relative clause: "X, which|whose ... <predicate>"; not when a comma closes the clause right before the
        // predicate ("Zeekr, ..., which listed in New York last month, delivered 18,616 units")
        boolean closedBefore = at > 0 && s.lower(at - 1).equals(",");
        for (int k = at - 1; k >= 1 && k >= at - REACH && !closedBefore; k--) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".")) {
                break;
            }
            Mention named = l.equals("that") && !s.lower(k - 1).equals(",") ? mentionStartingAt(ms, k + 1) : null;
            if (named != null && named.kind() == Mention.Kind.NAME && named.end() < at && isActor(d, named)
                    && !FIRM_HEADS.contains(s.lower(k - 1))) {
                // "the Bolt, an electric car that General Motors plans to put on sale": the name opening the
                // relative clause is its subject, not the firm the clause's antecedent hangs from
                addWithConjuncts(d, s, ms, named, out);
                return out;
            }
            if ((l.equals("that") || l.equals("whose")) && FIRM_HEADS.contains(s.lower(k - 1))) {
                // "WM Motor, a Chinese electric-car startup that sells SUVs", "Norrik, the Swedish start-up
                // whose crossover is in prototype testing": the apposition's firm
                for (int j = k - 2; j >= 0 && j >= k - 10; j--) {
                    Mention m = mentionEndingAt(ms, j);
                    if (m != null && s.lower(j).equals(",") && isActor(d, m)) {
                        addWithConjuncts(d, s, ms, m, out);
                        return out;
                    }
                }
            }
            if (l.equals("which") && s.lower(k - 1).equals("of") && QUANTIFIED_RELATIVES.contains(s.lower(k - 2))
                    && s.lower(k - 3).equals(",")) {
                // "a stake in Tesla and in NIO, both of which sell electric cars": the firms named before the comma
                // the last ends at the comma; the other is an object too ("of Tesla"), not the clause's subject
                List<String> before = new ArrayList<>();
                Mention last = mentionEndingAt(ms, k - 3);
                if (last != null && last.kind() == Mention.Kind.NAME && isActor(d, last)) {
                    for (Mention m : ms) {
                        if (m.end() <= last.start() && m.end() >= k - 18 && m.kind() == Mention.Kind.NAME
                                && m.prepositional() && !m.possessive() && isActor(d, m)
                                && !m.companyId().equals(last.companyId())) {
                            before.clear();
                            before.add(m.companyId());
                        }
                    }
                    if (!before.isEmpty()) {
                        before.add(last.companyId());
                        return before;
                    }
                }
            }
            if (Grammar.isRelativePronoun(l) && (s.lower(k - 1).equals(",") || s.lower(k - 1).equals("and"))) {
                // "and which": keep looking left for the first relative pronoun
                Mention ante = mentionEndingAt(ms, s.lower(k - 1).equals(",") ? k - 1 : -1);
                if (ante == null && s.lower(k - 1).equals("and")) {
                    continue;
                }
                if (ante != null && isActor(d, ante)) {
                    addWithConjuncts(d, s, ms, ante, out);
                    return out;
                }
                if (ante == null && s.lower(k - 1).equals(",") && ORGANISATION_NOUNS.contains(s.lower(k - 2))) {
                    // "MG Motor India, the local arm of a Chinese carmaker, which sells ...": the antecedent is an
                    // organisation the text does not name, or the firm its apposition describes; never the subject
                    Mention described = appositionOwner(s, ms, k - 2);
                    if (described != null && isActor(d, described)) {
                        out.add(described.companyId());
                    }
                    return out;
                }
                break; // the antecedent is not a firm ("the P7 sedan, which ..."): use the clause subject
            }
        }
        Mention antecedent = antecedentOfClosedRelative(s, ms, at);
        if (antecedent != null && isActor(d, antecedent) && !antecedent.prepositional()) {
            // not "Zeekr, the car maker controlled by Geely, which listed last month, delivered ...": a firm
            // after a preposition is inside a modifier, and the subject is further left
            addWithConjuncts(d, s, ms, antecedent, out);
            return out;
        }
        // the subject of the clause holding the predicate
        int clauseStart = Math.max(0, at - REACH);
        for (int k = at - 1; k >= 0 && k >= at - REACH; k--) {
            if (Grammar.isClauseBoundary(s, k) || newClauseWithSubject(s, ms, k, at) || headlineListComma(s, k)) {
                clauseStart = k + 1;
                break;
            }
        }
        Mention subject = firstSubject(d, ms, clauseStart, at);
        if (indefiniteFirmBefore(s, at)) {
            // "Tesla has shown that a newcomer can sell premium electric cars": some firm, not one named earlier
            return out;
        }
        if (subject == null && clauseStart > 0 && !headlineListComma(s, clauseStart - 1)) {
            subject = firstSubject(d, ms, Math.max(0, at - 2 * REACH), at);
        }
        if (subject != null) {
            addWithConjuncts(d, s, ms, subject, out);
            return out;
        }
        if (indefiniteFirmSubject(s, clauseStart, at)) {
            // "A secretive Michigan start-up backed by Amazon founder Jeff Bezos is developing a pickup": the
            // subject is a firm the clause does not name, not the firm named inside its modifier
            return out;
        }
        // after the predicate: ", the company said", "... by Foo"
        for (Mention m : ms) {
            if (m.start() > at && m.start() <= at + 12 && m.isSubjectLike() && isActor(d, m)
                    && !subjectOfNextClause(s, at, m)) {
                addWithConjuncts(d, s, ms, m, out);
                return out;
            }
        }
        // the only firm in the sentence
        List<String> firms = new ArrayList<>();
        for (Mention m : ms) {
            if (isActor(d, m) && !firms.contains(m.companyId())) {
                firms.add(m.companyId());
            }
        }
        if (firms.size() == 1) {
            return firms;
        }
        if (firms.isEmpty() && (officerSubject(s, at) || quotedOfficer(s, at))) {
            // "Chairman Kenichiro Yoshida unveiled the Vision-S 02" after "Sony is doubling down": an officer
            // named without a firm speaks and acts for the firm the article is about
            String topic = topic(d, si);
            if (topic != null) {
                out.add(topic);
            }
        }
        return out;
    }

    private static final java.util.Set<String> VERB_AUXILIARIES = java.util.Set.of("can", "could", "will", "would",
            "may", "might", "has", "have", "had", "is", "are", "was", "were", "also", "already", "now");

    /** "that a newcomer can sell": an indefinite firm noun phrase right before the predicate and its auxiliaries. */
    private static boolean indefiniteFirmBefore(Sentence s, int at) {
        int j = at - 1;
        while (j > 0 && VERB_AUXILIARIES.contains(s.lower(j))) {
            j--;
        }
        if (!FIRM_HEADS.contains(s.lower(j))) {
            return false;
        }
        for (int k = j - 1; k >= 0 && k >= j - 4; k--) {
            if (s.lower(k).equals("a") || s.lower(k).equals("an")) {
                return indefiniteFirmSubject(s, k, j + 1); // the article's phrase, read as at a clause's start
            }
        }
        return false;
    }

    /** The clause opens with an indefinite firm noun phrase: "A secretive Michigan start-up ...", "An Indian carmaker". */
    private static boolean indefiniteFirmSubject(Sentence s, int from, int at) {
        String det = s.lower(from);
        if (!det.equals("a") && !det.equals("an")) {
            return false;
        }
        for (int k = from + 1; k < at && k <= from + 5; k++) {
            if (FIRM_HEADS.contains(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-") || Grammar.isPreposition(s.lower(k))) {
                return false; // not "A senior official of the company": the head came before the preposition
            }
        }
        return false;
    }

    private static final java.util.Set<String> OFFICER_MODIFIERS = java.util.Set.of("chief", "vice", "managing",
            "deputy", "co");

    /** The sentence opens with an officer's role and a name ("Chairman Kenichiro Yoshida", "Chief executive Jane Roe"). */
    private static boolean officerSubject(Sentence s, int at) {
        int k = 0;
        while (k < s.size() && k < 3 && s.token(k).isWord() && !Lexicon.isOfficerRole(s.lower(k))) {
            k++;
        }
        if (k >= s.size() || !Lexicon.isOfficerRole(s.lower(k))) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (!OFFICER_MODIFIERS.contains(s.lower(j))) {
                return false;
            }
        }
        int name = k + 1;
        return name + 1 < at && s.token(name).isCapitalised() && s.token(name + 1).isCapitalised();
    }

    /**
     * "'... the prototypes are running and the line at Satara is being commissioned,' managing director
     * Vikram Deshpande said": a quote closed and given to an officer named without a firm, who speaks for
     * the firm the article is about.
     */
    private static boolean quotedOfficer(Sentence s, int at) {
        int close = -1;
        for (int k = at + 1; k < s.size(); k++) {
            if (Grammar.quoteMark(s, k) || s.lower(k).equals("'") || s.lower(k).equals("\u2019")) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        boolean officer = false;
        for (int k = close + 1; k < s.size() && k <= close + 8; k++) {
            String l = s.lower(k);
            officer |= Lexicon.isOfficerRole(l) && k + 2 < s.size() && s.token(k + 1).isCapitalised();
            if (officer && (l.equals("said") || l.equals("says") || l.equals("told"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The firm the article is about, up to sentence {@code si}: the one mentioned most often in the
     * sentences before (at least twice, ties to the earliest), or null.
     */
    public static String topic(Discourse d, int si) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int k = 0; k < si; k++) {
            for (Mention m : d.mentions(k)) {
                if (m.kind() != Mention.Kind.PLURAL) {
                    counts.merge(m.companyId(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = 1;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** "both of which", "all of which": a relative clause on several firms named before it. */
    private static final java.util.Set<String> QUANTIFIED_RELATIVES = java.util.Set.of("both", "all", "each");

    /** Nouns for an organisation: a relative clause on one of them is about that organisation. */
    private static final java.util.Set<String> ORGANISATION_NOUNS = java.util.Set.of("carmaker", "automaker", "maker",
            "company", "firm", "group", "arm", "unit", "subsidiary", "division", "affiliate", "manufacturer",
            "conglomerate", "startup", "venture", "brand");

    /**
     * The firm an apposition ending at {@code head} describes: "X, the local arm of a Chinese carmaker":
     * the name right before the comma that opens the apposition, within a short reach, or null.
     */
    private static Mention appositionOwner(Sentence s, List<Mention> ms, int head) {
        for (int k = head - 1; k > 0 && k >= head - 12; k--) {
            String l = s.lower(k);
            if (l.equals(",")) {
                Mention m = mentionEndingAt(ms, k);
                return m != null && m.kind() == Mention.Kind.NAME ? m : null;
            }
            if (Grammar.isClauseBoundary(s, k) || Grammar.isRelativePronoun(l)) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "because", "since", "after",
            "before", "when", "while", "although", "though", "if", "until", "whereas", "once", "unless");

    /**
     * ", and the two companies will ...", "as Hyundai races to ...": a clause with its own subject
     * starts after k.
     */
    private static boolean newClauseWithSubject(Sentence s, List<Mention> ms, int k, int at) {
        boolean coordinated = (s.lower(k).equals("and") || s.lower(k).equals("but")) && k > 0 && s.lower(k - 1).equals(",");
        // "a report that the smartphone maker wanted to build": a complement clause with its own subject
        boolean complement = s.lower(k).equals("that") || s.lower(k).equals("whether")
                // "an agreement under which Foxtron will build ...": a relative clause with its own subject
                || (s.lower(k).equals("which") || s.lower(k).equals("whom")) && k > 0
                && Grammar.PREPOSITIONS.contains(s.lower(k - 1));
        if (!coordinated && !complement && !SUBORDINATORS.contains(s.lower(k))) {
            return false;
        }
        for (int j = k + 1; j <= k + 3 && j < at; j++) {
            if (mentionStartsAt(ms, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionStartsAt(List<Mention> ms, int j) {
        int lo = 0;
        int hi = ms.size() - 1;
        while (lo <= hi) { // mentions are sorted by start
            int mid = (lo + hi) >>> 1;
            int st = ms.get(mid).start();
            if (st < j) {
                lo = mid + 1;
            } else if (st > j) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Taiwanese group, which assembles most of Apple's iPhones, is building prototypes", "Mitsubishi
     * Motors, in which Nissan holds a stake, sells the Outlander plug-in hybrid": a predicate
     * right after a closed relative clause (or coordinated with the first one, "unveiled ... and is building")
     * belongs to the clause's antecedent; a firm named inside the clause is no subject of it. Null when the
     * predicate does not follow such a clause.
     */
    private static Mention antecedentOfClosedRelative(Sentence s, List<Mention> ms, int at) {
        int c = at - 1;
        while (c >= 0 && at - c <= 14 && !s.lower(c).equals(",")) {
            if (!s.token(c).isWord() && !s.lower(c).equals("-") || mentionEndingAt(ms, c + 1) != null) {
                return null; // punctuation or a firm of its own between the clause and the predicate
            }
            c--;
        }
        if (c < 2 || !s.lower(c).equals(",")) {
            return null;
        }
        for (int k = c - 1; k >= 1 && k >= c - 20; k--) {
            String l = s.lower(k);
            if (!s.token(k).isWord() && !l.equals("-") && !l.equals("'s") && !l.equals("%")) {
                // ", which ...", ", who ...", ", in which Nissan holds a stake,"
                boolean relative = s.lower(k + 1).equals("which") || s.lower(k + 1).equals("who")
                        || Grammar.isPreposition(s.lower(k + 1)) && (s.lower(k + 2).equals("which") || s.lower(k + 2).equals("whom"));
                return l.equals(",") && k + 1 < c && relative ? mentionEndingAt(ms, k) : null;
            }
        }
        return null;
    }

    /**
     * The firm named right after "where" or "when" that opens the clause of the predicate at {@code at}
     * ("in Tianjin, where NEVS has been building cars"): the clause's own subject, not the sentence's.
     */
    private static Mention whereClauseSubject(Discourse d, Sentence s, List<Mention> ms, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 8; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || l.equals("which") || l.equals("that")) {
                return null;
            }
            if ((l.equals("where") || l.equals("when")) && s.lower(k - 1).equals(",")) {
                for (Mention m : ms) {
                    if (m.start() == k + 1 && m.kind() == Mention.Kind.NAME && m.end() <= at && isActor(d, m)) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static Mention mentionStartingAt(List<Mention> ms, int start) {
        for (Mention m : ms) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionEndingAt(List<Mention> ms, int end) {
        Mention found = null;
        for (Mention m : ms) {
            if (m.end() == end) {
                found = m;
            }
        }
        return found;
    }

    private static Mention firstSubject(Discourse d, List<Mention> ms, int from, int to) {
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Sentence s = d.sentence(m.sentence());
            if (i > 0 && conjunctOfPrepositional(s, ms.get(i - 1), m)) {
                continue; // "backed by Changan and battery maker CATL": the conjunct shares the preposition
            }
            if (m.start() >= from && m.start() < to && m.isSubjectLike() && isActor(d, m) && !isSpeakerOnly(d, m)
                    && !Comparison.employerOfPerson(s, m) && !Comparison.isCompared(s, m.start())) {
                // "Founded by former BMW executives, Byton had taken ...": a person's employer or a rival
                // named for comparison is not who acts
                // "Foxconn's Foxtron will build ...": the possessor names the owner, the head is the subject
                if (m.possessive() && i + 1 < ms.size() && possessedFirm(d.sentence(m.sentence()), m, ms.get(i + 1))
                        && ms.get(i + 1).start() < to) {
                    continue;
                }
                return m;
            }
        }
        return null;
    }

    /**
     * "backed by Changan Automobile and battery maker CATL": a name joined by "and"/"or" (with at most
     * two lowercase descriptor words, no comma) to a name governed by a preposition is governed by it too.
     */
    static boolean conjunctOfPrepositional(Sentence s, Mention prev, Mention m) {
        if (prev.isSubjectLike() || prev.kind() != Mention.Kind.NAME || m.kind() != Mention.Kind.NAME
                || m.start() <= prev.end() || m.start() - prev.end() > 3) {
            return false;
        }
        String conj = s.lower(prev.end());
        if (!conj.equals("and") && !conj.equals("or")) {
            return false;
        }
        for (int k = prev.end() + 1; k < m.start(); k++) {
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** "Foxconn's Foxtron", "General Motors' self-driving unit Cruise": the possessed noun phrase is a firm. */
    private static boolean possessedFirm(Sentence s, Mention owner, Mention next) {
        // "Its much larger Foshan neighbour Midea": after a pronoun a place name may qualify the head too
        boolean pronoun = owner.kind() == Mention.Kind.PRONOUN;
        if (next.start() <= owner.end() || next.start() > owner.end() + (pronoun ? 6 : 5)) {
            return false;
        }
        int head = next.start();
        if (s.lower(next.start() - 1).equals(",") && next.end() < s.size() && s.lower(next.end()).equals(",")) {
            head = next.start() - 1; // "Its parent, Volkswagen Group, already builds ...": the head's apposition
        }
        for (int k = owner.end() + 1; k < head; k++) {
            if (!s.token(k).isWord() && !s.lower(k).equals("-") || s.token(k).isCapitalised() && !pronoun) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Weekly wrap: Northvolt goes under, Ola's car on hold, Tsubame weighs a car": in a headline a comma
     * followed by a capitalised word opens another item with its own subject.
     */
    private static boolean headlineListComma(Sentence s, int k) {
        return s.title() && s.lower(k).equals(",") && k + 1 < s.size() && s.token(k + 1).isWord()
                && s.token(k + 1).isCapitalised();
    }

    private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of("said", "says", "told", "tells",
            "announced", "announces", "confirmed", "confirms", "added", "adds", "stated", "states", "reported",
            "reports", "wrote", "writes", "explained", "noted");

    /**
     * "Neta's maker enters bankruptcy, BYD cuts again": a name after a comma that is not a trailing speech
     * tag (", the company said", ", BYD said on Monday") is the subject of a clause of its own.
     */
    private static boolean subjectOfNextClause(Sentence s, int at, Mention m) {
        boolean comma = false;
        for (int k = at + 1; k < m.start(); k++) {
            comma |= s.lower(k).equals(",");
        }
        if (!comma) {
            return false;
        }
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 3); k++) {
            if (SPEECH_VERBS.contains(s.lower(k))) {
                return false;
            }
        }
        int next = m.end() < s.size() && s.token(m.end()).isPossessive() ? m.end() + 1 : m.end();
        return next < s.size() && s.token(next).isWord();
    }

    /** A firm named only as the source of a report ("told Reuters", "according to Bloomberg"). */
    private static boolean isSpeakerOnly(Discourse d, Mention m) {
        return !isActor(d, m);
    }

    /** Anyone but the press and analysts can act (investors invest); signals filter observers themselves. */
    static boolean isActor(Discourse d, Mention m) {
        return d.company(m.companyId()).map(Company::kind)
                .map(k -> k != CompanyKind.NEWS_AGENCY && k != CompanyKind.RESEARCH).orElse(true);
    }

    private static void addWithConjuncts(Discourse d, Sentence s, List<Mention> ms, Mention head, List<String> out) {
        if (head.kind() == Mention.Kind.PLURAL) {
            for (Mention m : ms) {
                if (m.kind() == Mention.Kind.PLURAL && m.start() == head.start() && !out.contains(m.companyId())) {
                    out.add(m.companyId());
                }
            }
            return;
        }
        out.add(head.companyId());
        Mention prev = head;
        for (Mention m : ms) {
            if (m.start() <= prev.start()) {
                continue;
            }
            if (ReferenceResolver.coordinated(s, prev, m)) {
                if (!out.contains(m.companyId()) && isActor(d, m)) {
                    out.add(m.companyId());
                }
                prev = m;
            } else if (m.start() > prev.end()) {
                break;
            }
        }
    }
}
