package evradar.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wire-service brief: a header naming the firm ("Oct 10 - Dyson Ltd:") followed by bullets in
 * capitals ("* SAYS IT HAS SHELVED ITS ELECTRIC CAR PROJECT"). Each bullet is what the header's firm
 * says, so it becomes a sentence of prose ("Dyson Ltd says it has shelved its electric car
 * project."), its words in the case the rest of the article writes them (truecasing: a word seen
 * capitalised mid-sentence in the title or the prose keeps its capital; every other word is lower
 * case). Without this a bullet reads as a stray headline and everything it says is lost.
 */
final class WireBrief {

    private WireBrief() {
    }

    /** The paragraphs with every brief bullet rewritten as prose; other paragraphs unchanged. */
    static List<List<String>> rewrite(String title, List<List<String>> paragraphs) {
        String firm = null;
        Map<String, String> casing = null;
        List<List<String>> out = new ArrayList<>(paragraphs.size());
        for (List<String> lines : paragraphs) {
            List<String> kept = new ArrayList<>(lines.size());
            for (String line : lines) {
                String header = headerFirm(line);
                if (header != null) {
                    firm = header;
                }
                if (firm != null && capitalBullet(line)) {
                    if (casing == null) {
                        casing = casing(title, paragraphs);
                    }
                    kept.add(asSentence(firm, line.substring(1).strip(), casing));
                } else {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** "Oct 10 - Dyson Ltd:", "Dyson Ltd:": a short line ending in a colon; the firm after any date dash. */
    static String headerFirm(String line) {
        String s = line.strip();
        if (!s.endsWith(":") || s.length() < 3 || s.split("\\s+").length > 10) {
            return null;
        }
        s = s.substring(0, s.length() - 1).strip();
        int dash = Math.max(s.lastIndexOf(" - "), s.lastIndexOf(" – "));
        if (dash >= 0) {
            s = s.substring(dash + 3).strip();
        }
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) ? s : null;
    }

    /** "* SAYS ...": a bullet whose letters are (nearly) all capitals. */
    static boolean capitalBullet(String line) {
        String s = line.strip();
        if (!(s.startsWith("* ") || s.startsWith("• ") || s.startsWith("- "))) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 9;
    }

    private static String asSentence(String firm, String bullet, Map<String, String> casing) {
        StringBuilder b = new StringBuilder();
        String rest = bullet;
        if (rest.regionMatches(true, 0, "SAYS ", 0, 5)) {
            b.append(firm).append(" says ");
            rest = rest.substring(5);
        }
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < rest.length() && (Character.isLetterOrDigit(rest.charAt(j)) || rest.charAt(j) == '\'')) {
                    j++;
                }
                String word = rest.substring(i, j);
                b.append(casing.getOrDefault(word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT)));
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        String sentence = b.toString().strip();
        if (!sentence.isEmpty() && Character.isLowerCase(sentence.charAt(0))) {
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1); // a bullet without "SAYS"
        }
        char last = sentence.isEmpty() ? '.' : sentence.charAt(sentence.length() - 1);
        return last == '.' || last == '!' || last == '?' ? sentence : sentence + ".";
    }

    /** Words written with a capital somewhere other than a line's or sentence's first word. */
    private static Map<String, String> casing(String title, List<List<String>> paragraphs) {
        Map<String, String> out = new HashMap<>();
        List<String> lines = new ArrayList<>();
        lines.add(title);
        for (List<String> p : paragraphs) {
            for (String line : p) {
                if (!capitalBullet(line)) {
                    lines.add(line);
                }
            }
        }
        for (String line : lines) {
            boolean sentenceStart = true;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (Character.isLetter(c)) {
                    int j = i;
                    while (j < line.length() && Character.isLetterOrDigit(line.charAt(j))) {
                        j++;
                    }
                    String word = line.substring(i, j);
                    if (!sentenceStart && Character.isUpperCase(word.charAt(0))) {
                        out.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
                    }
                    sentenceStart = false;
                    i = j;
                } else {
                    if (c == '.' || c == '!' || c == '?' || c == '-' && i + 1 < line.length() && line.charAt(i + 1) != ' ') {
                        sentenceStart = c != '-';
                    }
                    i++;
                }
            }
        }
        return out;
    }
}
