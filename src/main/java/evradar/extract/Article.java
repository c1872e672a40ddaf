package evradar.extract;

import java.time.Instant;
import java.util.Objects;

/** The extractor's view of a news article: plain text plus the metadata the rules may use. */
public record Article(String id, String source, Instant publishedAt, String title, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
