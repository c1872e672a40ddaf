package evradar.extract.discourse;

import evradar.extract.Company;
import evradar.extract.CompanyKind;
import evradar.extract.names.CompanyRecognizer;
import evradar.extract.names.NameSpan;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves references to firms: definite descriptions ("the smartphone maker", "the German
 * carmaker", "the startup"), pronouns ("it", "its"), and plural references ("the two companies",
 * "both companies", "they") to the pair in focus. Candidates are ranked as in centering theory:
 * the current sentence before earlier ones, subjects before other positions, and an antecedent in
 * the same grammatical role preferred ("invested in the company" looks first at earlier objects
 * of prepositions). A description must be compatible with the firm: its head noun with the firm's
 * kind or descriptors ("iPhone maker" with Apple's brands), its demonym with the firm's country.
 * Also records ownership ties stated in the text ("Volvo, owned by Geely"; "X and its affiliate
 * Y"; "Z, the joint venture between X and Y"), which are not partnerships.
 */
public final class ReferenceResolver {

    private static final int LOOK_BACK = 4;

    static final Set<String> SINGULAR_HEADS = Set.of(
            "company", "firm", "group", "automaker", "carmaker", "manufacturer", "maker", "startup", "brand",
            "giant", "conglomerate", "operator", "supplier", "venture", "newcomer", "upstart", "chipmaker",
            "retailer", "investor", "backer", "agency", "newspaper", "consultancy", "corporation", "producer",
            "assembler", "developer", "unit", "subsidiary");
    static final Set<String> PLURAL_HEADS = Set.of(
            "companies", "firms", "groups", "automakers", "carmakers", "manufacturers", "makers", "partners", "pair",
            "sides", "two", "startups", "brands");
    private static final Set<String> POST_MODIFIED = Set.of("maker", "producer", "supplier", "manufacturer",
            "seller", "assembler");
    private static final Set<String> CAR_HEADS = Set.of("automaker", "carmaker", "manufacturer", "brand", "newcomer");
    private static final Set<String> GENERIC_HEADS = Set.of("company", "firm", "group", "giant", "conglomerate",
            "corporation", "business");
    /** Modifiers that introduce a new entity rather than refer back ("the new company"). */
    private static final Set<String> NEW_ENTITY = Set.of("new", "planned", "proposed", "future", "combined", "merged",
            "resulting", "joint", "same", "other", "first", "second", "latest", "next", "former", "parent");
    private static final Set<String> CAR_MODIFIERS = Set.of("car", "ev", "electric-car", "electric", "vehicle",
            "auto", "electric-vehicle", "truck", "van");
    private static final Set<String> OWNERSHIP_NOUNS = Set.of("unit", "subsidiary", "arm", "affiliate", "division",
            "subsidiaries", "units");

    private ReferenceResolver() {
    }

    public static Discourse resolve(List<Sentence> sentences, CompanyRecognizer.Result names, int year,
                                    Function<String, Company> dictionary) {
        Map<String, Company> companies = names.companies();
        Function<String, Company> lookup = id -> companies.containsKey(id) ? companies.get(id) : dictionary.apply(id);
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        List<List<NameSpan>> brands = new ArrayList<>(sentences.size());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Mention> ms = new ArrayList<>();
            List<NameSpan> bs = new ArrayList<>();
            for (NameSpan n : names.spans().get(si)) {
                if (n.isCompany()) {
                    ms.add(new Mention(si, n.start(), n.end(), n.companyId(), Mention.Kind.NAME,
                            Grammar.governedByPreposition(s, n.start(), n.end()) || compoundModifier(s, n.end()),
                            isPossessive(s, n.end())));
                } else {
                    bs.add(n);
                }
            }
            mentions.add(ms);
            brands.add(bs);
        }
        Discourse d = new Discourse(sentences, mentions, brands, companies, year, lookup);
        Executives executives = new Executives();
        for (int si = 0; si < sentences.size(); si++) {
            resolveReferences(d, si, lookup, executives);
            executives.learn(sentences.get(si), si, d.mentions(si));
        }
        for (int si = 0; si < sentences.size(); si++) {
            findOwnership(d, si);
        }
        return d;
    }

    private static boolean isPossessive(Sentence s, int end) {
        return end < s.size() && s.token(end).isPossessive();
    }

    // ---------------------------------------------------------------- references

    private static void resolveReferences(Discourse d, int si, Function<String, Company> lookup, Executives executives) {
        Sentence s = d.sentence(si);
        List<Mention> ms = d.mentions(si);
        List<Mention> added = new ArrayList<>();
        boolean[] named = new boolean[s.size()];
        for (Mention m : ms) {
            for (int k = m.start(); k < m.end(); k++) {
                named[k] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (named[i]) {
                continue;
            }
            String l = s.lower(i);
            Optional<String> employer = executives.firmOf(s, si, i);
            if (employer.isPresent()) {
                // "Gao said ...": the firm's officer introduced before speaks and acts for it
                added.add(new Mention(si, i, i + 1, employer.get(), Mention.Kind.PRONOUN,
                        Grammar.governedByPreposition(s, i), isPossessive(s, i + 1)));
                continue;
            }
            if ((l.equals("it") || l.equals("its") || l.equals("itself")) && !copular(s, i)) {
                String id = resolvePronoun(d, si, i, ms, added);
                if (id != null) {
                    added.add(new Mention(si, i, i + 1, id, Mention.Kind.PRONOUN, Grammar.governedByPreposition(s, i),
                            l.equals("its")));
                }
                continue;
            }
            if (l.equals("they") || l.equals("their") || l.equals("them")) {
                if (peopleBefore(s, i)) {
                    continue; // "analysts at Citi wrote in a note, raising their target price": the analysts'
                }
                if (l.equals("them") && i >= 2 && s.lower(i - 1).equals("among") && s.lower(i - 2).equals(",")) {
                    continue; // "for other manufacturers, among them Koenigsegg": the noun phrase just before
                }
                List<String> pair = focusPair(d, si, i, 1, ms, added);
                for (String id : pair) {
                    added.add(new Mention(si, i, i + 1, id, Mention.Kind.PLURAL, Grammar.governedByPreposition(s, i),
                            l.equals("their")));
                }
                continue;
            }
            if (l.equals("the") || l.equals("both") || l.equals("this") || l.equals("each") || bareTitleDescription(s, i)) {
                int head = descriptionHead(s, i);
                if (head < 0) {
                    continue;
                }
                String h = s.lower(head);
                boolean possessive = head + 1 < s.size() && s.token(head + 1).isPossessive();
                // "as the ride-hailing firm drops its plan": with the phrase's end known, a conjunction that
                // introduces a clause is told from a preposition (plural references keep the narrower reading:
                // "after the two sides failed to agree" closes a sentence about talks, whose cues are not theirs)
                boolean prep = PLURAL_HEADS.contains(h) ? Grammar.governedByPreposition(s, i)
                        : Grammar.governedByPreposition(s, i, head + 1);
                if (PLURAL_HEADS.contains(h) || l.equals("both")) {
                    if (!PLURAL_HEADS.contains(h) && !l.equals("both") || superlativeClass(s, i, head)) {
                        continue;
                    }
                    List<String> pair = focusPair(d, si, i, LOOK_BACK, ms, added);
                    for (String id : pair) {
                        added.add(new Mention(si, i, head + 1, id, Mention.Kind.PLURAL, prep, possessive));
                    }
                } else {
                    String id = possessive ? appositiveHoldersOwner(d, si, i, merged(ms, added)) : null;
                    if (id == null) {
                        id = resolveDescription(d, si, i, head, prep, ms, added, lookup);
                    }
                    if (id != null) {
                        // a title's bare description starts after its conjunction
                        int start = s.title() && TITLE_LINKS.contains(l) ? i + 1 : descriptionStart(s, i, head);
                        added.add(new Mention(si, start, head + 1, id, Mention.Kind.DESCRIPTION, prep, possessive));
                    }
                }
                i = head;
            }
        }
        if (!added.isEmpty()) {
            ms.addAll(added);
            ms.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::companyId));
        }
    }

    private static final Set<String> TITLE_LINKS = Set.of("as", "after", "while", "when", "but", "because");

    /**
     * Headlines drop articles: in "XPeng buys Didi's car unit as ride-hailing firm drops its own EV plan" the
     * clause after the conjunction opens with a bare description that a body would write "the ride-hailing
     * firm". The conjunction stands in for the determiner when lower-case words and a firm noun follow it.
     */
    private static boolean bareTitleDescription(Sentence s, int i) {
        if (!s.title() || !TITLE_LINKS.contains(s.lower(i)) || i + 1 >= s.size()) {
            return false;
        }
        Token next = s.token(i + 1);
        if (!next.isWord() || next.isCapitalised() || next.is("the") || next.is("a") || next.is("an")) {
            return false;
        }
        int head = descriptionHead(s, i);
        return head > i && SINGULAR_HEADS.contains(s.lower(head)) && head + 1 < s.size()
                && s.token(head + 1).isWord() && !s.token(head + 1).isCapitalised();
    }

    /** "It is ...", "It would be ...": an expletive or a reference to an event more often than to a firm. */
    private static boolean copular(Sentence s, int i) {
        if (!s.lower(i).equals("it")) {
            return false;
        }
        String n = s.lower(i + 1);
        if ((n.equals("is") || n.equals("was") || n.equals("'s")) && progressive(s, i + 2)) {
            return false; // "It is also building a plant": the firm's own doing, not "it is expected that"
        }
        return n.equals("is") || n.equals("was") || n.equals("'s") || (n.equals("would") || n.equals("will")
                || n.equals("could") || n.equals("may") || n.equals("might")) && s.lower(i + 2).equals("be");
    }

    private static final Set<String> ASPECT_ADVERBS = Set.of("also", "now", "still", "already", "currently",
            "reportedly", "quietly", "actively", "busy", "meanwhile");

    /** A progressive verb at k, after any aspect adverbs: "building", "also developing" (not "going to be"). */
    private static boolean progressive(Sentence s, int k) {
        while (ASPECT_ADVERBS.contains(s.lower(k))) {
            k++;
        }
        String w = s.lower(k);
        return w.length() > 5 && w.endsWith("ing") && !w.equals("going") && !w.equals("nothing")
                && !w.equals("something") && !w.equals("everything") && !w.equals("anything") && !w.equals("interesting")
                && !w.equals("surprising") && !w.equals("worrying") && !w.equals("striking") && !w.equals("telling");
    }

    /**
     * The head noun of a description starting at the determiner {@code det}, or -1. Up to four
     * modifiers may stand between ("the Chinese smartphone maker", "the two companies"); an
     * apposition ("the manufacturer Geely") or a new entity ("the new company") is not a reference.
     */
    private static final Set<String> NAME_PARTICIPLES = Set.of("backed", "owned", "funded", "controlled", "based");

    /**
     * Where a description's mention starts: after a name that modifies it through a participle ("the
     * SoftBank-backed company" is the company, and SoftBank keeps its own mention).
     */
    private static int descriptionStart(Sentence s, int det, int head) {
        int start = det;
        for (int k = det + 1; k + 2 < head; k++) {
            if (s.lower(k + 1).equals("-") && NAME_PARTICIPLES.contains(s.lower(k + 2))) {
                start = k + 3;
            }
        }
        return start;
    }

    static int descriptionHead(Sentence s, int det) {
        int last = det + 5;
        for (int k = det + 1; k < s.size() && k <= last; k++) {
            Token t = s.token(k);
            String l = t.lower();
            if (t.isPossessive() && s.lower(k - 1).equals("world")) {
                last += 2; // "the world's": a frame for the superlative, not one of the four modifiers
            }
            if (NOT_MODIFIERS.contains(l)) {
                return -1; // "The analysts said the firm ...": a second determiner or a verb ends the phrase
            }
            if (NEW_ENTITY.contains(l)) {
                return -1;
            }
            boolean head = SINGULAR_HEADS.contains(l) || PLURAL_HEADS.contains(l)
                    || l.equals("up") && k >= 2 && s.lower(k - 1).equals("-") && s.lower(k - 2).equals("start");
            if (head) {
                if (k + 1 < s.size()) {
                    Token next = s.token(k + 1);
                    if (next.isWord() && next.isCapitalised() && !next.isPossessive()) {
                        return -1; // apposition: the name follows
                    }
                    if (next.is("of") && POST_MODIFIED.contains(l)) {
                        return k; // "the world's largest maker of electric-vehicle batteries": modifiers follow
                    }
                    if (next.is("of")) {
                        return -1;
                    }
                    // "the two automakers", "the startup's"; a compound continuing ("the company car") is not a head
                    if (next.isWord() && !next.isCapitalised() && (SINGULAR_HEADS.contains(next.lower())
                            || PLURAL_HEADS.contains(next.lower()) || next.lower().equals("car")
                            || next.lower().equals("plant"))) {
                        continue;
                    }
                }
                return k;
            }
            if (!t.isWord() && !t.is("-") && !(t.isPossessive() && s.lower(k - 1).equals("world"))) {
                return -1;
            }
            if (t.isCapitalised() && s.lower(k + 1).equals("-") && NAME_PARTICIPLES.contains(s.lower(k + 2))) {
                k += 2; // "the SoftBank-backed company": the name modifies the head through its participle
                continue;
            }
            if (t.isCapitalised() && unknownPlaceBeforeHead(s, k)) {
                while (k + 1 < s.size() && s.token(k + 1).isCapitalised()) {
                    k++; // "the San Jose company": past the place to its head
                }
                continue;
            }
            if (t.isCapitalised() && Lexicon.countryOf(t.text()) == null && !Lexicon.isPlace(t.text())
                    && !isBrandLike(t.text())) {
                return -1; // "the Apple Car", "the Model 3": a name, not a description
            }
        }
        return -1;
    }

    /**
     * "the San Jose company": one or two capitalised words the gazetteer does not know, right before a
     * generic firm noun, are a place (a name before "company" would be the firm's own: "the Foo Company").
     */
    private static boolean unknownPlaceBeforeHead(Sentence s, int k) {
        int j = k;
        while (j < s.size() && j < k + 2 && s.token(j).isWord() && s.token(j).isCapitalised()) {
            j++;
        }
        return j > k && j < s.size() && GENERIC_HEADS.contains(s.lower(j)) && !s.token(j).isCapitalised()
                && (k == 0 || !s.token(k - 1).isCapitalised());
    }

    /** Words like "iPhone" that modify "maker". */
    private static boolean isBrandLike(String w) {
        return w.length() > 1 && Character.isLowerCase(w.charAt(0)) || w.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    private static String resolvePronoun(Discourse d, int si, int i, List<Mention> ms, List<Mention> added) {
        Sentence s = d.sentence(si);
        List<Mention> here = merged(ms, added);
        if (indefiniteFirmSubject(s, i, here)) {
            return null; // "when a U.S. truck start-up abandoned its vehicle": the firm is one the article leaves unnamed
        }
        if (s.lower(i).equals("its") && i >= 2 && s.lower(i - 1).equals("and")) {
            // "Mitsubishi Motors and its larger partner Nissan": the possessive in a conjunct is bound by the
            // conjunct before it
            for (Mention m : here) {
                if (m.end() == i - 1 && m.kind() != Mention.Kind.PLURAL && isActor(d, m.companyId())) {
                    return m.companyId();
                }
            }
        }
        if (s.lower(i).equals("its") && (s.lower(i - 1).equals("among") || s.lower(i - 1).equals("amongst"))
                && holderAfter(s, i)) {
            // "Kaveri ... counts Tata Motors and Mahindra among its customers": the firms counted are not the
            // possessor; it is the subject before the counting verb, or the firm in focus
            String counter = counterOf(d, si, here, i);
            if (counter != null) {
                return counter;
            }
        }
        Mention local = clauseSubject(s, here, i);
        if (local != null && s.lower(i).equals("its") && conjoinedSubject(s, here, local, i)) {
            // "Nvidia said that BYD, XPeng, Li Auto and Zeekr would use its chips": a singular possessive is
            // not bound by a plural, coordinated subject; the subject of the clause around it binds it
            for (Mention m : here) {
                if (m.end() <= local.start() && m.isSubjectLike() && m.kind() == Mention.Kind.NAME
                        && isActor(d, m.companyId())) {
                    return m.companyId();
                }
            }
        }
        if (local != null && isActor(d, local.companyId()) && s.lower(i).equals("its")
                && (goodsBought(s, i) || predicatedHolder(s, local, i) || appositiveHolder(s, local, i))) {
            // "Walmart agreed to buy thousands of its delivery vans": a buyer does not buy its own goods;
            // the seller is the firm in focus before this clause: a subject earlier in the sentence ("Aston has
            // a tie-up with Mercedes-Benz, which supplies its V8 engines"), else the nearest sentence's subject
            String before = focusBefore(d, si, here, local);
            if (before != null) {
                return before;
            }
        }
        if (local != null && isActor(d, local.companyId())) {
            if (s.lower(i).equals("its") && !contractBuilder(d, local.companyId())) {
                // "the phone maker planned to build its first car": a possessive is bound by its clause's
                // subject -- unless that builds others' cars ("Canoo said VDL will build its first van")
                return local.companyId();
            }
            if (!s.lower(i).equals("itself") && objectPosition(s, i)
                    && !(s.lower(i).equals("its") && Grammar.isPreposition(s.lower(i - 1)))) {
                // a possessive after a preposition is no object: the clause's subject may bind "built on its
                // open platform", while "will build its pickup" is the customer's goods
                // "Foxconn agreed to develop vehicles with it": an object pronoun is not its own clause's subject
                for (Mention m : here) {
                    if (m.start() < i && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL
                            && !m.companyId().equals(local.companyId()) && isActor(d, m.companyId())
                            && !(m.start() < local.start() ? coordinated(s, m, local) : coordinated(s, local, m))) {
                        return m.companyId(); // not "Hyundai and Kia poured money into it": both are the subject
                    }
                }
                if (si > 0) {
                    for (Mention m : d.mentions(si - 1)) {
                        if (m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL
                                && !m.companyId().equals(local.companyId()) && isActor(d, m.companyId())) {
                            return m.companyId();
                        }
                    }
                }
            }
        }
        // same sentence: the leftmost subject before the pronoun
        for (Mention m : here) {
            if (m.start() >= i) {
                break;
            }
            if (m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL
                    && (isActor(d, m.companyId()) || holdingPossessed(s, i))
                    && !Comparison.employerOfPerson(s, m)) {
                return m.companyId();
            }
        }
        // previous sentence: its leftmost subject
        if (si > 0) {
            for (Mention m : d.mentions(si - 1)) {
                if (m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && isActor(d, m.companyId())) {
                    return m.companyId();
                }
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_STARTS = Set.of(",", ";", "when", "after", "before", "as", "because",
            "while", "since", "that", "which", "where", "until", "although", "though", "if");

    /**
     * The pronoun's clause opens with an indefinite description of a firm and has named none: "a U.S. truck
     * start-up abandoned its vehicle", "an unnamed rival said it would ...". Such a firm is new to the story.
     */
    static boolean indefiniteFirmSubject(Sentence s, int i, List<Mention> here) {
        int start = i - 1;
        while (start >= 0 && i - start <= 10 && !CLAUSE_STARTS.contains(s.lower(start))) {
            start--;
        }
        start++;
        if (start >= i || !(s.lower(start).equals("a") || s.lower(start).equals("an"))) {
            return false;
        }
        for (Mention m : here) {
            if (m.start() >= start && m.start() < i) {
                return false;
            }
        }
        for (int k = start + 1; k < i && k <= start + 6; k++) {
            String l = s.lower(k);
            if (SINGULAR_HEADS.contains(l) || l.equals("up") && s.lower(k - 1).equals("-") && s.lower(k - 2).equals("start")
                    || l.equals("rival") || l.equals("competitor")) {
                // the head is followed by the verb; "a stake in ..." or "an order from ..." opens no subject
                return k + 1 == i || k + 1 < i && !Grammar.isPreposition(s.lower(k + 1)) && !s.lower(k + 1).equals("'s");
            }
        }
        return false;
    }

    private static final Set<String> MODIFIER_PARTICIPLES = Set.of("controlled", "owned", "backed", "funded", "led",
            "run", "affiliated", "linked", "supported", "financed");

    /**
     * "The Vingroup-controlled carmaker", "the SoftBank-backed company": the name ending at {@code end}
     * modifies the noun after it, like a possessor; it is not the subject of the clause.
     */
    private static boolean compoundModifier(Sentence s, int end) {
        return s.lower(end).equals("-") && MODIFIER_PARTICIPLES.contains(s.lower(end + 1));
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "as", "because", "since",
            "after", "before", "when", "while", "although", "though", "once", "until", "unless", "which", "who");

    /**
     * The subject of the clause holding token i: the first subject-like firm mention after the
     * nearest clause opening before i (a boundary, a complementizer or subordinator, a relative
     * pronoun, whose antecedent is the subject), or null.
     */
    static Mention clauseSubject(Sentence s, List<Mention> ms, int i) {
        int start = 0;
        for (int k = i - 1; k >= 0 && k >= i - 30; k--) {
            String l = s.lower(k);
            if (Grammar.isClauseBoundary(s, k) || l.equals(";")
                    || l.equals("and") && k > 0 && s.lower(k - 1).equals(",") && mentionStartsNear(ms, k + 1, i)) {
                // ", and Lordstown Motors has said it will ...": a coordinated clause with its own subject
                start = k + 1;
                break;
            }
            if (CLAUSE_OPENERS.contains(l)) {
                if ((l.equals("which") || l.equals("who")) && k > 0 && s.lower(k - 1).equals(",")) {
                    for (Mention m : ms) {
                        if (m.end() == k - 1 && m.kind() != Mention.Kind.PLURAL) {
                            return m; // "Foxconn, which bought its factory": the antecedent
                        }
                    }
                }
                start = k + 1;
                break;
            }
        }
        for (Mention m : ms) {
            if (m.start() >= i) {
                break;
            }
            if (m.start() >= start && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && !m.possessive()
                    && !Comparison.employerOfPerson(s, m)) {
                return m; // not "former Nissan executives": the people, not the firm, are the phrase's head
            }
        }
        return null;
    }

    private static final Set<String> BUY_VERBS = Set.of("buy", "buys", "bought", "buying", "order", "orders",
            "ordered", "ordering", "purchase", "purchases", "purchased", "purchasing", "lease", "leased", "leases");

    /** "buy thousands of its vans", "ordered 500 of its trucks": the possessive sits in a purchase's object. */
    private static boolean goodsBought(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String l = s.lower(k);
            if (BUY_VERBS.contains(l)) {
                return true;
            }
            if (k == i - 1 && SUPPLY_VERBS.contains(l)) {
                return true; // "Samsung SDI, which supplied its battery cells": the customer's cells
            }
            if (!s.token(k).isWord() || Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUPPLY_VERBS = Set.of("supplied", "supplies", "supply", "supplying",
            "provided", "provides", "provide", "providing");
    private static final Set<String> HOLDER_NOUNS = Set.of("backer", "backers", "investor", "investors", "shareholder",
            "shareholders", "owner", "owners", "customer", "customers", "client", "clients", "supplier", "suppliers",
            "lender", "lenders", "creditor", "creditors", "partner", "partners", "rival", "rivals", "competitor",
            "competitors", "parent");

    /**
     * "Baidu was among its early backers", "CATL became its main supplier": a firm predicated to be
     * one of the possessor's backers or suppliers is not the possessor, so the possessive is not
     * bound by the clause's subject.
     */
    private static boolean predicatedHolder(Sentence s, Mention subject, int i) {
        boolean copula = false;
        for (int k = subject.end(); k < i; k++) {
            copula |= Grammar.isCopula(s.lower(k));
            if (Grammar.isClauseBoundary(s, k)) {
                return false;
            }
        }
        if (!copula) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (HOLDER_NOUNS.contains(s.lower(k))) {
                return true;
            }
            if (!s.token(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Nordkapp Invest, the company's largest shareholder, ...": a possessive description in an
     * apposition that names a holder is not the firm it stands beside but the firm in focus before.
     */
    private static String appositiveHoldersOwner(Discourse d, int si, int det, List<Mention> here) {
        Sentence s = d.sentence(si);
        Mention beside = null;
        for (Mention m : here) {
            if (m.end() == det - 1 && m.kind() != Mention.Kind.PLURAL) {
                beside = m;
            }
        }
        if (beside == null || !appositiveHolder(s, beside, det)) {
            return null;
        }
        String topic = Roles.topic(d, si);
        if (topic != null && !topic.equals(beside.companyId()) && isActor(d, topic)) {
            return topic; // the firm the article is about: "Norsk Elektrobil ... Nordkapp, the company's largest shareholder"
        }
        return focusBefore(d, si, here, beside);
    }

    /**
     * The firm in focus before {@code other}: a subject earlier in the sentence, else the subject of one
     * of the three sentences before; never {@code other}'s firm.
     */
    private static String focusBefore(Discourse d, int si, List<Mention> here, Mention other) {
        for (Mention m : here) {
            if (m.start() < other.start() && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL
                    && isActor(d, m.companyId()) && !m.companyId().equals(other.companyId())) {
                return m.companyId();
            }
        }
        for (int back = 1; back <= 3 && si - back >= 0; back++) {
            for (Mention m : d.mentions(si - back)) {
                if (m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && isActor(d, m.companyId())
                        && !m.companyId().equals(other.companyId())) {
                    return m.companyId();
                }
            }
        }
        return null;
    }

    /** "Samsung SDI, its battery-cell supplier, ...": the apposition's possessor is not the firm it describes. */
    private static boolean appositiveHolder(Sentence s, Mention subject, int i) {
        // "Baidu, one of its early backers,": the apposition may pick its firm out of the holders
        int comma = s.lower(i - 1).equals("of") && s.lower(i - 2).equals("one") ? i - 3 : i - 1;
        if (subject.end() != comma || !s.lower(comma).equals(",")) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
            if (HOLDER_NOUNS.contains(s.lower(k))) {
                // "Volkswagen, its largest shareholder with a stake of about 21 percent,"
                return k + 1 >= s.size() || s.lower(k + 1).equals(",") || s.lower(k + 1).equals(".")
                        || s.lower(k + 1).equals("with") || s.lower(k + 1).equals("since");
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-") && !s.token(k).isPossessive()) {
                return false;
            }
        }
        return false;
    }

    private static boolean holderAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (HOLDER_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COUNTING_VERBS = Set.of("counts", "count", "counted", "counting", "lists",
            "listed", "includes", "included", "numbers", "numbered", "names", "named", "has", "had");

    /** The firm that counts others "among its" customers: a subject before the counting verb, or the previous subject. */
    private static String counterOf(Discourse d, int si, List<Mention> here, int i) {
        Sentence s = d.sentence(si);
        int verb = -1;
        for (int k = i - 2; k >= 0 && k >= i - 25; k--) {
            if (COUNTING_VERBS.contains(s.lower(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        for (Mention m : here) {
            if (m.start() < verb && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && isActor(d, m.companyId())) {
                return m.companyId();
            }
        }
        for (int back = 1; back <= 2 && si - back >= 0; back++) {
            for (Mention m : d.mentions(si - back)) {
                if (m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && isActor(d, m.companyId())) {
                    return m.companyId();
                }
            }
        }
        return null;
    }

    /** Only determiners, names and punctuation before the mention: the sentence's subject. */
    private static boolean sentenceInitial(Sentence s, Mention m) {
        for (int k = 0; k < m.start(); k++) {
            if (s.token(k).isWord() && !s.token(k).isCapitalised() && !Grammar.NP_MODIFIERS.contains(s.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** A named subject right after a clause opener: a mention starting within two tokens of {@code from}, before i. */
    private static boolean mentionStartsNear(List<Mention> ms, int from, int i) {
        for (Mention m : ms) {
            if (m.start() >= from && m.start() <= from + 2 && m.start() < i && m.kind() == Mention.Kind.NAME) {
                return true;
            }
        }
        return false;
    }

    private static boolean contractBuilder(Discourse d, String id) {
        return d.company(id).map(c -> c.kind() == CompanyKind.CONTRACT_MANUFACTURER).orElse(false);
    }

    /** A pronoun after a preposition or a verb ("with it", "lend it"), not a subject. */
    private static boolean objectPosition(Sentence s, int i) {
        if (i == 0) {
            return false;
        }
        String p = s.lower(i - 1);
        if (Grammar.isPreposition(p)) {
            return true;
        }
        Token prev = s.token(i - 1);
        return prev.isWord() && !prev.isCapitalised() && !p.equals("and") && !p.equals("but") && !p.equals("that")
                && !p.equals("because") && !p.equals("if") && !p.equals("when") && !p.equals("as")
                && !p.equals("while") && !p.equals("since") && !p.equals("whether") && !p.equals("so")
                && !p.equals("said") && !p.equals("says") && (p.endsWith("ed") || p.endsWith("s") || BARE_VERBS.contains(p));
    }

    private static final Set<String> BARE_VERBS = Set.of("build", "make", "lend", "give", "sell", "buy", "take",
            "keep", "help", "fund", "back", "acquire", "leave", "let", "put", "sent", "gave", "made", "sold", "bought",
            "took", "lent", "left", "kept", "join", "supply", "assemble", "produce", "develop", "use");

    /** A subject, or a name fronted as the sentence's topic ("For Roam, ..."): an antecedent of the first rank. */
    private static boolean subjectOrTopic(Discourse d, Mention m) {
        return m.isSubjectLike() || Grammar.frontedTopic(d.sentence(m.sentence()), m.start(), m.end());
    }

    /** What a holder possesses: "wrote off much of its stake", "sold its remaining shares". */
    private static final Set<String> HOLDINGS = Set.of("stake", "stakes", "holding", "holdings", "shares",
            "shareholding", "investment", "position");

    /**
     * "Goldman Sachs Asset Management ... has written off much of its stake": a bank or fund, no actor in car
     * news, still owns its own holding, so the clause's subject binds the pronoun.
     */
    private static boolean holdingPossessed(Sentence s, int i) {
        return s.lower(i).equals("its") && (HOLDINGS.contains(s.lower(i + 1)) || HOLDINGS.contains(s.lower(i + 2)));
    }

    private static boolean isActor(Discourse d, String id) {
        return d.company(id).map(c -> !c.kind().isObserver() || c.kind() == CompanyKind.INVESTOR).orElse(true);
    }

    private static List<Mention> merged(List<Mention> ms, List<Mention> added) {
        if (added.isEmpty()) {
            return ms;
        }
        List<Mention> all = new ArrayList<>(ms);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The two (or more) firms a plural reference means: a coordination "X and Y", or the only two firms in a sentence. */
    static List<String> focusPair(Discourse d, int si, int i, int lookBack, List<Mention> ms, List<Mention> added) {
        for (int back = 0; back <= lookBack && si - back >= 0; back++) {
            int sj = si - back;
            List<Mention> here = back == 0 ? merged(ms, added) : d.mentions(sj);
            Sentence s = d.sentence(sj);
            List<String> coord = new ArrayList<>();
            Mention prev = null;
            for (Mention m : here) {
                if (back == 0 && m.start() >= i) {
                    break;
                }
                if (m.kind() == Mention.Kind.PLURAL && coord.isEmpty()) {
                    // an earlier plural reference already names the pair
                    List<String> ids = new ArrayList<>();
                    for (Mention p : here) {
                        if (p.kind() == Mention.Kind.PLURAL && p.start() == m.start() && !ids.contains(p.companyId())) {
                            ids.add(p.companyId());
                        }
                    }
                    if (ids.size() >= 2) {
                        return ids;
                    }
                }
                if (prev != null && !prev.companyId().equals(m.companyId()) && coordinated(s, prev, m)) {
                    if (coord.isEmpty()) {
                        coord.add(prev.companyId());
                    }
                    if (!coord.contains(m.companyId())) {
                        coord.add(m.companyId());
                    }
                } else if (coord.size() >= 2) {
                    break;
                }
                prev = m;
            }
            if (coord.size() >= 2) {
                return coord;
            }
            List<String> firms = new ArrayList<>();
            for (Mention m : here) {
                if (back == 0 && m.start() >= i) {
                    break;
                }
                if (isActor(d, m.companyId()) && !firms.contains(m.companyId())) {
                    firms.add(m.companyId());
                }
            }
            if (firms.size() == 2) {
                return firms;
            }
        }
        return List.of();
    }

    /** "X and Y", "X, Y", "X and its affiliate Y", "X & Y". */
    /** The subject mention is the first of coordinated names before the pronoun: "BYD, XPeng and Zeekr would use its". */
    private static boolean conjoinedSubject(Sentence s, List<Mention> here, Mention subject, int i) {
        for (Mention m : here) {
            if (m.start() > subject.end() && m.end() <= i && m.kind() == Mention.Kind.NAME && coordinated(s, subject, m)) {
                return true;
            }
        }
        return false;
    }

    public static boolean coordinated(Sentence s, Mention a, Mention b) {
        if (b.start() <= a.end()) {
            return false;
        }
        int from = a.end();
        if (from < s.size() && s.token(from).isPossessive() || possessorInApposition(s, b)) {
            return false;
        }
        List<String> between = new ArrayList<>();
        for (int k = from; k < b.start(); k++) {
            between.add(s.lower(k));
        }
        if (between.equals(List.of("and")) || between.equals(List.of(",")) || between.equals(List.of("&"))
                || between.equals(List.of("as", "well", "as"))) {
            return true;
        }
        if (between.get(0).equals("and") && Grammar.placePossessive(s, from + 1, b.start())) {
            return true; // "Ford, Koç Holding and South Korea's SK On"
        }
        if (between.size() >= 2 && between.size() <= 4 && between.get(0).equals("and")
                && CONJUNCT_HEADS.contains(between.get(between.size() - 1))
                && Grammar.NP_MODIFIER_WORDS.containsAll(between.subList(1, between.size() - 1))
                && !between.contains(",") && !between.contains("its") && !between.contains("their")) {
            return true; // "Toyota, Mazda and parts maker Denso": a conjunct with its own description
        }
        return between.size() <= 4 && between.get(0).equals("and") && between.size() >= 2
                && (between.get(1).equals("its") || between.get(1).equals("the"))
                && !between.contains(",");
    }

    /**
     * "Dyson, Pellworth's much larger rival, gave up": the possessor of a noun phrase that a comma closes
     * before a lowercase word (the verb) is inside an apposition, not a conjunct of the name before it
     * ("Baidu, Alibaba's investment arm and SAIC are shareholders" is a list: "and" comes first).
     */
    private static boolean possessorInApposition(Sentence s, Mention b) {
        if (b.end() >= s.size() || !s.token(b.end()).isPossessive()) {
            return false;
        }
        for (int k = b.end() + 1; k + 1 < s.size() && k <= b.end() + 12; k++) {
            String l = s.lower(k);
            if (l.equals("and") || l.equals("or") || l.equals(";")) {
                return false;
            }
            if (l.equals(",")) {
                return s.token(k + 1).isWord() && !s.token(k + 1).isCapitalised();
            }
        }
        return false;
    }

    private static final Set<String> CONJUNCT_HEADS = Set.of("maker", "group", "company", "firm", "supplier", "giant",
            "carmaker", "automaker", "manufacturer", "chipmaker", "startup", "conglomerate", "house", "operator");

    private static String resolveDescription(Discourse d, int si, int det, int head, boolean prep, List<Mention> ms,
                                             List<Mention> added, Function<String, Company> lookup) {
        Sentence s = d.sentence(si);
        // apposition: "Foxconn, the Taiwanese company ..." (not "Siro, the company's venture": there the
        // description is the possessor inside the apposition, another firm)
        boolean possessor = head + 1 < s.size() && s.token(head + 1).isPossessive();
        if (det >= 2 && s.lower(det - 1).equals(",") && !possessor) {
            for (Mention m : merged(ms, added)) {
                if (m.end() == det - 1 && m.kind() == Mention.Kind.NAME) {
                    return m.companyId();
                }
            }
        }
        List<String> modifiers = new ArrayList<>();
        for (int k = det + 1; k < head; k++) {
            if (s.token(k).isWord()) {
                modifiers.add(s.token(k).text());
            }
        }
        if (s.lower(head + 1).equals("of")) {
            // "maker of electric-vehicle batteries" = "battery maker": the head noun of the of-phrase
            for (int k = head + 2; k < Math.min(s.size(), head + 6) && (s.token(k).isWord() || s.lower(k).equals("-")); k++) {
                String w = s.lower(k);
                if (s.token(k).isWord()) {
                    modifiers.add(w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                            : w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
        }
        String h = s.lower(head);
        if (h.equals("up")) {
            h = "startup";
        }
        if ((h.equals("brand") || h.equals("marque")) && brandNamedJustBefore(d, si, det)) {
            return null; // "Mercedes sold its stake in Denza ... the premium electric brand": the brand itself
        }
        List<Mention> candidates = new ArrayList<>();
        List<Mention> here = merged(ms, added);
        String brandOwner = ownBrandAfter(d, si, head);
        if (brandOwner != null && !prep && d.companies().containsKey(brandOwner)) {
            // "The company already builds the plug-in hybrid version of its Chrysler Pacifica": the firm whose
            // brand it calls its own, however recently another firm was named
            return brandOwner;
        }
        // same sentence
        if (prep) {
            for (int k = here.size() - 1; k >= 0; k--) {
                Mention m = here.get(k);
                if (m.start() < det && m.prepositional()) {
                    candidates.add(m);
                }
            }
            if (head + 1 < s.size() && s.token(head + 1).isPossessive()) {
                // "toward the group's goal": the possessor is not itself the object of the preposition; like
                // a possessive pronoun it may refer back to the sentence's subject before earlier sentences
                for (Mention m : here) {
                    if (m.start() < det && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL) {
                        candidates.add(m);
                    }
                }
                for (int k = here.size() - 1; k >= 0; k--) {
                    Mention m = here.get(k);
                    if (m.start() < det && m.prepositional() && m.kind() == Mention.Kind.NAME && !candidates.contains(m)) {
                        candidates.add(m); // "the RapidE it developed with LeEco, ... after the Chinese tech group's ..."
                    }
                }
            } else {
                // "GM, which lent the startup $40 million, will hold a stake in the company": an object in the
                // same sentence, not the subject of the description's own clause, before earlier sentences
                Mention subject = clauseSubject(s, here, det);
                for (Mention m : here) {
                    if (m.start() < det && m.isSubjectLike() && m.kind() != Mention.Kind.PLURAL && !m.possessive()
                            && (subject == null || !m.companyId().equals(subject.companyId()))
                            && m.start() > 0 && !sentenceInitial(s, m)) {
                        candidates.add(m);
                    }
                }
            }
            for (int back = 1; back <= LOOK_BACK && si - back >= 0; back++) {
                for (int pass = 0; pass < 2; pass++) {
                    for (Mention m : d.mentions(si - back)) {
                        if (m.prepositional() == (pass == 0)) {
                            candidates.add(m);
                        }
                    }
                }
            }
        } else {
            // subjects first: this sentence's, then earlier sentences'; objects of prepositions last
            for (Mention m : here) {
                if (m.start() < det && subjectOrTopic(d, m)) {
                    candidates.add(m);
                }
            }
            for (int back = 1; back <= LOOK_BACK && si - back >= 0; back++) {
                for (Mention m : d.mentions(si - back)) {
                    if (subjectOrTopic(d, m)) {
                        candidates.add(m);
                    }
                }
            }
            for (int k = here.size() - 1; k >= 0; k--) {
                Mention m = here.get(k);
                if (m.start() < det && !subjectOrTopic(d, m)) {
                    candidates.add(m);
                }
            }
            for (int back = 1; back <= LOOK_BACK && si - back >= 0; back++) {
                for (Mention m : d.mentions(si - back)) {
                    if (!subjectOrTopic(d, m)) {
                        candidates.add(m);
                    }
                }
            }
        }
        if (s.lower(head + 1).equals("that") && !h.equals("company")) {
            // "the Chinese carmaker that began ...": a restrictive clause can make a description unique by
            // itself (a new firm), so only an antecedent in the same sentence is taken
            candidates.removeIf(m -> m.sentence() != si);
        }
        // "the South Korean company": a firm known to be South Korean before one whose country is unknown
        String demonym = null;
        for (String mod : modifiers) {
            demonym = demonym == null ? Lexicon.countryOf(mod) : demonym;
        }
        // "the ride-hailing company", "the Chinese tech group": a firm whose own descriptor carries the
        // description's content words is meant before one the head noun merely fits
        List<String> content = new ArrayList<>();
        for (String mod : modifiers) {
            String ml = mod.toLowerCase(Locale.ROOT);
            // a capitalised modifier that is no known place is a place name all the same ("the San Jose
            // company"): it says where the firm is, not what it does
            boolean properName = Character.isUpperCase(mod.charAt(0)) && mod.chars().skip(1).allMatch(Character::isLowerCase);
            if (Lexicon.countryOf(mod) == null && !Lexicon.isPlace(mod) && !CAR_MODIFIERS.contains(ml)
                    && !NEW_ENTITY.contains(ml) && ml.length() > 2 && !properName && !rankWord(ml)) {
                content.add(ml);
            }
        }
        if (!content.isEmpty()) {
            for (Mention m : candidates) {
                Company c = m.kind() == Mention.Kind.PLURAL ? null : lookup.apply(m.companyId());
                if (c != null && !(m.sentence() == si && insideAppositionOf(s, m, det))
                        && (demonym == null || c.country() == null || demonym.equals(c.country()))
                        && describedBy(c, content)) {
                    return c.id();
                }
            }
            // "the search company" when the search firm was named further back than the recent sentences, or
            // named earlier in this one in any role ("XPeng buys Didi's car unit as the ride-hailing firm ..."):
            // the description's content words outweigh recency and grammatical role
            for (int back = si; back >= 0; back--) {
                for (Mention m : back == si ? here : d.mentions(back)) {
                    if (back == si && (m.start() >= det || insideAppositionOf(s, m, det))) {
                        continue;
                    }
                    Company c = m.kind() == Mention.Kind.PLURAL ? null : lookup.apply(m.companyId());
                    if (c != null && (demonym == null || c.country() == null || demonym.equals(c.country()))
                            && describedBy(c, content)) {
                        return c.id();
                    }
                }
            }
        }
        for (int pass = demonym == null ? 1 : 0; pass < 2; pass++) {
            for (Mention m : candidates) {
                if (m.kind() == Mention.Kind.PLURAL || m.sentence() == si && insideAppositionOf(s, m, det)) {
                    continue;
                }
                Company c = lookup.apply(m.companyId());
                // second pass: a firm whose country is unknown, never one known to be from elsewhere
                if (c != null && (pass == 1 ? demonym == null || c.country() == null || demonym.equals(c.country())
                        : demonym.equals(c.country())) && compatible(c, h, modifiers)) {
                    return c.id();
                }
            }
        }
        // nothing recent fits: a plain "the company" / "the group" far from its antecedent is the article's topic
        if (GENERIC_HEADS.contains(h) && content.isEmpty() && !s.lower(head + 1).equals("that")) {
            Company topic = topic(d, si, lookup);
            if (topic != null && (demonym == null || topic.country() == null || demonym.equals(topic.country()))
                    && compatible(topic, h, modifiers)) {
                return topic.id();
            }
        }
        return null;
    }

    /** The owner of a brand named with "its" within fourteen tokens after the description's head, or null. */
    private static String ownBrandAfter(Discourse d, int si, int head) {
        Sentence s = d.sentence(si);
        for (evradar.extract.names.NameSpan b : d.brands(si)) {
            if (b.start() > head + 1 && b.start() <= head + 14 && s.lower(b.start() - 1).equals("its")) {
                for (int k = head + 1; k < b.start(); k++) {
                    if (s.lower(k).equals(",") || s.lower(k).equals(";") || Grammar.isRelativePronoun(s.lower(k))) {
                        return null; // the "its" belongs to another clause
                    }
                }
                return b.companyId();
            }
        }
        return null;
    }

    private static Company topic(Discourse d, int si, Function<String, Company> lookup) {
        String id = Roles.topic(d, si);
        return id == null ? null : lookup.apply(id);
    }

    /** A brand (not a firm) named in this sentence before {@code det} or in the previous sentence. */
    private static boolean brandNamedJustBefore(Discourse d, int si, int det) {
        for (NameSpan b : d.brands(si)) {
            if (b.start() < det) {
                return true;
            }
        }
        return si > 0 && !d.brands(si - 1).isEmpty();
    }

    /**
     * "Siro, its joint venture with the Chinese cell maker": a description inside the apposition
     * attached to a name (after its comma, before any other) names another party, not that firm.
     */
    private static boolean insideAppositionOf(Sentence s, Mention m, int det) {
        if (m.end() >= det || !s.lower(m.end()).equals(",") || m.end() + 1 == det
                || Grammar.isRelativePronoun(s.lower(m.end() + 1)) || !opensNounPhrase(s, m.end() + 1)) {
            return false;
        }
        for (int k = m.end() + 1; k < det; k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";") || s.lower(k).equals(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * An apposition is a noun phrase: it opens with a determiner, a possessive or a modifier, not with a
     * verb form ("BYD, ending a partnership with the Chinese carmaker" is a participial clause whose
     * implied subject is another firm) or a conjunction.
     */
    private static boolean opensNounPhrase(Sentence s, int k) {
        String l = s.lower(k);
        if (l.endsWith("ing") || l.endsWith("ed") && !l.equals("red") || Grammar.isPreposition(l)
                || l.equals("and") || l.equals("but") || l.equals("or") || l.equals("which") || l.equals("who")
                || l.equals("said") || l.equals("says") || AUXILIARY_VERBS.contains(l)) {
            return false;
        }
        return true;
    }

    /** "X, was shelved ...": a finite auxiliary after the comma closes a clause; no noun phrase opens. */
    private static final Set<String> AUXILIARY_VERBS = Set.of("was", "were", "is", "are", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "should", "did", "does");

    /** Whether a description (head noun and modifiers) can refer to the firm. */
    static boolean compatible(Company c, String head, List<String> modifiers) {
        for (String mod : modifiers) {
            String country = Lexicon.countryOf(mod);
            if (country != null && c.country() != null && !country.equals(c.country())) {
                return false;
            }
        }
        String descriptorMatch = null;
        for (String desc : c.descriptors()) {
            String dl = desc.toLowerCase(Locale.ROOT);
            if (dl.equals(head) || dl.endsWith(" " + head)) {
                descriptorMatch = dl;
                break;
            }
        }
        List<String> nonDemonym = new ArrayList<>();
        for (String mod : modifiers) {
            if (Lexicon.countryOf(mod) == null && !Lexicon.isPlace(mod)) {
                nonDemonym.add(mod.toLowerCase(Locale.ROOT));
            }
        }
        CompanyKind k = c.kind();
        if (k == CompanyKind.NEWS_AGENCY || k == CompanyKind.RESEARCH) {
            return descriptorMatch != null || head.equals("agency") || head.equals("newspaper")
                    || head.equals("consultancy");
        }
        if (head.equals("maker") || head.equals("producer") || head.equals("assembler") || head.equals("operator")
                || head.equals("retailer") || head.equals("developer")) {
            if (nonDemonym.isEmpty()) {
                return descriptorMatch != null || k.buildsCars();
            }
            for (String mod : nonDemonym) {
                if (makerOf(c, head, mod)) {
                    return true;
                }
            }
            // a firm the article introduced without saying what it makes: "the handset maker" may be
            // it unless it is known to make cars, batteries or chips and the product is something else
            return c.descriptors().isEmpty() && c.parent() == null && c.evSalesSince() == null
                    && !k.buildsCars() && k != CompanyKind.BATTERY && k != CompanyKind.SEMICONDUCTOR
                    && !k.isObserver() && nonDemonym.stream().noneMatch(m -> CAR_MODIFIERS.contains(m)
                    || m.equals("battery") || m.equals("chip") || m.equals("cell"));
        }
        if (descriptorMatch != null) {
            return true;
        }
        if (GENERIC_HEADS.contains(head)) {
            return true;
        }
        if (CAR_HEADS.contains(head)) {
            if (head.equals("manufacturer") && k == CompanyKind.CONTRACT_MANUFACTURER) {
                return true;
            }
            if (head.equals("brand")) {
                return k.buildsCars() || k == CompanyKind.TECH || k == CompanyKind.OTHER;
            }
            return k.buildsCars();
        }
        return switch (head) {
            // a firm the article introduced ("Foo Motors") may be a startup whatever its designator suggests; a
            // known miner, trading house or property developer is none
            case "startup", "upstart", "newcomer" -> k == CompanyKind.EV_STARTUP || k == CompanyKind.MOBILITY
                    || (k == CompanyKind.OTHER || k == CompanyKind.AUTOMAKER) && introducedByArticle(c);
            case "supplier" -> k == CompanyKind.SUPPLIER || k == CompanyKind.BATTERY || k == CompanyKind.SEMICONDUCTOR
                    || k == CompanyKind.CONTRACT_MANUFACTURER;
            case "chipmaker" -> k == CompanyKind.SEMICONDUCTOR;
            case "investor", "backer" -> k == CompanyKind.INVESTOR || k == CompanyKind.FINANCE;
            case "venture", "unit", "subsidiary" -> c.parent() != null;
            default -> false;
        };
    }

    /**
     * "the world's largest contract electronics maker", "the second-biggest carmaker": rank and size
     * say how the firm compares, not what it does, so they are not matched against descriptors.
     */
    private static boolean rankWord(String ml) {
        return RANK_WORDS.contains(ml) || superlative(ml);
    }

    /**
     * "the scale of the biggest Chinese technology groups": a plural under a superlative names the class
     * of firms that rank highest, not the firms the text has just named.
     */
    private static boolean superlativeClass(Sentence s, int det, int head) {
        for (int k = det + 1; k < head; k++) {
            String l = s.lower(k);
            if (superlative(l) || l.equals("leading") || l.equals("top")) {
                return true;
            }
        }
        return false;
    }

    /** "largest", "biggest", "second-biggest": a superlative adjective (not "interest"). */
    private static boolean superlative(String lower) {
        return lower.length() >= 6 && lower.endsWith("est") && !lower.equals("interest");
    }

    /** Words that cannot stand between a determiner and its head noun: determiners, verbs of saying, auxiliaries. */
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "said", "says", "say", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would");

    private static final Set<String> RANK_WORDS = Set.of("world", "world's", "top", "leading", "major", "big",
            "large", "second", "third", "fourth", "fifth", "number", "no");

    /** Some descriptor of the firm holds every content word ("ride-hailing company" for "ride", "hailing"). */
    private static boolean describedBy(Company c, List<String> content) {
        for (String desc : c.descriptors()) {
            String dl = " " + desc.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
            boolean all = true;
            for (String w : content) {
                all &= dl.contains(" " + w + " ");
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A firm known only from this article: no dictionary facts (descriptors, parent, EV sales). */
    private static boolean introducedByArticle(Company c) {
        return c.descriptors().isEmpty() && c.parent() == null && c.evSalesSince() == null && c.country() == null;
    }

    /** Whether "the {mod} {head}" ("the iPhone maker", "the battery maker") fits the firm. */
    private static boolean makerOf(Company c, String head, String mod) {
        for (String desc : c.descriptors()) {
            String dl = desc.toLowerCase(Locale.ROOT);
            if (dl.endsWith(head) && (dl.contains(mod) || mod.endsWith(dl.split(" ")[0]))) {
                return true;
            }
        }
        for (String b : c.brands()) {
            if (b.equalsIgnoreCase(mod)) {
                return true; // "the iPhone maker"
            }
        }
        CompanyKind k = c.kind();
        if (CAR_MODIFIERS.contains(mod)) {
            return k.buildsCars() || c.evSalesSince() != null;
        }
        if (mod.equals("battery") || mod.equals("cell")) {
            return k == CompanyKind.BATTERY;
        }
        if (mod.equals("chip")) {
            return k == CompanyKind.SEMICONDUCTOR;
        }
        return false;
    }

    // ---------------------------------------------------------------- ownership

    private static void findOwnership(Discourse d, int si) {
        Sentence s = d.sentence(si);
        List<Mention> ms = d.mentions(si);
        for (int a = 0; a < ms.size(); a++) {
            Mention x = ms.get(a);
            if (x.kind() == Mention.Kind.PLURAL) {
                continue;
            }
            // "X-owned Y", "X's Y" (both firms named)
            if (x.kind() == Mention.Kind.NAME && x.possessive() && a + 1 < ms.size()) {
                Mention y = ms.get(a + 1);
                if (y.kind() == Mention.Kind.NAME && y.start() == x.end() + 1) {
                    d.addOwnership(x.companyId(), y.companyId());
                }
            }
            for (int b = a + 1; b < ms.size(); b++) {
                Mention y = ms.get(b);
                if (y.start() - x.end() > 6) {
                    break; // mentions are sorted: the rest are too far away
                }
                if (y.kind() == Mention.Kind.PLURAL || y.companyId().equals(x.companyId())) {
                    continue;
                }
                if (owns(s, x, y)) {
                    d.addOwnership(x.companyId(), y.companyId());
                }
            }
            // "Z, the joint venture between X and Y" / "the venture set up by X and Y"
            ventureParents(d, s, ms, x);
            // "X's car venture ... established as Y", "a venture with Z under the name Y"
            namedVenture(d, s, ms, x);
        }
    }

    /** Ownership words between two close mentions: "X, owned by Y", "Y, which owns X", "X and its affiliate Y". */
    private static boolean owns(Sentence s, Mention x, Mention y) {
        int gap = y.start() - x.end();
        boolean itsArm = y.kind() == Mention.Kind.PRONOUN && s.lower(y.start()).equals("its");
        if (x.kind() == Mention.Kind.PRONOUN || y.kind() == Mention.Kind.PRONOUN && !itsArm) {
            return false;
        }
        if (gap < 1 || gap > 6) {
            // "X, its performance-tuning arm": the pronoun mention comes after
            return false;
        }
        if (y.kind() == Mention.Kind.NAME && !y.possessive() && y.end() < s.size() && s.token(y.end()).isWord()
                && !s.token(y.end()).isCapitalised() && ATTRIBUTIVE_HEADS.contains(s.lower(y.end()))) {
            return false; // "owns the Lordstown plant": the name modifies what is owned
        }
        boolean owned = false;
        for (int k = x.end(); k < y.start(); k++) {
            String l = s.lower(k);
            if (Grammar.isClauseBoundary(s, k) || l.equals("with") || l.equals("in") && !owned) {
                return false;
            }
            if ((l.equals("owns") || l.equals("own") || l.equals("holds") || l.equals("owned")) && stakeAfter(s, k)) {
                return false; // "owns a stake in": an investment, not ownership
            }
            if (l.equals("owned") || l.equals("controlled") || l.equals("owns") || l.equals("own") && k > x.end()
                    && s.lower(k - 1).equals("which") || l.equals("owner") || OWNERSHIP_NOUNS.contains(l)
                    || l.equals("parent") || l.equals("-owned")) {
                owned = true;
            }
        }
        if (owned) {
            return true;
        }
        // "Argo AI, Ford's self-driving unit"
        if (y.possessive() && gap == 1 && s.lower(x.end()).equals(",")) {
            for (int k = y.end() + 1; k < Math.min(s.size(), y.end() + 5); k++) {
                if (OWNERSHIP_NOUNS.contains(s.lower(k)) || s.lower(k).equals("parent")) {
                    return true;
                }
            }
        }
        // "Polestar, its performance-tuning arm" where "its" resolves to the other firm
        if (y.kind() == Mention.Kind.PRONOUN && s.lower(y.start()).equals("its") && s.lower(x.end()).equals(",")
                && gap == 1) {
            for (int k = y.end(); k < Math.min(s.size(), y.end() + 4); k++) {
                if (OWNERSHIP_NOUNS.contains(s.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns a firm's name can modify without naming the thing itself ("the Lordstown plant", "Tesla shares"). */
    private static final Set<String> ATTRIBUTIVE_HEADS = Set.of("plant", "plants", "factory", "factories", "site",
            "sites", "facility", "facilities", "shares", "stock", "stake", "stores", "store", "brand", "brands",
            "headquarters", "campus", "building", "premises", "assets", "business", "operations", "unit's", "office",
            "offices", "dealers", "dealerships", "model", "models", "car", "cars", "vehicles", "platform", "technology");

    private static void namedVenture(Discourse d, Sentence s, List<Mention> ms, Mention parent) {
        if (parent.kind() == Mention.Kind.PLURAL || !(parent.possessive() || parent.prepositional())) {
            return;
        }
        int venture = -1;
        for (int k = parent.end(); k < Math.min(s.size(), parent.end() + 5); k++) {
            String l = s.lower(k);
            if (l.equals("venture") || l.equals("unit") || l.equals("subsidiary") || l.equals("company")) {
                venture = k;
                break;
            }
        }
        if (parent.prepositional() && parent.start() > 0 && s.lower(parent.start() - 1).equals("with")) {
            for (int k = parent.start() - 2; k >= 0 && k >= parent.start() - 5; k--) {
                if (s.lower(k).equals("venture")) {
                    venture = k;
                }
            }
        }
        if (venture < 0) {
            return;
        }
        for (int k = venture + 1; k < Math.min(s.size(), venture + 16); k++) {
            String l = s.lower(k);
            boolean naming = l.equals("as") || l.equals("named") || l.equals("called") || l.equals("dubbed")
                    || l.equals("name") && s.lower(k - 1).equals("the");
            if (naming) {
                for (Mention m : ms) {
                    if (m.start() == k + 1 && m.kind() == Mention.Kind.NAME) {
                        d.addOwnership(parent.companyId(), m.companyId());
                        for (Mention founder : ms) {
                            // "JSW bought 35% of MG Motor India, forming a venture with SAIC that trades as JSW
                            // MG Motor India": the venture's other founder is the clause's subject
                            if (founder.kind() == Mention.Kind.NAME && founder.start() < venture && founder.isSubjectLike()
                                    && founder != parent) {
                                d.addOwnership(founder.companyId(), m.companyId());
                            }
                        }
                        for (Mention other : ms) {
                            if (other.start() > parent.end() && other.start() < k && other.kind() == Mention.Kind.NAME
                                    && other.prepositional()) {
                                d.addOwnership(other.companyId(), m.companyId()); // "venture with Geely ... as Jidu"
                            }
                        }
                    }
                }
                return;
            }
        }
    }

    private static boolean stakeAfter(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 6); j++) {
            String l = s.lower(j);
            if (l.equals("stake") || l.equals("stakes") || l.equals("percent") || l.equals("shares") || l.equals("%")
                    || l.equals("fifth") || l.equals("third") || l.equals("quarter") || l.equals("tenth")
                    || l.equals("minority")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CREATION = Set.of("establishment", "established", "establish", "establishes",
            "formation", "formed", "form", "forms", "creation", "created", "create", "creates", "launch", "launched",
            "founded", "set", "setting");

    /**
     * "Siro, Togg's battery venture with Farasis", "Siro, its joint venture with the cell maker",
     * "Togg and Farasis announced the establishment of Siro, a joint venture that ...": a firm set in
     * apposition to a venture is the parents' venture entity (a parent-venture link, not a partnership).
     */
    private static void ventureInApposition(Discourse d, Sentence s, List<Mention> ms, Mention x) {
        if (x.kind() != Mention.Kind.NAME || x.end() + 2 >= s.size() || !s.lower(x.end()).equals(",")) {
            return;
        }
        String opener = s.lower(x.end() + 1);
        boolean possessor = s.token(x.end() + 1).isCapitalised() && s.token(x.end() + 2).isPossessive();
        if (!(opener.equals("a") || opener.equals("an") || opener.equals("the") || opener.equals("its")
                || opener.equals("their") || possessor)) {
            return; // "LG Electronics, whose joint venture with Magna": LG is a parent, not the venture
        }
        int venture = -1;
        for (int k = x.end() + 1; k < Math.min(s.size(), x.end() + 7); k++) {
            String l = s.lower(k);
            if (l.equals("venture") || l.equals("jv")) {
                venture = k;
                break;
            }
            if (l.equals(",") || l.equals(";") || l.equals("which") || l.equals("that")) {
                return;
            }
        }
        if (venture < 0) {
            return;
        }
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.PLURAL || m.companyId().equals(x.companyId())) {
                continue;
            }
            boolean inApposition = m.start() > x.end() && m.start() < venture; // "Togg's", "its"
            boolean partnerAfter = m.start() > venture && m.start() <= venture + 8
                    && (s.lower(venture + 1).equals("with") || s.lower(venture + 1).equals("between")
                    || s.lower(venture + 1).equals("of"));
            boolean creatorBefore = false;
            if (m.end() <= x.start() && x.start() - m.end() <= 12) {
                for (int k = m.end(); k < x.start(); k++) {
                    if (CREATION.contains(s.lower(k))) {
                        creatorBefore = true;
                    }
                }
            }
            if (inApposition || partnerAfter || creatorBefore) {
                d.addOwnership(x.companyId(), m.companyId());
            }
        }
    }

    private static void ventureParents(Discourse d, Sentence s, List<Mention> ms, Mention x) {
        ventureInApposition(d, s, ms, x);
        int limit = Math.min(s.size(), x.end() + 10);
        boolean apposition = x.end() < s.size() && s.lower(x.end()).equals(",") || x.kind() == Mention.Kind.DESCRIPTION;
        if (!apposition) {
            return;
        }
        boolean venture = x.kind() == Mention.Kind.DESCRIPTION && s.lower(x.end() - 1).equals("venture");
        int head = venture ? x.end() - 1 : -1;
        for (int k = x.end(); k < limit; k++) {
            String l = s.lower(k);
            if (l.equals("venture") || l.equals("brand") || l.equals("carmaker") || l.equals("company")) {
                venture = true;
                head = k;
            }
            // "the joint venture of X and Y", not "the Turkish carmaker backed by a group of conglomerates, has
            // chosen Farasis": the "of" must be the head noun's own
            boolean between = l.equals("between") || l.equals("of") && venture && k == head + 1;
            boolean setUp = (l.equals("by") && k > 0 && (s.lower(k - 1).equals("up") || s.lower(k - 1).equals("formed")
                    || s.lower(k - 1).equals("founded") || s.lower(k - 1).equals("created")
                    || s.lower(k - 1).equals("established") || s.lower(k - 1).equals("launched")));
            if (venture && (between || setUp)) {
                for (Mention m : ms) {
                    if (m.start() > k && m.start() <= k + 8 && m.kind() != Mention.Kind.PLURAL) {
                        d.addOwnership(x.companyId(), m.companyId());
                    }
                }
                return;
            }
        }
    }

    /** Plural people or shares named just before the pronoun in its sentence, whose it is ("analysts ... their"). */
    private static final Set<String> PEOPLE = Set.of("analysts", "executives", "officials", "investors", "people",
            "sources", "engineers", "workers", "economists", "strategists", "traders", "experts", "critics",
            "customers", "buyers", "drivers", "owners", "employees", "staff", "managers", "lawmakers", "regulators",
            // plural things that "their" can mean as well: "shares of VinFast tripled on their first day of trading"
            "shares", "stocks", "bonds");

    private static boolean peopleBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
            if (PEOPLE.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(";") || s.lower(k).equals("and") && k > 0 && s.token(k - 1).isCapitalised()) {
                return false; // a new clause, or coordinated firms ("Ford and SK On ... their")
            }
        }
        return false;
    }
}
