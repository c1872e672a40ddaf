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
                if (isNameWord(x)) {
                    end++;
                } else if ((x.is("&") || x.is("-") || x.is("of")) && end + 1 < t.size() && isNameWord(t.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            NameSpan span = organisation(s, start, end);
            if (span != null) {
                out.add(span);
            }
            i = end;
        }
        return out;
    }

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
        while (first < coreEnd && (STARTERS.contains(t.get(first).lower()) || t.get(first).is("of"))) {
            first++;
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
        String name = s.textOf(first, nameEnd);
        return new NameSpan(first, end, Slugs.of(name), name, NameSpan.Type.COMPANY, NameSpan.Source.FORM,
                s.textOf(first, end), false);
    }
}
