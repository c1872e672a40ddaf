package evradar.extract.relations;

import evradar.avro.Certainty;
import evradar.avro.PartnershipType;
import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.PartnershipHit;
import evradar.extract.cues.Attribution;
import evradar.extract.cues.Modality;
import evradar.extract.discourse.Comparison;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Grammar;
import evradar.extract.discourse.Mention;
import evradar.extract.discourse.Roles;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.SortedPositions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties between firms. Each sentence's relation cues ("joint venture", "invest ... in", "build ...
 * for", "uses X's system", "partnership", "in talks with", "called off") are linked to their
 * arguments by their syntax (subject and "with"/"in"/"for"/"by"/"between" object, "X and Y"
 * coordination, "X-Y venture", plural references "the two companies"), or, when a sentence with a
 * cue names exactly two firms, to those two. Per pair the article's label follows the corpus
 * conventions: ENDED unless a continuing tie is reported; otherwise the most binding tie reported
 * as news (background only if nothing is news); reported, unconfirmed ties are talks.
 */
public final class PartnershipFinder {

    /**
     * "the exterior design had been developed together with Pininfarina", "the design has been carried
     * out in cooperation with Pininfarina": a passive whose subject is work, not a firm.
     */
    private static boolean impersonalSubject(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 6; k--) {
            String l = s.lower(k);
            if ((l.equals("been") || l.equals("was") || l.equals("were") || l.equals("is") || l.equals("are"))
                    && s.lower(k + 1).endsWith("ed")) {
                return true;
            }
            if (Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the battery cells for the Ridgeback": a capitalised model name no firm mention covers, so a car
     * of the firm in focus.
     */
    private static boolean unownedModel(Sentence s, List<Mention> ms, int at) {
        int k = s.lower(at).equals("the") || s.lower(at).equals("its") ? at + 1 : at;
        if (k >= s.size() || !s.token(k).isWord() || !s.token(k).isCapitalised()
                || Lexicon.isPlace(s.token(k).text())) {
            return false;
        }
        for (Mention m : ms) {
            if (m.start() <= k && k < m.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose goods are supplied when no firm is named before the verb: the maker of a model named there
     * ("Battery packs for the SU7 are supplied by CATL"), else the firm the article is about.
     */
    private static String goodsOwner(Discourse d, int si, int at) {
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            if (b.start() < at && d.companies().containsKey(b.companyId())) {
                return b.companyId();
            }
        }
        return Roles.topic(d, si);
    }

    private static final Set<String> FURTHER = Set.of("separate", "another", "further", "additional", "second",
            "follow-up", "broader", "definitive");

    /**
     * "signed a memorandum of understanding ..., and the two are negotiating a separate agreement": the
     * talks are about another deal; the one signed stands.
     */
    private static boolean furtherDealTalked(Sentence s) {
        for (int k = 1; k + 1 < s.size(); k++) {
            String l = s.lower(k);
            if ((l.equals("agreement") || l.equals("deal") || l.equals("contract")) && FURTHER.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Most binding first. */
    static final List<PartnershipType> BINDING = List.of(PartnershipType.JOINT_VENTURE, PartnershipType.INVESTMENT,
            PartnershipType.MANUFACTURING, PartnershipType.SUPPLY, PartnershipType.PARTNERSHIP, PartnershipType.IN_TALKS);

    private static final Set<String> CONTINUING = Set.of("keep", "keeps", "kept", "continue", "continues",
            "continuing", "continued", "still", "remain", "remains", "maintain", "maintains", "unaffected", "affect",
            "retain", "retains", "instead", "survives", "survive", "survived", "intact", "stays", "persists");
    private static final Set<String> BACKGROUND = Set.of("already", "existing", "previously", "earlier", "began",
            "had", "since", "agreed", "formed", "struck", "signed");

    /** One reported tie between two firms in one sentence. */
    record Tie(String a, String b, PartnershipType type, Certainty certainty, int sentence, boolean background,
               boolean continuing) {
    }

    private PartnershipFinder() {
    }

    public static List<PartnershipHit> find(Discourse d) {
        List<Tie> ties = new ArrayList<>();
        for (int si = 0; si < d.sentences().size(); si++) {
            Tie endOfEarlier = anaphoricEnd(d, si, ties);
            if (endOfEarlier != null) {
                ties.add(endOfEarlier);
            }
            ties.addAll(inSentence(d, si, endOfEarlier != null));
            ties.addAll(brandsUsed(d, si));
        }
        // the broad second pass speaks only for pairs the syntax-reading first pass found nowhere
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Tie t : ties) {
            known.add(key(t.a(), t.b()));
        }
        ties.addAll(CooccurrenceTies.find(d, known));
        return withoutVentureEntities(d, merge(d, ties));
    }

    /**
     * "The fund will create a car brand, Ceer, in a joint venture with Foxconn": when the article ties a firm's
     * parent and another firm as a joint venture, a tie between that other firm and the parent's unit is the
     * venture seen from inside, and the conventions label a venture between its parents only. Where the unit
     * itself is the party ("Arun Plus, the EV arm of PTT, ... a joint venture with Foxconn"), the parent has
     * no tie of its own and the unit's stays.
     */
    private static List<PartnershipHit> withoutVentureEntities(Discourse d, List<PartnershipHit> ties) {
        Set<String> ventures = new java.util.HashSet<>();
        for (PartnershipHit t : ties) {
            if (t.type() == PartnershipType.JOINT_VENTURE) {
                ventures.add(key(t.a(), t.b()));
            }
        }
        if (ventures.isEmpty()) {
            return ties;
        }
        Set<String> drop = new java.util.HashSet<>();
        for (PartnershipHit t : ties) {
            for (String[] unitAndOther : new String[][] {{t.a(), t.b()}, {t.b(), t.a()}}) {
                String parent = d.company(unitAndOther[0]).map(evradar.extract.Company::parent).orElse(null);
                if (parent != null && !parent.equals(unitAndOther[1]) && ventures.contains(key(parent, unitAndOther[1]))) {
                    // the parent acts in the article: its tie is the venture, the unit's is the venture seen from
                    // inside; a parent that only qualifies its unit ("the EV arm of PTT") leaves the unit the party
                    drop.add(actsSomewhere(d, parent) ? key(t.a(), t.b()) : key(parent, unitAndOther[1]));
                }
            }
        }
        List<PartnershipHit> out = new ArrayList<>();
        for (PartnershipHit t : ties) {
            if (!drop.contains(key(t.a(), t.b()))) {
                out.add(t);
            }
        }
        return out;
    }

    /** "the electric-vehicle arm of state energy group PTT": a preposition governs the phrase the name ends. */
    private static boolean insidePrepositionalPhrase(Sentence s, Mention m) {
        for (int k = m.start() - 1; k >= 0 && k >= m.start() - 5 && s.token(k).isWord(); k--) {
            if (Grammar.isPreposition(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The firm is named somewhere as a clause's subject, not only inside another's description. */
    private static boolean actsSomewhere(Discourse d, String id) {
        for (int si = 0; si < d.sentences().size(); si++) {
            for (Mention m : d.mentions(si)) {
                if (m.companyId().equals(id) && m.isSubjectLike() && !insidePrepositionalPhrase(d.sentence(si), m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<CompanyKind> COMPONENT_MAKERS = java.util.EnumSet.of(CompanyKind.SEMICONDUCTOR,
            CompanyKind.BATTERY, CompanyKind.SUPPLIER);

    /**
     * A component maker's named product taken up by a firm ("BYD will use Drive Thor in its future
     * electric vehicles", "every version gets Nvidia's Drive Thor chip"): the user buys from the
     * product's maker, a supply tie, though the maker itself may not be named.
     */
    private static List<Tie> brandsUsed(Discourse d, int si) {
        Sentence s = d.sentence(si);
        List<Tie> out = new ArrayList<>();
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            String maker = b.companyId();
            if (!d.company(maker).map(c -> COMPONENT_MAKERS.contains(c.kind())).orElse(false)) {
                continue;
            }
            int verb = -1;
            for (int k = b.start() - 1; k >= 0 && k >= b.start() - 5; k--) {
                if (RelationCues.TAKE_UP.contains(s.lower(k))) {
                    verb = k;
                    break;
                }
                boolean possessor = d.mentionAt(si, k).map(m -> m.companyId().equals(maker)).orElse(false);
                boolean conjunct = s.lower(k).equals("and") || s.token(k).isWord() && !s.token(k).isCapitalised()
                        && k + 1 < s.size() && s.lower(k + 1).equals("and");
                if (!(s.token(k).isPossessive() || possessor || conjunct || Grammar.NP_MODIFIER_WORDS.contains(s.lower(k)))) {
                    break; // only the product's determiners, its maker's name and a conjunct ("lidar and") stand between
                }
            }
            if (verb < 0) {
                continue;
            }
            Modality mood = Modality.of(s, verb);
            if (mood.negated()) {
                continue;
            }
            Attribution.Source source = Attribution.of(d, si, verb);
            Certainty certainty = source == Attribution.Source.THIRD ? Certainty.REPORTED
                    : mood.speculative() ? Certainty.SPECULATIVE : Certainty.CONFIRMED;
            List<String> users = new ArrayList<>(Roles.agents(d, si, verb));
            users.remove(maker);
            if (users.isEmpty()) {
                // "Nvidia said BYD, the world's biggest EV maker, will use Drive Thor": the reported clause's subject
                for (Mention m : d.mentions(si)) {
                    if (m.start() < verb && m.isSubjectLike() && !m.possessive() && !m.companyId().equals(maker)) {
                        users = new ArrayList<>(List.of(m.companyId()));
                    }
                }
            }
            if (users.isEmpty() && !s.title()) {
                String focus = Roles.topic(d, si);
                users = focus == null ? List.of() : List.of(focus); // "Every version gets Nvidia's Drive Thor chip"
            }
            for (String user : users) {
                if (!user.equals(maker) && !d.sameGroup(user, maker)) {
                    out.add(new Tie(min(user, maker), max(user, maker), PartnershipType.SUPPLY, certainty, si, false,
                            continuing(s)));
                }
            }
        }
        return out;
    }

    private static final Set<String> TALK_NOUNS = Set.of("talks", "negotiations", "discussions", "merger");
    private static final Set<String> ANAPHORIC_TIES = Set.of("talks", "negotiations", "discussions", "merger",
            "deal", "partnership", "alliance", "tie-up", "venture", "cooperation", "collaboration", "agreement");

    /**
     * "After those negotiations collapsed, ...": an end whose subject is a definite tie noun with no
     * firm named in it ends the tie reported just before (in the last two sentences), not a tie between
     * the firms of its own sentence. Returns that ENDED tie, or null.
     */
    private static Tie anaphoricEnd(Discourse d, int si, List<Tie> earlier) {
        Sentence s = d.sentence(si);
        for (RelationCues.Found c : RelationCues.find(s)) {
            int noun = c.type() == PartnershipType.ENDED ? anaphoricTieSubject(d, si, c.at()) : -1;
            if (noun < 0) {
                continue;
            }
            boolean talks = TALK_NOUNS.contains(s.lower(noun));
            for (int back = 1; back <= 2 && si - back >= 0; back++) {
                Tie best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (Tie t : earlier) {
                    if (t.sentence() == si - back && t.type() != PartnershipType.ENDED
                            && (!talks || t.type() == PartnershipType.IN_TALKS)) {
                        // the tie whose parties stand nearest the same noun there ("merger talks with Honda")
                        int distance = distanceToNoun(d, si - back, t, s.lower(noun));
                        if (best == null || distance < bestDistance) {
                            best = t;
                            bestDistance = distance;
                        }
                    }
                }
                if (best != null) {
                    return new Tie(best.a(), best.b(), PartnershipType.ENDED, best.certainty(), si, false, false);
                }
            }
        }
        return null;
    }

    /** How far the tie's two parties stand from the last occurrence of the noun in sentence si (in tokens, summed). */
    private static int distanceToNoun(Discourse d, int si, Tie t, String noun) {
        Sentence s = d.sentence(si);
        int at = -1;
        for (int k = 0; k < s.size(); k++) {
            if (s.lower(k).equals(noun)) {
                at = k;
            }
        }
        if (at < 0) {
            return Integer.MAX_VALUE - 1;
        }
        int a = Integer.MAX_VALUE / 2;
        int b = Integer.MAX_VALUE / 2;
        for (Mention m : d.mentions(si)) {
            if (m.companyId().equals(t.a())) {
                a = Math.min(a, Math.abs(m.start() - at));
            } else if (m.companyId().equals(t.b())) {
                b = Math.min(b, Math.abs(m.start() - at));
            }
        }
        return a + b; // both parties near the noun
    }

    /** The tie noun of a definite, nameless subject right before an ending verb ("those talks collapsed"), or -1. */
    private static int anaphoricTieSubject(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        int k = at - 1;
        while (k >= 0 && (s.lower(k).equals("had") || s.lower(k).equals("have") || s.lower(k).equals("has")
                || s.lower(k).equals("were") || s.lower(k).equals("was") || s.lower(k).equals("been"))) {
            k--;
        }
        if (k < 1 || !ANAPHORIC_TIES.contains(s.lower(k)) || d.mentionAt(si, k).isPresent()) {
            return -1;
        }
        String det = s.lower(k - 1);
        if (det.equals("merger") && k >= 2) {
            det = s.lower(k - 2); // "the merger talks"
        }
        return det.equals("those") || det.equals("these") || det.equals("the") || det.equals("that") ? k : -1;
    }

    private static List<Tie> inSentence(Discourse d, int si, boolean earlierTieEnded) {
        Sentence s = d.sentence(si);
        List<Mention> ms = participants(d, si);
        List<Tie> out = new ArrayList<>();
        List<String> named = distinct(ms);
        if (named.size() < 2 && !hasPlural(ms)) {
            // one firm named: a passive "built by X", "X will build it", "X will supply the cells", "the
            // contract has been terminated" links it to the firm in focus
            if (named.size() == 1) {
                out.addAll(withFocus(d, si, ms.get(0)));
            }
            return out;
        }
        List<RelationCues.Found> cues = endsOfNamedTies(d, si, outsideNames(d, si, underDenial(s, RelationCues.find(s))),
                earlierTieEnded);
        if (cues.isEmpty()) {
            return out;
        }
        Attribution.Source source = Attribution.of(d, si, cues.get(0).at());
        boolean continuingHere = continuing(s);
        // "The car is assembled by X and uses Y chips": the product's owner, the firm in focus, is the party
        String productOwner = productSubject(d, si) ? focus(d, si, namedAsParty(ms)) : null;
        boolean talks = false;
        boolean ended = false;
        for (RelationCues.Found c : cues) {
            talks |= c.type() == PartnershipType.IN_TALKS;
            ended |= c.type() == PartnershipType.ENDED;
        }
        Map<String, List<PartnershipType>> pairs = new LinkedHashMap<>();
        Map<String, List<RelationCues.Found>> cuesOfPair = new LinkedHashMap<>();
        for (RelationCues.Found c : cues) {
            for (String[] p : arguments(d, si, c, ms, productOwner)) {
                if (!p[0].equals(p[1]) && !d.sameGroup(p[0], p[1])) {
                    pairs.computeIfAbsent(key(p[0], p[1]), k -> new ArrayList<>()).add(c.type());
                    cuesOfPair.computeIfAbsent(key(p[0], p[1]), k -> new ArrayList<>()).add(c);
                }
            }
        }
        if (pairs.isEmpty()) {
            List<String> firms = distinct(ms);
            if (firms.size() == 2 && !d.sameGroup(firms.get(0), firms.get(1))) {
                List<PartnershipType> types = new ArrayList<>();
                for (RelationCues.Found c : cues) {
                    // a cue whose own syntax named its parties and found no firm there does not link these two
                    if (!c.needsArguments() && c.object() < 0) {
                        types.add(c.type());
                    }
                }
                if (!types.isEmpty()) {
                    pairs.put(key(firms.get(0), firms.get(1)), types);
                }
            }
        }
        elidedInvestee(d, si, ms, cues, pairs, cuesOfPair);
        for (Map.Entry<String, List<PartnershipType>> e : pairs.entrySet()) {
            String[] ab = e.getKey().split("\\|");
            List<PartnershipType> types = e.getValue();
            PartnershipType type;
            if (ended && (types.contains(PartnershipType.ENDED) || talks || endsTie(s, cues))) {
                type = PartnershipType.ENDED;
            } else if (talks && !types.contains(PartnershipType.ENDED) && (types.contains(PartnershipType.IN_TALKS)
                    || onlyWeakCues(cuesOfPair.getOrDefault(e.getKey(), List.of())))
                    && !(furtherDealTalked(s) && types.stream().anyMatch(x -> x != PartnershipType.IN_TALKS))) {
                // talks about a deal: the deal is not yet made; a tie of its own syntax elsewhere in the
                // sentence ("revived with money from X; ..., and it is in talks with Y") is not under talks
                type = PartnershipType.IN_TALKS;
            } else {
                type = mostBinding(types);
            }
            RelationCues.Found first = firstOf(cuesOfPair.getOrDefault(e.getKey(), cues), type);
            Modality mood = Modality.of(s, first.at());
            boolean hedged = mood.speculative() || Modality.hedgedBefore(s, first.at());
            if (mood.negated() && type != PartnershipType.ENDED && !first.negationIsEnd()
                    || deniedAgreement(s, cuesOfPair.getOrDefault(e.getKey(), List.of()))) {
                // "had not signed any agreement with Xiaomi"; a tie the same sentence reports only to say
                // that no agreement exists ("no agreement has been signed, responding to a report that ...")
                continue;
            }
            if (first.negationIsEnd() || type != PartnershipType.ENDED && endedUntil(s, first.at())) {
                // "for several years it assembled NIO's SUVs under contract until NIO took over the factory"
                type = PartnershipType.ENDED;
            }
            if (type == PartnershipType.IN_TALKS && deniedAgreement(s, cues)) {
                // "said it had not signed an agreement with any party, a day after a report that it was
                // negotiating with Foxconn": the report is the denial's occasion, not a tie (dev-001)
                continue;
            }
            Attribution.Source tieSource = Attribution.of(d, si, first.at());
            boolean background = background(s, first.at());
            // as in CooccurrenceTies: a tie the press mentions as established background is no rumour
            Certainty certainty = tieSource == Attribution.Source.THIRD && !background ? Certainty.REPORTED
                    : hedged ? Certainty.SPECULATIVE : Certainty.CONFIRMED;
            out.add(new Tie(ab[0], ab[1], type, certainty, si, background,
                    type != PartnershipType.ENDED && continuingHere));
            // "... dropped plans for a fourth plant, but their joint venture will keep running": a
            // continuing tie in a contrasting clause of the same sentence
            if (type == PartnershipType.ENDED) {
                for (RelationCues.Found c : cuesOfPair.getOrDefault(e.getKey(), List.of())) {
                    int contrast = contrastBefore(s, c.at());
                    if (c.type() != PartnershipType.ENDED && c.type() != PartnershipType.IN_TALKS && contrast >= 0
                            && continuing(s, contrast, s.size())) {
                        out.add(new Tie(ab[0], ab[1], c.type(), certainty, si, false, true));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * "after a previous cell supplier walked away": an end whose subject is an indefinite noun
     * phrase is about a party the text does not name, so it ends none of the named firms' ties.
     */
    private static List<RelationCues.Found> endsOfNamedTies(Discourse d, int si, List<RelationCues.Found> cues,
                                                          boolean earlierTieEnded) {
        Sentence s = d.sentence(si);
        List<RelationCues.Found> out = new ArrayList<>();
        for (RelationCues.Found c : cues) {
            if (c.type() == PartnershipType.ENDED && (indefiniteSubject(d, si, s, c.at())
                    || earlierTieEnded && anaphoricTieSubject(d, si, c.at()) >= 0) || contrasted(s, c.at())) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** Firms named with a possessive right before a component noun, after the cue and in its clause. */
    private static List<String> componentPossessors(Sentence s, List<Mention> ms, int at) {
        List<String> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.start() <= at || m.kind() != Mention.Kind.NAME || !m.possessive()) {
                continue;
            }
            if (clauseBreakBetween(s, at, m.start())) {
                break;
            }
            for (int k = m.end(); k < s.size() && k <= m.end() + 4; k++) {
                if (RelationCues.isComponentNoun(s.lower(k))) {
                    out.add(m.companyId());
                    break;
                }
                if (!s.token(k).isWord() && !s.token(k).isPossessive() && !s.lower(k).equals("-")) {
                    break;
                }
            }
        }
        return out;
    }

    /** The clause before the cue opens with a bare component noun phrase: "Battery packs come from", "Cells are sourced from". */
    private static boolean componentSubject(Sentence s, int at) {
        for (int k = 0; k < at; k++) {
            String l = s.lower(k);
            if (RelationCues.isComponentNoun(l)) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised() && k > 0 || l.equals("its") || l.equals("their")) {
                return false;
            }
        }
        return false;
    }

    /** "a licensing agreement rather than a joint venture", "instead of a merger": the tie set aside. */
    private static boolean contrasted(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 4; k--) {
            String l = s.lower(k);
            if (l.equals("than") && s.lower(k - 1).equals("rather") || l.equals("of") && s.lower(k - 1).equals("instead")) {
                return true;
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static boolean indefiniteSubject(Discourse d, int si, Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
            if (d.mentionAt(si, k).isPresent()) {
                return false;
            }
            String l = s.lower(k);
            if (l.equals("a") || l.equals("an") || l.equals("another")) {
                return true;
            }
            if (!s.token(k).isWord() || Grammar.isClauseBoundary(s, k) || l.equals("the") || l.equals("that")
                    || l.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /** "Zhejiang Geely Holding Group", "Sony Honda Mobility Partners": a word of a firm's name is no cue. */
    private static List<RelationCues.Found> outsideNames(Discourse d, int si, List<RelationCues.Found> cues) {
        List<RelationCues.Found> out = new ArrayList<>();
        for (RelationCues.Found c : cues) {
            if (d.mentionAt(si, c.at()).filter(m -> m.kind() == Mention.Kind.NAME).isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "Geely holds about 17 percent of Aston Martin, and Mercedes-Benz owns a smaller stake": a stake
     * without its "in"/"of" phrase in a clause coordinated after a stake that has one is a stake in the
     * same firm (ellipsis of the repeated object).
     */
    private static void elidedInvestee(Discourse d, int si, List<Mention> ms, List<RelationCues.Found> cues,
                                       Map<String, List<PartnershipType>> pairs,
                                       Map<String, List<RelationCues.Found>> cuesOfPair) {
        String investee = null;
        int investeeCue = -1;
        for (RelationCues.Found c : cues) {
            if (c.type() != PartnershipType.INVESTMENT) {
                continue;
            }
            if (c.object() >= 0 && c.object() < d.sentence(si).size()) {
                List<String> objs = firmsAfter(d.sentence(si), ms, c.object(), 6);
                if (!objs.isEmpty()) {
                    investee = objs.get(0);
                    investeeCue = c.at();
                }
            } else if (investee != null && c.at() > investeeCue && coordinatedClauseBetween(d.sentence(si), investeeCue, c.at())) {
                for (String x : Roles.agents(d, si, c.at())) {
                    if (!x.equals(investee) && !d.sameGroup(x, investee)) {
                        pairs.computeIfAbsent(key(x, investee), k -> new ArrayList<>()).add(c.type());
                        cuesOfPair.computeIfAbsent(key(x, investee), k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
    }

    /** ", and" or "; " between two tokens: a second clause. */
    private static boolean coordinatedClauseBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.lower(k).equals("and") && s.lower(k - 1).equals(",") || s.lower(k).equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** Cues that link a pair only through the sentence ("a deal", "the agreement"), none with its own object. */
    private static boolean onlyWeakCues(List<RelationCues.Found> cues) {
        for (RelationCues.Found c : cues) {
            if (!c.needsArguments() && c.object() >= 0 && c.type() != PartnershipType.PARTNERSHIP) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> DENY = Set.of("denied", "denies", "deny", "denying", "rejected", "rejects",
            "rejecting", "dismissed", "dismisses", "refuted", "refutes");

    /**
     * Ties inside the complement of a denial are not asserted: "denied a report that Oriel was in
     * talks with Foxconn" says the talks are not happening, which the conventions label ENDED (as
     * "not in talks"); any other denied tie is dropped.
     */
    private static List<RelationCues.Found> underDenial(Sentence s, List<RelationCues.Found> cues) {
        int denial = -1;
        for (int k = 0; k < s.size(); k++) {
            if (DENY.contains(s.lower(k))) {
                for (int j = k + 1; j < Math.min(s.size(), k + 8); j++) {
                    if (s.lower(j).equals("that")) {
                        denial = j;
                        break;
                    }
                }
                if (denial >= 0) {
                    break;
                }
            }
        }
        if (denial < 0) {
            return cues;
        }
        List<RelationCues.Found> out = new ArrayList<>();
        for (RelationCues.Found c : cues) {
            if (c.at() < denial || c.type() == PartnershipType.ENDED) {
                out.add(c);
            } else if (c.type() == PartnershipType.IN_TALKS) {
                out.add(new RelationCues.Found(PartnershipType.ENDED, c.at(), c.pattern(), c.object(), c.needsArguments(),
                        true, c.left(), c.right()));
            }
        }
        return out;
    }

    /** A negated agreement cue links the pair: "no agreement has been signed with X". */
    private static boolean deniedAgreement(Sentence s, List<RelationCues.Found> cues) {
        boolean denied = false;
        for (RelationCues.Found c : cues) {
            if (c.type() == PartnershipType.ENDED || c.negationIsEnd()) {
                return false; // "not in talks": the tie ends, which is a label
            }
            String w = s.lower(c.at());
            boolean agreementNoun = w.equals("agreement") || w.equals("deal") || w.equals("contract") || w.equals("pact");
            denied |= agreementNoun && (Modality.of(s, c.at()).negated() || c.at() > 0 && s.lower(c.at() - 1).equals("no"))
                    && !concessive(s, c.at());
        }
        return denied;
    }

    /** "in talks with X, although no agreement has been reached": a concession qualifies the talks, not denies them. */
    private static boolean concessive(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
            String l = s.lower(k);
            if (l.equals("although") || l.equals("though") || l.equals("yet") || l.equals("but")) {
                return true;
            }
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PAST_EVENTS = Set.of("took", "bought", "sold", "went", "closed", "ended",
            "acquired", "collapsed", "left", "withdrew", "pulled", "folded", "ceased", "filed", "shut", "stopped");

    /**
     * A tie in the past whose time is bounded by "until" and a past event: "it assembled NIO's SUVs
     * under contract until NIO took over the factory in 2022" reports a tie that is over.
     */
    private static boolean endedUntil(Sentence s, int at) {
        String verb = s.lower(at);
        boolean past = verb.endsWith("ed") || verb.equals("built") || verb.equals("made") || verb.equals("held")
                || verb.equals("supplied") || verb.equals("had");
        if (!past) {
            return false;
        }
        for (int k = at + 1; k < Math.min(s.size(), at + 14); k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".") || l.equals("but")) {
                return false;
            }
            if (l.equals("until") || l.equals("till")) {
                for (int j = k + 1; j < Math.min(s.size(), k + 7); j++) {
                    if (PAST_EVENTS.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The index of a contrast ("but", "while", ";") before token at, or -1. */
    private static int contrastBefore(Sentence s, int at) {
        for (int k = at - 1; k > 0; k--) {
            String l = s.lower(k);
            if (l.equals(";") || (l.equals("but") || l.equals("while") || l.equals("although")) && s.lower(k - 1).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** An ending verb whose clause holds the tie's noun: "ends ... its carmaking partnership with Geely". */
    private static boolean endsTie(Sentence s, List<RelationCues.Found> cues) {
        for (RelationCues.Found e : cues) {
            if (e.type() != PartnershipType.ENDED) {
                continue;
            }
            for (RelationCues.Found c : cues) {
                if (c.type() == PartnershipType.ENDED || Math.abs(c.at() - e.at()) > 18) {
                    continue;
                }
                boolean sameClause = true;
                for (int k = Math.min(c.at(), e.at()); k < Math.max(c.at(), e.at()); k++) {
                    if (s.lower(k).equals(";") || s.lower(k).equals("but")) {
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

    private static boolean hasPlural(List<Mention> ms) {
        return ms.stream().anyMatch(m -> m.kind() == Mention.Kind.PLURAL);
    }

    /**
     * Firms that can be parties to a tie: not news agencies or analysts, not firms named only as the
     * employer of a person ("Amazon founder Jeff Bezos"), and not firms named as the term of a
     * comparison or as competitors ("unlike X", "rivals such as X", "racing to catch up with X").
     */
    static List<Mention> participants(Discourse d, int si) {
        Sentence s = d.sentence(si);
        List<Mention> out = new ArrayList<>();
        for (Mention m : d.mentions(si)) {
            CompanyKind k = d.company(m.companyId()).map(Company::kind).orElse(CompanyKind.OTHER);
            if (k != CompanyKind.NEWS_AGENCY && k != CompanyKind.RESEARCH && !Comparison.isCompared(s, m.start())
                    && !Comparison.employerOfPerson(s, m) && !Comparison.employerOfAnalyst(s, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Firms named (not referred to) in the mentions. */
    private static Set<String> namedBy(List<Mention> ms) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.NAME) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    /** A brand of the builder names the thing built, before the verb: the builder makes its own car. */
    private static boolean buildersOwnBrandBefore(Discourse d, int si, int at, String builder) {
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            if (b.start() < at && b.companyId().equals(builder)) {
                return true;
            }
        }
        return false;
    }

    /** Firms named in the sentence other than as a possessor ("the rear motor is Xiaomi's own design"). */
    private static Set<String> namedAsParty(List<Mention> ms) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.NAME && !m.possessive()) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    private static List<String> distinct(List<Mention> ms) {
        List<String> out = new ArrayList<>();
        for (Mention m : ms) {
            if (!out.contains(m.companyId())) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    /** The argument pairs a cue links, read from its syntax. */
    private static List<String[]> arguments(Discourse d, int si, RelationCues.Found c, List<Mention> ms,
                                            String productOwner) {
        Sentence s = d.sentence(si);
        List<String[]> out = new ArrayList<>();
        if (productOwner != null && (c.pattern() == RelationCues.Pattern.PASSIVE_BY
                && c.type() != PartnershipType.JOINT_VENTURE && c.type() != PartnershipType.INVESTMENT
                || c.pattern() == RelationCues.Pattern.OBJECT && c.type() == PartnershipType.SUPPLY)) {
            for (String x : firmsAfter(d, si, ms, c.object(), 6)) {
                out.add(new String[] {productOwner, x});
            }
            if (c.type() == PartnershipType.SUPPLY && c.pattern() == RelationCues.Pattern.OBJECT) {
                // "uses Huawei's cockpit software and Momenta's driver-assistance system": each possessor of a
                // component in the object supplies the product's owner
                for (String x : componentPossessors(s, ms, c.at())) {
                    out.add(new String[] {productOwner, x});
                }
            }
            return out;
        }
        switch (c.pattern()) {
            case BETWEEN -> {
                List<String> objs = firmsAfter(s, ms, c.object(), 10);
                if (objs.size() >= 2) {
                    out.add(new String[] {objs.get(0), objs.get(1)});
                }
            }
            case PASSIVE_BY -> {
                List<String> agents = firmsAfter(s, ms, c.object(), 6);
                List<String> subjects = Roles.agents(d, si, c.at());
                if (agents.size() >= 2 && c.type() == PartnershipType.JOINT_VENTURE) {
                    out.add(new String[] {agents.get(0), agents.get(1)});
                }
                // "set up by X and Y": the two parents; "a venture, 51 percent owned by X": X and the subjects
                boolean parents = c.type() == PartnershipType.JOINT_VENTURE && agents.size() >= 2;
                for (String a : parents ? List.<String>of() : agents) {
                    if (c.type() == PartnershipType.MANUFACTURING && buildersOwnBrandBefore(d, si, c.at(), a)) {
                        continue; // "The Luxeed S7, designed with Huawei but built by Chery": Chery's own brand
                    }
                    int before = out.size();
                    for (String x : subjects) {
                        out.add(new String[] {a, x});
                    }
                    if (subjects.isEmpty()) {
                        for (Mention m : ms) {
                            // "... before the verb", or the client between it and the agent: "is built for
                            // Quillon by VinFast"
                            boolean client = m.start() > c.at() && m.start() < c.object() && m.start() > 0
                                    && s.lower(m.start() - 1).equals("for");
                            if (!m.companyId().equals(a) && (m.start() < c.at() || client)) {
                                out.add(new String[] {a, m.companyId()});
                            }
                        }
                    }
                    String customer = out.size() == before && c.type() == PartnershipType.SUPPLY ? goodsOwner(d, si, c.at()) : null;
                    if (customer != null && !customer.equals(a)) {
                        // "Battery packs for the SU7 are supplied by CATL": the model's maker is the customer
                        out.add(new String[] {a, customer});
                    }
                }
            }
            case CAUSATIVE -> {
                // "making it a strategic shareholder (of the company)": the one made a holder invests in
                // the firm its "of"/"in" phrase names, or else in the other party of the clause
                List<String> made = firmsAfter(d, si, ms, c.object(), 4);
                if (made.isEmpty()) {
                    break;
                }
                int holder = RelationCues.causativeHolder(s, c.at());
                List<String> investee = holder >= 0 && (s.lower(holder + 1).equals("of") || s.lower(holder + 1).equals("in"))
                        ? firmsAfter(d, si, ms, holder + 2, 5) : List.of();
                List<String> others = new ArrayList<>(investee);
                if (others.isEmpty()) {
                    others.addAll(Roles.agents(d, si, c.at()));
                }
                if (others.isEmpty() || others.equals(List.of(made.get(0)))) {
                    for (Mention m : ms) {
                        if (!m.companyId().equals(made.get(0)) && !others.contains(m.companyId())) {
                            others.add(m.companyId());
                            break;
                        }
                    }
                }
                for (String y : others) {
                    out.add(new String[] {made.get(0), y});
                }
            }
            case BUILD_IT -> {
                // "Sony says Magna Steyr engineered and assembled the prototype": the builder and the firm
                // whose car it is, the firm in focus
                List<String> builders = Roles.agents(d, si, c.at());
                String owner = builders.isEmpty() ? null : focus(d, si, new java.util.HashSet<>(builders));
                if (owner != null && namedBy(ms).contains(owner)) {
                    for (String b : builders) {
                        out.add(new String[] {b, owner});
                    }
                }
            }
            case RELATIVE_WITH -> {
                // the first firm inside the relative clause (its subject) and the "with" object
                String subject = null;
                for (Mention m : ms) {
                    if (m.start() > c.at() && m.start() < c.object() - 1 && m.kind() != Mention.Kind.PLURAL) {
                        subject = m.companyId();
                        break;
                    }
                }
                List<String> objects = firmsAfter(d, si, ms, c.object(), 8);
                if (subject != null) {
                    for (String y : objects) {
                        out.add(new String[] {subject, y});
                    }
                }
            }
            case HOLDERS -> {
                // "X counts A and B among its investors", "Y's backers include A": possessor and the other firms
                Mention owner = null;
                for (Mention m : ms) {
                    if (m.possessive() && m.end() <= c.at() && m.end() >= c.at() - 5) {
                        owner = m;
                    }
                }
                if (owner != null) {
                    for (Mention m : ms) {
                        if (!m.companyId().equals(owner.companyId()) && m.kind() != Mention.Kind.PLURAL
                                && (Math.abs(m.start() - c.at()) <= 10 || m.start() > c.at()
                                && sameListAfter(s, c.at(), m.start()))) {
                            out.add(new String[] {owner.companyId(), m.companyId()});
                        }
                    }
                    if (owner.start() > 0 && s.lower(owner.start() - 1).equals("among")) {
                        // "Baidu, Alibaba's investment arm and SAIC Motor are among Horizon's shareholders":
                        // the whole subject list, however long, holds the possessor
                        for (String x : Roles.agents(d, si, owner.start() - 1)) {
                            if (!x.equals(owner.companyId())) {
                                out.add(new String[] {owner.companyId(), x});
                            }
                        }
                    }
                }
            }
            case HYPHEN_BACKED -> {
                Mention backer = null;
                for (Mention m : ms) {
                    if (m.end() == c.object() + 1) {
                        backer = m;
                    }
                }
                if (backer != null) {
                    for (Mention m : ms) {
                        if (m.start() > c.at() && m.start() <= c.at() + 3) {
                            out.add(new String[] {backer.companyId(), m.companyId()});
                            break;
                        }
                    }
                }
            }
            case HYPHEN -> {
                // "Ford-SK On battery venture", "Baidu-Geely carmaker": two names joined by a hyphen
                Mention left = null;
                Mention right = null;
                for (Mention m : ms) {
                    if (m.end() == c.object()) {
                        left = m;
                    }
                    if (m.start() == c.object() + 1) {
                        right = m;
                    }
                }
                if (left != null && right != null) {
                    out.add(new String[] {left.companyId(), right.companyId()});
                }
            }
            default -> {
                List<String> subjects = Roles.agents(d, si, c.at());
                String possessor = c.pattern() == RelationCues.Pattern.WITH ? possessorOfCue(d, si, ms, c.at()) : null;
                List<String> pluralOwners = c.pattern() == RelationCues.Pattern.COORDINATED && c.object() < 0
                        ? pluralPossessorOfCue(d, si, ms, c.at()) : List.of();
                if (pluralOwners.size() >= 2) {
                    // "took full ownership of their venture", "their partnership": the pair the plural names
                    out.add(new String[] {pluralOwners.get(0), pluralOwners.get(1)});
                    return out;
                }
                if (possessor != null) {
                    // "Siro, its joint venture with Farasis", "Togg's battery venture with Farasis", "its cell
                    // arrangement with LG": the possessor of the tie noun is the first party
                    subjects = List.of(possessor);
                }
                List<String> objects = c.object() >= 0
                        ? firmsAfter(d, si, ms, c.object(), c.pattern() == RelationCues.Pattern.OBJECT ? 12 : 8) : List.of();
                if (objects.isEmpty() && c.type() == PartnershipType.SUPPLY && c.object() >= 0
                        && (RelationCues.vehicleWithin(s, c.object(), 4) || unownedModel(s, ms, c.object()))
                        && s.lower(c.object() - 1).equals("for")) {
                    // "LG Chem has begun supplying cells for Shanghai-built cars", "the sole supplier of cells for
                    // the Ridgeback": cars no firm is named with are the article's firm's cars
                    String topic = Roles.topic(d, si);
                    if (topic != null && !subjects.contains(topic)) {
                        objects = List.of(topic);
                    }
                }
                if (objects.isEmpty() && c.type() == PartnershipType.SUPPLY && c.object() < 0) {
                    // "Samsung SDI, which supplied its battery cells": the possessor of the goods is the customer
                    for (Mention m : ms) {
                        if (m.start() == c.at() + 1 && m.possessive() && m.kind() == Mention.Kind.PRONOUN
                                && !subjects.contains(m.companyId())) {
                            objects = List.of(m.companyId());
                        }
                    }
                }
                if (objects.isEmpty() && subjects.isEmpty() && c.object() >= 0 && c.pattern() == RelationCues.Pattern.WITH
                        && (c.type() == PartnershipType.IN_TALKS || c.type() == PartnershipType.ENDED)) {
                    // "Talks with Hyundai and with Nissan were reported": talks with no subject are the article's firm's
                    String topic = Roles.topic(d, si);
                    List<String> partners = firmsAfter(d, si, ms, c.object(), 8);
                    if (topic != null && !partners.isEmpty() && !partners.contains(topic)) {
                        for (String y : partners) {
                            out.add(new String[] {topic, y});
                        }
                        return out;
                    }
                }
                if (!objects.isEmpty()) {
                    for (String x : subjects) {
                        for (String y : objects) {
                            out.add(new String[] {x, y});
                        }
                    }
                    if (c.type() == PartnershipType.INVESTMENT && !subjects.isEmpty()) {
                        for (String g : gappedInvestors(s, ms, c.at())) {
                            for (String y : objects) {
                                if (!g.equals(y) && !subjects.contains(g)) {
                                    out.add(new String[] {g, y});
                                }
                            }
                        }
                    }
                    if (subjects.isEmpty() && c.type() == PartnershipType.SUPPLY && c.pattern() == RelationCues.Pattern.OBJECT
                            && componentSubject(s, c.at())) {
                        // "Battery packs come from CATL and from FinDreams": the buyer is the firm in focus
                        String buyer = focus(d, si, new java.util.HashSet<>(objects));
                        if (buyer != null) {
                            for (String y : objects) {
                                out.add(new String[] {buyer, y});
                            }
                            return out;
                        }
                    }
                    if (subjects.isEmpty() && c.pattern() == RelationCues.Pattern.OBJECT) {
                        // "a stake in Huawei's new company" with the subject elsewhere: any earlier firm
                        for (Mention m : ms) {
                            if (m.start() < c.at() && !objects.contains(m.companyId())) {
                                out.add(new String[] {m.companyId(), objects.get(0)});
                                break;
                            }
                        }
                    }
                } else if (subjects.size() >= 2 && c.pattern() != RelationCues.Pattern.OBJECT) {
                    for (int i = 0; i < subjects.size(); i++) {
                        for (int j = i + 1; j < subjects.size(); j++) {
                            out.add(new String[] {subjects.get(i), subjects.get(j)});
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Its backers include state-owned carmaker FAW Group, internet company Tencent and battery maker
     * CATL": a list after a holder noun runs on through commas and "and" until a clause or a new
     * phrase ("along with", "which", ";") ends it.
     */
    private static boolean sameListAfter(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String l = s.lower(k);
            if (Grammar.isClauseBoundary(s, k) || l.equals("which") || l.equals("who") || l.equals("along")
                    || l.equals("while") || l.equals(".") || l.equals("but") || l.equals("said") || l.equals("says")) {
                return false;
            }
        }
        return to - from <= 30;
    }

    /** The firms a plural possessive before the cue noun names ("their venture", "the two companies' alliance"). */
    private static List<String> pluralPossessorOfCue(Discourse d, int si, List<Mention> ms, int at) {
        Sentence s = d.sentence(si);
        List<String> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.PLURAL && m.possessive() && m.end() <= at && m.end() >= at - 3) {
                boolean words = true;
                for (int k = m.end(); k < at; k++) {
                    if (!s.token(k).isWord() && !s.token(k).isPossessive() && !s.lower(k).equals("-")) {
                        words = false;
                    }
                }
                if (words && !out.contains(m.companyId())) {
                    out.add(m.companyId());
                }
            }
        }
        return out;
    }

    /** The firm whose possessive determines the cue's noun phrase ("its joint venture", "Togg's battery venture"), or null. */
    private static String possessorOfCue(Discourse d, int si, List<Mention> ms, int at) {
        Sentence s = d.sentence(si);
        for (Mention m : ms) {
            if (m.possessive() && m.kind() != Mention.Kind.PLURAL && m.end() < at && m.end() >= at - 5) {
                boolean words = true;
                for (int k = m.end(); k < at; k++) {
                    if (!s.token(k).isWord() && !s.token(k).isPossessive() && !s.lower(k).equals("-")
                            || d.mentionAt(si, k).filter(o -> o != m).isPresent()) {
                        words = false;
                    }
                }
                if (words) {
                    return m.companyId();
                }
            }
        }
        return null;
    }

    /**
     * Firms named in the phrase starting at {@code from}, in order (a list: "with X, Y and Z"); a
     * brand stands for its owner when the owner is named in the article ("Jaguar's SUV").
     */
    private static List<String> firmsAfter(Discourse d, int si, List<Mention> ms, int from, int span) {
        Mention covering = d.mentionAt(si, from).orElse(null);
        if (covering != null && covering.start() < from && covering.kind() != Mention.Kind.PLURAL) {
            return List.of(covering.companyId()); // "the startup's pickup": the possessor is the description
        }
        List<String> out = firmsAfter(d.sentence(si), ms, from, span);
        if (out.isEmpty()) {
            for (evradar.extract.names.NameSpan b : d.brands(si)) {
                if (b.start() >= from && b.start() < from + span && d.companies().containsKey(b.companyId())) {
                    out.add(b.companyId());
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> firmsAfter(Sentence s, List<Mention> ms, int from, int span) {
        List<String> out = new ArrayList<>();
        Mention last = null;
        for (int i = SortedPositions.firstAtOrAfter(ms, Mention::start, from); i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.start() >= from + span && (last == null || !listed(s, last, m))) {
                break; // the window ends, except for a list already begun: "carmakers, including Seres and Chery"
            }
            if (last == null && phraseEndsBefore(s, from, m.start())) {
                break; // "invest ... in a complex ... on the site Ford vacated": the object is no firm
            }
            if (out.contains(m.companyId()) || m.kind() == Mention.Kind.PLURAL && last != null
                    || last != null && m.kind() == Mention.Kind.PRONOUN && m.possessive()) {
                continue; // "X and its larger partner Y": the possessive belongs to the next conjunct
            }
            if (last == null && m.kind() == Mention.Kind.NAME && m.possessive() && headFirmAfter(s, ms, i)) {
                continue; // "in Ford's autonomous-driving partner Argo AI": the possessor determines the head firm
            }
            if (m.end() + 1 < s.size() && s.lower(m.end()).equals("-") && MODIFIER_PARTICIPLES.contains(s.lower(m.end() + 1))
                    || m.end() < s.size() && RELATIONAL_HEADS.contains(s.lower(m.end()))) {
                continue; // "in Microsoft-backed Cruise", "in a Nio rival": a modifier, not the object
            }
            if (last != null && !(listed(s, last, m) && !m.possessive())) {
                break; // only a list continues the phrase: "with X, Y and Z", not "in Argo AI, Ford's unit"
            }
            if (last != null && m.end() < s.size() && FINITE_AFTER_SUBJECT.contains(s.lower(m.end()))
                    && s.lower(m.start() - 1).equals("and") && s.lower(m.start() - 2).equals(",")) {
                break; // "holds 17 percent of Aston Martin, and Mercedes-Benz owns a smaller stake": a new clause
            }
            if (last != null && gappedAmountAfter(s, m.end())) {
                break; // "invest 600 million euros in Ampere and Mitsubishi Motors up to 200 million": a gapped clause
            }
            out.add(m.companyId());
            last = m;
        }
        return out;
    }

    /**
     * An amount right after a name, with no verb between: "and Mitsubishi Motors up to 200 million
     * euros" repeats the verb of the clause before it (gapping), with the name as its subject.
     */
    static boolean gappedAmountAfter(Sentence s, int k) {
        int j = k;
        while (j < s.size() && j < k + 3 && (s.lower(j).equals("up") || s.lower(j).equals("to") || s.lower(j).equals("about")
                || s.lower(j).equals("around") || s.lower(j).equals("another") || s.lower(j).equals("a")
                || s.lower(j).equals("further") || s.lower(j).equals("some") || s.lower(j).equals("nearly"))) {
            j++;
        }
        if (j >= s.size()) {
            return false;
        }
        String l = s.lower(j);
        return l.equals("$") || l.equals("€") || l.equals("£") || l.equals("¥") || Character.isDigit(l.charAt(0))
                && (AMOUNT_UNITS.contains(s.lower(j + 1)) || l.endsWith("%") || s.lower(j + 1).equals("%")
                || s.lower(j + 1).equals("per"));
    }

    private static final Set<String> AMOUNT_UNITS = Set.of("million", "billion", "bn", "m", "trillion", "crore",
            "euros", "dollars", "yuan", "yen", "won", "pounds", "percent", "per", "%");

    /**
     * The gapped conjuncts after an investment cue: "Nissan has agreed to invest up to 600 million euros
     * in Ampere and Mitsubishi Motors up to 200 million euros" -- Mitsubishi Motors invests in Ampere too.
     */
    private static List<String> gappedInvestors(Sentence s, List<Mention> ms, int after) {
        List<String> out = new ArrayList<>();
        for (Mention m : ms) {
            if (m.start() > after && m.kind() == Mention.Kind.NAME && m.start() >= 1
                    && (s.lower(m.start() - 1).equals("and") || s.lower(m.start() - 1).equals("while"))
                    && gappedAmountAfter(s, m.end())) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    /**
     * Whether the possessive mention at index {@code i} determines a noun phrase headed by another
     * firm's name: only modifier words stand between ("Ford's autonomous-driving partner Argo AI").
     */
    static boolean headFirmAfter(Sentence s, List<Mention> ms, int i) {
        Mention owner = ms.get(i);
        if (i + 1 >= ms.size()) {
            return false;
        }
        Mention next = ms.get(i + 1);
        if (next.kind() != Mention.Kind.NAME || next.start() - owner.end() > 5 || next.companyId().equals(owner.companyId())) {
            return false;
        }
        for (int k = owner.end(); k < next.start(); k++) {
            if (s.token(k).isPossessive() && k == owner.end()) {
                continue;
            }
            String l = s.lower(k);
            if (!s.token(k).isWord() && !l.equals("-") || s.token(k).isCapitalised() || l.equals("and") || l.equals("or")
                    || FINITE_AFTER_SUBJECT.contains(l)) {
                return false;
            }
        }
        return next.start() > owner.end();
    }

    /** Finite verbs and auxiliaries: a name followed by one is the subject of a new clause, not a list item. */
    private static final Set<String> FINITE_AFTER_SUBJECT = Set.of("owns", "holds", "has", "have", "had", "is", "are",
            "was", "were", "will", "would", "can", "could", "may", "said", "says", "plans", "sells", "sold", "makes",
            "made", "builds", "built", "supplies", "controls", "invested", "agreed", "signed", "took", "bought");

    private static final Set<String> PHRASE_BREAKS = Set.of(",", ";", ".", "on", "at", "in", "into", "when",
            "where", "which", "that", "who", "after", "before", "while", "because", "since", "to", "by", "from");

    /**
     * Whether the noun phrase starting at {@code from} ends before token {@code to}: a comma, a new
     * preposition or a clause word comes first ("of" stays inside: "several of Daimler's models").
     */
    private static boolean phraseEndsBefore(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(",") && k + 1 < to && EXAMPLES.contains(s.lower(k + 1))) {
                k++; // "with more than a dozen carmakers, including Seres and Chery": the examples are the object
                continue;
            }
            if (PHRASE_BREAKS.contains(s.lower(k)) && !(k == from && s.lower(k).equals("the"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EXAMPLES = Set.of("including", "notably", "namely", "among");

    /** Nouns that make a preceding name their modifier: "a Nio rival", "an Apple supplier". */
    private static final Set<String> RELATIONAL_HEADS = Set.of("rival", "rivals", "competitor", "competitors",
            "challenger", "supplier", "suppliers", "partner", "partners", "affiliate", "unit", "spinoff", "spin-off",
            "backer", "investor", "customer", "customers", "dealer", "dealers", "owner", "lookalike", "clone");

    private static final Set<String> MODIFIER_PARTICIPLES = Set.of("backed", "owned", "based", "made", "built", "funded",
            "controlled", "led", "branded", "brand", "designed", "developed", "linked", "affiliated", "listed");

    private static boolean listed(Sentence s, Mention a, Mention b) {
        StringBuilder between = new StringBuilder();
        for (int k = a.end(); k < b.start(); k++) {
            between.append(s.lower(k)).append(' ');
        }
        String w = between.toString().strip();
        if (w.startsWith("and its ") && w.split(" ").length <= 5 && !w.contains(",")) {
            return true; // "Mitsubishi Motors and its larger partner Nissan"
        }
        if (w.startsWith("and ") && describedConjunct(w.substring(4))) {
            return true; // "search giant Baidu and automaker Geely": a conjunct with its own description
        }
        if (s.lower(a.end()).equals("and") && Grammar.placePossessive(s, a.end() + 1, b.start())) {
            return true; // "by Togg and China's Farasis Energy": the place qualifies the conjunct
        }
        return w.equals("and from") || w.equals(", and from") || w.equals("or from") || w.equals("and by") || w.equals("or by") || w.equals(",") || w.equals("and") || w.equals(", and") || w.equals("&") || w.equals("as well as")
                || w.equals("or") || w.equals(", as well as");
    }

    /** One to three words that describe a firm ("automaker", "battery maker"), ending in a firm noun. */
    private static boolean describedConjunct(String words) {
        String[] ws = words.split(" ");
        if (ws.length < 1 || ws.length > 3 || words.isBlank()) {
            return false;
        }
        for (String x : ws) {
            if (!Grammar.NP_MODIFIER_WORDS.contains(x) || x.equals("and") || x.equals(",")) {
                return false;
            }
        }
        return FIRM_HEAD_WORDS.contains(ws[ws.length - 1]);
    }

    private static final Set<String> FIRM_HEAD_WORDS = Set.of("automaker", "carmaker", "maker", "company", "firm",
            "group", "giant", "manufacturer", "supplier", "startup", "chipmaker", "brand", "partner", "rival");

    private static boolean clauseBreakBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Grammar.isClauseBoundary(s, k) || s.lower(k).equals("which") || s.lower(k).equals("whose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It was ... built by Magna Steyr" / "Foxconn will build it": a manufacturing tie whose other
     * party is the firm in focus (the subject of the previous sentences).
     */
    private static List<Tie> withFocus(Discourse d, int si, Mention only) {
        Sentence s = d.sentence(si);
        List<Tie> out = new ArrayList<>();
        if (s.title()) {
            return out;
        }
        List<RelationCues.Found> focusCues = new ArrayList<>();
        for (RelationCues.Found c : underDenial(s, RelationCues.find(s))) {
            if (refersToFocus(s, c, productSubject(d, si))) {
                // an end reported in the sentence outweighs the tie it ends ("X, which assembled the car,
                // said the production contract had been terminated")
                focusCues.add(c.type() == PartnershipType.ENDED ? 0 : focusCues.size(), c);
            }
        }
        for (RelationCues.Found c : focusCues) {
            // money put in with no named investee went into the firm the article is about
            String focus = c.type() == PartnershipType.INVESTMENT ? Roles.topic(d, si)
                    : focus(d, si, java.util.Set.of(only.companyId()));
            if (focus == null && c.type() == PartnershipType.PARTNERSHIP) {
                focus = Roles.topic(d, si); // "Subaru, which co-developed the vehicle": the article's car maker
            }
            if (c.pattern() == RelationCues.Pattern.BUILD_IT && only.companyId().equals(Roles.topic(d, si))) {
                focus = null; // "how fast Xiaomi can build the cars" in a story about Xiaomi: its own cars
            }
            if (focus != null && !d.sameGroup(focus, only.companyId())) {
                Modality mood = Modality.of(s, c.at());
                if (!mood.negated() || c.type() == PartnershipType.ENDED) {
                    Attribution.Source source = Attribution.of(d, si, c.at());
                    Certainty certainty = source == Attribution.Source.THIRD ? Certainty.REPORTED
                            : mood.speculative() ? Certainty.SPECULATIVE : Certainty.CONFIRMED;
                    out.add(new Tie(min(focus, only.companyId()), max(focus, only.companyId()), c.type(), certainty, si,
                            false, c.type() != PartnershipType.ENDED && continuing(s)));
                }
            }
            break;
        }
        return out;
    }

    /**
     * A cue whose other party is left unnamed because it is the firm in focus: "It was assembled by X",
     * "X will build it", "X will supply the cells (under a separate agreement)", "X said the
     * production contract had been terminated", "the relationship has broken down".
     */
    private static boolean refersToFocus(Sentence s, RelationCues.Found c, boolean productSubject) {
        if (c.type() == PartnershipType.MANUFACTURING) {
            return c.pattern() == RelationCues.Pattern.PASSIVE_BY || c.pattern() == RelationCues.Pattern.BUILD_IT;
        }
        if (c.type() == PartnershipType.SUPPLY) {
            return c.pattern() == RelationCues.Pattern.COORDINATED && definiteAfter(s, c.at(), 3)
                    || (c.pattern() == RelationCues.Pattern.OBJECT || c.pattern() == RelationCues.Pattern.PASSIVE_BY) && productSubject
                    // "Every version uses Nvidia's processor": the product's owner, the firm in focus, is supplied
                    || anyWord(s, c.at() + 1, s.size(), "agreement", "contract", "deal");
        }
        if (c.type() == PartnershipType.INVESTMENT) {
            // "Hyundai, which invested 100 million euros the same year, declined to comment": an amount
            // invested with no "in" phrase went into the firm the article is about; so did "Tencent, an
            // early backer, kept the faith"
            String w = s.lower(c.at());
            if ((w.equals("backer") || w.equals("investor") || w.equals("shareholder")) && c.object() < 0
                    && (appositiveHolder(s, c.at()) || predicateHolder(s, c.at()))) {
                return true; // ", an early backer,"; "remains the largest outside shareholder"
            }
            if ((w.equals("led") || w.equals("leads") || w.equals("leading") || w.equals("co-led")) && c.object() < 0) {
                return true; // "SoftBank leads a funding round", "Temasek, which led a round last year"
            }
            if (w.equals("stake") && c.object() < 0 && heldStake(s, c.at())) {
                return true; // "Sunvale Power, which still holds a 12% stake, said ..."
            }
            return (w.equals("invested") || w.equals("invests") || w.equals("invest")) && c.object() < 0
                    && amountAfter(s, c.at(), 4) && noPurpose(s, c.at());
        }
        if (c.type() == PartnershipType.PARTNERSHIP) {
            // "the exterior design had been developed together with Pininfarina": the focus firm's work
            // "Subaru, which co-developed the vehicle": the car just named is the focus firm's
            return c.pattern() == RelationCues.Pattern.WITH && impersonalSubject(s, c.at())
                    || RelationCues.coVerb(s, c.at()) && RelationCues.definiteVehicle(s, c.at() + (s.lower(c.at()).equals("co") ? 3 : 1));
        }
        if (c.type() == PartnershipType.ENDED || c.type() == PartnershipType.IN_TALKS) {
            // "the contract has been terminated"; in a quote, "We are not in talks with X": the speaker's firm
            return c.type() == PartnershipType.ENDED && definiteTieNoun(s, c.at()) || firstPersonSubject(s, c.at())
                    || subjectlessTalks(s);
        }
        return false;
    }

    /**
     * Nothing after the invested sum says what it went into: no "in"/"into" object (a year aside: "in
     * 2020"), no purpose ("to upgrade the line", "on new plants", "for its factory").
     */
    private static boolean noPurpose(Sentence s, int at) {
        for (int k = at + 1; k < s.size() && k <= at + 12; k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || l.equals(".")) {
                return true;
            }
            if ((l.equals("in") || l.equals("into")) && !(k + 1 < s.size() && Character.isDigit(s.lower(k + 1).charAt(0)))
                    || l.equals("to") || l.equals("on") || l.equals("for") || l.equals("at") || l.equals("across")) {
                return false;
            }
        }
        return true;
    }

    /** "was another cornerstone investor", "remains the largest outside shareholder": a holder predicated. */
    private static boolean predicateHolder(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            if (Grammar.isCopula(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-") || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "holds a 12% stake", "still owns a small stake": a stake held, its company left to the context. */
    private static boolean heldStake(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            String l = s.lower(k);
            if (l.equals("holds") || l.equals("held") || l.equals("owns") || l.equals("owned") || l.equals("retains")
                    || l.equals("retained") || l.equals("keeps") || l.equals("kept")) {
                return true;
            }
            if (!s.token(k).isWord() && !l.equals("%") && !l.equals("-") || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** ", an early backer,", ", a major shareholder,": a holder noun heading an apposition after a comma. */
    private static boolean appositiveHolder(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 4; k--) {
            String l = s.lower(k);
            if (l.equals("a") || l.equals("an")) {
                return s.lower(k - 1).equals(",") && k >= 2 && s.token(k - 2).isWord();
            }
            if (!s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** A sum of money right after the verb: "invested 100 million euros", "invests $2 billion". */
    private static boolean amountAfter(Sentence s, int at, int span) {
        for (int k = at + 1; k < s.size() && k <= at + span; k++) {
            if (RelationCues.isAmountWord(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "Talks with Itochu broke down in April": talks that open the sentence with no party before them. */
    private static boolean subjectlessTalks(Sentence s) {
        String first = s.lower(0);
        return (first.equals("talks") || first.equals("negotiations") || first.equals("discussions"))
                && s.lower(1).equals("with");
    }

    /** "We are not in talks with Foxconn": the clause's subject is "we", the firm speaking. */
    private static boolean firstPersonSubject(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 6; k--) {
            String l = s.lower(k);
            if (l.equals("we")) {
                return true;
            }
            if (Grammar.isClauseBoundary(s, k) || l.equals(",") || s.token(k).isCapitalised() && !l.equals("we")
                    && k > 0) {
                return false;
            }
        }
        return false;
    }

    /** "the battery cells", "its chips": a definite object right after the verb. */
    private static boolean definiteAfter(Sentence s, int at, int span) {
        for (int k = at + 1; k < Math.min(s.size(), at + 1 + span); k++) {
            String l = s.lower(k);
            if (l.equals("the")) {
                return true;
            }
            if (!s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TIE_NOUNS = Set.of("contract", "agreement", "deal", "partnership",
            "relationship", "alliance", "collaboration", "talks", "venture", "tie-up", "cooperation");

    /** "the production contract had been terminated", "The relationship has broken down": a known tie. */
    private static boolean definiteTieNoun(Sentence s, int at) {
        for (int k = Math.max(0, at - 8); k < Math.min(s.size(), at + 6); k++) {
            if (TIE_NOUNS.contains(s.lower(k))) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    String l = s.lower(j);
                    if (l.equals("the") || l.equals("its") || l.equals("their") || l.equals("this") || l.equals("that")) {
                        return true;
                    }
                    if (!s.token(j).isWord() && !l.equals("-")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static boolean anyWord(Sentence s, int from, int to, String... words) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            for (String w : words) {
                if (s.lower(k).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentence's subject is a product, not a firm: "The car is assembled ...", "The Sprite, which
     * costs ..., is built ...", "Its first model will be built ...". A capitalised name after "the"
     * that names no firm is a product name (firms do not take the article).
     */
    private static boolean productSubject(Discourse d, int si) {
        Sentence s = d.sentence(si);
        int k = 0;
        if (s.size() < 3 || !(s.lower(0).equals("the") || s.lower(0).equals("its") || s.lower(0).equals("their")
                || s.lower(0).equals("every") || s.lower(0).equals("each") || s.lower(0).equals("all")
                || s.lower(0).equals("both") || s.lower(0).equals("these") || s.lower(0).equals("those")
                || s.lower(0).equals("our") || s.lower(0).equals("two") || s.lower(0).equals("three"))) {
            return false;
        }
        for (k = 1; k < Math.min(s.size(), 6); k++) {
            if (d.mentionAt(si, k).isPresent()) {
                return false;
            }
            String l = s.lower(k);
            if (VEHICLE_SUBJECTS.contains(l) || s.token(k).isCapitalised() && s.token(k).isWord()
                    && (k + 1 >= s.size() || !s.token(k + 1).isWord() || s.lower(k + 1).equals("is")
                    || s.lower(k + 1).equals("was") || s.lower(k + 1).equals("will"))) {
                return true;
            }
            if (s.token(k).isCapitalised() && s.token(k).isWord() && k + 2 < s.size()
                    && Character.isDigit(s.lower(k + 1).charAt(0)) && PRODUCT_VERBS.contains(s.lower(k + 2))) {
                return true; // "The VF 8 uses cells supplied by ...": a model name with its number
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRODUCT_VERBS = Set.of("uses", "use", "used", "runs", "is", "was", "will", "has",
            "carries", "gets", "comes", "relies");

    private static final Set<String> VEHICLE_SUBJECTS = Set.of("car", "cars", "vehicle", "vehicles", "model", "models",
            "sedan", "suv", "pickup", "van", "truck", "hatchback", "crossover", "coupe", "prototype", "version",
            "versions", "trim", "trims", "variant", "variants", "batteries", "battery", "cells", "packs", "pack",
            "chips", "motors", "motor", "drivetrain", "powertrain",
            // a car's systems as the trade press names them: "The driver-assistance system runs on Nvidia chips"
            "system", "systems", "cockpit", "lidar", "infotainment", "chassis", "platform", "software", "display");

    /** The firm in focus: the first actor named in the nearest earlier sentences that is not one of these. */
    private static String focus(Discourse d, int si, Set<String> others) {
        // the subject of a recent sentence first ("Xiaomi began selling its second car ... Every version uses
        // Nvidia's processor"), not a firm named in passing, compared or as a supplier
        for (int back = 1; back <= 4 && si - back >= 0; back++) {
            Sentence prev = d.sentence(si - back);
            for (Mention m : d.mentions(si - back)) {
                CompanyKind k = d.company(m.companyId()).map(Company::kind).orElse(CompanyKind.OTHER);
                if (!others.contains(m.companyId()) && !k.isObserver() && m.kind() != Mention.Kind.PLURAL
                        && sentenceSubject(prev, m)) {
                    return m.companyId();
                }
            }
        }
        for (int back = 1; back <= 3 && si - back >= 0; back++) {
            for (Mention m : d.mentions(si - back)) {
                CompanyKind k = d.company(m.companyId()).map(Company::kind).orElse(CompanyKind.OTHER);
                if (!others.contains(m.companyId()) && !k.isObserver() && m.kind() != Mention.Kind.PLURAL
                        && !Comparison.isCompared(d.sentence(si - back), m.start())) {
                    return m.companyId();
                }
            }
        }
        return null;
    }

    /** A mention before the sentence's first verb: only determiners, modifiers, names and punctuation precede it. */
    private static boolean sentenceSubject(Sentence s, Mention m) {
        if (m.prepositional()) {
            return false;
        }
        for (int k = 0; k < m.start(); k++) {
            String l = s.lower(k);
            if (s.token(k).isWord() && !s.token(k).isCapitalised() && !Grammar.NP_MODIFIER_WORDS.contains(l)
                    && !Character.isDigit(l.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static RelationCues.Found firstOf(List<RelationCues.Found> cues, PartnershipType type) {
        for (RelationCues.Found c : cues) {
            if (c.type() == type) {
                return c;
            }
        }
        return cues.get(0);
    }

    private static PartnershipType mostBinding(List<PartnershipType> types) {
        for (PartnershipType t : BINDING) {
            if (types.contains(t)) {
                return t;
            }
        }
        return types.contains(PartnershipType.ENDED) ? PartnershipType.ENDED : types.get(0);
    }

    /** A tie mentioned in passing: in a relative clause or with "already", "existing", a past agreement. */
    static boolean background(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
            String l = s.lower(k);
            if (BACKGROUND.contains(l) && !l.equals("signed") && !l.equals("agreed") && !l.equals("formed")
                    || l.equals("long") && k > 0 && (s.lower(k - 1).equals("has") || s.lower(k - 1).equals("have"))) {
                return true; // "already", "existing", "has long held"
            }
            if ((l.equals("which") || l.equals("that")) && k > 0) {
                for (int j = k + 1; j <= at && j < s.size(); j++) {
                    if (BACKGROUND.contains(s.lower(j)) || s.lower(j).endsWith("ed") && j < at) {
                        return true;
                    }
                }
                return false;
            }
            if (l.equals(",") && k < at - 1 && s.lower(k + 1).equals("which")) {
                return true;
            }
        }
        return false;
    }

    static boolean continuing(Sentence s) {
        return continuing(s, 0, s.size());
    }

    private static boolean continuing(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (CONTINUING.contains(l)) {
                if (l.equals("affect") && !(Grammar.isNegation(s.lower(k - 1)) || s.lower(k - 1).endsWith("n't"))) {
                    continue;
                }
                return true;
            }
            if (l.equals("does") && Grammar.isNegation(s.lower(k + 1)) && s.lower(k + 2).equals("affect")) {
                return true;
            }
        }
        return false;
    }

    /** One label per pair, by the corpus conventions. */
    static List<PartnershipHit> merge(Discourse d, List<Tie> ties) {
        Map<String, List<Tie>> byPair = new LinkedHashMap<>();
        for (Tie t : ties) {
            byPair.computeIfAbsent(key(t.a(), t.b()), k -> new ArrayList<>()).add(t);
        }
        List<PartnershipHit> out = new ArrayList<>();
        for (Map.Entry<String, List<Tie>> e : byPair.entrySet()) {
            String[] ab = e.getKey().split("\\|");
            if (!d.companies().containsKey(ab[0]) || !d.companies().containsKey(ab[1])) {
                continue; // both parties must be named in the article
            }
            List<Tie> ts = headlineFollowsBody(d, e.getValue());
            List<Tie> continuing = new ArrayList<>();
            Tie end = null;
            for (Tie t : ts) {
                if (t.type() == PartnershipType.ENDED) {
                    end = end == null ? t : end;
                } else if (t.continuing()) {
                    continuing.add(t);
                }
            }
            Tie chosen;
            if (end != null) {
                chosen = continuing.isEmpty() ? end : pick(continuing);
            } else {
                List<Tie> news = new ArrayList<>();
                for (Tie t : ts) {
                    if (!t.background()) {
                        news.add(t);
                    }
                }
                chosen = pick(news.isEmpty() ? ts : news);
            }
            out.add(new PartnershipHit(ab[0], ab[1], chosen.type(), chosen.certainty(), d.sentence(chosen.sentence()).text()));
        }
        return out;
    }

    /**
     * A headline states as fact what its story attributes ("Nissan to invest in Renault unit" over
     * "..., people familiar with the matter said"): when the body reports the tie only as unconfirmed,
     * so does the headline.
     */
    private static List<Tie> headlineFollowsBody(Discourse d, List<Tie> ts) {
        boolean bodyConfirmed = false;
        boolean bodyUnconfirmed = false;
        for (Tie t : ts) {
            if (!d.sentence(t.sentence()).title() && t.type() != PartnershipType.ENDED) {
                bodyConfirmed |= t.certainty() == Certainty.CONFIRMED;
                bodyUnconfirmed |= t.certainty() != Certainty.CONFIRMED;
            }
        }
        if (bodyConfirmed || !bodyUnconfirmed) {
            return ts;
        }
        List<Tie> out = new ArrayList<>();
        for (Tie t : ts) {
            out.add(d.sentence(t.sentence()).title() && t.certainty() == Certainty.CONFIRMED
                    ? new Tie(t.a(), t.b(), t.type(), Certainty.REPORTED, t.sentence(), t.background(), t.continuing()) : t);
        }
        return out;
    }

    /** The most binding tie; an unconfirmed one (reported or hedged) counts only as talks. */
    private static Tie pick(List<Tie> ts) {
        Tie best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Tie t : ts) {
            PartnershipType type = t.certainty() == Certainty.CONFIRMED || t.type() == PartnershipType.ENDED ? t.type()
                    : PartnershipType.IN_TALKS;
            int rank = BINDING.indexOf(type);
            if (rank < 0) {
                rank = BINDING.size();
            }
            if (rank < bestRank) {
                bestRank = rank;
                best = new Tie(t.a(), t.b(), type, t.certainty(), t.sentence(), t.background(), t.continuing());
            }
        }
        return best;
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
