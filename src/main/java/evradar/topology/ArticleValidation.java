package evradar.topology;

import evradar.avro.ArticleEvent;
import evradar.config.ValidationLimits;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The checks an article must pass before extraction; each failure has a reason a person can act on. */
public final class ArticleValidation {

    private final ValidationLimits limits;
    private final Clock clock;

    public ArticleValidation(ValidationLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Why the article is rejected, or empty when it is fine. */
    public Optional<String> problem(ArticleEvent article) {
        if (article == null) {
            return Optional.of("null article value");
        }
        if (article.getId() == null || article.getId().isBlank()) {
            return Optional.of("missing article id");
        }
        if (isBlank(article.getTitle()) && isBlank(article.getBody())) {
            return Optional.of("article " + article.getId() + " has neither title nor body");
        }
        Instant published = article.getPublishedAt();
        if (published == null || published.toEpochMilli() <= 0) {
            return Optional.of("article " + article.getId() + " has no usable publishedAt");
        }
        Instant latest = clock.instant().plus(limits.maxFutureSkew());
        if (published.isAfter(latest)) {
            return Optional.of("article " + article.getId() + " publishedAt " + published + " is more than "
                    + limits.maxFutureSkew() + " in the future");
        }
        int length = article.getBody() == null ? 0 : article.getBody().length();
        if (length > limits.maxBodyChars()) {
            return Optional.of("article " + article.getId() + " body has " + length + " characters, over the limit of "
                    + limits.maxBodyChars());
        }
        return Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
