package evradar.extract.signals;

import evradar.extract.text.Sentence;

import java.util.Map;

/**
 * The launch year a sentence gives, relative to the publication year: "from 2023", "by 2025",
 * "as early as 2024", "in the fourth quarter of 2023", "next year", "within three years",
 * "within a decade" (publication year + 10). Only years not before publication count.
 */
public final class TargetYear {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("decade", 10), Map.entry("couple", 2),
            Map.entry("few", 3));

    private TargetYear() {
    }

    public static Integer in(Sentence s, int publishedYear) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (isYear(w)) {
                int y = Integer.parseInt(w);
                if (y >= publishedYear && y <= publishedYear + 30 && !isAgo(s, i)) {
                    return y;
                }
            }
            if (w.equals("next") && s.lower(i + 1).equals("year")) {
                return publishedYear + 1;
            }
            if (w.equals("within") || w.equals("in") && isSpan(s, i + 1)) {
                Integer n = span(s, i + 1);
                if (n != null) {
                    return publishedYear + n;
                }
            }
        }
        return null;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    private static boolean isAgo(Sentence s, int i) {
        String p = s.lower(i - 1);
        return p.equals("since");
    }

    private static boolean isSpan(Sentence s, int i) {
        return span(s, i) != null && (s.lower(i + 1).startsWith("year") || s.lower(i + 2).startsWith("year"));
    }

    /** "a decade", "three years", "10 years", "15 to 20 years" (the upper bound). */
    private static Integer span(Sentence s, int i) {
        String a = s.lower(i);
        String b = s.lower(i + 1);
        if (a.equals("a") && b.equals("decade") || a.equals("the") && b.equals("decade")) {
            return 10;
        }
        if (a.equals("a") && b.equals("year")) {
            return 1;
        }
        Integer n = number(a);
        if (n == null) {
            return null;
        }
        if (b.equals("to") || b.equals("-")) {
            Integer m = number(s.lower(i + 2));
            if (m != null && s.lower(i + 3).startsWith("year")) {
                return m;
            }
            return null;
        }
        if (b.equals("years") || b.equals("year")) {
            return n <= 30 ? n : null;
        }
        return null;
    }

    private static Integer number(String w) {
        if (NUMBERS.containsKey(w)) {
            return NUMBERS.get(w);
        }
        if (!w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return null;
    }
}
