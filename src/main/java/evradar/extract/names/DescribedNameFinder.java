package evradar.extract.names;

import evradar.extract.text.Lexicon;
import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises firms that are not in the dictionary from an apposition with an organisation noun:
 * "electric-truck startup Zoox", "battery maker Sunwoda", and "Zoox, a self-driving startup, ...".
 * The name must be capitalised, not a person (no given name or title), and not a place.
 */
public final class DescribedNameFinder implements NameFinder {

    static final Set<String> HEADS = Set.of(
            "automaker", "carmaker", "startup", "maker", "manufacturer", "supplier", "company", "firm",
            "conglomerate", "automakers", "carmakers", "startups", "makers", "manufacturers", "suppliers",
            "companies", "firms", "consultancy", "brokerage", "developer", "producer");

    private static final int MAX_NAME = 4;

    @Override
    public List<NameSpan> find(Sentence s) {
        List<NameSpan> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!isHead(t, i)) {
                continue;
            }
            // head + Name: "startup Zoox"
            if (i > 0 && !t.get(i - 1).is("the") && !t.get(i - 1).is("a") && !t.get(i - 1).is("an")) {
                NameSpan n = name(s, i + 1);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        // Name, a/an/the ... head: "Zoox, a self-driving startup,"
        for (int i = 0; i + 3 < t.size(); i++) {
            if (!t.get(i).is(",") || !(t.get(i + 1).is("a") || t.get(i + 1).is("an") || t.get(i + 1).is("the"))) {
                continue;
            }
            int nameEnd = i;
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < MAX_NAME && isNameWord(t.get(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart == nameEnd || nameStart == 0 && Lexicon.isEnglishWord(t.get(0).lower())) {
                continue;
            }
            for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
                if (t.get(k).is(",") || t.get(k).is(".")) {
                    break;
                }
                if (isHead(t, k) && (k + 1 >= t.size() || !t.get(k + 1).isWord() || t.get(k + 1).is("that")
                        || t.get(k + 1).is("which") || t.get(k + 1).is("based") || t.get(k + 1).is("founded")
                        || t.get(k + 1).is("backed") || t.get(k + 1).is("best"))) {
                    NameSpan n = make(s, nameStart, nameEnd);
                    if (n != null) {
                        out.add(n);
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isHead(List<Token> t, int i) {
        String l = t.get(i).lower();
        if (HEADS.contains(l)) {
            return true;
        }
        // "start-up"
        return l.equals("up") && i >= 2 && t.get(i - 1).is("-") && t.get(i - 2).is("start");
    }

    private static NameSpan name(Sentence s, int from) {
        List<Token> t = s.tokens();
        int end = from;
        while (end < t.size() && end - from < MAX_NAME && isNameWord(t.get(end))) {
            end++;
        }
        return end == from ? null : make(s, from, end);
    }

    private static NameSpan make(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        Token first = t.get(start);
        if (Lexicon.isGivenName(first.text()) || Lexicon.isHonorific(first.lower()) || Lexicon.isPlace(first.text())
                || Lexicon.isCalendarWord(first.text())) {
            return null;
        }
        if (end - start >= 2 && !anyDesignator(t, start, end) && t.get(end - 1).text().length() <= 6
                && !Lexicon.isEnglishWord(t.get(end - 1).lower())) {
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
        return new NameSpan(start, end, Slugs.of(name), name, NameSpan.Type.COMPANY, NameSpan.Source.DESCRIBED,
                s.textOf(start, end), false);
    }

    private static boolean anyDesignator(List<Token> t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Lexicon.isCorporateDesignator(t.get(k).text())) {
                return true;
            }
        }
        return false;
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
        return t.isWord() && t.isCapitalised();
    }
}
