package evradar.embedded;

/**
 * The embedded Kafka broker could not start, for a reason the user can act on (port in use, data
 * dir not writable, data dir of another cluster, ...). The message is one line, fit to print as is.
 */
public final class EmbeddedBrokerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmbeddedBrokerException(String message) {
        super(message);
    }

    public EmbeddedBrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
