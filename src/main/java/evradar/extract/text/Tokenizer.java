package evradar.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers, possessive markers and punctuation in one linear pass.
 * Hyphens and slashes are tokens of their own, so "Ford-SK On" and "battery-electric" are
 * three tokens each; a number keeps its inner separators ("215,900", "1.5").
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            int initials = initialism(s, i);
            if (initials > i) {
                i = initials; // "A.S.", "S.A.", "N.V.", "U.S.": one abbreviation, dots included
                add(out, s, start, i);
            } else if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (d == '.' && i - start == 1 && Character.isLowerCase(s.charAt(start)) && i + 2 < n
                            && Character.isUpperCase(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i + 2))) {
                        i++; // a stylised name: "e.GO"
                    } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                            && Character.isDigit(s.charAt(i - 1))) {
                        i += 2; // 1.5, 215,900
                    } else if (d == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)) && capitalsOnly(s, start, i)) {
                        i += 2; // a model name: "ID.4", "ID.7"
                    } else if ((d == '\'' || d == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && !isPossessiveAt(s, i)) {
                        i += 2; // don't, o'clock (but not the possessive 's)
                    } else if (d == '&' && i + 1 < n && Character.isUpperCase(s.charAt(i + 1))
                            && Character.isUpperCase(s.charAt(i - 1))) {
                        i += 2; // M&M, AT&T
                    } else {
                        break;
                    }
                }
                add(out, s, start, i);
            } else if ((c == '\'' || c == '’') && isPossessiveAt(s, i)) {
                i += 2;
                add(out, s, start, i);
            } else {
                i++;
                add(out, s, start, i);
            }
        }
        return out;
    }

    /**
     * The end of a run of at least two single capital letters each followed by a dot ("A.S.", "U.S.",
     * "S.p.A." is not one), starting at {@code i} after a non-letter; or {@code i} when there is none.
     */
    private static int initialism(String s, int i) {
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return i;
        }
        int k = i;
        int letters = 0;
        while (k + 1 < s.length() && Character.isUpperCase(s.charAt(k)) && s.charAt(k + 1) == '.') {
            k += 2;
            letters++;
        }
        if (letters < 2 || k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            return i;
        }
        return k;
    }

    /** One to three capital letters and nothing else between {@code from} and {@code to}. */
    private static boolean capitalsOnly(String s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** An apostrophe followed by s and then a non-letter: the possessive clitic. */
    private static boolean isPossessiveAt(String s, int i) {
        return i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                && i + 1 < s.length() && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2)));
    }

    private static void add(List<Token> out, String s, int start, int end) {
        String t = s.substring(start, end);
        out.add(new Token(t, t.toLowerCase(Locale.ROOT).replace('’', '\''), start, end));
    }
}
