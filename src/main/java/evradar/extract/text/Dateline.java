package evradar.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * The wire-style dateline that opens a news paragraph: a place, a date and a credit in brackets,
 * ended by a dash ("SHANGHAI, March 3 (Reuters) - ", "CHATTANOOGA, Tenn., April 11 - ", "MARCH 10
 * (Wire) - ", "Seoul (Agency) — ", "TOKYO/SHENZHEN, Nov 7 - "). It is page furniture, not part of
 * the first sentence: left in place, its capitalised words glue onto the name that follows. The
 * credit is kept apart, because a news agency named there is named by the article.
 *
 * <p>A prefix is a dateline only if it has the parts of one and nothing else: place words
 * (capitalised, with "/", "." and "," between them), a date (a month name or abbreviation and a day
 * number, or a weekday), a bracketed credit of a few words; at least a date or a credit, or a place
 * in capitals; and a spaced dash after it. Ordinary prose ("Tesla - the carmaker ...") has none of
 * these shapes.
 */
public final class Dateline {

    /** A paragraph start split into its dateline credit (may be empty) and the prose after the dash. */
    public record Split(String credit, String rest) {
    }

    private static final int MAX_PREFIX = 80;

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun");

    private Dateline() {
    }

    /** The dateline at the start of the text, or null when the text does not open with one. */
    public static Split split(String text) {
        int dash = dashAfterPrefix(text);
        if (dash < 0) {
            return null;
        }
        String prefix = text.substring(0, dash).strip();
        int open = prefix.indexOf('(');
        String credit = "";
        String head = prefix;
        if (open >= 0) {
            int close = prefix.indexOf(')', open);
            if (close != prefix.length() - 1 || prefix.indexOf('(', open + 1) >= 0) {
                return null; // the credit closes the dateline
            }
            credit = prefix.substring(open + 1, close).strip();
            head = prefix.substring(0, open).strip();
            if (credit.isEmpty() || words(credit) > 4) {
                return null;
            }
        }
        if (!isPlaceAndDate(head, !credit.isEmpty())) {
            return null;
        }
        int restStart = dash;
        while (restStart < text.length() && (isDash(text.charAt(restStart)) || Character.isWhitespace(text.charAt(restStart)))) {
            restStart++;
        }
        return new Split(credit, text.substring(restStart));
    }

    /** Index of a spaced dash within the first characters, followed by a capital, digit or quote; else -1. */
    private static int dashAfterPrefix(String text) {
        int limit = Math.min(text.length() - 2, MAX_PREFIX);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !abbreviationBefore(text, i)) {
                return -1; // a sentence ended first
            }
            if (isDash(c) && Character.isWhitespace(text.charAt(i - 1))) {
                int j = i;
                while (j < text.length() && isDash(text.charAt(j))) {
                    j++; // "--"
                }
                if (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    if (j < text.length() && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j))
                            || text.charAt(j) == '"' || text.charAt(j) == '“')) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** "Tenn." and "D.C." inside a dateline end in a period without ending a sentence. */
    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1)) || w > 0 && text.charAt(w - 1) == '.') {
            w--;
        }
        return dot - w <= 5 && w < dot && Character.isUpperCase(text.charAt(w));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /**
     * Place words, then optionally a date: "CHATTANOOGA, Tenn., April 11", "MARCH 10", "Seoul",
     * "TOKYO/SHENZHEN, Nov 7", "HELMOND, Netherlands, June 9". With a credit the place may be in
     * ordinary capitals or absent; without one there must be a date or a place in capitals.
     */
    private static boolean isPlaceAndDate(String head, boolean credited) {
        String[] parts = head.split(",");
        boolean date = false;
        boolean capsPlace = false;
        boolean place = false;
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p].strip();
            if (part.isEmpty()) {
                if (head.isEmpty() && credited) {
                    return true; // "(Reuters) - ..."
                }
                return false;
            }
            if (isDate(part)) {
                if (p != parts.length - 1) {
                    return false; // the date comes last
                }
                date = true;
                continue;
            }
            if (!isPlace(part)) {
                return false;
            }
            place = true;
            capsPlace |= isAllCaps(part);
        }
        return date || credited && place || capsPlace;
    }

    private static boolean isDate(String part) {
        String[] w = part.toLowerCase(Locale.ROOT).replace(".", "").split("\\s+");
        if (w.length == 1) {
            return WEEKDAYS.contains(w[0]);
        }
        if (w.length != 2) {
            return false;
        }
        return MONTHS.contains(w[0]) && isDayNumber(w[1]) || isDayNumber(w[0]) && MONTHS.contains(w[1]);
    }

    private static boolean isDayNumber(String s) {
        return !s.isEmpty() && s.length() <= 2 && s.chars().allMatch(Character::isDigit) && Integer.parseInt(s) >= 1
                && Integer.parseInt(s) <= 31;
    }

    /** One to four capitalised words ("NEW DELHI", "Tenn.", "TOKYO/SHENZHEN", "Hong Kong"). */
    private static boolean isPlace(String part) {
        String[] w = part.split("[\\s/]+");
        if (w.length > 4) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
                return false;
            }
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAllCaps(String part) {
        int letters = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
