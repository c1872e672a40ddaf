package evradar.topology;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.nio.charset.StandardCharsets;

/**
 * Builds dead-letter records: the original key and value bytes of the source record, with the
 * reason and provenance in headers. The header names are those of Kafka's built-in dead-letter
 * queue (KIP-1034), so every rejected record on the topic reads the same way, plus
 * {@code evradar.error.stage} naming the processor that refused it.
 */
public final class DeadLetters {

    public static final String HEADER_EXCEPTION = "__streams.errors.exception";
    public static final String HEADER_MESSAGE = "__streams.errors.message";
    public static final String HEADER_STACKTRACE = "__streams.errors.stacktrace";
    public static final String HEADER_TOPIC = "__streams.errors.topic";
    public static final String HEADER_PARTITION = "__streams.errors.partition";
    public static final String HEADER_OFFSET = "__streams.errors.offset";
    public static final String HEADER_STAGE = "evradar.error.stage";

    private DeadLetters() {
    }

    public static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, ErrorHandlerContext context,
                                                        byte[] rawKey, byte[] rawValue, Exception error) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(deadLetterTopic, null, context.timestamp(), rawKey, rawValue);
        Headers headers = record.headers();
        add(headers, HEADER_EXCEPTION, error.getClass().getName());
        add(headers, HEADER_MESSAGE, String.valueOf(error.getMessage()));
        if (!(error instanceof InvalidArticleException)) {
            add(headers, HEADER_STACKTRACE, stackTrace(error));
        }
        add(headers, HEADER_TOPIC, context.topic());
        add(headers, HEADER_PARTITION, String.valueOf(context.partition()));
        add(headers, HEADER_OFFSET, String.valueOf(context.offset()));
        add(headers, HEADER_STAGE, context.processorNodeId());
        return record;
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
