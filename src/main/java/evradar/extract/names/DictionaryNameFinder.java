package evradar.extract.names;

import evradar.extract.Company;
import evradar.extract.CompanyDictionary;
import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary names (company aliases, former names, and brands) with one Aho-Corasick pass
 * per sentence. Rules, in the order applied:
 * <ul>
 *   <li>word boundaries on both sides; a possessive ("Xiaomi's", "Xiaomi’s") is a boundary;</li>
 *   <li>case: the surface must equal the alias, except that a distinctive alias (not an English
 *       word, 3+ letters) also matches a capitalised or all-caps variant ("Nio", "XPENG");</li>
 *   <li>the longest match wins, then the leftmost;</li>
 *   <li>a one-word alias preceded by a given name or a title is a person ("Henry Ford", "Mr Li");
 *       a short capitalised alias followed by another capitalised word is a person ("Li Xiang");</li>
 *   <li>a one-word alias that is also an English word ("Apple", "Smart") or has two letters, at the
 *       start of a sentence or in a title-case headline, needs support from elsewhere in the article;</li>
 *   <li>legal suffixes and designators after a company name are absorbed ("Xiaomi EV Inc.").</li>
 * </ul>
 */
public final class DictionaryNameFinder implements NameFinder {

    private record Entry(String surface, String companyId, String name, boolean brand, boolean distinctive,
                         boolean commonWord) {
    }

    private final AhoCorasick automaton;
    private final Entry[] entries;
    private final java.util.Set<String> surfaces = new java.util.HashSet<>();

    public DictionaryNameFinder(CompanyDictionary dictionary) {
        AhoCorasick.Builder b = AhoCorasick.builder();
        List<Entry> list = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Company c : dictionary.companies()) {
            for (String s : c.surfaceForms()) {
                add(b, list, seen, s, c, false);
            }
            for (String s : c.brands()) {
                add(b, list, seen, s, c, true);
            }
        }
        this.entries = list.toArray(new Entry[0]);
        for (Entry e : entries) {
            surfaces.add(e.surface);
        }
        this.automaton = b.build();
    }

    private static void add(AhoCorasick.Builder b, List<Entry> list, Map<String, Boolean> seen, String s, Company c,
                            boolean brand) {
        if (s.length() < 2 || seen.putIfAbsent(c.id() + (brand ? "\u0001" : "\u0000") + s, Boolean.TRUE) != null) {
            return;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean oneWord = s.chars().allMatch(Character::isLetterOrDigit);
        boolean commonWord = oneWord && (Lexicon.isEnglishWord(lower) || s.length() <= 2);
        boolean distinctive = oneWord && s.length() >= 3 && !Lexicon.isEnglishWord(lower);
        list.add(new Entry(s, c.id(), c.name(), brand, distinctive, commonWord));
        b.add(s, list.size() - 1);
    }

    /** Whether the exact surface is some firm's alias or brand. */
    public boolean isKnownSurface(String surface) {
        return surfaces.contains(surface);
    }

    /** Number of automaton states (for diagnostics and the construction benchmark). */
    public int states() {
        return automaton.states();
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        String text = sentence.text();
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        int[] tokenAtStart = new int[text.length() + 1];
        int[] tokenAtEnd = new int[text.length() + 1];
        java.util.Arrays.fill(tokenAtStart, -1);
        java.util.Arrays.fill(tokenAtEnd, -1);
        for (int i = 0; i < tokens.size(); i++) {
            tokenAtStart[tokens.get(i).start()] = i;
            tokenAtEnd[tokens.get(i).end()] = i;
        }
        List<NameSpan> candidates = new ArrayList<>();
        boolean titleCase = sentence.title() && isTitleCase(tokens);
        automaton.scan(text, (start, end, payload) -> {
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                return;
            }
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                return;
            }
            int ts = tokenAtStart[start];
            int te = tokenAtEnd[end];
            if (ts < 0 || te < 0) {
                return;
            }
            Entry e = entries[payload];
            String surface = text.substring(start, end);
            if (!caseMatches(surface, e)) {
                return;
            }
            if (!e.brand && isPersonName(tokens, ts, te, e)) {
                return;
            }
            boolean initial = ts == 0 || isOpener(tokens.get(ts - 1));
            if (e.commonWord && !titleCase && !initial && (embeddedInName(tokens, ts, te) || secondWordOfName(tokens, ts))) {
                // "a subsidiary named Haorui Smart Mobility", "Kestrel Vale's stake": a common word inside
                // another firm's name
                return;
            }
            // "Smart electric cars": a common-word name modifying a vehicle noun is the brand, not the firm
            boolean modifier = e.commonWord && !e.brand && vehicleModifier(tokens, te + 1);
            // "UPS, which ordered ...": an alias written in capitals, matched in capitals outside an
            // all-caps line, is an acronym, not the ordinary word at the start of a sentence
            boolean acronym = surface.length() >= 3 && surface.equals(e.surface) && isAllCaps(surface)
                    && !isAllCaps(text);
            boolean needsSupport = modifier || e.commonWord && !acronym && (initial || titleCase) && !e.brand
                    && !(te + 1 < tokens.size() && (tokens.get(te + 1).isPossessive()
                    || Lexicon.isLegalSuffix(tokens.get(te + 1).text())
                    || !titleCase && initial && isFiniteVerb(tokens, afterTimePhrase(tokens, te + 1))
                    || !titleCase && initial && appositionAfter(tokens, te + 1)));
            candidates.add(new NameSpan(ts, te + 1, e.companyId, e.name,
                    e.brand ? NameSpan.Type.BRAND : NameSpan.Type.COMPANY, NameSpan.Source.DICTIONARY, surface,
                    needsSupport));
        });
        return asBrandWhereModifier(absorbSuffixes(select(candidates), tokens), tokens);
    }

    /** Capitalised words on both sides of a match: the match is one word of a longer proper name. */
    private static boolean embeddedInName(List<Token> tokens, int ts, int te) {
        if (ts == 0 || te + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(ts - 1);
        Token after = tokens.get(te + 1);
        return before.isWord() && before.isCapitalised() && after.isWord() && after.isCapitalised()
                && !Lexicon.isLegalSuffix(after.text());
    }

    /** A common word right after a capitalised name word ("Kestrel Vale"), not after a place or a title word. */
    private static boolean secondWordOfName(List<Token> tokens, int ts) {
        Token before = tokens.get(ts - 1);
        String w = before.text();
        if (!before.isWord() || !before.isCapitalised() || w.length() < 3 || !Character.isLowerCase(w.charAt(w.length() - 1))) {
            return false;
        }
        boolean sentenceFirst = ts - 1 == 0 || !tokens.get(ts - 2).isWord();
        return !Lexicon.isPlace(w) && !Lexicon.isCalendarWord(w) && !Lexicon.isHonorific(w.toLowerCase(Locale.ROOT))
                && !Lexicon.isGivenName(w) && !(sentenceFirst && Lexicon.isEnglishWord(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static final java.util.Set<String> BRAND_NOUNS = java.util.Set.of("brand", "brands", "marque",
            "marques", "badge", "badges", "nameplate", "nameplates", "label", "labels");

    private static final java.util.Set<String> BADGE_PARTICIPLES = java.util.Set.of("badged", "branded", "badge");

    /**
     * "under its MG and IM brands", "the Smart marque": a firm's name modifying a brand noun names
     * the brand, not the firm (brands are not companies). A coordination of names before one brand
     * noun is read as a whole.
     */
    private static List<NameSpan> asBrandWhereModifier(List<NameSpan> spans, List<Token> tokens) {
        for (int k = spans.size() - 1; k >= 0; k--) {
            NameSpan n = spans.get(k);
            if (!n.isCompany()) {
                continue;
            }
            int j = n.end();
            // skip a coordinated name: "MG and IM brands", "MG, IM and Roewe brands"
            while (j + 1 < tokens.size() && (tokens.get(j).is("and") || tokens.get(j).is(","))
                    && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalised()) {
                j += 2;
            }
            // "MG-badged cars", "Aito-branded SUVs": a name joined to a badge participle is the badge
            boolean badge = j + 1 < tokens.size() && tokens.get(j).is("-")
                    && (BADGE_PARTICIPLES.contains(tokens.get(j + 1).lower()) || BRAND_NOUNS.contains(tokens.get(j + 1).lower()));
            if (badge || j < tokens.size() && BRAND_NOUNS.contains(tokens.get(j).lower())
                    && !(j + 1 < tokens.size() && tokens.get(j + 1).is("of"))) {
                spans.set(k, n.as(NameSpan.Type.BRAND, n.companyId(), n.name()));
            }
        }
        return spans;
    }

    /**
     * Longest first, then leftmost, then company before brand; overlapping candidates are dropped
     * (another reading of exactly the same span is kept for the recognizer to settle). Linear in the
     * candidates: token occupancy is an array.
     */
    static List<NameSpan> select(List<NameSpan> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        candidates.sort(Comparator.comparingInt(NameSpan::length).reversed()
                .thenComparingInt(NameSpan::start)
                .thenComparing(s -> s.type() == NameSpan.Type.BRAND));
        int maxEnd = 0;
        for (NameSpan c : candidates) {
            maxEnd = Math.max(maxEnd, c.end());
        }
        int[] owner = new int[maxEnd]; // 0 = free, else index+1 of the chosen span covering the token
        List<NameSpan> chosen = new ArrayList<>();
        for (NameSpan c : candidates) {
            boolean clash = false;
            for (int k = c.start(); k < c.end() && !clash; k++) {
                if (owner[k] != 0) {
                    NameSpan o = chosen.get(owner[k] - 1);
                    clash = !(o.start() == c.start() && o.end() == c.end());
                }
            }
            if (!clash) {
                chosen.add(c);
                for (int k = c.start(); k < c.end(); k++) {
                    if (owner[k] == 0) {
                        owner[k] = chosen.size();
                    }
                }
            }
        }
        chosen.sort(Comparator.comparingInt(NameSpan::start));
        return chosen;
    }

    private static List<NameSpan> absorbSuffixes(List<NameSpan> spans, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            int limit = k + 1 < spans.size() ? spans.get(k + 1).start() : tokens.size();
            int end = s.end();
            if (s.isCompany()) {
                while (end < limit && end < s.end() + 3 && Lexicon.isLegalSuffix(tokens.get(end).text())
                        && tokens.get(end).isCapitalised()) {
                    end++;
                }
            }
            out.add(end == s.end() ? s : s.withEnd(end));
        }
        return out;
    }

    static boolean caseMatches(String surface, Entry e) {
        if (surface.equals(e.surface)) {
            return true;
        }
        if (!e.distinctive || !Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        if (surface.length() > 2 && surface.endsWith("s") && surface.substring(0, surface.length() - 1)
                .chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return false; // "TVs", "SUVs": the plural of an abbreviation, not the firm "TVS"
        }
        // "Nio" for NIO, "XPENG" for XPeng: a distinctive name in another capitalisation
        return surface.equalsIgnoreCase(e.surface);
    }

    private static boolean isPersonName(List<Token> tokens, int ts, int te, Entry e) {
        if (ts != te) {
            return false;
        }
        if (familyName(tokens, ts)) {
            return true;
        }
        if (ts > 0) {
            Token prev = tokens.get(ts - 1);
            if (prev.isCapitalised() && (Lexicon.isGivenName(prev.text()) || Lexicon.isHonorific(prev.lower()))) {
                return true;
            }
        }
        String s = e.surface;
        boolean acronym = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (!acronym && s.length() <= 3 && ts + 1 < tokens.size()) {
            Token next = tokens.get(ts + 1);
            return next.isWord() && next.isCapitalised() && !Lexicon.isCorporateDesignator(next.text());
        }
        return !acronym && givenNameInPersonSlot(tokens, ts);
    }

    /**
     * "the Porsche family", "The Porsche and Piëch families, who control the majority of voting rights": a
     * name before "family" or "families", alone or in a pair, names a family of people, not the firm.
     */
    private static boolean familyName(List<Token> tokens, int ts) {
        int k = ts + 1;
        if (k + 1 < tokens.size() && tokens.get(k).lower().equals("and") && tokens.get(k + 1).isCapitalised()) {
            k += 2;
        }
        return k < tokens.size() && (tokens.get(k).lower().equals("family") || tokens.get(k).lower().equals("families"));
    }

    private static final java.util.Set<String> PERSON_ROLES = java.util.Set.of("analyst", "executive", "officer",
            "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "founder",
            "co-founder", "president", "economist", "strategist", "engineer", "manager", "head", "chief", "ceo",
            "cfo", "cto", "professor", "minister", "lawyer", "partner", "researcher", "consultant", "designer",
            // the press's own people: "Anchor Dana Brooks opened with ...", "host Priya Nair"
            "anchor", "host", "presenter", "reporter", "correspondent", "editor", "columnist", "journalist",
            "commentator", "producer");
    private static final java.util.Set<String> SPEECH = java.util.Set.of("said", "says", "told", "wrote", "added",
            "noted", "argued", "explained");

    /**
     * "said Mercedes Ortiz, a senior analyst": a firm's alias used as a given name. The alias is
     * followed by a capitalised word that is not a designator or an ordinary word (a family name),
     * and the pair fills a person's slot: a speech verb right before or after it, or an apposition
     * naming a person's role.
     */
    private static boolean givenNameInPersonSlot(List<Token> tokens, int ts) {
        if (ts + 1 >= tokens.size()) {
            return false;
        }
        Token family = tokens.get(ts + 1);
        if (ts > 0 && family.isWord() && family.isCapitalised() && !Lexicon.isCorporateDesignator(family.text())
                && family.text().chars().noneMatch(Character::isDigit)
                && (SPEECH.contains(tokens.get(ts - 1).lower()) || PERSON_ROLES.contains(tokens.get(ts - 1).lower()))) {
            return true; // "Anchor Dana Brooks": a title before a given name and a family name, whatever its words
        }
        if (!family.isWord() || !family.isCapitalised() || Lexicon.isCorporateDesignator(family.text())
                || Lexicon.isEnglishWord(family.lower()) || Lexicon.isPlace(family.text())
                || family.text().chars().anyMatch(Character::isDigit)
                || family.text().chars().skip(1).anyMatch(Character::isUpperCase)) {
            return false; // "Tesla Model", "Nio ET7", "Xpeng P7", "Foo EV"
        }
        int after = ts + 2;
        if (ts > 0 && (SPEECH.contains(tokens.get(ts - 1).lower()) || PERSON_ROLES.contains(tokens.get(ts - 1).lower()))) {
            return true; // "said Mercedes Ortiz", "Bluewater partner Dana Whitlock": a title before a person's name
        }
        if (after < tokens.size() && SPEECH.contains(tokens.get(after).lower())) {
            return true;
        }
        if (after + 1 < tokens.size() && tokens.get(after).is(",")) {
            for (int k = after + 1; k < Math.min(tokens.size(), after + 6); k++) {
                String l = tokens.get(k).lower();
                if (PERSON_ROLES.contains(l)) {
                    return true;
                }
                if (l.equals(",") || l.equals(".")) {
                    break;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("is", "was", "has", "had", "will", "would",
            "can", "could", "may", "might", "said", "says", "began", "sold", "made", "built", "took", "won", "lost",
            "bought", "set", "cut", "put", "became", "does", "did", "plans", "aims", "wants", "expects", "must",
            "shall", "should", "hopes", "also", "already", "still", "then", "now");

    /**
     * "Honor, which was spun out of Huawei, said ...", "Honor, the phone maker, ...": a sentence-initial
     * word with a non-restrictive relative clause or an apposition after its comma is a name; a bare
     * singular noun cannot open a sentence so.
     */
    private static boolean appositionAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).is(",")) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        return next.equals("which") || next.equals("whose") || next.equals("the");
    }

    /**
     * A finite verb right after a sentence-initial word: English singular count nouns need a
     * determiner, so "Lotus began ..." and "Apple said ..." use the word as a name, unlike "Apple
     * orchards ...".
     */
    private static final java.util.Set<String> TIME_DEICTICS = java.util.Set.of("last", "this", "next", "earlier",
            "later");
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("year", "week", "month", "quarter",
            "summer", "spring", "autumn", "fall", "winter", "decade");

    /** Past a time phrase right after the name ("Apple last year scrapped"): where the verb would stand. */
    private static int afterTimePhrase(List<Token> tokens, int i) {
        if (i + 2 < tokens.size() && TIME_DEICTICS.contains(tokens.get(i).lower())
                && TIME_UNITS.contains(tokens.get(i + 1).lower())) {
            return i + 2;
        }
        return i;
    }

    private static boolean isFiniteVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String l = t.lower();
        if (!t.isWord() || t.isCapitalised()) {
            return false;
        }
        if (FINITE.contains(l) || l.length() > 3 && l.endsWith("ed")) {
            return true;
        }
        // "Apple sells phones" but not "Apple orchards are ...": a plural noun is followed by its verb
        boolean s = l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
        if (!s) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).lower();
        return !(FINITE.contains(next) || AFTER_PLURAL_SUBJECT.contains(next) || next.endsWith("ed"));
    }

    private static final java.util.Set<String> AFTER_PLURAL_SUBJECT = java.util.Set.of("are", "were", "have", "rose",
            "fell", "grew", "led", "hit", "do", "remain", "jumped", "slipped", "soared");

    private static final java.util.Set<String> VEHICLE_HEADS = java.util.Set.of("car", "cars", "vehicle", "vehicles",
            "models", "model", "suv", "suvs", "sedan", "sedans", "hatchback", "hatchbacks", "brand", "range", "lineup",
            "line-up");

    private static final java.util.Set<String> VEHICLE_MODIFIERS = java.util.Set.of("electric", "-", "battery", "ev",
            "premium", "small", "compact", "luxury", "new", "city", "self", "driving", "autonomous", "hybrid", "plug",
            "in", "sports", "family", "budget", "cheap", "cheaper", "electrified");

    /** A vehicle noun right after the name, with only car adjectives between ("Smart electric cars"). */
    private static boolean vehicleModifier(List<Token> tokens, int i) {
        for (int k = i; k < tokens.size() && k <= i + 3; k++) {
            String l = tokens.get(k).lower();
            if (VEHICLE_HEADS.contains(l)) {
                return true;
            }
            if (!VEHICLE_MODIFIERS.contains(l)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isOpener(Token t) {
        String l = t.lower();
        return l.equals("\"") || l.equals("“") || l.equals("‘") || l.equals("(") || l.equals(":") || l.equals("-")
                || l.equals("—") || l.equals("–");
    }

    /** Most words capitalised: a Title Case Headline, where capitals do not mark names. */
    static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            if (t.isWord() && Character.isLetter(t.text().charAt(0)) && t.text().length() > 3) {
                words++;
                if (t.isCapitalised()) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 4 >= words * 3;
    }
}
