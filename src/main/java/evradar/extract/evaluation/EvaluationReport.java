package evradar.extract.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation run: micro-averaged scores for companies, partnerships (pairs) and
 * signals (firm, status), type accuracy on matched pairs, final-table accuracy, and the misses.
 */
public record EvaluationReport(
        int articles,
        Score companies,
        Score partnerships,
        int matchedPairs,
        int pairsWithRightType,
        Score signals,
        int finalRows,
        int finalRowsRight,
        List<Miss> misses) {

    /** One error: what, in which article, expected versus found. */
    public record Miss(String articleId, String kind, String expected, String found) {
        @Override
        public String toString() {
            return articleId + "  " + kind + ": expected " + expected + ", found " + found;
        }
    }

    public double typeAccuracy() {
        return matchedPairs == 0 ? 1.0 : (double) pairsWithRightType / matchedPairs;
    }

    public double finalAccuracy() {
        return finalRows == 0 ? 1.0 : (double) finalRowsRight / finalRows;
    }

    /** The human-readable report, with at most {@code maxMisses} misses listed. */
    public String format(int maxMisses) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "articles: %d%n", articles));
        b.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s   %s%n", "", "precision", "recall", "F1", "tp/fp/fn"));
        row(b, "companies", companies);
        row(b, "partnerships", partnerships);
        row(b, "signals", signals);
        b.append(String.format(Locale.ROOT, "partnership type accuracy on matched pairs: %.3f (%d/%d)%n", typeAccuracy(),
                pairsWithRightType, matchedPairs));
        b.append(String.format(Locale.ROOT, "final-status accuracy: %.3f (%d/%d gold final rows)%n", finalAccuracy(),
                finalRowsRight, finalRows));
        if (!misses.isEmpty() && maxMisses > 0) {
            b.append(String.format(Locale.ROOT, "misses (%d, first %d):%n", misses.size(), Math.min(maxMisses, misses.size())));
            for (Miss m : misses.subList(0, Math.min(maxMisses, misses.size()))) {
                b.append("  ").append(m).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Score s) {
        b.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f   %d/%d/%d%n", name, s.precision(), s.recall(), s.f1(),
                s.tp(), s.fp(), s.fn()));
    }
}
