package evradar.extract.names;

import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises firms that are not in the dictionary by the form of their names: a run of
 * capitalised words ending in a corporate designator ("Lordstown Motors", "Contoso Technologies
 * Co Ltd", "Rho Research"). Public bodies ("Department of Energy"), places and runs made only of
 * designators are not firms. The id is a slug of the name without its legal suffix.
 */
public final class OrganisationFormFinder implements NameFinder {

    /** Words that start a sentence without being part of a name. */
    static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "but", "and", "or",
            "in", "on", "at", "for", "with", "after", "before", "while", "when", "as", "by", "from", "both", "all",
            "some", "many", "most", "other", "shares", "analysts", "rival", "rivals", "unlike", "like", "meanwhile",
            "also", "if", "since", "until", "under", "over", "about", "according", "chinese", "american", "german",
            "japanese", "korean", "british", "french", "european", "new", "former", "chief", "founder", "says", "said");

    @Override
    public List<NameSpan> find(Sentence s) {
        List<NameSpan> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!isNameWord(t.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end < t.size()) {
                Token x = t.get(end);
                if (x.text().length() <= 2 && dottedLegalSuffix(t, end) > end) {
                    break; // "S.A." closes the name
                } else if (isNameWord(x)) {
                    end++;
                } else if (x.is("of") && end + 1 < t.size() && locatedFirm(t, end)) {
                    break; // "Kairos Battery Ltd of Oxford": where the firm is, not part of its name
                } else if ((x.is("&") || x.is("-") || x.is("of")) && end + 1 < t.size() && isNameWord(t.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            int suffixEnd = dottedLegalSuffix(t, end);
            NameSpan span = personOfOrganisation(s, start, end);
            if (span == null) {
                span = outlet(s, start, end);
            }
            if (span == null) {
                span = organisation(s, start, end);
                if (span == null && suffixEnd > end) {
                    // "WEG S.A.": a name followed by a legal form written with dots
                    String name = s.textOf(start, end);
                    span = new NameSpan(start, suffixEnd, Slugs.of(name), name, NameSpan.Type.COMPANY,
                            NameSpan.Source.FORM, s.textOf(start, suffixEnd), false);
                    if (start == 0 && end - start == 1 && Lexicon.isEnglishWord(t.get(start).lower())
                            || Lexicon.isPlace(name) || Lexicon.isGivenName(t.get(start).text())) {
                        span = null;
                    }
                }
            }
            if (span != null) {
                out.add(span);
            }
            i = Math.max(end, suffixEnd);
        }
        return out;
    }

    /**
     * "S.A.", "N.V.", "S.p.A." after a name: single letters each followed by a dot, spelling a legal
     * form. Returns the end of the suffix tokens, or {@code end} if none follows.
     */
    static int dottedLegalSuffix(List<Token> t, int end) {
        StringBuilder letters = new StringBuilder();
        int k = end;
        while (k + 1 < t.size() && t.get(k).isWord() && t.get(k).text().length() <= 2 && t.get(k + 1).is(".")) {
            letters.append(t.get(k).text());
            k += 2;
        }
        if (k > end && letters.length() >= 2 && Lexicon.isLegalSuffix(letters.toString())) {
            return k;
        }
        return end;
    }

    /**
     * "Vivek Menon of Kotak Institutional Equities", "Ray Thornton of Kallisto Research": a person's
     * name joined by "of" to an organisation's. Firms whose own names hold "of" have an
     * organisation noun before it ("Bank of America", "Press Trust of India"); a run of plain
     * names before "of" is a person, and only the part after "of" is the firm. So is an officer's title
     * before "of" ("Chairman and CEO of Halvorsen Group", "Head of Mercedes-Benz Cars").
     */
    private static NameSpan personOfOrganisation(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        for (int k = start + 1; k < end - 1; k++) {
            if (!t.get(k).is("of")) {
                continue;
            }
            String role = t.get(k - 1).lower();
            if (Lexicon.isOfficerRole(role) || role.equals("head")) {
                return organisation(s, k + 1, end); // "President and CEO of Halvorsen Group": a person's title
            }
            int first = start;
            while (first < k && STARTERS.contains(t.get(first).lower())) {
                first++;
            }
            int words = k - first;
            if (words == 1 && Lexicon.isEnglishWord(t.get(first).lower())
                    && !ORGANISATION_NOUNS.contains(t.get(first).lower()) && !Lexicon.isCorporateDesignator(t.get(first).text())
                    && !Lexicon.isPublicSectorWord(t.get(first).text())) {
                return organisation(s, k + 1, end); // "Construction of Zeta Motors' factory", "Sales of Foo Motors"
            }
            if (words < 2 || words > 3) {
                return null;
            }
            for (int j = first; j < k; j++) {
                String w = t.get(j).text();
                if (Lexicon.isCorporateDesignator(w) || Lexicon.isPublicSectorWord(w) || Lexicon.isPlace(w)
                        || ORGANISATION_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT))
                        || !t.get(j).isWord()) {
                    return null;
                }
            }
            return organisation(s, k + 1, end);
        }
        return null;
    }

    /** Last words of newspapers' and magazines' names: "the Seoul Industry Times", "Vistula Daily". */
    static final Set<String> OUTLET_WORDS = Set.of("Times", "Journal", "Herald", "Daily", "Tribune", "Gazette",
            "Post", "News", "Chronicle", "Telegraph", "Weekly", "Magazine", "Newswire", "Insider");
    private static final Set<String> REPORTING_VERBS = Set.of("reported", "reports", "said", "says", "wrote",
            "writes", "cited", "quoted", "reporting", "newspaper", "daily", "magazine", "website");
    private static final Set<String> REPORTED_BY = Set.of("by", "in", "with");

    /**
     * A publication outside the dictionary, by its name's last word, where it reports: "the Seoul
     * Industry Times reported", "according to the Vistula Daily", "told the Pearl River Business
     * Journal". Two words at least ("Times" alone is no name); elsewhere such runs are left alone
     * ("Good News", a headline's "Tesla Times").
     */
    private static NameSpan outlet(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        int first = start;
        while (first < end && STARTERS.contains(t.get(first).lower())) {
            first++;
        }
        if (end - first < 2 || !OUTLET_WORDS.contains(t.get(end - 1).text()) || s.title()) {
            return null;
        }
        for (int k = first; k < end; k++) {
            if (Lexicon.isPublicSectorWord(t.get(k).text())) {
                return null;
            }
        }
        int before = first - 1;
        if (before >= 0 && t.get(before).is("the")) {
            before--;
        }
        String prep = before >= 0 ? t.get(before).lower() : "";
        String verb = before >= 1 ? t.get(before - 1).lower() : "";
        boolean reports = end < t.size() && REPORTING_VERBS.contains(t.get(end).lower())
                || prep.equals("told")
                || prep.equals("to") && verb.equals("according")
                || REPORTED_BY.contains(prep) && (verb.startsWith("report") || verb.equals("interview")
                || verb.equals("published") || verb.equals("cited") || verb.equals("quoted"));
        if (!reports) {
            return null;
        }
        String name = s.textOf(first, end);
        return new NameSpan(first, end, Slugs.of(name), name, NameSpan.Type.COMPANY, NameSpan.Source.FORM,
                name, false);
    }

    /**
     * "Ltd of Oxford", "Motors of Detroit": a place after "of" that follows a designator or legal suffix says
     * where the firm is. Not "Bank of America": an organisation noun before "of" takes the place into its name.
     */
    private static boolean locatedFirm(List<Token> t, int of) {
        String before = t.get(of - 1).text();
        boolean place = Lexicon.isPlace(t.get(of + 1).text()) || of + 3 < t.size() && t.get(of + 2).is(",")
                && Lexicon.isPlace(t.get(of + 3).text()); // "of Oxford, England": a town the lexicon lacks
        return place && !ORGANISATION_NOUNS.contains(before.toLowerCase(java.util.Locale.ROOT))
                && (Lexicon.isCorporateDesignator(before) || Lexicon.isLegalSuffix(before));
    }

    /** Nouns that head organisation names built with "of": "Bank of ...", "Press Trust of ...". */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("bank", "trust", "bureau", "society", "chamber",
            "house", "press", "news", "times", "post", "journal", "herald", "tribune", "mail", "group", "corporation",
            "company", "council", "institute", "association", "federation", "league", "union", "fund", "board");

    private static boolean isNameWord(Token t) {
        return t.isWord() && (t.isCapitalised() || Character.isDigit(t.text().charAt(0)) && t.text().length() <= 2)
                && !isFunctionWord(t);
    }

    /**
     * Prepositions, conjunctions and auxiliaries are never part of a firm's name, even capitalised in
     * a Title Case Headline ("Startups Rush Into Electric", "Foo Motors Bets On Energy").
     */
    static boolean isFunctionWord(Token t) {
        return FUNCTION_WORDS.contains(t.lower()) && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("to", "in", "into", "on", "onto", "for", "with", "as",
            "at", "by", "from", "over", "after", "before", "is", "are", "was", "were", "will", "would", "says",
            "said", "its", "their", "and", "or", "but", "than", "amid", "about", "against", "via");

    /** The organisation named by the capitalised run [start, end), or null. */
    static NameSpan organisation(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        // trailing legal suffixes, then at least one designator
        int nameEnd = end;
        boolean legal = false;
        if (end - start >= 3 && SERIES_NUMBERS.contains(t.get(end - 1).text())
                && Lexicon.isCorporateDesignator(t.get(end - 2).text())) {
            nameEnd--; // "Churchill Capital Corp IV": the fourth of a sponsor's series of blank-check companies
            legal = true;
        }
        while (nameEnd > start && Lexicon.isLegalSuffix(t.get(nameEnd - 1).text())) {
            nameEnd--;
            legal = true;
        }
        int coreEnd = nameEnd;
        while (coreEnd > start && Lexicon.isCorporateDesignator(t.get(coreEnd - 1).text())
                && !Lexicon.isLegalSuffix(t.get(coreEnd - 1).text())) {
            coreEnd--;
        }
        if (coreEnd == nameEnd && !legal) {
            return null; // no designator
        }
        int first = start;
        while (first < coreEnd && (STARTERS.contains(t.get(first).lower()) || t.get(first).is("of")
                || Lexicon.isCalendarWord(t.get(first).text()) && first + 1 < coreEnd)) {
            first++; // "In October Corvane Electronics": a month before a name is no part of it
        }
        if (first >= coreEnd) {
            return null; // only designators: "Group", "Energy Holdings"
        }
        boolean allPlaces = true;
        for (int k = first; k < end; k++) {
            Token x = t.get(k);
            if (Lexicon.isPublicSectorWord(x.text())) {
                return null;
            }
            if (k < coreEnd && !Lexicon.isPlace(x.text()) && !x.is("of") && !x.is("-") && !x.is("&")) {
                allPlaces = false;
            }
        }
        if (allPlaces && !legal) {
            return null; // "China Energy", "European Technology"
        }
        if (coreEnd - first == 1 && (Lexicon.isGivenName(t.get(first).text()) || Lexicon.isCalendarWord(t.get(first).text()))
                && !legal) {
            return null;
        }
        if (!legal && end < t.size() && EVENT_NOUNS.contains(t.get(end).lower())) {
            return null; // "at the IAA Mobility show", "the Energy Storage Summit": an event's name
        }
        if (!legal && coreEnd < nameEnd && coreEnd - first >= 2
                && t.get(coreEnd - 1).is("-") && modelBeforeVehicleNoun(t, end)) {
            return null; // "the electric Kangoo E-Tech van", "the Scenic E-Tech electric models": a car's name
        }
        // "Indonesia Battery Corporation": without its legal form the rest is only a place and common
        // words, which name nothing; the legal form then belongs to the name
        String name = s.textOf(first, legal && descriptive(t, first, nameEnd) ? end : nameEnd);
        return new NameSpan(first, end, Slugs.of(name), name, NameSpan.Type.COMPANY, NameSpan.Source.FORM,
                s.textOf(first, end), false);
    }

    /** Nouns after a name that make it an event's: "the IAA Mobility show", "the Battery Technologies Expo". */
    private static final Set<String> EVENT_NOUNS = Set.of("show", "shows", "fair", "expo", "exhibition", "summit",
            "conference", "congress", "forum", "festival", "awards", "week");

    /** Words between a model's name and its vehicle noun: "the Scenic E-Tech electric models". */
    private static final Set<String> POWERTRAINS = Set.of("electric", "plug-in", "hybrid", "battery-electric");

    /**
     * A name followed by a vehicle noun, possibly after a powertrain word. With a designator hyphenated to
     * a letter ("E-Tech", the trim of a model line) the name is a model's, not its maker's; a firm's plain
     * name before its product ("the Zeta Motors electric SUV") stays a firm.
     */
    private static boolean modelBeforeVehicleNoun(List<Token> t, int end) {
        int k = end;
        while (k < t.size() && k < end + 2 && POWERTRAINS.contains(t.get(k).lower())) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String l = t.get(k).lower();
        return evradar.extract.cues.VehicleWords.isBody(l) || l.equals("model") || l.equals("models")
                || l.equals("hatchback") || l.equals("crossover");
    }

    /** Roman numerals that number a series of like-named companies after their designator. */
    private static final Set<String> SERIES_NUMBERS = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

    /** Every word a place or an ordinary English word: "Indonesia Battery", "National Energy". */
    static boolean descriptive(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (x.isWord() && !Lexicon.isPlace(x.text()) && !Lexicon.isEnglishWord(x.lower())) {
                return false;
            }
        }
        return to > from;
    }
}
