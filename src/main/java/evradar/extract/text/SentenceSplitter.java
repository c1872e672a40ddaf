package evradar.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences in one linear pass. A sentence ends at '.', '!', '?' or '…'
 * (with any closing quotes or brackets) followed by white space and a capital, digit or opening
 * quote, and at every line break. Abbreviations are handled by kind: titles ("Mr.", "Dr.") and
 * initials never end a sentence; corporate and place abbreviations ("Inc.", "Co.", "U.S.") end one
 * only when an ordinary sentence-starting word follows ("... in the U.S. The company said").
 * Overlong runs without punctuation are cut so no later stage sees an unbounded sentence.
 */
public final class SentenceSplitter {

    /** Longest sentence handed on, in characters: longer runs are cut at a space. */
    public static final int MAX_SENTENCE_CHARS = 1_000;

    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "lt", "col", "capt",
            "sgt", "rev", "fr", "vs", "v", "no", "nos", "approx", "ca", "cf", "e.g", "i.e", "fig", "ft", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "dept", "univ", "ave");

    private static final Set<String> MAYBE_FINAL = Set.of(
            "inc", "co", "corp", "ltd", "plc", "llc", "bros", "u.s", "u.k", "u.n", "e.u", "etc", "a.m", "p.m", "s.a",
            "n.v", "ag", "al");

    private SentenceSplitter() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String line : paragraph.split("\n")) {
            splitLine(line, out);
        }
        return out;
    }

    private static void splitLine(String s, List<String> out) {
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isCloser(s.charAt(end))) {
                    end++;
                }
                if (end < n && !Character.isWhitespace(s.charAt(end))) {
                    i++;
                    continue;
                }
                int next = end;
                while (next < n && Character.isWhitespace(s.charAt(next))) {
                    next++;
                }
                if (next >= n) {
                    break;
                }
                if (c == '.' && !endsSentence(s, i, next)) {
                    i = end;
                    continue;
                }
                if (startsSentence(s.charAt(next)) || stylisedName(s, next)) {
                    emit(s, start, end, out);
                    start = next;
                }
                i = next;
            } else {
                if (i - start >= MAX_SENTENCE_CHARS && (Character.isWhitespace(c) || i - start >= 3 * MAX_SENTENCE_CHARS / 2)) {
                    emit(s, start, i, out);
                    start = i + 1;
                }
                i++;
            }
        }
        emit(s, start, n, out);
    }

    /** Whether the period at {@code dot} ends a sentence, given the word before it and the one after. */
    private static boolean endsSentence(String s, int dot, int next) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '(' && s.charAt(w - 1) != '"'
                && s.charAt(w - 1) != '“') {
            w--;
        }
        String word = s.substring(w, dot);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        if (NEVER_FINAL.contains(lower)) {
            return false;
        }
        if (MAYBE_FINAL.contains(lower) || lower.matches("(?:[a-z]\\.)+[a-z]")) {
            return followedByOrdinaryWord(s, next);
        }
        return true;
    }

    /** The next word is an ordinary word capitalised only because a sentence starts ("The", "It", "Shares"). */
    private static boolean followedByOrdinaryWord(String s, int next) {
        int e = next;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        if (e == next) {
            return false;
        }
        String word = s.substring(next, e);
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (FUNCTION_STARTERS.contains(word.toLowerCase(Locale.ROOT))) {
            return true; // "... in the U.S. The company said"
        }
        if (nameContinues(s, e, Lexicon.isPublicSectorWord(word) || Lexicon.isCorporateDesignator(word))) {
            return false; // "the U.S. Department of Energy", "the U.S. Postal Service": a name goes on
        }
        return Lexicon.isEnglishWord(word.toLowerCase(Locale.ROOT)) && !Lexicon.isCorporateDesignator(word);
    }

    /** Closed-class words that open sentences and never a name. */
    private static final Set<String> FUNCTION_STARTERS = Set.of("the", "a", "an", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "i", "but", "and", "in", "on", "at", "for", "after", "while",
            "when", "there", "his", "her", "their", "our", "some", "many", "most", "such", "if", "as", "both");

    /**
     * The word ending at {@code e} is followed by another capitalised word ("Postal Service"), or,
     * for an organisation noun, by "of"/"and" and one ("Department of Energy"; not "Shares of Tesla").
     */
    private static boolean nameContinues(String s, int e, boolean organisationNoun) {
        int i = e;
        if (i >= s.length() || s.charAt(i) != ' ') {
            return false;
        }
        i++;
        for (String joint : new String[] {"of ", "and ", "& "}) {
            if (organisationNoun && s.startsWith(joint, i)) {
                i += joint.length();
                break;
            }
        }
        return i < s.length() && Character.isUpperCase(s.charAt(i));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    /** A name styled with a lowercase first letter: "e.GO Mobile ...", "eMobility ..." after a full stop. */
    private static boolean stylisedName(String s, int i) {
        return i + 3 < s.length() && Character.isLowerCase(s.charAt(i)) && s.charAt(i + 1) == '.'
                && Character.isUpperCase(s.charAt(i + 2)) && Character.isUpperCase(s.charAt(i + 3));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '$' || c == '€' || c == '£' || c == '¥';
    }

    private static void emit(String s, int start, int end, List<String> out) {
        String t = s.substring(start, Math.min(end, s.length())).strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
