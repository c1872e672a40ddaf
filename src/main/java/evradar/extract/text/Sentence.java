package evradar.extract.text;

import java.util.List;

/**
 * One sentence of an article's prose (the title counts as sentence 0), tokenised.
 *
 * @param index     position in the article (0 = title)
 * @param paragraph paragraph number (0 = title, 1 = first body paragraph)
 * @param title     whether this is the headline (headline grammar: present tense for news, "to" for plans)
 */
public record Sentence(int index, int paragraph, String text, List<Token> tokens, boolean title) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** The text covered by tokens [from, to). */
    public String textOf(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
