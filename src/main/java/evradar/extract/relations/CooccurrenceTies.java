package evradar.extract.relations;

import evradar.avro.Certainty;
import evradar.avro.PartnershipType;
import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.cues.Attribution;
import evradar.extract.cues.Modality;
import evradar.extract.cues.VehicleWords;
import evradar.extract.discourse.Comparison;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Grammar;
import evradar.extract.discourse.Mention;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.SortedPositions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second, broad pass over ties: two firms in one clause linked by a word from a broad relation
 * lexicon ({@code lexicon/relation-words.tsv}). The first pass ({@link PartnershipFinder}) reads a
 * cue's own argument syntax and so fires only on forms it knows; this pass reads configuration
 * instead:
 * <ul>
 *   <li><b>between</b>: "A has signed a contract with Finland's B", "A, which holds a contract to
 *       assemble the car for B", "A buys cells from B": a relation word standing between the two
 *       mentions, close to both, with no clause boundary, speech verb or third firm in between;</li>
 *   <li><b>coordinated subject</b>: "A and B signed a memorandum", "A and B are in talks": a
 *       reciprocal (symmetric) word right after two coordinated firms;</li>
 *   <li><b>governed list</b>: "a joint venture of five groups, among them A and B", "talks between A
 *       and B": a reciprocal word whose of/between/among phrase lists both.</li>
 * </ul>
 * The tie is typed by its strongest word: an end beside another tie word is ENDED, talks are
 * IN_TALKS, otherwise the most binding (a made thing that is a component is SUPPLY). It is blocked
 * by the contexts that name two firms without tying them: ownership of a unit or venture (the
 * {@link Discourse#sameGroup} links, "controlled by", a majority stake), market statistics and
 * rankings, negation, and analysts' hedged speculation. Comparisons, rivals and a person's employer
 * are already out of {@link PartnershipFinder#participants}.
 */
final class CooccurrenceTies {

    /** A relation word: the tie it reports and whether it is reciprocal ("deal") or directed ("supplies"). */
    record Word(PartnershipType type, boolean symmetric) {
    }

    /** One relation word found in a sentence: tokens [at, end). */
    record Cue(int at, int end, Word word) {
    }

    private static final Map<String, Word> LEXICON = load("evradar/extract/lexicon/relation-words.tsv");

    /** Most tokens between a relation word and each of its two parties. */
    private static final int REACH = 16;
    /** Most tokens between two coordinated firms and the reciprocal word after them. */
    private static final int SUBJECT_REACH = 8;
    /** Most tokens between two mentions considered at all (a clause with an apposition in it). */
    private static final int MAX_SPAN = 40;
    /** Most mentions between two firms scanned for a third party (keeps the pass linear on runaway lists). */
    private static final int MAX_BETWEEN = 6;

    /** Words of market statistics and rankings: two firms compared by size are not tied. */
    private static final Set<String> STATISTICS = Set.of("ahead", "behind", "leader", "leaders", "largest", "biggest",
            "ranked", "ranking", "rankings", "dominated", "dominate", "dominates", "registrations", "outsold", "overtook",
            "than", "respectively", "best-selling", "top-selling", "rivals", "rival", "competitor", "competitors", "compete", "competes", "competing");

    /** Words of control: a firm owned or controlled by another is its unit, not its partner. */
    private static final Set<String> CONTROL = Set.of("subsidiary", "subsidiaries", "unit", "arm", "division",
            "parent", "controlled", "controlling", "majority", "majority-owned", "wholly", "wholly-owned", "acquired",
            "acquisition", "takeover", "merged", "spun", "spin-off", "spinoff");

    private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "according", "reported",
            "reports", "announced", "added", "noted");

    private CooccurrenceTies() {
    }

    /** Ties for pairs the first pass found nowhere in the article. */
    static List<PartnershipFinder.Tie> find(Discourse d, Set<String> knownPairs) {
        List<PartnershipFinder.Tie> out = new ArrayList<>();
        Set<String> ventures = ventures(d);
        for (int si = 0; si < d.sentences().size(); si++) {
            for (PartnershipFinder.Tie t : inSentence(d, si, ventures)) {
                if (!knownPairs.contains(PartnershipFinder.key(t.a(), t.b()))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * Firms the article presents as a joint venture: "their joint venture Horizon Plus", "a venture
     * called StarPlus Energy", "Siro, a joint venture ...", "The company is a joint venture of ...".
     * Owning or funding such a firm is being its parent, which the conventions do not label.
     */
    static Set<String> ventures(Discourse d) {
        Set<String> out = new java.util.HashSet<>();
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentence s = d.sentence(si);
            for (Mention m : d.mentions(si)) {
                if (m.kind() == Mention.Kind.PLURAL) {
                    continue;
                }
                int b = m.start() - 1;
                if (b >= 0 && (s.lower(b).equals("called") || s.lower(b).equals("named") || s.lower(b).equals("dubbed"))) {
                    b--;
                }
                boolean before = b >= 0 && (s.lower(b).equals("venture") || s.lower(b).equals("jv"));
                boolean after = false;
                for (int k = m.end(); k < Math.min(s.size(), m.end() + 5); k++) {
                    String l = s.lower(k);
                    if (l.equals("venture") || l.equals("jv")) {
                        after = k - m.end() <= 4 && (s.lower(m.end()).equals(",") || s.lower(m.end()).equals("is")
                                || s.lower(m.end()).equals("was"));
                        break;
                    }
                    if (!s.token(k).isWord() && !l.equals(",") && !l.equals("-") && !Character.isDigit(l.charAt(0))) {
                        break;
                    }
                }
                if (before || after) {
                    out.add(m.companyId());
                }
            }
        }
        return out;
    }

    static List<PartnershipFinder.Tie> inSentence(Discourse d, int si) {
        return inSentence(d, si, ventures(d));
    }

    static List<PartnershipFinder.Tie> inSentence(Discourse d, int si, Set<String> ventures) {
        Sentence s = d.sentence(si);
        List<PartnershipFinder.Tie> out = new ArrayList<>();
        List<Mention> ms = PartnershipFinder.participants(d, si);
        if (ms.size() < 2) {
            return out;
        }
        List<Cue> cues = cues(d, si);
        if (cues.isEmpty() || deniesAgreement(s, cues)) {
            return out; // "had not signed an agreement with any party, a day after a report that ...": no tie
        }
        Map<String, PartnershipFinder.Tie> best = new HashMap<>();
        boolean analysts = analystSpeaks(d, si);
        boolean continuing = PartnershipFinder.continuing(s);
        for (int i = 0; i < ms.size(); i++) {
            // mentions are sorted by start: only those within a clause's reach of x can pair with it
            for (int j = i + 1; j < ms.size() && j <= i + MAX_BETWEEN + 1 && ms.get(j).start() - ms.get(i).end() <= MAX_SPAN; j++) {
                Mention x = ms.get(i);
                Mention y = ms.get(j);
                if (x.companyId().equals(y.companyId()) || d.sameGroup(x.companyId(), y.companyId())
                        || x.kind() != Mention.Kind.NAME && y.kind() != Mention.Kind.NAME
                        || x.kind() == Mention.Kind.PLURAL || y.kind() == Mention.Kind.PLURAL
                        || y.start() < x.end() || observer(d, x) || observer(d, y)
                        || Comparison.employerOfAnalyst(s, x) || Comparison.employerOfAnalyst(s, y)
                        || separateConjuncts(s, x, y) || PartnershipFinder.gappedAmountAfter(s, y.end())
                        || y.possessive() && y.kind() == Mention.Kind.NAME && PartnershipFinder.headFirmAfter(s, ms, j)) {
                    continue; // "invest in Ford's battery partner SK On": the possessor only determines the object
                }
                List<Cue> linking = linking(d, si, ms, x, y, cues);
                if (linking.isEmpty()) {
                    continue;
                }
                PartnershipFinder.Tie t = tie(d, si, x, y, linking, cues, analysts, continuing);
                if (t != null && (ventures.contains(x.companyId()) || ventures.contains(y.companyId()))
                        && (t.type() == PartnershipType.INVESTMENT || t.type() == PartnershipType.JOINT_VENTURE)) {
                    t = null; // a parent's stake in its venture
                }
                if (t != null) {
                    String k = PartnershipFinder.key(t.a(), t.b());
                    PartnershipFinder.Tie prev = best.get(k);
                    if (prev == null || PartnershipFinder.BINDING.indexOf(t.type()) >= 0
                            && (PartnershipFinder.BINDING.indexOf(prev.type()) < 0
                            || PartnershipFinder.BINDING.indexOf(t.type()) < PartnershipFinder.BINDING.indexOf(prev.type()))) {
                        best.put(k, t);
                    }
                }
            }
        }
        out.addAll(best.values());
        return out;
    }

    /**
     * "Xiaomi's orders and Apple's leftovers", "Xiaomi's car, Huawei's non-car": two possessors heading
     * separate items of a list are topics side by side, not parties to one tie.
     */
    private static boolean separateConjuncts(Sentence s, Mention x, Mention y) {
        if (!x.possessive() || !y.possessive()) {
            return false;
        }
        for (int k = x.end(); k < y.start(); k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals("and") || s.lower(k).equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** News agencies and analysts report ties; they are no party to them. */
    private static boolean observer(Discourse d, Mention m) {
        CompanyKind k = d.company(m.companyId()).map(Company::kind).orElse(CompanyKind.OTHER);
        return k == CompanyKind.NEWS_AGENCY || k == CompanyKind.RESEARCH;
    }

    /** The relation words that link the two mentions by one of the three configurations, or none. */
    private static List<Cue> linking(Discourse d, int si, List<Mention> ms, Mention x, Mention y, List<Cue> cues) {
        Sentence s = d.sentence(si);
        List<Cue> out = new ArrayList<>();
        boolean coordinated = coordinated(s, x, y) || chained(s, ms, x, y);
        int firstCue = SortedPositions.firstAtOrAfter(cues, Cue::at, x.end());
        boolean cueBetween = firstCue < cues.size() && cues.get(firstCue).at() < y.start();
        if (!coordinated && cueBetween && !blockedBetween(d, si, ms, x, y) && y.kind() != Mention.Kind.PRONOUN
                && !speaker(s, y) && !venueModifier(s, y)
                && !(y.end() < s.size() && !y.possessive() && MODIFIED_HEADS.contains(s.lower(y.end())))
                && !(s.lower(y.end()).equals("-") && MODIFIER_PARTICIPLES.contains(s.lower(y.end() + 1)))) {
            boolean symmetric = false;
            int from = afterApposition(s, x, y);
            for (int ci = SortedPositions.firstAtOrAfter(cues, Cue::at, from); ci < cues.size() && cues.get(ci).at() < y.start(); ci++) {
                Cue c = cues.get(ci);
                if (c.at() >= from && c.end() <= y.start() && c.at() - from <= REACH
                        && y.start() - c.end() <= REACH && firstParty(s, x, c) && !ownProduct(s, c)) {
                    out.add(c);
                    symmetric |= c.word().symmetric();
                }
            }
            if (symmetric) {
                // "a contract with Valmet to build its Sion": the infinitive after the partner says what it does
                for (int ci = SortedPositions.firstAtOrAfter(cues, Cue::at, y.end()); ci < cues.size() && cues.get(ci).at() <= y.end() + 2; ci++) {
                    Cue c = cues.get(ci);
                    if (c.at() >= y.end() && c.at() <= y.end() + 2 && s.lower(c.at() - 1).equals("to")
                            && !c.word().symmetric()) {
                        out.add(c);
                    }
                }
            }
            return out;
        }
        if (!coordinated) {
            return out;
        }
        // "A and B signed a memorandum", "A and B are in talks": a reciprocal word after coordinated subjects
        if (!x.prepositional() && !x.possessive()) {
            for (int ci = SortedPositions.firstAtOrAfter(cues, Cue::at, y.end()); ci < cues.size() && cues.get(ci).at() <= y.end() + SUBJECT_REACH; ci++) {
                Cue c = cues.get(ci);
                if (c.word().symmetric() && c.at() >= y.end() && c.at() - y.end() <= SUBJECT_REACH
                        && plainPredicate(s, y.end(), c.at())) {
                    out.add(c);
                    return out;
                }
            }
        }
        // "a joint venture of five groups, among them A and B", "talks between A and B"
        for (int ci = SortedPositions.firstAtOrAfter(cues, Cue::at, x.start() - 12); ci < cues.size() && cues.get(ci).at() < x.start(); ci++) {
            Cue c = cues.get(ci);
            if (c.word().symmetric() && c.end() <= x.start() && x.start() - c.end() <= 10
                    && listIntroducer(s, c.end(), x.start())) {
                out.add(c);
                return out;
            }
        }
        return out;
    }

    /**
     * The first mention can be the tie's first party: the subject of the clause, the antecedent of a
     * relative clause that holds the word ("X, which holds a contract to ..."), or the possessor of
     * the word's noun phrase ("its manufacturing contract with", "Togg's venture with"); not a firm
     * inside a prepositional phrase ("an arm of X", "walks away from X's deal"), whose own tie the
     * word may be. A pronoun must be a subject or the word's possessor.
     */
    private static boolean firstParty(Sentence s, Mention x, Cue c) {
        if (x.possessive()) {
            return c.at() - x.end() <= 4;
        }
        if (x.prepositional()) {
            // "assembled by X, which also holds a contract for Y": the word must stand inside the relative
            // clause, before it closes (", and uses ..." goes back to the main clause)
            if (x.kind() == Mention.Kind.PRONOUN || !s.lower(x.end()).equals(",")
                    || !Grammar.isRelativePronoun(s.lower(x.end() + 1))) {
                return false;
            }
            for (int k = x.end() + 2; k < c.at(); k++) {
                if (s.lower(k).equals(",")) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    /**
     * "plans to build its electric cars on an architecture from X": the builder makes its own cars,
     * which ties it to nobody (in "a contract with X to build its car" the builder is X, read apart).
     */
    private static boolean ownProduct(Sentence s, Cue c) {
        String next = s.lower(c.end());
        return c.word().type() == PartnershipType.MANUFACTURING
                && (next.equals("its") || next.equals("their") || next.equals("own") || foundedFirm(s, c.end()));
    }

    private static final Set<String> FIRM_OBJECTS = Set.of("group", "company", "firm", "business", "empire",
            "conglomerate", "startup", "start-up", "brand");

    /**
     * "Jia, who earlier built the Chinese internet and television group LeEco": what was built is a firm
     * (founded, grown), not a product made for someone; the object's head comes before any name.
     */
    private static boolean foundedFirm(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 7); k++) {
            if (FIRM_OBJECTS.contains(s.lower(k))) {
                return true;
            }
            if (s.token(k).isCapitalised() && k > from && !Lexicon.isPlace(s.token(k).text())
                    && Lexicon.countryOf(s.token(k).text()) == null || !s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "IBC, a holding company formed last year by four state-owned firms, has signed agreements with
     * Y": an apposition or relative clause closed before y describes x; the tie is read from its
     * close (its words, like "formed", are about x alone).
     */
    private static int afterApposition(Sentence s, Mention x, Mention y) {
        if (!s.lower(x.end()).equals(",")) {
            return x.end();
        }
        for (int k = x.end() + 1; k < y.start() && k <= x.end() + 20; k++) {
            if (s.lower(k).equals(",")) {
                return k + 1;
            }
        }
        return x.end();
    }

    /** ", the company said": a firm followed by a speech verb speaks; it is no party by position. */
    private static boolean speaker(Sentence s, Mention y) {
        for (int k = y.end(); k < Math.min(s.size(), y.end() + 3); k++) {
            if (SPEECH.contains(s.lower(k)) || s.lower(k).equals("declined")) {
                return true;
            }
            if (!s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "at the former Mercedes-Benz plant", "on the site Ford vacated": a firm named only to place a
     * site, which it no longer holds.
     */
    private static boolean venueModifier(Sentence s, Mention y) {
        for (int k = y.start() - 1; k >= 0 && k >= y.start() - 2; k--) {
            String l = s.lower(k);
            if (l.equals("former") || l.equals("old") || l.equals("ex") || l.equals("disused") || l.equals("idle")
                    || l.equals("shuttered") || l.equals("closed")) {
                return true;
            }
        }
        String n = s.lower(y.end());
        return n.equals("vacated") || n.equals("abandoned") || n.equals("closed") || n.equals("sold") && !y.possessive();
    }

    /** A negated agreement: "has not signed any agreement", "no deal has been reached". */
    private static boolean deniesAgreement(Sentence s, List<Cue> cues) {
        for (Cue c : cues) {
            String w = s.lower(c.at());
            if ((w.equals("agreement") || w.equals("deal") || w.equals("contract") || w.equals("pact"))
                    && (Modality.of(s, c.at()).negated() || negatedNoun(s, c.at()))) {
                return true;
            }
        }
        return false;
    }

    /** Two firms in one list: only list punctuation, "and", "or", "as well as" and short descriptors between. */
    private static boolean coordinated(Sentence s, Mention x, Mention y) {
        boolean conj = false;
        if (y.start() - x.end() > 6) {
            return false;
        }
        for (int k = x.end(); k < y.start(); k++) {
            String l = s.lower(k);
            if (l.equals("and") || l.equals("or") || l.equals("&") || l.equals(",")) {
                conj = true;
            } else if (!(l.equals("as") || l.equals("well") || s.token(k).isPossessive() || Lexicon.isPlace(s.token(k).text())
                    || s.token(k).isWord() && !s.token(k).isCapitalised() && DESCRIPTOR_NOUNS.contains(l))) {
                return false;
            }
        }
        return conj;
    }

    /**
     * The first and last of a longer list: "Ford Motor Co, Koç Holding A.S. and South Korea's SK On
     * signed a memorandum", where every neighbour pair is coordinated.
     */
    private static boolean chained(Sentence s, List<Mention> ms, Mention x, Mention y) {
        if (y.start() - x.end() > 40) {
            return false; // a list of at most five short names
        }
        Mention prev = x;
        int links = 0;
        for (int k = SortedPositions.firstAtOrAfter(ms, Mention::start, x.start() + 1); k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.start() >= y.start()) {
                break;
            }
            if (!coordinated(s, prev, m) || ++links > 4) {
                return false;
            }
            prev = m;
        }
        return links > 0 && coordinated(s, prev, y);
    }

    /** Nouns that describe a listed firm: "and coal miner Indika", "and battery maker CATL". */
    private static final Set<String> DESCRIPTOR_NOUNS = Set.of("miner", "maker", "carmaker", "automaker", "group",
            "operator", "conglomerate", "startup", "company", "firm", "supplier", "giant", "rival", "state",
            "energy", "battery", "coal", "chip", "chipmaker", "mobile", "telecom", "investor", "fund", "bank",
            "manufacturer", "developer", "utility", "oil", "steel", "technology", "tech", "electronics", "design",
            "house", "holding", "partner", "the");

    /** Between coordinated subjects and a reciprocal word: auxiliaries and verbs, no clause of its own. */
    private static boolean plainPredicate(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals("which") || l.equals("who") || l.equals("that") || Grammar.isClauseBoundary(s, k)
                    || !s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** "of", "between", "among (them)", "including", "with": a phrase listing the tie's parties. */
    private static boolean listIntroducer(Sentence s, int from, int to) {
        boolean prep = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("of") || l.equals("between") || l.equals("among") || l.equals("including")
                    || l.equals("involving")) {
                prep = true;
            } else if (!(s.token(k).isWord() && (!s.token(k).isCapitalised() || Lexicon.isPlace(s.token(k).text())
                    || Lexicon.countryOf(s.token(k).text()) != null) || l.equals(","))) {
                return false;
            }
        }
        return prep;
    }

    /**
     * Nothing between the two mentions may put them in different clauses or tie a third firm in:
     * a clause boundary, a speech verb ("X said ... Y"), or another firm that is not listed with y.
     */
    private static boolean blockedBetween(Discourse d, int si, List<Mention> ms, Mention x, Mention y) {
        Sentence s = d.sentence(si);
        if (thirdFirmBetween(s, ms, x, y)) {
            return true;
        }
        for (int k = x.end(); k < y.start(); k++) {
            String l = s.lower(k);
            if (Grammar.isClauseBoundary(s, k) || SPEECH.contains(l) && !nounPhraseAfter(s, k + 1) || l.equals(".")
                    || l.equals("\"")
                    || SUBORDINATORS.contains(l) || newClause(s, k)) {
                return true;
            }
        }
        return insideClosedRelative(s, x, y);
    }

    /** "announced a tie-up with Y": a speech verb with a noun-phrase object reports no clause of its own. */
    private static boolean nounPhraseAfter(Sentence s, int k) {
        String l = s.lower(k);
        return l.equals("a") || l.equals("an") || l.equals("its") || l.equals("their") || l.equals("plans")
                || l.equals("an") || l.equals("the") && !s.lower(k + 1).equals("company") && !s.lower(k + 1).equals("firm");
    }

    private static boolean thirdFirmBetween(Sentence s, List<Mention> ms, Mention x, Mention y) {
        int seen = 0;
        for (int i = SortedPositions.firstAtOrAfter(ms, Mention::start, x.end()); i < ms.size() && ms.get(i).start() < y.start(); i++) {
            Mention m = ms.get(i);
            if (++seen > MAX_BETWEEN) {
                return true;
            }
            if (m.end() <= y.start() && !m.companyId().equals(x.companyId())
                    && !m.companyId().equals(y.companyId()) && !conjoinedWith(s, m, y)) {
                return true; // a third firm between takes the word for itself
            }
        }
        return false;
    }

    /**
     * "Valmet, which holds a contract for Sono Motors from next year, will build the car": x inside a
     * non-restrictive relative clause that closes before y belongs to that clause, not to y's.
     */
    private static boolean insideClosedRelative(Sentence s, Mention x, Mention y) {
        int open = -1;
        for (int k = x.start() - 1; k > 0 && k >= x.start() - 30; k--) {
            if (Grammar.isRelativePronoun(s.lower(k)) && s.lower(k - 1).equals(",")) {
                open = k;
                break;
            }
            if (s.lower(k).equals(",") || Grammar.isClauseBoundary(s, k)) {
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = x.end(); k < y.start(); k++) {
            if (s.lower(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "owned 50.1 percent by A and 49.9 percent by B", "with A, and later with B": a third firm
     * conjoined with y is a parallel argument of the same word, which then reaches y too.
     */
    private static boolean conjoinedWith(Sentence s, Mention m, Mention y) {
        boolean and = false;
        for (int k = m.end(); k < y.start(); k++) {
            String l = s.lower(k);
            if (Grammar.isClauseBoundary(s, k) || Grammar.isRelativePronoun(l) || l.equals("that")) {
                return false;
            }
            and |= l.equals("and") || l.equals("or");
        }
        return and && y.start() - m.end() <= 8;
    }

    /** "Microsoft-backed Cruise", "Geely-owned Volvo": the name modifies the next firm's name. */
    private static final Set<String> MODIFIER_PARTICIPLES = Set.of("backed", "owned", "based", "made", "built",
            "funded", "controlled", "led", "branded", "designed", "developed", "linked", "affiliated", "listed");

    /** Nouns a firm's name can modify: "a Nio rival" is another firm, not Nio. */
    private static final Set<String> MODIFIED_HEADS = Set.of("rival", "rivals", "competitor", "competitors",
            "challenger", "lookalike", "clone", "affiliate", "unit", "spinoff", "subsidiary", "owner", "spin-off",
            "peer", "peers", "alumni", "veteran", "veterans");

    /** Words opening an adverbial clause: its events are not the main clause's tie. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "where", "since", "until", "unless", "if",
            "whether", "as", "once", "before");

    /** ", and the electronics giant spent ...": a coordinated clause with a subject of its own. */
    private static boolean newClause(Sentence s, int k) {
        if (!s.lower(k).equals(",") || !(s.lower(k + 1).equals("and") || s.lower(k + 1).equals("but"))) {
            return false;
        }
        String n = s.lower(k + 2);
        return n.equals("the") || n.equals("a") || n.equals("its") || n.equals("their") || n.equals("it")
                || n.equals("they") || s.token(Math.min(s.size() - 1, k + 2)).isCapitalised();
    }

    /** The tie the linking words report, or null when its context blocks it. */
    private static PartnershipFinder.Tie tie(Discourse d, int si, Mention x, Mention y, List<Cue> linking,
                                             List<Cue> all, boolean analysts, boolean continuing) {
        Sentence s = d.sentence(si);
        int from = Math.min(afterApposition(s, x, y), linking.get(0).at());
        int to = Math.max(y.end(), linking.get(linking.size() - 1).end());
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (STATISTICS.contains(l) || l.equals("market") && s.lower(k + 1).equals("share")) {
                return null;
            }
        }
        Integer stake = stakeBefore(s, y.start(), Math.max(0, x.end()));
        if (controlled(s, afterApposition(s, x, y), y.start()) && (stake == null || stake >= 50) || stake != null && stake >= 50) {
            return null; // "controlled by", "a unit of", "50.1 percent owned by": a parent, not a partner
        }
        EnumSet<PartnershipType> types = EnumSet.noneOf(PartnershipType.class);
        Cue typed = null;
        boolean ended = false;
        for (Cue c : linking) {
            if (c.word().type() == PartnershipType.ENDED) {
                ended |= tieWordNear(s, all, c);
            } else {
                PartnershipType t = c.word().type();
                if (t == PartnershipType.MANUFACTURING && componentMade(s, c)) {
                    t = PartnershipType.SUPPLY; // "a computer built around Qualcomm's chips": the chips are supplied
                }
                types.add(t);
            }
        }
        if (stake != null) {
            types.add(PartnershipType.INVESTMENT); // "49.9 percent (owned) by Geely": a minority stake
        } else if (onlyOwnership(s, linking)) {
            return null; // "X owns Y": a parent and its unit, unless a minority share is stated
        }
        PartnershipType type;
        if (ended) {
            type = PartnershipType.ENDED;
        } else if (types.contains(PartnershipType.IN_TALKS)) {
            type = PartnershipType.IN_TALKS;
        } else {
            type = null;
            for (PartnershipType t : PartnershipFinder.BINDING) {
                if (types.contains(t)) {
                    type = t;
                    break;
                }
            }
        }
        if (type == null) {
            return null;
        }
        for (Cue c : linking) {
            if (c.word().type() == type || type == PartnershipType.ENDED && c.word().type() == PartnershipType.ENDED) {
                typed = c;
                break;
            }
        }
        if (typed == null) {
            typed = linking.get(0);
        }
        for (Cue c : linking) {
            if (c.word().type() != PartnershipType.IN_TALKS && c.word().type() != PartnershipType.ENDED
                    && c.word().symmetric() && (Modality.of(s, c.at()).negated() || negatedNoun(s, c.at()))) {
                return null; // "no agreement has been signed with X"
            }
            if (c.word().type() == PartnershipType.JOINT_VENTURE && namesVenture(s, c, x, y)) {
                return null; // "venture Motional", "Siro, a joint venture that Togg formed": the venture itself
            }
        }
        Modality mood = Modality.of(s, typed.at());
        if (mood.negated() || negatedNoun(s, typed.at())) {
            if (type != PartnershipType.IN_TALKS) {
                return null; // "no agreement has been signed"
            }
            type = PartnershipType.ENDED; // "not in talks with"
        }
        Attribution.Source source = Attribution.of(d, si, typed.at());
        boolean hedged = mood.speculative() || Modality.hedgedBefore(s, typed.at());
        if (hedged && analysts) {
            return null; // "analysts say X could team up with Y": speculation, not a reported approach
        }
        boolean background = PartnershipFinder.background(s, typed.at());
        // a tie the press mentions as established background ("already buys ... from X") is no rumour
        Certainty certainty = source == Attribution.Source.THIRD && !background ? Certainty.REPORTED
                : hedged ? Certainty.SPECULATIVE : Certainty.CONFIRMED;
        String a = x.companyId().compareTo(y.companyId()) < 0 ? x.companyId() : y.companyId();
        String b = a.equals(x.companyId()) ? y.companyId() : x.companyId();
        return new PartnershipFinder.Tie(a, b, type, certainty, si, background,
                type != PartnershipType.ENDED && continuing);
    }

    /**
     * The venture word names one of the two firms as the venture: "venture Motional" (the name right
     * after it), "Siro, a 50-50 joint venture" (an apposition right after the first firm).
     */
    private static boolean namesVenture(Sentence s, Cue c, Mention x, Mention y) {
        String n = s.lower(c.end());
        if (y.start() == c.end() || y.start() == c.end() + 1 && (n.equals(",") || n.equals("called")
                || n.equals("named") || n.equals("dubbed")) || y.start() == c.end() + 2 && n.equals("known")) {
            return true; // "venture Motional", "a joint venture called StarPlus Energy"
        }
        String after = s.lower(x.end());
        if (c.at() - x.end() <= 4 && (after.equals("is") || after.equals("was") || after.equals("became")
                || after.equals("becomes"))) {
            return true; // "The company is a joint venture of five groups"
        }
        return c.at() - x.end() <= 5 && s.lower(x.end()).equals(",") && (s.lower(x.end() + 1).equals("a")
                || s.lower(x.end() + 1).equals("an") || s.lower(x.end() + 1).equals("the")
                || s.lower(x.end() + 1).equals("its") || s.lower(x.end() + 1).equals("their"));
    }

    private static boolean onlyOwnership(Sentence s, List<Cue> linking) {
        for (Cue c : linking) {
            String w = s.lower(c.at());
            if (!(w.equals("owned") || w.equals("owns") || w.equals("holds"))) {
                return false;
            }
        }
        return true;
    }

    /** "no agreement", "without a deal": the tie noun itself is negated. */
    private static boolean negatedNoun(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            String l = s.lower(k);
            if (l.equals("no") || l.equals("without")) {
                return true;
            }
            if (!s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** An end word counts only beside the tie it ends: another relation word in its clause. */
    private static boolean tieWordNear(Sentence s, List<Cue> all, Cue end) {
        for (int ci = SortedPositions.firstAtOrAfter(all, Cue::at, end.at() - 10); ci < all.size() && all.get(ci).at() <= end.at() + 10; ci++) {
            Cue c = all.get(ci);
            if (c != end && c.word().type() != PartnershipType.ENDED && Math.abs(c.at() - end.at()) <= 10) {
                boolean sameClause = true;
                for (int k = Math.min(c.at(), end.at()); k < Math.max(c.at(), end.at()); k++) {
                    if (Grammar.isClauseBoundary(s, k)) {
                        sameClause = false;
                    }
                }
                if (sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean controlled(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (CONTROL.contains(l) || l.equals("owned") && (s.lower(k - 1).equals("-") || s.lower(k - 1).equals("fully"))
                    || l.equals("taken") && s.lower(k + 1).equals("over") || l.equals("took") && s.lower(k + 1).equals("over")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A shareholding stated just before the second firm: "50.1 percent owned by ... and 49.9 percent
     * by China's Geely". The percentage nearest before the firm, when the stretch speaks of owning.
     */
    private static Integer stakeBefore(Sentence s, int at, int from) {
        boolean owning = false;
        for (int k = from; k < at; k++) {
            String l = s.lower(k);
            if (l.equals("owned") || l.equals("owns") || l.equals("held") || l.equals("holds") || l.equals("stake")) {
                owning = true;
            }
        }
        if (!owning) {
            return null;
        }
        for (int k = at - 1; k > from && k >= at - 8; k--) {
            String l = s.lower(k);
            if ((l.equals("percent") || l.equals("%") || l.equals("per")) && k > 0) {
                String n = s.lower(l.equals("per") ? k - 1 : k - 1);
                try {
                    return (int) Math.floor(Double.parseDouble(n.replace(",", "")));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static final Set<String> COMPONENTS = Set.of("chips", "chip", "cells", "cell", "batteries", "battery",
            "motors", "motor", "components", "parts", "sensors", "processors", "semiconductors", "packs", "modules",
            "inverters", "engines", "systems", "software", "lidar");

    /** A made thing that is a component: "built around Qualcomm's chips", "makes battery cells for". */
    private static boolean componentMade(Sentence s, Cue c) {
        for (int k = c.end(); k < Math.min(s.size(), c.end() + 6); k++) {
            if (COMPONENTS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence reports an analyst's view: "analysts said", "according to analysts at Foo". */
    private static boolean analystSpeaks(Discourse d, int si) {
        Sentence s = d.sentence(si);
        for (int k = 0; k < s.size(); k++) {
            String l = s.lower(k);
            if (l.equals("analyst") || l.equals("analysts") || l.equals("analysis")) {
                return true;
            }
        }
        for (Mention m : d.mentions(si)) {
            if (d.company(m.companyId()).map(c -> c.kind() == CompanyKind.RESEARCH).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Relation words in the sentence, outside firms' names; hyphenated compounds read as one word. */
    static List<Cue> cues(Discourse d, int si) {
        Sentence s = d.sentence(si);
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isWord() || d.mentionAt(si, i).filter(m -> m.kind() == Mention.Kind.NAME).isPresent()) {
                continue;
            }
            int compoundEnd = compoundEnd(s, i);
            Word w = null;
            int end = i + 1;
            if (compoundEnd > i + 1) {
                w = LEXICON.get(s.textOf(i, compoundEnd).toLowerCase(java.util.Locale.ROOT));
                end = compoundEnd;
            }
            if (w == null && i + 1 < s.size() && s.token(i + 1).isWord()) {
                w = LEXICON.get(s.lower(i) + " " + s.lower(i + 1));
                end = i + 2;
            }
            if (w == null && compoundEnd == i + 1) {
                w = LEXICON.get(s.lower(i));
                end = i + 1;
            }
            if (w == null || !sense(s, i, end, w)) {
                continue;
            }
            out.add(new Cue(i, end, w));
            i = end - 1;
        }
        return out;
    }

    /** The end of a hyphenated compound starting at i ("tie-up", "co-develop"), or i + 1. */
    static int compoundEnd(Sentence s, int i) {
        int k = i + 1;
        while (k + 1 < s.size() && s.lower(k).equals("-") && s.token(k).start() == s.token(k - 1).end()
                && s.token(k + 1).start() == s.token(k).end() && s.token(k + 1).isWord()) {
            k += 2;
        }
        return k;
    }

    /** Readings in which a relation word means something else. */
    private static boolean sense(Sentence s, int i, int end, Word w) {
        String l = s.lower(i);
        String next = s.lower(end);
        String prev = s.lower(i - 1);
        if (i >= 2 && prev.equals("-") && s.token(i - 2).end() == s.token(i - 1).start()
                && s.token(i - 1).end() == s.token(i).start()) {
            // the second half of a compound read on its own: "high-end", "year-round", "self-financed"
            return l.equals("backed") || l.equals("funded");
        }
        switch (l) {
            case "venture", "ventures" -> {
                return !next.equals("capital") && !next.equals("capitalist") && !next.equals("investor");
            }
            case "end", "ends", "ending" -> {
                return !(prev.equals("the") || prev.equals("an") || prev.equals("a") || prev.equals("year")
                        || next.equals("of") || next.equals("users") || next.equals("user"));
            }
            case "round" -> {
                return next.equals("led") || prev.equals("funding") || prev.equals("financing")
                        || prev.equals("investment") || prev.equals("series") || prev.equals("seed");
            }
            case "source", "sources" -> {
                return !(next.equals("said") || next.equals("say") || next.equals("familiar") || next.equals("told")
                        || prev.equals("people") || prev.equals("news") || next.equals("close"));
            }
            case "order", "orders" -> {
                return !(prev.equals("in") && next.equals("to")) && !next.equals("book");
            }
            case "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased" -> {
                return goodsBought(s, end);
            }
            case "use", "uses", "used", "using" -> {
                return componentOrSourceAhead(s, end);
            }
            case "built", "made", "produced", "assembled", "manufactured" -> {
                // "domestically built electric SUV", "a locally made car": a modifier, not a predicate
                return !(prev.endsWith("ly") || prev.equals("the") || prev.equals("a") || prev.equals("an"));
            }
            case "project" -> {
                return next.equals("with") || next.equals("between");
            }
            case "building" -> {
                return !(prev.equals("the") || prev.equals("a") || prev.equals("office"));
            }
            case "production" -> {
                return next.equals("at") || next.equals("of") || next.equals("for") || prev.equals("contract");
            }
            case "exit", "exits", "exited" -> {
                return !next.equals("the") || !s.lower(end + 1).equals("market");
            }
            default -> {
                return true;
            }
        }
    }

    private static final Set<String> ASSETS = Set.of("factory", "factories", "plant", "plants", "site", "assets",
            "building", "premises", "stake", "shares", "business", "unit", "division", "company", "it", "them");

    /**
     * A purchase is supply only when goods are bought ("cells bought from", "to buy 4,500 of the
     * vehicles", "buys components from"); buying a factory, a stake or a firm is a transaction in
     * assets or ownership.
     */
    private static boolean goodsBought(Sentence s, int from) {
        int to = Math.min(s.size(), from + 10);
        boolean goods = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("from") || l.equals(",") || l.equals(";")) {
                goods |= l.equals("from");
                break;
            }
            if (s.lower(k + 1).equals("-") || s.lower(k - 1).equals("-")) {
                continue; // "car-audio specialist": half of a compound modifier
            }
            if (ASSETS.contains(l) || FIRM_HEADS.contains(l)) {
                return false; // a factory, a stake or a firm changes hands: no supply
            }
            goods |= COMPONENTS.contains(l) || vehicles(l) || Character.isDigit(l.charAt(0));
        }
        return goods || from > 1 && (COMPONENTS.contains(s.lower(from - 2)) || vehicles(s.lower(from - 2)));
    }

    /** Vehicles, or a number of them, as goods: "supplies 5,000 vans", "units for its fleet". */
    private static boolean vehicles(String l) {
        return VehicleWords.isVehicle(l) || l.equals("units") || l.equals("fleet");
    }

    /** Heads of a noun phrase that names a firm: "buying infotainment specialist Harman". */
    private static final Set<String> FIRM_HEADS = Set.of("specialist", "maker", "startup", "company", "firm", "group",
            "brand", "operations", "carmaker", "automaker", "supplier", "rival", "business", "businesses");

    /** "uses motors, battery systems and software from X", "uses X's chips": components or a source. */
    private static boolean componentOrSourceAhead(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            String l = s.lower(k);
            if (l.equals("from") || COMPONENTS.contains(l)) {
                return true;
            }
            if (l.equals(";") || l.equals("to") || Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** The tie a single relation word reports ("supplier": SUPPLY), or null when it is none. */
    static PartnershipType relationWord(String lower) {
        Word w = LEXICON.get(lower);
        return w == null ? null : w.type();
    }

    /** Whether the sentence negates a tie: "had not signed any agreement with", "no deal". */
    static boolean negatesTie(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            Word w = LEXICON.get(s.lower(i));
            if (w != null && w.type() != PartnershipType.IN_TALKS && w.type() != PartnershipType.ENDED
                    && (Modality.of(s, i).negated() || negatedNoun(s, i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Word> load(String resource) {
        Map<String, Word> out = new HashMap<>();
        InputStream in = CooccurrenceTies.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0].strip(), new Word(PartnershipType.valueOf(f[1].strip()), f[2].strip().equals("S")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
