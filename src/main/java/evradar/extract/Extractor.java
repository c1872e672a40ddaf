package evradar.extract;

/**
 * Turns one article into the firms it names, the ties between them and what it says about each
 * firm's move into the EV market. Implementations are pure (no I/O, no Kafka) and thread-safe, so
 * one instance serves every stream thread.
 */
public interface Extractor {

    Extraction extract(Article article);

    /** Identifies the rules and dictionary that produced an extraction (recorded with it). */
    String version();
}
