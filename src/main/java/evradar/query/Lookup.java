package evradar.query;

/**
 * The answer to a query for one firm: found here, not known, or held by another instance of the
 * application (whose address is given, so the caller can ask there).
 */
public sealed interface Lookup<T> {

    record Found<T>(T value) implements Lookup<T> {
    }

    record NotFound<T>(String companyId) implements Lookup<T> {
    }

    record Elsewhere<T>(String companyId, String host, int port) implements Lookup<T> {
    }

    /** The store is not queryable yet (starting, rebalancing, restoring): ask again shortly. */
    record Unavailable<T>(String reason) implements Lookup<T> {
    }
}
