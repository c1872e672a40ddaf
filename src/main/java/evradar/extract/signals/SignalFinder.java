package evradar.extract.signals;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.SignalHit;
import evradar.extract.cues.Attribution;
import evradar.extract.cues.EvTerms;
import evradar.extract.cues.Modality;
import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Grammar;
import evradar.extract.discourse.Mention;
import evradar.extract.discourse.ReferenceResolver;
import evradar.extract.discourse.Roles;
import evradar.extract.text.Sentence;
import evradar.status.StatusRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the article says about each firm's move into the EV market: cues, read with who asserts
 * them and in what mood, give candidate statuses per firm; one signal per firm follows by the
 * corpus conventions. A firm that already sold EVs before the year of publication and appears in
 * an EV story in an active role (not only as owner, investor or party to failed talks) is an
 * incumbent: LAUNCHED. Observers (news agencies, analysts, investors) get no signal.
 */
public final class SignalFinder {

    /** Order in which several statuses of one article are folded with the precedence rules. */
    private static final List<EvStatus> FOLD_ORDER = List.of(EvStatus.RUMORED, EvStatus.EXPLORING,
            EvStatus.ANNOUNCED, EvStatus.DENIED, EvStatus.DEVELOPING, EvStatus.LAUNCHED, EvStatus.EXITED);

    /** Words that cast every firm in their sentence as owner, investor or party to talks, unless it acts on EVs there. */
    private static final Set<String> ROLE_WORDS = Set.of("owned", "owns", "owner", "controlled", "controls",
            "controlling", "stake", "stakes", "invest", "invests", "invested", "investing", "investment", "investor",
            "investors", "backed", "backer", "backers", "shareholder", "shareholders", "funding", "talks",
            "discussions", "negotiations", "approached", "merger", "parent", "acquired", "acquire", "bought",
            "customer", "customers", "client", "clients", "supplies", "supplied", "supplier", "suppliers", "supply",
            "purchase", "purchased", "lent", "loan", "loans", "lender");
    /** Market words that make the mention next to them financial news. */
    private static final Set<String> MARKET_WORDS = Set.of("shares", "stock", "listing", "ipo", "valuation", "profit",
            "revenue", "earnings", "results", "value", "capitalisation", "capitalization");

    /**
     * One status an article supports for a firm.
     *
     * @param derived from incumbency or from a claim about a group the firm belongs to, not from a cue
     *                about the firm itself: never the evidence or the source of a target year when a
     *                direct cue exists
     */
    record Candidate(String companyId, EvStatus status, Certainty certainty, int sentence, boolean self,
                     boolean derived, boolean history) {
        Candidate(String companyId, EvStatus status, Certainty certainty, int sentence, boolean self) {
            this(companyId, status, certainty, sentence, self, false, false);
        }

        Candidate(String companyId, EvStatus status, Certainty certainty, int sentence, boolean self, boolean derived) {
            this(companyId, status, certainty, sentence, self, derived, false);
        }
    }

    private SignalFinder() {
    }

    public static List<SignalHit> find(Discourse d) {
        boolean articleEv = false;
        for (int si = 0; si < d.sentences().size() && !articleEv; si++) {
            articleEv = EvTerms.sentenceIsEvTopic(d.sentence(si)) || evMakersProduct(d, si);
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, Map<String, Boolean>> agentsBySentence = new LinkedHashMap<>();
        List<EvStatus> previousGroupStatus = new ArrayList<>();
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentence s = d.sentence(si);
            List<Cue> cues = withoutStudiedPlans(s, withoutUnassertedComplements(s, SignalCues.find(s, articleEv)));
            Map<String, Boolean> agentsHere = new LinkedHashMap<>();
            EvStatus groupStatus = null;
            Map<String, String> buildsFor = contractBuilders(d, si);
            for (Cue cue : cues) {
                if (cue.agentHint() < 0 && (inIndefiniteFirmRelative(s, cue.at())
                        || cue.stage() != Stage.EXIT && inGenericFirmRelative(s, cue.at()))) {
                    continue; // "throwing a lifeline to a firm that suspended operations": some firm, not the subject
                }
                Attribution.Source source = Attribution.of(d, si, cue.at());
                if (source == Attribution.Source.NONE && announcedPlan(s, cue.at())) {
                    source = Attribution.Source.SELF; // "unveiled plans to build": the firm states its plan
                }
                Modality mood = cue.selfMood() ? Modality.PLAIN : Modality.of(s, cue.at());
                if ((cue.stage() == Stage.PLAN || cue.stage() == Stage.INTEREST) && !softenedDenial(s, cue)) {
                    mood = Modality.of(s, cue.at());
                }
                if (cue.stage() == Stage.SALES && !mood.future() && futureYearAfter(s, cue.at(), d.year())) {
                    // "start deliveries in North America in 2026": sales still to come
                    mood = new Modality(mood.negated(), true, mood.intention(), mood.speculative());
                }
                EvStatus status = status(cue.stage(), source, mood);
                if (status == null || cue.stage() == Stage.EXIT && replacedInstead(s, cue.at())) {
                    // "dropped its plan to have the vans built by VDL Nedcar and is instead preparing its own
                    // factory": one route is replaced by another, the effort goes on
                    continue;
                }
                if (status == EvStatus.EXPLORING && (cue.stage() == Stage.PLAN || cue.stage() == Stage.SALES)
                        && mood.intention() && !mood.speculative()
                        && source != Attribution.Source.THIRD && futureYearAfter(s, cue.at(), d.year())) {
                    // "the electric car it plans to launch in 2024": a plan with a date is a commitment
                    status = EvStatus.ANNOUNCED;
                }
                if (status == EvStatus.ANNOUNCED && (cue.stage() == Stage.PLAN || cue.stage() == Stage.DEVELOPMENT)
                        && hiredMaker(s, cue.at()) && source != Attribution.Source.THIRD) {
                    // "which has hired it to produce a car from 2023": a signed production agreement is development
                    status = EvStatus.DEVELOPING;
                }
                if (status == EvStatus.ANNOUNCED && cue.stage() == Stage.SALES && !mood.intention()
                        && nearTerm(s, cue.at(), d.year())) {
                    // "will hand over its first R1T pickups this summer": deliveries scheduled within months are
                    // a car in its last stage of development, not a bare plan
                    status = EvStatus.DEVELOPING;
                }
                List<String> agents = new ArrayList<>();
                if (cue.agentHint() >= 0) {
                    // the cue names its firm ("ends Baidu's attempt", "build Jaguar's SUV"): that firm or none
                    d.mentionAt(si, cue.agentHint()).ifPresent(m -> agents.add(m.companyId()));
                    for (evradar.extract.names.NameSpan b : d.brands(si)) {
                        if (agents.isEmpty() && b.start() <= cue.agentHint() && cue.agentHint() < b.end()
                                && d.companies().containsKey(b.companyId())) {
                            agents.add(b.companyId());
                        }
                    }
                    if (cue.stage() == Stage.DEVELOPMENT && !mood.negated()) {
                        // "GM will build the startup's electric pickup": the builder is in a car role too
                        // (an incumbent among them is LAUNCHED), though the stage is the owner's
                        for (String builder : Roles.agents(d, si, cue.at())) {
                            if (!agents.contains(builder)) {
                                agentsHere.put(builder, true);
                            }
                        }
                    }
                    if (agents.isEmpty() && cue.stage() == Stage.DEVELOPMENT) {
                        continue;
                    }
                }
                List<String> founders = agents.isEmpty() && (cue.stage() == Stage.PLAN || cue.stage() == Stage.COMMITMENT)
                        ? ventureMakers(d, si, cue.at()) : List.of();
                // "PTT has signed a deal with Foxconn to form a joint venture that will manufacture electric vehicles",
                // "will form a joint venture called Ceer to make electric cars": the venture's founders make the
                // cars, or the venture itself when the sentence names it; an energy group founding one moves into cars
                agents.addAll(founders);
                if (agents.isEmpty()) {
                    agents.addAll(Roles.agents(d, si, cue.at()));
                }
                if (agents.isEmpty() && cue.stage() == Stage.DEVELOPMENT) {
                    // "Prototypes of Avatr's first model are on test": the car's owner is the developer
                    ofPossessor(d, si, cue.at()).ifPresent(agents::add);
                }
                if (agents.isEmpty() && quotedWe(s, cue.at())) {
                    // "LG isn't biting. 'We have no plans to make cars,' a spokesperson told us": the quoted
                    // "we" is the firm the previous sentence is about, or the one whose official ends the quote
                    // in the next sentence ("'We have no intention of making vehicles. Our role is to be a
                    // partner,' an LG Electronics official said")
                    java.util.Optional<String> speaker = si > 0 ? previousSubject(d, si - 1) : java.util.Optional.empty();
                    (speaker.isPresent() ? speaker : speakerOfContinuedQuote(d, si)).ifPresent(agents::add);
                }
                List<String> examples = examplesBefore(d, si, cue.at());
                if (!examples.isEmpty()) {
                    // "start-ups, from Lordstown Motors to Fisker, that have gone bankrupt": the examples act
                    agents.clear();
                    agents.addAll(examples);
                } else if (agents.isEmpty() || genericPluralAgent(s, cue.at())) {
                    groupStatus = groupStatus == null ? status : groupStatus;
                    if (noFirmBefore(d, si, cue.at())) {
                        // "several electric-vehicle start-ups have failed and ... it may end the tax credit": the
                        // plural is the subject; a pronoun after the predicate is none of its members (names
                        // after it may be: "start-ups that have collapsed include Fisker and Arrival")
                        int here = si;
                        agents.removeIf(id -> !namedIn(d, here, id));
                    }
                    agents.addAll(listedAfter(d, si, cue.at()));
                    if (cue.stage() == Stage.EXIT && listOfFailures(s, cue.at())) {
                        // "It joins Fisker, Lordstown Motors and Arrival on the list of start-ups that have
                        // collapsed", "adds Canoo to a list of start-ups that have collapsed, alongside X and Y":
                        // every firm the sentence puts on the list is one of them
                        for (Mention m : d.mentions(si)) {
                            if (!agents.contains(m.companyId()) && m.kind() != Mention.Kind.PLURAL
                                    && d.company(m.companyId()).map(c -> !c.kind().isObserver()).orElse(false)) {
                                agents.add(m.companyId());
                            }
                        }
                    }
                }
                Certainty certainty = certainty(source, mood);
                if (!buildsFor.isEmpty() && (cue.stage() == Stage.DEVELOPMENT || cue.stage() == Stage.PLAN)) {
                    // "VDL will build its [Canoo's] first van, with production due in 2022": the
                    // production is the owner's stage; the builder is in a car role only
                    List<String> owners = new ArrayList<>();
                    for (String id : agents) {
                        String owner = buildsFor.get(id);
                        agentsHere.put(id, true);
                        if (owner != null && !owners.contains(owner)) {
                            owners.add(owner);
                        } else if (owner == null && !owners.contains(id)) {
                            owners.add(id);
                        }
                    }
                    if (!owners.equals(agents)) {
                        agents.clear();
                        agents.addAll(owners);
                        status = status == EvStatus.ANNOUNCED ? EvStatus.DEVELOPING : status;
                    }
                }
                for (String id : agents) {
                    if (cue.productOnly() && d.company(id).map(c -> c.soldEvsBefore(d.year())).orElse(false)
                            && !firmWideHalt(s)) {
                        continue; // an incumbent dropping one model or one plant has not left the EV market
                    }
                    if (cue.stage() == Stage.PLAN && fleetOperator(d, id) && !BUILD_VERBS.contains(s.lower(cue.at()))
                            && !s.lower(cue.at()).startsWith("develop") && !s.lower(cue.at()).startsWith("design")) {
                        // "a deal to put 100,000 electric cars on the ride-hailing app", "will sell 20,000 EVs from
                        // its fleet": a fleet deploys or sells off cars; only building its own is a plan to make them
                        continue;
                    }
                    if (contractCarmaker(d, id) && status != EvStatus.EXITED && status != EvStatus.DENIED) {
                        continue; // "Valmet, which builds cars for Mercedes-Benz under contract": its cars are clients'
                    }
                    if ((cue.stage() == Stage.PLAN || cue.stage() == Stage.DEVELOPMENT) && buildsForHire(d, id)
                            && clientCar(s, cue.at())) {
                        continue; // "Valmet, which would assemble the car": a contractor making a client's car has no plan of its own
                    }
                    if ((cue.stage() == Stage.PLAN || cue.stage() == Stage.COMMITMENT
                            || cue.stage() == Stage.SALES && d.company(id)
                            .map(c -> c.soldEvsBefore(d.year()) && !makesOnlyEvs(c)).orElse(false))
                            && carmaker(d, id) && !evNearby(d, si)) {
                        // "allowed it to build more cars", "will jointly produce hybrid vehicles": a carmaker making
                        // cars says nothing about EVs unless they are electric; it still acts in a car story (an
                        // incumbent EV seller there is LAUNCHED)
                        if (eligible(d, id, cue.stage(), si)) {
                            agentsHere.put(id, true);
                        }
                        continue;
                    }
                    if (cue.stage() == Stage.EXIT && componentMaker(d, id) && insolvency(s, cue.at())) {
                        continue; // "the battery maker filed for bankruptcy": a supplier failing leaves no car effort
                    }
                    if (eligible(d, id, cue.stage(), si) || founders.contains(id) && eligibleFounder(d, id)) {
                        candidates.add(new Candidate(id, status, certainty, si, source == Attribution.Source.SELF, false,
                                history(s, cue.at(), d.year())
                                        || status == EvStatus.DENIED && datedEarlier(s, cue.at(), d.year())));
                        agentsHere.put(id, true);
                    }
                }
            }
            // "This is particularly the case of X, Y and Z": the previous sentence's group claim applies to them
            if (isCaseOf(s) && !previousGroupStatus.isEmpty()) {
                for (Mention m : d.mentions(si)) {
                    if (m.kind() == Mention.Kind.NAME && !agentsHere.containsKey(m.companyId())
                            && eligible(d, m.companyId(), Stage.INTEREST, si)) {
                        candidates.add(new Candidate(m.companyId(), previousGroupStatus.get(0), Certainty.CONFIRMED, si, false,
                                true));
                    }
                }
            }
            previousGroupStatus.clear();
            if (groupStatus != null) {
                previousGroupStatus.add(groupStatus);
            } else {
                for (Cue cue : cues) {
                    if (cue.stage() == Stage.INTEREST || cue.stage() == Stage.PLAN) {
                        if (genericPluralAgent(s, cue.at())) {
                            previousGroupStatus.add(EvStatus.EXPLORING);
                            break;
                        }
                    }
                }
            }
            agentsBySentence.put(si, agentsHere);
        }
        // a firm's own EV named as its product ("Kia's EV6", "BMW's i3 electric hatchback", "electric
        // hatchbacks from MG Motor"): the firm is in a car role whatever else the sentence says of it
        boolean productEv = false;
        for (int si = 0; si < d.sentences().size(); si++) {
            for (Map.Entry<String, Boolean> e : ProductMentions.owners(d, si).entrySet()) {
                // a rival's product named only for comparison casts it in an EV role only if it is an EV
                // ("less than Tesla's Model 3" does; "undercut Ford's Maverick hybrid" does not)
                agentsBySentence.get(si).put(e.getKey(), true);
                productEv |= e.getValue();
            }
        }
        if (articleEv || productEv) {
            addIncumbents(d, candidates, agentsBySentence);
        }
        return merge(d, candidates);
    }

    /**
     * Drops cues inside the complement of a negated confirmation or of a denial ("has never confirmed
     * that it is working on a car", "denied a report that it was developing a car"): not asserted.
     */
    private static List<Cue> withoutUnassertedComplements(Sentence s, List<Cue> cues) {
        cues = cues.stream().filter(c -> c.stage() != Stage.DENIAL || !abandonedStance(s, c.at())).toList();
        int from = Integer.MAX_VALUE;
        for (Cue c : cues) {
            if (c.stage() == Stage.UNCONFIRMED || c.stage() == Stage.DENIAL) {
                from = Math.min(from, c.at());
            }
        }
        if (from == Integer.MAX_VALUE) {
            return cues;
        }
        int to = frontedClauseEnd(s, from);
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            if (c.at() <= from || c.at() > to || c.stage() == Stage.UNCONFIRMED || c.stage() == Stage.DENIAL
                    || c.stage() == Stage.EXIT) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Set<String> FIRM_HEADS = Set.of("firm", "company", "startup", "start-up", "up", "carmaker",
            "automaker", "maker", "group", "business", "manufacturer", "supplier");
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were", "is", "are", "already",
            "also", "once", "still", "recently", "only", "just");

    private static final Set<String> PLURAL_FIRM_HEADS = Set.of("ups", "startups", "firms", "companies", "carmakers",
            "automakers", "makers", "newcomers", "rivals", "manufacturers", "entrants");

    /**
     * The cue sits in a relative clause on firms named only by their class: "a wave of electric start-ups that
     * have found the road from prototype to production longer than planned". Said of them all, it is no named
     * firm's status. (Exits are left to the lists that name the failed: "start-ups that have collapsed include
     * Fisker and Arrival".)
     */
    private static boolean inGenericFirmRelative(Sentence s, int at) {
        for (int k = at - 1; k >= 2 && k >= at - 12; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
            if (l.equals("that") || l.equals("which")) {
                if (!PLURAL_FIRM_HEADS.contains(s.lower(k - 1))) {
                    return false;
                }
                for (int j = k - 2; j >= 0 && j >= k - 7; j--) {
                    String b = s.lower(j);
                    if (s.token(j).isCapitalised() && s.token(j).isWord() || b.equals("the") || b.equals("its")
                            || b.equals("their") || b.equals("these") || b.equals("those")) {
                        return false;
                    }
                    if (b.equals(",") || b.equals("against") || b.equals("of") || b.equals("with") || b.equals("among")) {
                        break; // the class noun's phrase begins after this word
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The predicate at {@code at} opens a relative clause on an indefinite firm noun ("a firm that
     * suspended operations", "an automaker which already sells EVs"): it is said of that firm, whoever
     * it is, not of the clause's subject.
     */
    private static boolean inIndefiniteFirmRelative(Sentence s, int at) {
        int k = at - 1;
        while (k > 0 && at - k <= 3 && AUXILIARIES.contains(s.lower(k))) {
            k--;
        }
        if (k < 2 || !(s.lower(k).equals("that") || s.lower(k).equals("which")) || !FIRM_HEADS.contains(s.lower(k - 1))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 4; j--) {
            String l = s.lower(j);
            if (l.equals("a") || l.equals("an") || l.equals("another")) {
                return true;
            }
            if (!s.token(j).isWord() || s.token(j).isCapitalised() || l.equals("the") || l.equals("its")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Drops a plan that is the object of a study ("evaluating a plan to make electric vehicles", "a
     * feasibility study on a facility that would assemble kits"): the firm studies the plan, it has not
     * made it.
     */
    private static List<Cue> withoutStudiedPlans(Sentence s, List<Cue> cues) {
        // positions of the study verbs, sorted: each plan looks only at the nearest one before it
        int[] studies = cues.stream().filter(c -> c.stage() == Stage.INTEREST && SignalCues.STUDY.contains(s.lower(c.at())))
                .mapToInt(Cue::at).sorted().toArray();
        if (studies.length == 0) {
            return cues;
        }
        List<Cue> out = new ArrayList<>(cues.size());
        for (Cue c : cues) {
            if (c.stage() != Stage.PLAN && c.stage() != Stage.COMMITMENT || !studiedBefore(s, studies, c.at())) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean studiedBefore(Sentence s, int[] studies, int at) {
        int i = java.util.Arrays.binarySearch(studies, at);
        int before = (i >= 0 ? i : -i - 1) - 1; // the last study verb strictly before the plan
        if (before < 0 || at - studies[before] > 8) {
            return false;
        }
        for (int k = studies[before] + 1; k < at; k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || l.equals("but")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> FRONTED_SUBORDINATORS = Set.of("after", "before", "since", "although", "though",
            "while", "when", "despite", "until");

    /**
     * "Three years after insisting it had no plans to make cars, Vivo is studying ...": a claim inside a
     * fronted adverbial clause ends with it, at its comma; the main clause is asserted. Elsewhere the
     * complement runs to the end of the sentence (MAX_VALUE).
     */
    private static int frontedClauseEnd(Sentence s, int at) {
        // "Oppo, which ruled out cars last year, is now studying one": a non-restrictive relative clause
        // ends at its closing comma
        for (int k = at - 1; k >= 1 && k >= at - 6; k--) {
            String l = s.lower(k);
            if (l.equals(",")) {
                break;
            }
            if ((l.equals("which") || l.equals("who")) && s.lower(k - 1).equals(",")) {
                for (int j = at + 1; j < s.size(); j++) {
                    if (s.lower(j).equals(",")) {
                        return j;
                    }
                }
                break;
            }
        }
        int sub = -1;
        for (int k = 0; k < at && k < 6; k++) {
            if (s.lower(k).equals(",")) {
                return Integer.MAX_VALUE;
            }
            if (FRONTED_SUBORDINATORS.contains(s.lower(k))) {
                sub = k;
                break;
            }
        }
        if (sub < 0) {
            return Integer.MAX_VALUE;
        }
        for (int k = sub + 1; k < s.size(); k++) {
            if (s.lower(k).equals(",")) {
                return k > at ? k : Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static final Set<String> BUILD_VERBS = Set.of("build", "builds", "building", "built", "assemble",
            "assembles", "assembling", "assembled", "produce", "produces", "producing", "manufacture", "manufactures",
            "manufacturing", "make", "makes", "making");

    /**
     * Firms that build another firm's vehicle in this sentence, each with that owner: the subject of
     * a build verb whose object is possessed by a different firm ("VDL will build its first van"
     * with "its" = Canoo, "Foo will assemble the startup's pickup").
     */
    private static Map<String, String> contractBuilders(Discourse d, int si) {
        Sentence s = d.sentence(si);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (!BUILD_VERBS.contains(s.lower(i))) {
                continue;
            }
            String owner = null;
            int owned = -1;
            for (int k = i + 1; k < Math.min(s.size(), i + 4) && owner == null; k++) {
                for (Mention m : d.mentions(si)) {
                    if (m.start() == k && m.possessive() && m.kind() != Mention.Kind.PLURAL) {
                        owner = m.companyId();
                        owned = m.end();
                    }
                }
            }
            if (owner == null || anyWord(s, owned, Math.min(s.size(), owned + 4), NON_CAR_GOODS)) {
                continue; // not "which assembles most of Apple's iPhones": no car of Apple's is built
            }
            for (String builder : Roles.agents(d, si, i)) {
                if (!builder.equals(owner) && !d.sameGroup(builder, owner)) {
                    out.put(builder, owner);
                }
            }
        }
        return out;
    }

    /** Goods that are not cars: what goes on sale or is built as these says nothing about EVs. */
    static final Set<String> NON_CAR_GOODS = Set.of("iphones", "iphone", "phones", "phone", "smartphones",
            "smartphone", "laptops", "computers", "consoles", "servers", "devices", "gadgets", "appliances", "tvs",
            "televisions", "chips", "batteries", "cells", "scooters", "motorcycles", "bikes", "scooter", "motorcycle",
            "motorbike", "motorbikes");

    private static final Set<String> ANNOUNCE = Set.of("announced", "announces", "announce", "unveiled", "unveils",
            "unveil", "outlined", "outlines", "outline", "detailed", "details", "presented", "presents", "revealed",
            "reveals", "confirmed", "confirms", "published", "publishes", "disclosed", "discloses", "released",
            "laid", "lays", "set", "sets", "filed", "files");

    private static final Set<String> HIRE = Set.of("hired", "contracted", "commissioned", "signed", "tapped",
            "engaged", "chose", "chosen", "picked", "selected", "hires", "taps", "picks", "chooses", "selects",
            "enlists", "enlisted");

    /**
     * "has hired it to produce a car", "signed Magna to build its SUV", "picks Wendelstein to assemble its
     * first EV", "picks Singapore to build its first electric car": a build verb whose maker or site was
     * chosen (a verb of engaging, then the maker, then "to"): a production arrangement made, not a plan.
     */
    private static boolean hiredMaker(Sentence s, int at) {
        if (!s.lower(at - 1).equals("to") || !BUILD_VERBS.contains(s.lower(at))) {
            return false;
        }
        for (int k = at - 2; k >= 0 && k >= at - 5; k--) {
            if (HIRE.contains(s.lower(k))) {
                String aux = s.lower(k - 1);
                return !aux.equals("will") && !aux.equals("would") && !aux.equals("to") && !aux.equals("could");
            }
            if (!s.token(k).isWord() || s.lower(k).equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** A quotation whose subject before the cue is "we": the speaker's organisation acts. */
    private static boolean quotedWe(Sentence s, int at) {
        if (s.size() == 0 || !(s.lower(0).equals("\"") || s.lower(0).equals("\u201c"))) {
            return false;
        }
        for (int k = 1; k < at && k < 4; k++) {
            if (s.lower(k).equals("we")) {
                return true;
            }
        }
        return false;
    }

    /** The firm an article names as a joint venture: "a joint venture called Ceer", "The venture, named Horizon Plus Co". */
    private static java.util.Optional<String> namedVenture(Discourse d) {
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentence s = d.sentence(si);
            for (int k = 0; k + 2 < s.size(); k++) {
                if (s.lower(k).equals("venture")) {
                    int j = s.lower(k + 1).equals(",") ? k + 2 : k + 1;
                    if (s.lower(j).equals("called") || s.lower(j).equals("named")) {
                        java.util.Optional<Mention> m = d.mentionAt(si, j + 1);
                        if (m.isPresent()) {
                            return java.util.Optional.of(m.get().companyId());
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static final Set<String> CLAUSE_LINKS = Set.of("as", "while", "because", "since", "when", "after",
            "said", "says", "but");

    /** A founder of a venture to make cars: any firm that acts, whatever it made before (not a fund or an observer). */
    private static boolean eligibleFounder(Discourse d, String id) {
        return d.companies().containsKey(id) && d.company(id).map(c -> !c.kind().isObserver()).orElse(false);
    }

    /**
     * The makers of the cars a joint venture is formed to make, for a plan cue in the venture's purpose
     * clause ("a joint venture that will manufacture electric vehicles", "their joint venture to build
     * electric cars"): the venture itself when the article names it ("a joint venture called Ceer", "The
     * venture, named Horizon Plus Co"), else its founders named as subjects before it ("Najmat and Kalindi signed an agreement to form ..."), that
     * act (not funds, banks or observers, and not a parent named to qualify its unit).
     */
    private static List<String> ventureMakers(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        String rel = s.lower(at - 1);
        boolean purpose = rel.equals("to") || rel.equals("that") || rel.equals("which")
                || (rel.equals("will") || rel.equals("would")) && (s.lower(at - 2).equals("that") || s.lower(at - 2).equals("which"));
        if (!purpose || !SignalCues.carMaking(s, at + 1, Math.min(s.size(), at + 6))) {
            return List.of(); // not "a joint venture to develop batteries and build a gigafactory"
        }
        int venture = -1;
        for (int k = at - 2; k >= 1 && k >= at - 16; k--) {
            if (s.lower(k).equals(";") || s.lower(k).equals(".")
                    || CLAUSE_LINKS.contains(s.lower(k)) && !s.lower(k - 1).equals("known")) {
                break; // not "a joint venture to make batteries, ..., as the carmaker prepares to sell only EVs"
            }
            if (s.lower(k).equals("venture") && s.lower(k - 1).equals("joint")) {
                venture = k;
                break;
            }
        }
        if (venture < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        namedVenture(d).ifPresent(out::add);
        if (!out.isEmpty()) {
            return out; // "The venture, named Horizon Plus Co, is 60 per cent owned by Arun Plus": the venture's own
        }
        for (Mention m : d.mentions(si)) {
            if (m.kind() == Mention.Kind.NAME && !m.prepositional() && !m.possessive() && m.end() <= venture
                    && !out.contains(m.companyId())
                    && d.company(m.companyId()).map(c -> !c.kind().isObserver()).orElse(true)) {
                out.add(m.companyId());
            }
        }
        // "Arun Plus, the electric-vehicle arm of PTT, and Foxconn": a parent that only qualifies its unit
        out.removeIf(id -> out.stream().anyMatch(o -> d.company(o).map(c -> id.equals(c.parent())).orElse(false)));
        return out;
    }

    /**
     * A quotation left open at the end of sentence {@code si} and closed in the next one by a speaker named
     * with a firm ("... partner to carmakers," an LG Electronics official said): that firm.
     */
    private static java.util.Optional<String> speakerOfContinuedQuote(Discourse d, int si) {
        Sentence s = d.sentence(si);
        int marks = 0;
        for (int k = 0; k < s.size(); k++) {
            marks += Grammar.quoteMark(s, k) ? 1 : 0;
        }
        if (marks != 1 || si + 1 >= d.sentences().size()) {
            return java.util.Optional.empty();
        }
        Sentence n = d.sentence(si + 1);
        int close = -1;
        for (int k = 0; k < n.size() && close < 0; k++) {
            close = Grammar.quoteMark(n, k) ? k : -1;
        }
        if (close < 0) {
            return java.util.Optional.empty();
        }
        boolean speech = false;
        for (int k = close + 1; k < n.size(); k++) {
            speech |= n.lower(k).equals("said") || n.lower(k).equals("says") || n.lower(k).equals("told");
        }
        for (Mention m : d.mentions(si + 1)) {
            if (speech && m.kind() == Mention.Kind.NAME && m.start() > close) {
                return java.util.Optional.of(m.companyId());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The firm a sentence is about: its first named mention, as subject, when that is the only firm named,
     * or when an officer of it is the subject ("Solvane chairman Hafiz Rahman said ... Vantrell's ...").
     */
    /** An officer's title within four words after a possessor ("'s North America president"). */
    private static boolean officerAfter(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 5); k++) {
            if (evradar.extract.text.Lexicon.isOfficerRole(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> previousSubject(Discourse d, int si) {
        List<String> firms = d.firmsIn(si);
        Sentence s = d.sentence(si);
        for (Mention m : d.mentions(si)) {
            if (m.kind() == Mention.Kind.NAME && m.isSubjectLike() && m.start() <= 1 && (firms.size() == 1
                    || m.end() < s.size() && evradar.extract.text.Lexicon.isOfficerRole(s.lower(m.end())))) {
                return java.util.Optional.of(m.companyId());
            }
            if (m.kind() == Mention.Kind.NAME && m.possessive() && firms.size() == 1 && officerAfter(s, m.end())) {
                // "..., Lumora's North America president, Kevin Hsu, was blunt. 'We have no plans to make
                // vehicles,' he said": the officer of the one firm in the sentence speaks for it
                return java.util.Optional.of(m.companyId());
            }
            if (m.kind() == Mention.Kind.PRONOUN && m.start() == 0 && !m.possessive() && d.mentions(si).stream()
                    .noneMatch(o -> o.kind() != Mention.Kind.PLURAL && !o.companyId().equals(m.companyId()))) {
                // "It stressed that it would sell parts to carmakers. 'We have no plans to manufacture cars,' an
                // executive told analysts": a pronoun subject the resolver bound to the one firm in the sentence
                return java.util.Optional.of(m.companyId());
            }
        }
        return java.util.Optional.empty();
    }

    /** Battery, parts and chip makers: firms whose own business is components. */
    private static boolean componentMaker(Discourse d, String id) {
        return d.company(id).map(c -> c.evSalesSince() == null && (c.kind() == CompanyKind.BATTERY
                || c.kind() == CompanyKind.SUPPLIER || c.kind() == CompanyKind.SEMICONDUCTOR)).orElse(false);
    }

    private static final Set<String> INSOLVENCY = Set.of("bankruptcy", "bankrupt", "insolvency", "insolvent",
            "liquidation", "receivership", "administration", "chapter");

    /** An exit cue that is the whole firm's insolvency ("filed for bankruptcy", "went into administration"). */
    private static boolean insolvency(Sentence s, int at) {
        for (int k = Math.max(0, at - 1); k < Math.min(s.size(), at + 4); k++) {
            if (INSOLVENCY.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A firm whose business is building other firms' cars: a contract carmaker (Valmet Automotive, VDL
     * Nedcar), a contract manufacturer named as an automotive or an assembly firm ("contract manufacturer
     * Tessaro Automotive", "Bramford Assembly Ltd.") or one described as "a contract assembler". Whatever
     * it produces is a client's car; only its own exit or denial is its status.
     * Electronics assemblers with car plans of their own (Foxconn) are not meant.
     */
    private static boolean contractCarmaker(Discourse d, String id) {
        return d.company(id).map(c -> c.descriptors().contains("contract carmaker")
                || c.descriptors().contains("contract assembler")
                || c.kind() == CompanyKind.CONTRACT_MANUFACTURER && (AUTOMOTIVE_NAME.matcher(c.name()).find()
                || c.aliases().stream().anyMatch(a -> ASSEMBLY_NAME.matcher(a).find())))
                .orElse(false);
    }

    private static final java.util.regex.Pattern AUTOMOTIVE_NAME =
            java.util.regex.Pattern.compile("\\b(Automotive|Auto|Motors|Automobile|Body Works|Vehicles?|Coachworks|Fahrzeug\\w*)\\b");
    private static final java.util.regex.Pattern ASSEMBLY_NAME =
            java.util.regex.Pattern.compile("\\b(Assembly|Assemblies|Assemblers)\\b");

    /** Ride-hailing and rental fleets: firms that buy cars (not a "Mobility" start-up that may build them). */
    private static boolean fleetOperator(Discourse d, String id) {
        return d.company(id).map(c -> c.kind() == CompanyKind.MOBILITY && !c.name().contains("Mobility")).orElse(false);
    }

    /** Contract manufacturers and suppliers: firms that build cars, if at all, for others. */
    private static boolean buildsForHire(Discourse d, String id) {
        return d.company(id).map(c -> c.kind() == CompanyKind.CONTRACT_MANUFACTURER || c.kind() == CompanyKind.SUPPLIER)
                .orElse(false);
    }

    /**
     * A build verb whose object is a car already known to the story: definite ("build the car", "assemble
     * the Sion"), a pronoun ("build it") or a model name ("build Ocean SUVs"), not the builder's own ("its
     * own car") nor an indefinite one ("a city EV", "electric cars").
     */
    private static boolean clientCar(Sentence s, int at) {
        if (!BUILD_VERBS.contains(s.lower(at))) {
            return false;
        }
        String next = s.lower(at + 1);
        return next.equals("the") || next.equals("it") || next.equals("them")
                || at + 1 < s.size() && s.token(at + 1).isCapitalised() && s.token(at + 1).isWord();
    }

    /** "unveiled plans on Tuesday to build", "laid out a plan to make": a plan made public by its owner. */
    private static boolean announcedPlan(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 8; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";")) {
                return false;
            }
            if (l.equals("plans") || l.equals("plan") || l.equals("goal") || l.equals("target") || l.equals("timetable")
                    || l.equals("roadmap")) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    if (ANNOUNCE.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "Hyundai went on to sell hundreds of thousands of Ioniq 5s": the firm's own car brand is named with it. */
    private static boolean ownBrand(Discourse d, int si, String id) {
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            if (b.companyId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** A product of a firm that makes only EVs ("the Model 3 and Model Y") makes the story an EV story. */
    private static boolean evMakersProduct(Discourse d, int si) {
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            if (d.company(b.companyId()).map(SignalFinder::makesOnlyEvs).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean makesOnlyEvs(Company c) {
        return c.evSalesSince() != null && (c.kind() == CompanyKind.EV_STARTUP
                || c.descriptors().stream().anyMatch(x -> x.equalsIgnoreCase("EV maker")
                || x.equalsIgnoreCase("electric-car maker")));
    }

    /**
     * "where BMW is completing a factory for its Neue Klasse electric cars; the German carmaker will be among
     * the cell maker's first customers": the firm's own EVs, named with its possessive pronoun in the clause
     * after it, show its EV business even in a sentence that also makes it a customer or a shareholder.
     */
    private static boolean ownEvsNamed(Discourse d, int si, Mention m) {
        Sentence s = d.sentence(si);
        if (m.prepositional()) {
            return false; // "will license technology from BMW for use in its electric sedans": the subject's cars
        }
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 10); k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(":") || otherNameAt(d, si, k, m.companyId())) {
                return false; // the nearest firm named before "its" is its owner
            }
            if (l.equals("its") && EvTerms.anyEv(s, k + 1, k + 5) && !s.lower(k + 1).equals("ev")) {
                return true; // not "its EV plans": a plan is no car of its own
            }
        }
        return false;
    }

    private static boolean otherNameAt(Discourse d, int si, int k, String id) {
        for (Mention o : d.mentions(si)) {
            if (o.kind() == Mention.Kind.NAME && o.start() == k && !o.companyId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Tesla, which uses Panasonic cells in the Model 3 and Model Y cars it builds in Texas", "an order for
     * 100,000 Tesla Model 3s": a car of a firm that makes only EVs, named as its own, shows its EV business
     * even in a sentence about its purchases or its customers.
     */
    private static boolean ownEvModel(Discourse d, int si, String id) {
        return ownBrand(d, si, id) && d.company(id).map(SignalFinder::makesOnlyEvs).orElse(false);
    }

    /** The status a cue supports, given who asserts it and its mood; null for none. */
    static EvStatus status(Stage stage, Attribution.Source source, Modality mood) {
        boolean third = source == Attribution.Source.THIRD;
        return switch (stage) {
            case SALES -> {
                if (mood.negated()) {
                    yield null;
                }
                if (mood.future() || mood.speculative()) {
                    yield third || mood.speculative() ? EvStatus.RUMORED : mood.intention() ? EvStatus.EXPLORING
                            : EvStatus.ANNOUNCED;
                }
                yield EvStatus.LAUNCHED;
            }
            case DEVELOPMENT -> {
                if (mood.negated()) {
                    yield null;
                }
                if (third || mood.speculative()) {
                    yield EvStatus.RUMORED;
                }
                // "will show its first prototypes next month", "prototypes would begin testing next year": work
                // promised, not yet under way, is a plan (production deals and scheduled starts fix their mood)
                yield mood.future() || mood.intention() ? EvStatus.ANNOUNCED : EvStatus.DEVELOPING;
            }
            case COMMITMENT -> mood.negated() ? null : third || mood.speculative() ? EvStatus.RUMORED : EvStatus.ANNOUNCED;
            case PLAN -> {
                if (mood.negated() || !mood.future() && !mood.intention() && !mood.speculative()) {
                    yield null;
                }
                if (third) {
                    yield EvStatus.RUMORED;
                }
                if (mood.speculative()) {
                    // "whether to build EVs": the firm itself weighing it is exploring; the press guessing is rumour
                    yield source == Attribution.Source.SELF ? EvStatus.EXPLORING : EvStatus.RUMORED;
                }
                if (source == Attribution.Source.SELF) {
                    yield mood.future() || !mood.intention() ? EvStatus.ANNOUNCED : EvStatus.EXPLORING;
                }
                if (mood.intention()) {
                    yield EvStatus.EXPLORING;
                }
                yield mood.future() ? EvStatus.ANNOUNCED : null;
            }
            case INTEREST -> mood.negated() ? null : third ? EvStatus.RUMORED : EvStatus.EXPLORING;
            case UNCONFIRMED -> EvStatus.RUMORED;
            case DENIAL -> EvStatus.DENIED;
            case EXIT -> mood.negated() || mood.speculative() || mood.intention() ? null : EvStatus.EXITED;
        };
    }

    private static Certainty certainty(Attribution.Source source, Modality mood) {
        if (mood.speculative()) {
            return Certainty.SPECULATIVE;
        }
        return source == Attribution.Source.THIRD ? Certainty.REPORTED : Certainty.CONFIRMED;
    }

    /** An EV term in the sentence, the one before it ("the vehicles" of "electric pickups") or the headline. */
    private static boolean evNearby(Discourse d, int si) {
        Sentence s = d.sentence(si);
        return EvTerms.anyEv(s, 0, s.size())
                || si > 0 && EvTerms.anyEv(d.sentence(si - 1), 0, d.sentence(si - 1).size())
                || d.sentence(0).title() && EvTerms.anyEv(d.sentence(0), 0, d.sentence(0).size());
    }

    /** A firm whose business is making cars: an automaker or an EV seller. */
    private static boolean carmaker(Discourse d, String id) {
        return d.company(id).map(c -> c.kind() == CompanyKind.AUTOMAKER || c.soldEvsBefore(d.year())).orElse(false);
    }

    private static final Set<CompanyKind> COMPONENT_KINDS = java.util.EnumSet.of(CompanyKind.BATTERY,
            CompanyKind.SUPPLIER, CompanyKind.SEMICONDUCTOR, CompanyKind.ENERGY);

    /**
     * Observers never carry a signal; component makers and utilities that sell no EVs carry only a
     * denial; for a firm that does not make cars, sales, development and exit cues must be about cars:
     * a car or EV word in the sentence, the one before it, or the headline.
     */
    private static boolean eligible(Discourse d, String id, Stage stage, int si) {
        Sentence s = d.sentence(si);
        Company c = d.company(id).orElse(null);
        if (c == null || !d.companies().containsKey(id)) {
            return false;
        }
        CompanyKind k = c.kind();
        if (k.isObserver()) {
            return false;
        }
        if (COMPONENT_KINDS.contains(k) && c.evSalesSince() == null && stage != Stage.DENIAL && !ownCar(s)
                && !(stage == Stage.EXIT && SignalCues.carMakingNamed(s))) {
            // cell, part and chip makers and utilities serve the EV market; building plants and supplying
            // carmakers is no move into it (only their denials of one are news, or a car "of its own"), unless
            // what they leave is car-making itself ("will pull out of electric vehicle manufacturing")
            return false;
        }
        if (fleetOperator(d, id) && (stage == Stage.SALES || stage == Stage.COMMITMENT && !ownCar(s))) {
            // a ride-hailing or rental fleet takes delivery of EVs and "goes electric" by buying them: it sells
            // none and commits to making none (its own car project speaks through prototypes and plans). Not a
            // firm whose kind comes from a "Mobility" in its name ("Kalindi Electric Mobility"): it may build cars
            return false;
        }
        if (!k.buildsCars() && k != CompanyKind.OTHER && (stage == Stage.DEVELOPMENT || stage == Stage.SALES
                || stage == Stage.EXIT)) {
            return EvTerms.anyEvOrCar(s, 0, s.size()) || c.evSalesSince() != null
                    || si > 0 && EvTerms.anyEvOrCar(d.sentence(si - 1), 0, d.sentence(si - 1).size())
                    || d.sentence(0).title() && EvTerms.anyEvOrCar(d.sentence(0), 0, d.sentence(0).size());
        }
        return true;
    }

    /**
     * "is developing an electric car of its own", "its own electric vehicle": a car the firm makes for
     * itself, not one it buys or deploys. "own" next to a car word, within four tokens.
     */
    private static boolean ownCar(Sentence s) {
        for (int k = 1; k < s.size(); k++) {
            if (s.lower(k).equals("own") && (s.lower(k - 1).equals("its") || s.lower(k - 1).equals("their"))
                    && EvTerms.anyEvOrCar(s, Math.max(0, k - 5), Math.min(s.size(), k + 5))) {
                return true;
            }
        }
        return false;
    }

    /** "instead" (or "in favour of") later in the sentence: the dropped thing is replaced, not given up. */
    private static boolean replacedInstead(Sentence s, int at) {
        for (int k = at + 1; k < s.size(); k++) {
            if (s.lower(k).equals("instead") || s.lower(k).equals("favour") && s.lower(k - 1).equals("in")
                    || s.lower(k).equals("favor") && s.lower(k - 1).equals("in")) {
                // the replacement must carry the car effort on ("is instead preparing its own factory"), not
                // turn to something else ("will instead sell its solar roofs to carmakers")
                for (int j = Math.max(at + 1, k - 6); j < Math.min(s.size(), k + 8); j++) {
                    String l = s.lower(j);
                    if (l.equals("factory") || l.equals("plant") || l.equals("assemble") || l.equals("assembling")
                            || l.equals("build") || l.equals("building") || l.equals("production") || l.equals("produce")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "spring", "summer", "autumn", "fall", "winter");

    /**
     * A time in the cue's clause no later than the end of the next calendar year: a month or season, "this
     * year", "next month", "in the coming months", "next year", a year up to publication + 1.
     */
    static boolean nearTerm(Sentence s, int at, int year) {
        for (int k = at + 1; k < Math.min(s.size(), at + 16); k++) {
            String l = s.lower(k);
            if (l.equals(";")) {
                return false;
            }
            if (l.length() == 4 && l.startsWith("20") && l.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(l) <= year + 1;
            }
            if (MONTHS.contains(l) && (s.token(k).isCapitalised() || s.lower(k - 1).equals("this")
                    || s.lower(k - 1).equals("next")) && !(l.equals("may") && !s.token(k).isCapitalised())
                    || (l.equals("year") || l.equals("month") || l.equals("quarter") || l.equals("weeks")
                    || l.equals("months")) && (s.lower(k - 1).equals("this") || s.lower(k - 1).equals("next")
                    || s.lower(k - 1).equals("coming"))
                    // "in the second half of the year", "later in the year": the current year
                    || l.equals("year") && s.lower(k - 1).equals("the") && (s.lower(k - 2).equals("of")
                    || s.lower(k - 2).equals("in"))) {
                // a later explicit year in the same phrase decides ("in the second half of 2023")
                for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
                    String y = s.lower(j);
                    if (y.length() == 4 && y.startsWith("20") && y.chars().allMatch(Character::isDigit)) {
                        return Integer.parseInt(y) <= year + 1;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean futureYearAfter(Sentence s, int at, int year) {
        for (int k = at + 1; k < Math.min(s.size(), at + 10); k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(",") && k > at + 6) {
                return false;
            }
            if (l.length() == 4 && l.startsWith("20") && l.chars().allMatch(Character::isDigit) && Integer.parseInt(l) > year) {
                return true;
            }
        }
        return false;
    }

    /** "has not ruled out building a car": the negation is part of the cue (interest), not of its mood. */
    private static boolean softenedDenial(Sentence s, Cue cue) {
        String w = s.lower(cue.at());
        // "has not ruled out", and "has not decided whether to build": the negation is part of the interest
        return cue.selfMood() && (w.equals("ruled") || w.equals("rules") || w.equals("rule") || w.equals("ruling")
                || w.startsWith("decid") || w.equals("undecided"));
    }

    /** "suspended operations last summer": a season named as last is before the news. */
    private static final Set<String> SEASONS = Set.of("summer", "spring", "autumn", "fall", "winter");

    private static final Set<String> WORKFORCE = Set.of("staff", "workforce", "employees", "workers", "salaries");

    /**
     * "has halted production and told most of its staff to stay at home indefinitely": a halt that sends
     * the firm's people home is the whole firm stopping, not one model or one plant.
     */
    private static boolean firmWideHalt(Sentence s) {
        boolean people = false;
        boolean lasting = false;
        for (int k = 0; k < s.size(); k++) {
            String l = s.lower(k);
            people |= WORKFORCE.contains(l);
            lasting |= l.equals("indefinitely") || l.equals("laid") || l.equals("lays") || l.equals("layoffs")
                    || l.equals("furloughed") || l.equals("unpaid");
        }
        return people && lasting;
    }

    private static final Set<String> STANCE_NOUNS = Set.of("stance", "position", "insistence", "line", "assertion",
            "claim", "claims", "pledge", "view", "denial", "denials");
    /** What a firm says on the record: "its 2021 statement that ...", "his 2019 remarks". */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "remarks", "comments",
            "announcement", "interview", "filing");
    private static final Set<String> GIVING_UP = Set.of("reversing", "reversed", "reverses", "reverse", "abandoning",
            "abandoned", "abandons", "dropping", "dropped", "drops", "overturning", "overturned", "ditching", "ditched",
            "backtracking", "backtracked", "u-turn", "retreating", "retreated", "contradicting", "contradicted");

    /**
     * "reversing its 2019 stance that it had no plans to make cars": a denial stated as the content of a
     * stance the firm is giving up is the stance of the past, not the firm's present one.
     */
    static boolean abandonedStance(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 10; k--) {
            if (s.lower(k).equals("that") && STANCE_NOUNS.contains(s.lower(k - 1))) {
                for (int j = k - 2; j >= 0 && j >= k - 6; j--) {
                    if (GIVING_UP.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A cue in a clause about the firm's past: an adverb of a former time ("was once", "formerly",
     * "previously", "for decades", "in its best year", "at its peak") or a year at least four years
     * before publication ("stopped production in 2009"). Such history describes no present state.
     */
    static boolean history(Sentence s, int at, int year) {
        if (measuredAfterClause(s, at)) {
            return true;
        }
        int from = at;
        while (from > 0 && at - from < 12 && !boundary(s, from - 1)) {
            from--;
        }
        int to = at + 1;
        while (to < s.size() && to - at < 12 && !boundary(s, to)) {
            to++;
        }
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("once") && (s.lower(k - 1).equals("was") || s.lower(k - 1).equals("were")
                    || s.lower(k - 1).equals("had") || s.lower(k - 1).equals("is")) || l.equals("formerly")
                    || l.equals("decades") && s.lower(k - 1).equals("for")
                    || l.equals("best") && s.lower(k + 1).equals("year") || l.equals("peak") && s.lower(k - 2).equals("at")
                    || (l.equals("previous") || l.equals("earlier") || l.equals("former") || l.equals("past"))
                    && EFFORT_HEADS.contains(s.lower(k + 1))
                    || l.equals("ago") && k >= 1 && (s.lower(k - 1).equals("years") || s.lower(k - 1).equals("decade")
                    || s.lower(k - 1).equals("decades") || s.lower(k - 1).equals("year"))
                    || l.equals("last") && (SEASONS.contains(s.lower(k + 1))
                    || MONTHS.contains(s.lower(k + 1)) && !s.lower(k - 1).equals("since"))) {
                // "which abandoned its car plans last June": a dated event before the news (not "has delivered
                // 71,000 cars since last September", a state that goes on)
                return true; // "Two years ago X said it would become ...": a statement of the past
            }
            if (l.length() == 4 && l.startsWith("19") || l.length() == 4 && l.startsWith("20")
                    && l.chars().allMatch(Character::isDigit) && Integer.parseInt(l) <= year - 4
                    && !s.lower(k - 1).equals("since")) {
                return l.chars().allMatch(Character::isDigit);
            }
        }
        // "announced its car in 2017, built prototypes, then ...": a predicate coordinated without a subject
        // shares the time of the one before it
        return from > 1 && s.lower(from - 1).equals(",") && pastPredicate(s, from) && history(s, from - 2, year);
    }

    private static boolean pastPredicate(Sentence s, int k) {
        String l = s.lower(k);
        return !s.token(k).isCapitalised() && (l.endsWith("ed") || l.equals("built") || l.equals("made")
                || l.equals("began") || l.equals("showed") || l.equals("sold") || l.equals("won"));
    }

    /**
     * "In 2022, Orbis denied a report that it planned to make cars", "who ruled out a move into cars at
     * last year's meeting", "a shift from September, when the company denied having any plans": a denial
     * dated to an earlier time than publication is background, overtaken by what the article reports of
     * the present.
     */
    static boolean datedEarlier(Sentence s, int at, int year) {
        for (int k = Math.max(1, at - 8); k < at; k++) {
            String l = s.lower(k);
            if (l.length() == 4 && l.chars().allMatch(Character::isDigit) && (l.startsWith("19") || l.startsWith("20"))
                    && Integer.parseInt(l) < year && (s.lower(k - 1).equals("in")
                    || MONTHS.contains(s.lower(k - 1)) && s.lower(k - 2).equals("in")
                    || STANCE_NOUNS.contains(s.lower(k + 1)) || STATEMENT_NOUNS.contains(s.lower(k + 1)))) {
                // "In 2022, ...", "In May 2021 the company said it would not make vehicles", "the company's 2021
                // statement that it had no car plans"
                return true;
            }
            if (l.equals("when") && (MONTHS.contains(s.lower(k - 1)) || s.lower(k - 1).equals(",")
                    && (MONTHS.contains(s.lower(k - 2)) || k >= 3 && lastYear(s, k - 3)))) {
                return true; // "from September, when ...", "from March last year, when the company denied ..."
            }
        }
        // "last year" in the denial's own clause (not "Uber, which sold its unit last year, said it had no plans")
        for (int k = at - 1; k >= 0 && k >= at - 8 && !boundary(s, k) && !s.lower(k).equals(","); k--) {
            if (lastYear(s, k)) {
                return true;
            }
        }
        for (int k = at + 1; k < s.size() && k <= at + 12 && !boundary(s, k); k++) {
            if (lastYear(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lastYear(Sentence s, int k) {
        String next = s.lower(k + 1);
        return s.lower(k).equals("last") && (next.equals("year") || next.equals("year's") || next.equals("month"));
    }

    private static final Set<String> TIME_UNITS = Set.of("years", "year", "months", "month", "weeks", "week", "days",
            "decades", "decade");

    /**
     * "Two and a half years after insisting it had no intention of making cars, X is ...", "Six months
     * after it went bust, ...": a clause after "after" measured by a span of time is the earlier event the
     * news is dated from, background to it.
     */
    private static boolean measuredAfterClause(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 14; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || l.equals(":")) {
                return false;
            }
            if (l.equals("after") && TIME_UNITS.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "its previous attempt at an electric car", "an earlier project": an effort that is over or replaced. */
    private static final Set<String> EFFORT_HEADS = Set.of("attempt", "attempts", "project", "effort", "plan",
            "plans", "programme", "program", "venture", "foray", "bid");

    private static boolean boundary(Sentence s, int k) {
        String l = s.lower(k);
        return l.equals(";") || l.equals(",") && (s.lower(k + 1).equals("and") || s.lower(k + 1).equals("but")
                || s.lower(k + 1).equals("which") || s.lower(k - 1).matches("\\d{4}"))
                || evradar.extract.discourse.Grammar.isClauseBoundary(s, k);
    }

    /**
     * The firm named as possessor in an of-phrase right after a nominal cue: "prototypes of Avatr's
     * first model", "test cars of the startup's SUV". Only a possessive name, so "prototypes of a
     * battery for BYD" or "tests of Bosch software" name no car owner.
     */
    private static java.util.Optional<String> ofPossessor(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        for (int k = at; k < Math.min(s.size(), at + 3); k++) {
            if (!s.lower(k).equals("of")) {
                continue;
            }
            for (Mention m : d.mentions(si)) {
                if (m.possessive() && m.kind() == Mention.Kind.NAME
                        && (m.start() == k + 1 || m.start() == k + 2 && s.lower(k + 1).equals("the"))) {
                    return java.util.Optional.of(m.companyId());
                }
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static boolean namedIn(Discourse d, int si, String id) {
        for (Mention m : d.mentions(si)) {
            if (m.companyId().equals(id) && m.kind() == Mention.Kind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** "the list of ... start-ups that have collapsed": the failed firms are the members of a list. */
    private static boolean listOfFailures(Sentence s, int at) {
        for (int k = at - 1; k >= 1 && k >= at - 16; k--) {
            if (s.lower(k).equals("list") && s.lower(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean noFirmBefore(Discourse d, int si, int at) {
        for (Mention m : d.mentions(si)) {
            if (m.start() < at) {
                return false;
            }
        }
        return true;
    }

    /** "technology companies wishing to enter ...": a generic plural noun is the agent. */
    private static boolean genericPluralAgent(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            String l = s.lower(k);
            if (l.equals("companies") || l.equals("firms") || l.equals("groups") || l.equals("makers")
                    || l.equals("players") || l.equals("giants") || l.equals("startups") || l.equals("carmakers")
                    || l.equals("automakers") || l.equals("newcomers")
                    || l.equals("ups") && s.lower(k - 1).equals("-") && s.lower(k - 2).equals("start")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Firms given as examples of a generic plural subject between commas before the cue: "start-ups, from
     * Lordstown Motors to Fisker, that have gone bankrupt", "several carmakers, including X and Y, have
     * ...". Empty unless the plural noun, the example marker and the closing comma are all there.
     */
    private static List<String> examplesBefore(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        int close = -1;
        for (int k = at - 1; k >= 1 && k >= at - 5; k--) {
            if (s.lower(k).equals(",")) {
                close = k;
                break;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) {
                return List.of(); // only the predicate's own words: "that have gone", "have all"
            }
        }
        if (close < 0) {
            return List.of();
        }
        if (close >= 3 && s.lower(close - 1).equals("them") && s.lower(close - 2).equals("among")) {
            // "electric-car start-ups, Fisker and Canoo among them, that filed for bankruptcy": the marker after
            for (int k = close - 3; k >= 2 && k >= close - 12; k--) {
                if (s.lower(k).equals(",")) {
                    return genericPluralAgent(s, k) ? namesIn(d, si, k + 1, close - 2) : List.of();
                }
            }
            return List.of();
        }
        for (int k = close - 1; k >= 2 && k >= close - 12; k--) {
            String l = s.lower(k);
            boolean marker = l.equals("including") || l.equals("from") || l.equals("like") || l.equals("notably")
                    || l.equals("as") && s.lower(k - 1).equals("such") || l.equals("them") && s.lower(k - 1).equals("among");
            if (!marker) {
                continue;
            }
            int open = l.equals("as") || l.equals("them") ? k - 2 : k - 1;
            return s.lower(open).equals(",") && genericPluralAgent(s, open) ? namesIn(d, si, k + 1, close) : List.of();
        }
        return List.of();
    }

    /**
     * The firms named (not referred to) between tokens from and to of sentence si, each once, in order; not a
     * person's employer ("carmakers, including a former head of Nissan's Infiniti brand": the example is a person).
     */
    private static List<String> namesIn(Discourse d, int si, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Mention m : d.mentions(si)) {
            if (m.start() >= from && m.end() <= to && m.kind() == Mention.Kind.NAME && !out.contains(m.companyId())
                    && !evradar.extract.discourse.Comparison.employerOfPerson(d.sentence(si), m)) {
                out.add(m.companyId());
            }
        }
        return out;
    }

    /** Firms listed as examples after the cue: "such as X and Y", "including X", "like X". */
    private static List<String> listedAfter(Discourse d, int si, int at) {
        Sentence s = d.sentence(si);
        List<String> out = new ArrayList<>();
        for (int k = at + 1; k < s.size(); k++) {
            String l = s.lower(k);
            if ((l.equals("such") && s.lower(k + 1).equals("as")) || l.equals("including") || l.equals("like")
                    || l.equals("following") && s.lower(k - 1).equals(",")
                    || l.equals("notably") || l.equals("among") && (s.lower(k + 1).equals("them")
                    || s.lower(k + 1).equals("those") || s.lower(k + 1).equals("which"))) {
                out.addAll(namesIn(d, si, k + 1, s.size()));
                break;
            }
        }
        return out;
    }

    private static boolean isCaseOf(Sentence s) {
        for (int k = 0; k + 2 < s.size() && k < 8; k++) {
            if (s.lower(k).equals("case") && (s.lower(k + 1).equals("of") || s.lower(k + 1).equals("for")
                    || s.lower(k + 1).equals("with")) && s.lower(k - 1).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rival named only as the standard of a comparison in a sentence that says nothing of EVs ("its
     * price would undercut Ford's Maverick hybrid and the Toyota Tacoma"): no EV role there. A rival
     * compared in EV terms ("the launch pits the phone maker against Tesla" in an EV story with the EV
     * named) keeps it.
     */
    private static boolean comparedOnlyToNonEv(Discourse d, int si, String id) {
        Sentence s = d.sentence(si);
        return comparedIn(d, si, id) && (!EvTerms.anyEv(s, 0, s.size()) || SignalCues.anyOf(s, 0, s.size(), MONEY_MEASURES));
    }

    /**
     * Measures of a firm's worth: "a market value of $85 billion, more than Ford Motor or General Motors"
     * compares firms as companies, not as carmakers, even when the sentence calls one of them an EV maker.
     */
    private static final Set<String> MONEY_MEASURES = Set.of("valuation", "value", "capitalisation", "capitalization",
            "worth", "revenue", "revenues", "profit", "profits");

    /** Whether every mention of the firm in sentence si is the standard of a comparison (or a coordinated one). */
    private static boolean comparedIn(Discourse d, int si, String id) {
        Sentence s = d.sentence(si);
        boolean any = false;
        Mention prevCompared = null;
        for (Mention m : d.mentions(si)) {
            boolean compared = evradar.extract.discourse.Comparison.isCompared(s, m.start())
                    || prevCompared != null && m.start() > prevCompared.end() && m.start() - prevCompared.end() <= 12
                    && coordinatedAfterComparison(s, prevCompared.end(), m.start());
            if (compared) {
                prevCompared = m;
            }
            if (m.companyId().equals(id)) {
                if (!compared) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** "undercut Ford's Maverick hybrid, the cheapest pickup in America, and the Toyota Tacoma": the list goes on. */
    private static boolean coordinatedAfterComparison(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("and") || l.equals("or")) {
                return true;
            }
            if (l.equals(";") || l.equals("but") || l.equals("which") || l.equals("while")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Mercedes-Benz, BMW and Audi also operate car plants in Hungary", "Toyota and Nissan still import every
     * car they sell here": incumbents listed together in a sentence that names no EV describe the market the
     * story happens in; none of them plays a part of its own. Not EV makers ("Leapmotor and NIO both cut
     * prices"): every car they sell is electric.
     */
    private static boolean incumbentsListedWithoutEvs(Discourse d, int si, Mention m) {
        Sentence s = d.sentence(si);
        int from = m.start();
        while (from > 0 && !CLAUSE_OPENERS.contains(s.lower(from - 1))) {
            from--;
        }
        int to = m.end();
        while (to < s.size() && !CLAUSE_OPENERS.contains(s.lower(to))) {
            to++;
        }
        // "Electric cars are a sliver of sales in the Gulf, where ... Toyota and Nissan have long ruled the
        // market for large four-wheel-drives": the EV term must be in the firms' own clause
        if (EvTerms.anyEv(s, from, to)
                || d.company(m.companyId()).map(c -> c.kind() == CompanyKind.EV_STARTUP).orElse(true)) {
            return false;
        }
        for (Mention o : d.mentions(si)) {
            if (o.kind() == Mention.Kind.NAME && !o.companyId().equals(m.companyId())
                    && d.company(o.companyId()).map(c -> c.soldEvsBefore(d.year())).orElse(false)
                    && (ReferenceResolver.coordinated(s, o, m) || ReferenceResolver.coordinated(s, m, o))) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of their own: what is said before them is said of something else. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("where", "while", "whereas", "but", ";", "although",
            "though");

    /** Incumbent EV sellers in an active role in an EV story are LAUNCHED. */
    private static void addIncumbents(Discourse d, List<Candidate> candidates, Map<Integer, Map<String, Boolean>> agents) {
        int year = d.year();
        for (Company c : d.companies().values()) {
            if (c.kind().isObserver() || !c.soldEvsBefore(year) || saysItSellsNoEvs(d, c.id())) {
                continue;
            }
            // the body says what role a firm plays; a headline's mention counts only if the body does not contradict it
            int active = -1;
            int titleActive = -1;
            boolean inBody = false;
            for (int si = 0; si < d.sentences().size() && active < 0; si++) {
                boolean title = d.sentence(si).title();
                for (Mention m : d.mentions(si)) {
                    if (!m.companyId().equals(c.id())) {
                        continue;
                    }
                    inBody |= !title;
                    if (agents.get(si).containsKey(c.id())
                            || (!passive(d, si, m) || ownEvModel(d, si, c.id()) || ownEvsNamed(d, si, m))
                            && inCarRole(d, si, m)
                            && !comparedOnlyToNonEv(d, si, c.id()) && !incumbentsListedWithoutEvs(d, si, m)) {
                        if (title) {
                            titleActive = si;
                        } else {
                            active = si;
                            break;
                        }
                    }
                }
            }
            if (active < 0 && !inBody) {
                active = titleActive;
            }
            if (active >= 0) {
                candidates.add(new Candidate(c.id(), EvStatus.LAUNCHED, Certainty.CONFIRMED, active, false, true));
            }
        }
    }

    /**
     * "For Subaru, which sells only petrol cars and conventional hybrids, ...", "Aston Martin, which still sells
     * only petrol-engined cars, ...": the article itself says the firm sells no EVs, and what it says of its day
     * outweighs the dictionary's year.
     */
    private static boolean saysItSellsNoEvs(Discourse d, String id) {
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentence s = d.sentence(si);
            for (Mention m : d.mentions(si)) {
                if (!m.companyId().equals(id)) {
                    continue;
                }
                for (int k = m.end(); k < Math.min(s.size(), m.end() + 5); k++) {
                    if (SignalCues.SELL.contains(s.lower(k)) && onlyCombustion(s, k + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "only petrol cars", "only petrol-engined cars and conventional hybrids": "only", then combustion goods. */
    private static boolean onlyCombustion(Sentence s, int from) {
        if (!s.lower(from).equals("only")) {
            return false;
        }
        boolean combustion = false;
        for (int k = from + 1; k < Math.min(s.size(), from + 8) && !s.lower(k).equals(","); k++) {
            if (EvTerms.isEvTerm(s, k)) {
                return false;
            }
            combustion |= COMBUSTION.contains(s.lower(k)) || s.lower(k).startsWith("petrol")
                    || s.lower(k).startsWith("diesel") || s.lower(k).startsWith("gasoline");
        }
        return combustion;
    }

    /**
     * The firm appears where cars are the matter: a car or EV word in its sentence, and the name is
     * not a mere modifier of a site ("the former General Motors plant"). "The German group is
     * reviewing its product plans" or "hired executives from BMW" cast an automaker in no car role.
     */
    private static boolean inCarRole(Discourse d, int si, Mention m) {
        Sentence s = d.sentence(si);
        if (m.end() < s.size() && SITES.contains(s.lower(m.end())) || siteModifier(s, m) || parentOfUnit(d, si, m)
                || evradar.extract.discourse.Comparison.employerOfPerson(s, m) || valueStandard(s, m) || marketLeader(s, m)
                || d.mentions(si).stream().anyMatch(o -> o.companyId().equals(m.companyId()) && formerSiteHolder(s, o, d.year()))) {
            return false;
        }
        if (combustionOnly(s)) {
            return false; // "diesel models such as the Hilux of Toyota", "engines supplied by BMW"
        }
        // the car word must be about something else than the description naming the firm ("The German
        // carmaker did not comment")
        return carMatter(s, 0, m.start()) || carMatter(s, m.end(), s.size()) || evMakersProduct(d, si)
                || ownBrand(d, si, m.companyId());
    }

    private static final Set<String> DOMINATED_MARKETS = Set.of("market", "industry", "sales", "segment");

    /**
     * "India's car market is dominated by Maruti Suzuki and Hyundai", "That market is dominated by Ford,
     * General Motors and Stellantis's Ram brand": a market described by its leaders names their share of it,
     * not a car of theirs. Not "India's electric-car market is led by Tata Motors": leading the EV market is
     * selling EVs.
     */
    static boolean marketLeader(Sentence s, Mention m) {
        int k = m.start() - 1;
        while (k >= 1 && (s.lower(k).equals("and") || s.lower(k).equals(",") || s.token(k).isCapitalised())) {
            k--; // over earlier conjuncts: "dominated by Renault and Stellantis"
        }
        if (k < 2 || !s.lower(k).equals("by") || !(s.lower(k - 1).equals("dominated") || s.lower(k - 1).equals("led"))) {
            return false;
        }
        for (int j = Math.max(0, k - 6); j < k - 1; j++) {
            if (DOMINATED_MARKETS.contains(s.lower(j))) {
                // "Electric cars made up 3% of new-car sales, a market led by BYD and Tesla": an apposition that
                // restates the clause before it is about that clause's market
                boolean restated = j >= 2 && s.lower(j - 2).equals(",") && (s.lower(j - 1).equals("a") || s.lower(j - 1).equals("the"));
                return !EvTerms.anyEv(s, restated ? 0 : Math.max(0, j - 4), j);
            }
        }
        return false;
    }

    /**
     * "valuing the start-up at $85 billion, more than Ford Motor or General Motors": firms named as the
     * standard of a comparison of worth stand for a sum of money, not for a car business.
     */
    private static boolean valueStandard(Sentence s, Mention m) {
        if (!evradar.extract.discourse.Comparison.isCompared(s, m.start())) {
            return false;
        }
        for (int k = Math.max(0, m.start() - 20); k < m.start(); k++) {
            String l = s.lower(k);
            if (l.equals("valuing") || l.equals("valued") || l.equals("valuation") || l.equals("worth")
                    || l.equals("capitalisation") || l.equals("capitalization")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An EV term, or a car word that is not just the name of a market: "fighting Tata Motors for the No. 2
     * spot in the domestic passenger-vehicle market" ranks firms by market share and says nothing of what
     * they make, while "Tesla, which builds its cars in California" does.
     */
    private static boolean carMatter(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k)
                    && !(s.lower(k + 1).equals("market") || s.lower(k + 1).equals("markets"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMBUSTION = Set.of("petrol", "diesel", "gasoline", "combustion", "engine",
            "engines", "six-cylinder", "v8", "v12", "gas-powered", "petrol-powered", "diesel-powered",
            // a hybrid with no "plug-in" (an EV term) before it is a conventional one: "Ford's Maverick hybrid pickup"
            // (not a model named "Hybrid": the "Chrysler Pacifica Hybrid" plugs in)
            "hybrid", "hybrids");

    /** The sentence's cars are combustion cars only: a combustion word and no EV term anywhere in it. */
    private static boolean combustionOnly(Sentence s) {
        boolean combustion = false;
        for (int k = 0; k < s.size(); k++) {
            combustion |= COMBUSTION.contains(s.lower(k)) && !(s.lower(k).startsWith("hybrid") && s.token(k).isCapitalised());
        }
        return combustion && !EvTerms.anyEv(s, 0, s.size());
    }

    private static final Set<String> LEFT_SITE = Set.of("closed", "vacated", "shut", "left", "abandoned", "quit",
            "ended", "ceased", "halted", "stopped", "pulled", "sold");
    private static final Set<String> SITE_NOUNS = Set.of("plant", "plants", "factory", "factories", "site", "complex",
            "area", "facility", "facilities", "land", "works", "assembly", "production", "manufacturing");

    /**
     * "the factory, which Mercedes-Benz closed in 2020", "the area that Ford vacated in 2021, when the automaker
     * ended vehicle production in Brazil": the firm is named as the site's former holder, in the past, not
     * in a car role of its own today.
     */
    private static boolean formerSiteHolder(Sentence s, Mention m, int year) {
        int left = -1;
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 4); k++) {
            if (LEFT_SITE.contains(s.lower(k))) {
                left = k;
                break;
            }
            if (s.lower(k).equals(",") && s.lower(k + 1).equals("which")) {
                continue; // "Ford, which closed its three factories in 2021"
            }
            if (!s.token(k).isWord() || s.lower(k).equals("and")) {
                break;
            }
        }
        if (left < 0 || !anyWord(s, Math.max(0, m.start() - 8), Math.min(s.size(), left + 8), SITE_NOUNS)) {
            return false;
        }
        for (int k = left + 1; k < Math.min(s.size(), left + 8); k++) {
            String l = s.lower(k);
            if (l.length() == 4 && l.chars().allMatch(Character::isDigit) && Integer.parseInt(l) < year) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWord(Sentence s, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the former General Motors assembly plant", "an old Ford car factory": the name modifies a site
     * through a compound ("assembly plant") or is marked as a former holder.
     */
    private static boolean siteModifier(Sentence s, Mention m) {
        String before = s.lower(m.start() - 1);
        boolean former = before.equals("former") || before.equals("old") || before.equals("ex") || before.equals("disused");
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 3); k++) {
            if (SITES.contains(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) {
                return false;
            }
            if (!former && k > m.end()) {
                return false; // without "former" only one compound word: "the General Motors assembly plant"
            }
        }
        return false;
    }

    private static final Set<String> UNIT_NOUNS = Set.of("brand", "brands", "unit", "units", "arm", "subsidiary",
            "subsidiaries", "division", "affiliate", "marque", "offshoot", "part");

    /**
     * The firm is named as the owner that places another: "Zeekr, the premium electric brand of China's Geely",
     * "GAC Aion, the electric-car unit of GAC Group", "Porsche, part of the Volkswagen group", "Cariad,
     * Volkswagen's software unit", "spun out of Geely". An owner named only as an owner plays no car role.
     * The unit must be a firm of its own named before it: of "Ora, the electric-only brand of Great Wall
     * Motor" the parent is the seller.
     */
    private static boolean parentOfUnit(Discourse d, int si, Mention m) {
        Sentence s = d.sentence(si);
        boolean unitNamed = d.mentions(si).stream().anyMatch(o -> o.kind() == Mention.Kind.NAME
                && o.end() <= m.start() && !o.companyId().equals(m.companyId()));
        if (!unitNamed) {
            return false;
        }
        for (int k = m.start() - 1; k >= 1 && k >= m.start() - 3; k--) {
            String l = s.lower(k);
            if (l.equals("of")) {
                return UNIT_NOUNS.contains(s.lower(k - 1)) || s.lower(k - 1).equals("out") && s.lower(k - 2).equals("spun");
            }
            if (!s.token(k).isWord() && !l.equals("'s")) {
                return false;
            }
        }
        if (!m.possessive()) {
            return false;
        }
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 4); k++) {
            String l = s.lower(k);
            if (UNIT_NOUNS.contains(l)) {
                return true;
            }
            if (!s.token(k).isWord() && !l.equals("'s") || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SITES = Set.of("plant", "plants", "factory", "factories", "site", "facility",
            "facilities", "campus", "headquarters", "dealership", "dealerships", "showroom", "showrooms", "store",
            "stores", "executive", "executives", "engineers", "veteran", "veterans", "alumni");

    private static final Set<String> COMPONENT_GOODS = Set.of("cells", "cell", "battery", "batteries", "packs",
            "pack", "chips", "chip", "motors", "processors", "processor", "semiconductors", "modules", "components",
            "parts", "lidar", "sensors", "software", "systems", "system", "drivetrains", "powertrains", "technology",
            "technologies", "engines", "engine", "component");

    /**
     * "cells from China's BYD", "BYD battery cells", "the batteries come from CATL": the firm is named as
     * the source of components, a supplier's role.
     */
    private static boolean componentSource(Sentence s, Mention m) {
        for (int k = m.end(); k < Math.min(s.size(), m.end() + 3); k++) {
            if (COMPONENT_GOODS.contains(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isWord() && !s.token(k).isPossessive()) {
                break;
            }
        }
        for (int k = m.start() - 1; k >= 0 && k >= m.start() - 3; k--) {
            if (s.lower(k).equals("from")) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    if (COMPONENT_GOODS.contains(s.lower(j)) || STAFF.contains(s.lower(j))
                            || s.lower(j).equals("them") && anyHired(s, j)) {
                        return true; // also "engineers from Li Auto and NIO": a source of staff
                    }
                }
                return false;
            }
            if (!s.lower(k).equals("and") && !s.lower(k).equals(",") && !s.token(k).isCapitalised()
                    && !s.token(k).isPossessive()) {
                break;
            }
        }
        return false;
    }

    private static final Set<String> STAFF = Set.of("engineers", "executives", "staff", "employees", "managers",
            "talent", "designers", "recruits", "hires");

    private static boolean anyHired(Sentence s, int before) {
        for (int k = 0; k < before; k++) {
            if (s.lower(k).startsWith("hire") || s.lower(k).equals("poached") || s.lower(k).equals("recruited")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "state-owned SAIC Motor", "a family-controlled group", "privately owned": a compound or adverb
     * that classifies a firm by its type of ownership names no owner and casts nobody as investor.
     */
    private static boolean ownershipType(Sentence s, int k) {
        String l = s.lower(k);
        if (!(l.equals("owned") || l.equals("controlled") || l.equals("backed"))) {
            return false;
        }
        String prev = s.lower(k - 1);
        String head = prev.equals("-") ? s.lower(k - 2) : prev;
        return OWNERSHIP_TYPES.contains(head);
    }

    private static final Set<String> OWNERSHIP_TYPES = Set.of("state", "government", "family", "publicly",
            "privately", "employee", "foreign", "locally", "municipally", "city", "province", "provincial");

    /** A mention as owner, owned unit, investor, supplier, party to talks, or in market news: no EV role. */
    private static boolean passive(Discourse d, int si, Mention m) {
        Sentence s = d.sentence(si);
        if (componentSource(s, m)) {
            return true;
        }
        for (int k = 0; k < s.size(); k++) {
            if (ROLE_WORDS.contains(s.lower(k)) && !ownershipType(s, k)) {
                return true;
            }
        }
        for (int k = Math.max(0, m.start() - 6); k < Math.min(s.size(), m.end() + 6); k++) {
            if (MARKET_WORDS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline states as fact what its story attributes to others ("Apple to build a car by 2024"
     * over "..., people familiar with the plans said"): when every body cue about the firm's plans is
     * reported, the headline's plan is a rumour too. Sales and exits keep their status.
     */
    private static List<Candidate> headlineFollowsBody(Discourse d, List<Candidate> cs) {
        boolean bodyOwn = false;
        boolean bodyReported = false;
        for (Candidate c : cs) {
            if (!d.sentence(c.sentence()).title()) {
                if (c.certainty() == Certainty.REPORTED) {
                    bodyReported = true;
                } else if (c.status() != EvStatus.LAUNCHED && c.status() != EvStatus.EXITED) {
                    bodyOwn = true;
                }
            }
        }
        if (bodyOwn || !bodyReported) {
            return cs;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            boolean plan = c.status() == EvStatus.ANNOUNCED || c.status() == EvStatus.DEVELOPING;
            out.add(d.sentence(c.sentence()).title() && plan
                    ? new Candidate(c.companyId(), EvStatus.RUMORED, Certainty.REPORTED, c.sentence(), false, c.derived()) : c);
        }
        return out;
    }

    /**
     * A firm that says in the article that it does not make cars ("Huawei does not make cars. We help our
     * partners make good cars", "rules out making cars") and appears next to a carmaker in the car's
     * sentences (co-developed with Chery, on sale in its stores, its system in Wuling's EV) plays a
     * supplier's or retailer's part in the partner's car: those sentences show no car effort of its own,
     * so its denial stands. A denier's own car with no carmaker beside it (Sony's prototype) still counts.
     */
    private static List<Candidate> denierInPartnersCar(Discourse d, String id, List<Candidate> cs) {
        boolean denies = cs.stream().anyMatch(c -> c.status() == EvStatus.DENIED && !c.derived());
        if (!denies || d.company(id).map(c -> c.kind().buildsCars() || c.evSalesSince() != null).orElse(true)) {
            return cs;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            boolean confirmedStage = c.status() == EvStatus.ANNOUNCED || c.status() == EvStatus.DEVELOPING
                    || c.status() == EvStatus.LAUNCHED;
            if (confirmedStage && carmakerBeside(d, c.sentence(), id)) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** Another firm in the sentence whose business is building cars or that already sells EVs. */
    private static boolean carmakerBeside(Discourse d, int si, String id) {
        for (String other : d.firmsIn(si)) {
            if (!other.equals(id) && !d.sameGroup(other, id) && d.company(other)
                    .map(c -> c.kind().buildsCars() || c.soldEvsBefore(d.year())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** One signal per firm, by the corpus conventions. */
    private static List<SignalHit> merge(Discourse d, List<Candidate> candidates) {
        Map<String, List<Candidate>> byFirm = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byFirm.computeIfAbsent(c.companyId(), k -> new ArrayList<>()).add(c);
        }
        List<SignalHit> out = new ArrayList<>();
        for (String id : d.companies().keySet()) {
            List<Candidate> cs = byFirm.get(id);
            if (cs == null) {
                continue;
            }
            cs = headlineFollowsBody(d, cs);
            if (cs.stream().anyMatch(c -> !c.history() && !c.derived())) {
                // the firm's history ("was once among the best-funded and sold 40,000 cars", "stopped production
                // in 2009") gives way to what the article reports of its present
                cs = cs.stream().filter(c -> !c.history()).toList();
            }
            cs = denierInPartnersCar(d, id, cs);
            boolean ownExploring = cs.stream().anyMatch(c -> c.status() == EvStatus.EXPLORING && c.self());
            boolean rumoured = cs.stream().anyMatch(c -> c.status() == EvStatus.RUMORED);
            EvStatus folded = null;
            for (EvStatus st : FOLD_ORDER) {
                for (Candidate c : cs) {
                    EvStatus s = c.status();
                    // RUMORED vs EXPLORING: the label follows who asserts the claim
                    if (s == EvStatus.RUMORED && ownExploring || s == EvStatus.EXPLORING && rumoured && !ownExploring) {
                        continue;
                    }
                    if (s == st) {
                        folded = StatusRules.next(folded, s);
                    }
                }
            }
            if (folded == null) {
                continue;
            }
            Candidate best = null;
            for (Candidate c : cs) {
                if (c.status() == folded && (best == null || best.derived() && !c.derived()
                        || best.derived() == c.derived() && c.sentence() < best.sentence())) {
                    best = c;
                }
            }
            Integer target = null;
            if (folded != EvStatus.EXITED && folded != EvStatus.DENIED) {
                for (Candidate c : cs) {
                    if (!c.derived() && c.status() != EvStatus.LAUNCHED && c.status() != EvStatus.EXITED
                            && c.status() != EvStatus.DENIED) {
                        target = TargetYear.in(d.sentence(c.sentence()), d.year());
                        if (target != null) {
                            break;
                        }
                    }
                }
            }
            String evidence = best == null ? "" : d.sentence(best.sentence()).text();
            if ((folded == EvStatus.ANNOUNCED || folded == EvStatus.EXPLORING)
                    && d.company(id).map(c -> c.developingEvsBefore(d.year())).orElse(false)) {
                // "Foxconn and Geely form a venture to build cars for other brands" (2021): a firm known to have
                // been developing cars of its own since an earlier year has moved past announcing one; what it
                // announces now is one more step of a programme under way
                folded = EvStatus.DEVELOPING;
            }
            out.add(new SignalHit(id, folded, best == null ? Certainty.CONFIRMED : best.certainty(), target, evidence));
        }
        return out;
    }
}
