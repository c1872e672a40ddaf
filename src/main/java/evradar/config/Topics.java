package evradar.config;

import java.util.List;
import java.util.Objects;

/**
 * The names of every topic evradar reads or writes; all of them are configuration
 * ({@code topics.*} keys), so one cluster can host several deployments.
 */
public record Topics(
        String articles,
        String companies,
        String extractions,
        String marketStatus,
        String statusChanges,
        String deadLetter) {

    public static final Topics DEFAULTS = new Topics(
            "news.articles", "companies.reference", "news.extractions",
            "ev.market-status", "ev.status-changes", "news.dead-letter");

    public Topics {
        Objects.requireNonNull(articles, "topics.articles");
        Objects.requireNonNull(companies, "topics.companies");
        Objects.requireNonNull(extractions, "topics.extractions");
        Objects.requireNonNull(marketStatus, "topics.status");
        Objects.requireNonNull(statusChanges, "topics.changes");
        Objects.requireNonNull(deadLetter, "topics.dead.letter");
    }

    public List<String> all() {
        return List.of(articles, companies, extractions, marketStatus, statusChanges, deadLetter);
    }
}
