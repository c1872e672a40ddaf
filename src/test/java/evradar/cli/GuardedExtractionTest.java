package evradar.cli;

import evradar.extract.Article;
import evradar.extract.Extraction;
import evradar.extract.Extractor;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** An extractor fault on one article of a batch is one line naming the article, and the batch goes on. */
class GuardedExtractionTest {

    private static final Article ARTICLE = new Article("a7", "Wire", Instant.parse("2024-01-01T00:00:00Z"), "Title",
            "Body.");

    @Test
    void aFailureIsOneLineNamingTheArticle() {
        StringWriter err = new StringWriter();
        Extraction x = GuardedExtraction.extract(extractor(true), ARTICLE, new PrintWriter(err, true), "in.jsonl: line 3: ");
        assertNull(x);
        assertEquals("evradar: in.jsonl: line 3: article a7: extraction failed (IndexOutOfBoundsException: Index 10 out of "
                + "bounds for length 10); skipped", err.toString().strip());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aSuccessPassesThrough() {
        StringWriter err = new StringWriter();
        Extractor ok = extractor(false);
        Extraction x = GuardedExtraction.extract(ok, ARTICLE, new PrintWriter(err, true), "");
        assertSame(EMPTY, x);
        assertEquals("", err.toString());
    }

    private static final Extraction EMPTY = Extraction.empty("a7");

    private static Extractor extractor(boolean fail) {
        return new Extractor() {
            @Override
            public Extraction extract(Article article) {
                if (fail) {
                    throw new IndexOutOfBoundsException("Index 10 out of bounds for length 10");
                }
                return EMPTY;
            }

            @Override
            public String version() {
                return "test";
            }
        };
    }
}
