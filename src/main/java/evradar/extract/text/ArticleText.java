package evradar.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as the rules read it: the headline, then the body's prose paragraphs, split into
 * tokenised sentences. A dateline opening a paragraph is cut off; its credit ("(Reuters)") is kept
 * as a sentence of its own.
 */
public final class ArticleText {

    private ArticleText() {
    }

    public static List<Sentence> sentences(String title, String body) {
        List<Sentence> out = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (!t.isEmpty()) {
            out.add(new Sentence(0, 0, t, Tokenizer.tokenize(t), true));
        }
        int paragraph = 0;
        for (String p : Boilerplate.proseParagraphs(t, body == null ? "" : body)) {
            paragraph++;
            Dateline.Split dateline = Dateline.split(p);
            if (dateline != null) {
                p = dateline.rest();
                if (!dateline.credit().isEmpty()) {
                    String c = dateline.credit();
                    out.add(new Sentence(out.size(), paragraph, c, Tokenizer.tokenize(c), false));
                }
            }
            for (String s : SentenceSplitter.split(p)) {
                out.add(new Sentence(out.size(), paragraph, s, Tokenizer.tokenize(s), false));
            }
        }
        return out;
    }
}
