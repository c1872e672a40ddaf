package evradar.extract.names;

import evradar.extract.cues.VehicleWords;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises firms that are not in the dictionary from the company-only roles their names fill:
 * <ul>
 *   <li>an apposition with an organisation noun: "electric-truck startup Zoox", "battery maker
 *       Sunwoda", "Zoox, a self-driving startup, ...", "Halden, a maker of pickups, ...",
 *       "Brightwater, a family-owned investment group based in Omaha";</li>
 *   <li>the employer of an analyst: "analysts at Foo", "an economist with Foo" (a research house);</li>
 *   <li>the issuer of shares: "shares of Foo", "Foo's shares", "Foo shares rose";</li>
 *   <li>the employer of an officer: "founder and CEO of Orrin", "chairman of Foo Holdings".</li>
 * </ul>
 * The name must be capitalised, not a person (no given name or title), not a place and not a
 * public body; a lone ordinary English word ("startup Arrival") is too ambiguous without the
 * dictionary.
 */
public final class DescribedNameFinder implements NameFinder {

    static final Set<String> HEADS = Set.of(
            "automaker", "carmaker", "startup", "maker", "manufacturer", "supplier", "company", "firm", "builder",
            "builders",
            "conglomerate", "automakers", "carmakers", "startups", "makers", "manufacturers", "suppliers",
            "companies", "firms", "consultancy", "brokerage", "developer", "producer", "assembler", "truckmaker",
            "chipmaker", "retailer", "lender", "bank", "insurer", "investor", "fund", "group", "operator",
            "venture", "subsidiary", "unit", "affiliate", "outfit", "specialist", "house", "provider", "seller", "arm",
            "division", "rival", "neighbour", "neighbor", "competitor");

    /** Heads that describe a firm only when an of-phrase says what it makes ("a maker of servers"). */
    private static final Set<String> OF_HEADS = Set.of("maker", "makers", "manufacturer", "producer", "supplier", "builder",
            "developer", "assembler", "seller", "operator", "provider", "specialist", "subsidiary", "unit",
            "affiliate");

    /** Heads that are too general before a name ("group Foo"): only in an apposition after it. */
    private static final Set<String> APPOSITION_ONLY = Set.of("group", "fund", "house", "venture", "unit", "arm",
            "division",
            "subsidiary", "affiliate", "investor", "operator", "provider", "seller", "specialist", "outfit", "bank",
            "lender", "insurer", "retailer");

    /** Prepositions that close an apposition's head noun phrase and open a phrase about something else. */
    private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("at", "with", "from", "for", "in", "to");

    /** People who work at firms and are named with them: "analysts at Foo", "an economist with Foo". */
    private static final Set<String> OBSERVER_ROLES = Set.of("analyst", "analysts", "economist", "economists",
            "strategist", "strategists");

    private static final Set<String> SHARE_VERBS = Set.of("rose", "fell", "jumped", "slipped", "climbed", "dropped",
            "gained", "closed", "surged", "sank", "tumbled", "slumped", "soared", "edged", "were", "have", "had");

    private static final int MAX_NAME = 4;

    @Override
    public List<NameSpan> find(Sentence s) {
        List<NameSpan> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!isHead(t, i) && !t.get(i).is("agency") || APPOSITION_ONLY.contains(t.get(i).lower()) && !compoundHead(t, i)
                    || t.get(i).is("agency") && !compoundHead(t, i)) {
                continue;
            }
            // head + Name: "startup Zoox", "the startup Zoox"; not "a startup Zoox ..." (odd) or a plural list
            if (i > 0 && !t.get(i - 1).is("a") && !t.get(i - 1).is("an")) {
                // after a compound organisation noun ("design house", "energy group") no person can follow
                NameSpan n = name(s, i + 1, compoundHead(t, i) ? NameSpan.Source.OBSERVED_BY_ROLE : NameSpan.Source.DESCRIBED);
                if (n != null && n.source() == NameSpan.Source.OBSERVED_BY_ROLE) {
                    n = new NameSpan(n.start(), n.end(), n.companyId(), n.name(), n.type(), NameSpan.Source.DESCRIBED,
                            n.surface(), n.needsSupport());
                }
                if (n != null) {
                    out.add(n);
                }
            }
        }
        // Name, a/an/the/Place's ... head: "Zoox, a self-driving startup,", "Halden, a maker of pickups"
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!t.get(i).is(",") || !appositionOpener(t, i + 1)) {
                continue;
            }
            int nameEnd = i;
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < MAX_NAME && isNameWord(t.get(nameStart - 1))) {
                nameStart--;
            }
            // "Meanwhile Ferrolux, a start-up ...": a sentence adverb or determiner before the name is not part of it
            while (nameStart < nameEnd - 1 && nameStart == 0 && OrganisationFormFinder.STARTERS.contains(t.get(0).lower())) {
                nameStart++;
            }
            if (nameStart == nameEnd || nameStart == 0 && Lexicon.isEnglishWord(t.get(0).lower())
                    && !(nameEnd - nameStart >= 2 && anyDesignator(t, nameStart, nameEnd))) {
                continue;
            }
            for (int k = i + 2; k < Math.min(t.size(), i + 9); k++) {
                if (t.get(k).is(",") || t.get(k).is(".") || APPOSITION_PREPOSITIONS.contains(t.get(k).lower())) {
                    break; // "Whitcombe, a former truck engineer at a Detroit carmaker": the head came before "at"
                }
                if (isHead(t, k) && closesApposition(t, k)) {
                    NameSpan n = make(s, nameStart, nameEnd, NameSpan.Source.DESCRIBED);
                    if (n != null) {
                        out.add(n);
                    }
                    break;
                }
            }
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            String l = t.get(i).lower();
            // "analysts at Foo", "an economist with Foo"
            if (OBSERVER_ROLES.contains(l) && (t.get(i + 1).is("at") || t.get(i + 1).is("with"))) {
                NameSpan n = name(s, i + 2, NameSpan.Source.OBSERVED_BY_ROLE);
                if (n != null) {
                    out.add(n);
                }
            }
            // "founder and CEO of Orrin", "chief executive officer of Foo": an officer's employer is a firm
            if (Lexicon.isOfficerRole(l) && t.get(i + 1).is("of")) {
                NameSpan n = name(s, i + 2, NameSpan.Source.DESCRIBED);
                if (n != null) {
                    out.add(n);
                }
            }
            // "shares of Foo"
            if ((l.equals("shares") || l.equals("stock")) && t.get(i + 1).is("of")) {
                NameSpan n = name(s, i + 2, NameSpan.Source.DESCRIBED);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        // "Brennwald sold off its EV arm", "Foo has closed its plant": the subject of a verb whose object
        // is the subject's own unit, plant or shareholders is a firm ("its" is not a person's)
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!t.get(i).is("its") || !ownOrganisationAhead(t, i + 1)) {
                continue;
            }
            int verbStart = i;
            while (verbStart > 0 && i - verbStart < 3 && t.get(verbStart - 1).isWord()
                    && !t.get(verbStart - 1).isCapitalised()) {
                verbStart--;
            }
            if (verbStart == i || verbStart == 0 || !verbGroup(t, verbStart, i)) {
                continue;
            }
            int nameEnd = verbStart;
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < 3 && isNameWord(t.get(nameStart - 1))) {
                nameStart--;
            }
            while (nameStart < nameEnd && OrganisationFormFinder.STARTERS.contains(t.get(nameStart).lower())) {
                nameStart++;
            }
            boolean clauseStart = nameStart == 0 || OrganisationFormFinder.STARTERS.contains(t.get(nameStart - 1).lower())
                    || t.get(nameStart - 1).is(",") || t.get(nameStart - 1).is(";");
            if (nameStart < nameEnd && clauseStart && !t.get(verbStart).lower().endsWith("ing")) {
                NameSpan n = make(s, nameStart, nameEnd, NameSpan.Source.DESCRIBED);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        // "Foo's shares", "Foo shares rose"
        for (int i = 1; i < t.size(); i++) {
            String l = t.get(i).lower();
            boolean possessed = (l.equals("shares") || l.equals("stock")) && t.get(i - 1).isPossessive() && i >= 2;
            boolean modified = l.equals("shares") && isNameWord(t.get(i - 1)) && i + 1 < t.size()
                    && SHARE_VERBS.contains(t.get(i + 1).lower());
            if (possessed || modified) {
                int nameEnd = possessed ? i - 1 : i;
                int nameStart = nameEnd;
                while (nameStart > 0 && nameEnd - nameStart < 3 && isNameWord(t.get(nameStart - 1))) {
                    nameStart--;
                }
                if (nameStart < nameEnd && !(nameStart == 0 && Lexicon.isEnglishWord(t.get(0).lower()))) {
                    NameSpan n = make(s, nameStart, nameEnd, NameSpan.Source.DESCRIBED);
                    if (n != null) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Names set in apposition to "a (joint) venture": "LG Magna e-Powertrain, a joint venture with
     * ...". The name may hold hyphenated parts ("e-Powertrain"). The recognizer lets such a name
     * replace the parents' names inside it.
     */
    static List<NameSpan> ventureNames(Sentence s) {
        List<NameSpan> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i + 2 < t.size(); i++) {
            if (!t.get(i).is(",") || !(t.get(i + 1).is("a") || t.get(i + 1).is("the") || t.get(i + 1).is("its"))) {
                continue;
            }
            int k = i + 2;
            if (t.get(k).is("joint") || t.get(k).is("new")) {
                k++;
            }
            if (k >= t.size() || !(t.get(k).is("venture") || t.get(k).is("jv"))) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 8) {
                Token x = t.get(start - 1);
                if (isNameWord(x)) {
                    start--;
                } else if (x.is("-") && start >= 2 && t.get(start - 2).isWord() && start < i) {
                    start -= 2; // "e-Powertrain", "Ford-SK"
                } else {
                    break;
                }
            }
            if (i - start >= 2 && t.get(start).isCapitalised()) {
                NameSpan n = make(s, start, i, NameSpan.Source.DESCRIBED);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * A general head made specific by a noun before it: "mobile operator Turkcell", "design house
     * Pininfarina", "energy group PTT", "news agency Antara", "joint venture Horizon Plus". The
     * compound describes a kind of firm, so the capitalised name after it is one.
     */
    private static boolean compoundHead(List<Token> t, int i) {
        if (i == 0) {
            return false;
        }
        Token m = t.get(i - 1);
        String l = m.lower();
        return m.isWord() && !m.isCapitalised() && !Lexicon.isPlace(m.text()) && !DETERMINERS.contains(l)
                && !l.endsWith("ed") && !l.endsWith("ing") && !l.endsWith("ly") && l.length() > 2;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "which", "whose", "other", "another", "new", "and", "or", "of", "by", "to", "for", "with",
            "same", "parent", "sister", "own", "owning");

    /** The name at {@code start} follows an analyst's role: "analysts at Foo", "an economist with Foo". */
    static boolean afterObserverRole(Sentence s, int start) {
        return start >= 2 && (s.lower(start - 1).equals("at") || s.lower(start - 1).equals("with"))
                && OBSERVER_ROLES.contains(s.lower(start - 2));
    }

    /** ", a", ", an", ", the", ", China's": the start of a descriptive apposition. */
    private static boolean appositionOpener(List<Token> t, int k) {
        Token x = t.get(k);
        if (x.is("a") || x.is("an") || x.is("the")) {
            return true;
        }
        if ((x.is("its") || x.is("their")) && ownedHeadAhead(t, k + 1)) {
            return true; // "Siro, its joint venture with ...": a unit or venture of a firm named before
        }
        // "China's ...", and a firm's unit: "Siro, Togg's battery venture with Farasis"
        return k + 1 < t.size() && t.get(k + 1).isPossessive() && (Lexicon.isPlace(x.text())
                || x.isCapitalised() && ownedHeadAhead(t, k + 2));
    }

    /**
     * The head ends the apposition's noun phrase: punctuation or a relative or participle follows
     * ("a startup that", "a firm based in"), or, for a maker-like head, its of-phrase.
     */
    private static boolean closesApposition(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return true;
        }
        if (!t.get(k + 1).isWord() && !t.get(k + 1).isPossessive()) {
            return true;
        }
        Token next = t.get(k + 1);
        if (next.isPossessive()) {
            return false; // "Zhou, the company's founder": the head is the possessed noun
        }
        String l = next.lower();
        if (l.endsWith("ing") && l.length() > 5 && !l.equals("leading") || l.equals("and")) {
            return true; // "the state-backed company developing the Izera brand", "its carmaker and brand"
        }
        if (l.equals("that") || l.equals("which") || l.equals("whose") || l.equals("based") || l.equals("founded") || l.equals("backed")
                || l.equals("best") || l.equals("owned") || l.equals("controlled") || l.equals("headquartered")
                || l.equals("known") || l.equals("with") || l.equals("in") || l.equals("from")) {
            return true;
        }
        return l.equals("of") && OF_HEADS.contains(t.get(k).lower());
    }

    /** Nouns for a firm owned by another: "its joint venture", "Togg's battery venture", "BYD's subsidiary". */
    private static final Set<String> OWNED_HEADS = Set.of("venture", "subsidiary", "unit", "affiliate", "arm",
            "division", "spinoff", "spin-off");

    private static boolean ownedHeadAhead(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 4; k++) {
            if (OWNED_HEADS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).is("-")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "will", "would",
            "also", "then", "later", "quietly", "finally", "recently");
    private static final Set<String> PARTICLES = Set.of("off", "up", "down", "out");
    private static final Set<String> IRREGULAR_PAST = Set.of("sold", "shut", "built", "made", "took", "put", "spun",
            "set", "kept", "held", "cut", "lost", "ran", "began", "bought", "sells");

    /** Tokens [from, to) are a verb group: auxiliaries, one finite verb, an optional particle ("sold off"). */
    private static boolean verbGroup(List<Token> t, int from, int to) {
        int verbs = 0;
        for (int k = from; k < to; k++) {
            String l = t.get(k).lower();
            if (AUXILIARIES.contains(l) || PARTICLES.contains(l) && verbs == 1 && k == to - 1) {
                continue;
            }
            if (IRREGULAR_PAST.contains(l) || l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss") && l.length() > 3) {
                verbs++;
            } else {
                return false;
            }
        }
        return verbs == 1;
    }

    /** What only a firm has: "its EV arm", "its car unit", "its shareholders", "its Coventry plant". */
    private static final Set<String> ORGANISATION_PARTS = Set.of("arm", "unit", "subsidiary", "subsidiaries",
            "division", "divisions", "shareholders", "shareholder", "plant", "plants", "factory", "factories",
            "dealers", "dealerships", "workforce", "headquarters", "listing", "ipo");

    private static boolean ownOrganisationAhead(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 4; k++) {
            if (ORGANISATION_PARTS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).is("-")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isHead(List<Token> t, int i) {
        String l = t.get(i).lower();
        if (HEADS.contains(l)) {
            return true;
        }
        // "start-up"
        return l.equals("up") && i >= 2 && t.get(i - 1).is("-") && t.get(i - 2).is("start");
    }

    private static NameSpan name(Sentence s, int from, NameSpan.Source source) {
        List<Token> t = s.tokens();
        int end = from;
        while (end < t.size() && end - from < MAX_NAME) {
            if (isNameWord(t.get(end))) {
                end++;
            } else if (end > from && (t.get(end).is("&") || t.get(end).is("of")) && end + 1 < t.size()
                    && isNameWord(t.get(end + 1))) {
                end += 2; // "Halloran & Finch", "Bank of Montreal"
            } else if (end > from && t.get(end).is("-") && end + 1 < t.size() && isNameWord(t.get(end + 1))
                    && t.get(end - 1).end() == t.get(end).start() && t.get(end).end() == t.get(end + 1).start()) {
                end += 2; // "DRB-Hicom": one hyphenated name
            } else {
                break;
            }
        }
        return end == from ? null : make(s, from, end, source);
    }

    private static NameSpan make(Sentence s, int start, int end, NameSpan.Source source) {
        List<Token> t = s.tokens();
        Token first = t.get(start);
        if (end + 1 < t.size() && t.get(end).is("-") && (t.get(end + 1).is("based") || t.get(end + 1).is("headquartered"))) {
            return null; // "analysts at Pune-based Kalpa": a place modifying the firm's name
        }
        if (Lexicon.isGivenName(first.text()) || Lexicon.isHonorific(first.lower()) || Lexicon.isPlace(first.text())
                || Lexicon.isCalendarWord(first.text())) {
            return null;
        }
        // "analysts at Motilal Oswal": people work at firms, so the name after the role is a firm's
        boolean hyphenated = false;
        for (int k = start; k < end; k++) {
            hyphenated |= t.get(k).is("-");
        }
        if (end - start >= 2 && source != NameSpan.Source.OBSERVED_BY_ROLE && !anyDesignator(t, start, end) && !hyphenated
                && t.get(end - 1).text().length() <= 6
                && !Lexicon.isEnglishWord(t.get(end - 1).lower())
                && !Lexicon.isPlace(t.get(end - 1).text()) && !isInternalCaps(t.get(start).text())) {
            // two plain capitalised words after "founder"-like nouns are usually a person: "Lei Jun"
            return null;
        }
        for (int k = start; k < end; k++) {
            if (Lexicon.isPublicSectorWord(t.get(k).text())) {
                return null;
            }
        }
        int nameEnd = end;
        while (nameEnd > start + 1 && Lexicon.isLegalSuffix(t.get(nameEnd - 1).text())) {
            nameEnd--;
        }
        String name = s.textOf(start, nameEnd);
        if (name.length() < 2 || Lexicon.isEnglishWord(name.toLowerCase(java.util.Locale.ROOT)) && end - start == 1
                && !isInternalCaps(name)) {
            return null; // "startup Arrival" is too ambiguous without the dictionary
        }
        if (end - start == 1 && vehicleAcronym(name.toLowerCase(java.util.Locale.ROOT))) {
            return null; // "buyers of large SUVs, a group that ...": the vehicles, not a firm
        }
        return new NameSpan(start, end, Slugs.of(name), name, NameSpan.Type.COMPANY, source, s.textOf(start, end),
                false);
    }

    private static boolean anyDesignator(List<Token> t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Lexicon.isCorporateDesignator(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean vehicleAcronym(String lower) {
        return VehicleWords.isVehicle(lower) || lower.equals("ev") || lower.equals("evs")
                || lower.equals("phevs") || lower.equals("bevs") || lower.equals("phev") || lower.equals("bev");
    }

    private static boolean isInternalCaps(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !OrganisationFormFinder.isFunctionWord(t);
    }
}
