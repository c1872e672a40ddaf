package evradar.topology;

/**
 * An article that decoded but cannot be processed (no id, no text, an impossible timestamp, an
 * oversized body). Thrown by validation so that Kafka Streams' processing-exception handler sends the
 * original record bytes to the dead-letter topic (KIP-1033/KIP-1034) and processing goes on.
 */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String reason) {
        super(reason, null, false, false);
    }
}
