package evradar.topology;

import evradar.avro.FirmEvidence;

/**
 * Keys of the firm-evidence store: one entry per (firm, article), {@code companyId NUL
 * publishedAt NUL articleId} with the time as 13 zero-padded digits of epoch milliseconds, so a
 * prefix scan of one firm returns its evidence in event-time order (ties by article id). One entry
 * per article keeps every stored value and changelog record small however much is written about a
 * firm; a single record holding a firm's whole history would outgrow Kafka's message size limit.
 */
public final class EvidenceKeys {

    private static final char SEPARATOR = '\u0000';

    private EvidenceKeys() {
    }

    public static String key(FirmEvidence evidence) {
        return prefix(evidence.getCompanyId()) + String.format("%013d", evidence.getPublishedAt().toEpochMilli())
                + SEPARATOR + evidence.getArticleId();
    }

    /** Every key of the firm starts with this, and no other firm's key does. */
    public static String prefix(String companyId) {
        return companyId + SEPARATOR;
    }

    /** An exclusive upper bound of the firm's keys, for range queries. */
    public static String upperBound(String companyId) {
        return companyId + (char) (SEPARATOR + 1);
    }

    /** The firm a key belongs to. */
    public static String companyOf(String key) {
        int end = key.indexOf(SEPARATOR);
        return end < 0 ? key : key.substring(0, end);
    }
}
