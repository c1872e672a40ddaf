package evradar.cli;

import evradar.extract.Article;
import evradar.extract.Extraction;
import evradar.extract.Extractor;

import java.io.PrintWriter;

/**
 * One article's extraction inside a batch command ({@code extract}, {@code evaluate}): an extractor
 * failure on one article is reported on one line, naming the article, and the batch goes on. The stream
 * processor has the same guard in its processing-exception handler, which dead-letters the record.
 */
final class GuardedExtraction {

    private GuardedExtraction() {
    }

    /** The extraction, or null after reporting the failure on {@code err}. */
    static Extraction extract(Extractor extractor, Article article, PrintWriter err, String where) {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            err.println("evradar: " + where + "article " + article.id() + ": extraction failed ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped");
            return null;
        }
    }
}
