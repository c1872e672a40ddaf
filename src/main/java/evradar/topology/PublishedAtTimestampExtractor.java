package evradar.topology;

import evradar.avro.ArticleEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of an article is its publication instant. A record without a usable one keeps the
 * broker timestamp (never a negative time, which Kafka Streams would drop silently), so that
 * validation sees it and sends it to the dead-letter topic instead.
 */
public final class PublishedAtTimestampExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof ArticleEvent article && article.getPublishedAt() != null) {
            long millis = article.getPublishedAt().toEpochMilli();
            if (millis >= 0) {
                return millis;
            }
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
    }
}
