package evradar.topology;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The exception handlers evradar runs with: a record that cannot be read or processed goes to the
 * dead-letter topic ({@code errors.dead.letter.queue.topic.name}) with its original bytes, is logged
 * in one line, and processing resumes. Nothing is dropped silently and no bad record stops the app.
 */
public final class DeadLetterHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    private static String deadLetterTopic(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " must be set");
        }
        return topic.toString();
    }

    /** Records whose bytes cannot be decoded (bad magic byte, unknown schema id, corrupt Avro). */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = deadLetterTopic(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception error) {
            LOG.warn("Dead letter: unreadable record {}-{}@{}: {}", context.topic(), context.partition(), context.offset(),
                    error.getMessage());
            return Response.resume(List.of(DeadLetters.record(topic, context, record.key(), record.value(), error)));
        }
    }

    /** Records that decoded but failed in a processor: invalid articles, and any unexpected error. */
    public static final class Processing implements ProcessingExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = deadLetterTopic(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception error) {
            if (error instanceof InvalidArticleException) {
                LOG.warn("Dead letter: invalid article at {}-{}@{}: {}", context.topic(), context.partition(), context.offset(),
                        error.getMessage());
            } else {
                LOG.error("Dead letter: processor {} failed on {}-{}@{}", context.processorNodeId(), context.topic(),
                        context.partition(), context.offset(), error);
            }
            return Response.resume(List.of(DeadLetters.record(topic, context, context.sourceRawKey(), context.sourceRawValue(), error)));
        }
    }
}
