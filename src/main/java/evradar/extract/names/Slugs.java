package evradar.extract.names;

import java.text.Normalizer;

/** Company ids for firms found by form: a lowercase ASCII slug of the name, words joined by '-'. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        // letters that do not decompose into a base letter and a mark: Turkish dotless i, Nordic o, etc.
        String folded = name.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("Ø", "O")
                .replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
                .replace("đ", "d").replace("Đ", "D").replace("œ", "oe");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
                dash = false;
            } else if (c == '\'' || c == '’' || c == '.') {
                continue; // "Lowe's" -> lowes, "Amazon.com" -> amazoncom
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == '-') {
            b.setLength(n - 1);
        }
        return b.toString();
    }
}
