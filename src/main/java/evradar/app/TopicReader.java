package evradar.app;

import evradar.config.EvradarConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a topic from the beginning to its current end (read_committed, no consumer group): as a
 * table (the latest value per key, what a downstream consumer of a compacted topic sees), or as a
 * count of committed records.
 */
public final class TopicReader {

    private TopicReader() {
    }

    public static <V> Map<String, V> latest(EvradarConfig config, String topic, Deserializer<V> values, Duration timeout) {
        Map<String, V> table = new TreeMap<>();
        readAll(config, topic, values, timeout, record -> {
            if (record.value() == null) {
                table.remove(record.key());
            } else {
                table.put(record.key(), record.value());
            }
        });
        return table;
    }

    /** The number of committed records on the topic now. */
    public static long count(EvradarConfig config, String topic, Duration timeout) {
        long[] n = {0};
        readAll(config, topic, new org.apache.kafka.common.serialization.ByteArrayDeserializer(), timeout, record -> n[0]++);
        return n[0];
    }

    /** Every committed record of the topic, in partition order, to {@code sink}. */
    public static <V> void readAll(EvradarConfig config, String topic, Deserializer<V> values, Duration timeout,
                                   java.util.function.Consumer<ConsumerRecord<String, V>> sink) {
        Map<String, Object> props = ClientSettings.common(config, "reader");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("topic " + topic + " does not exist");
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout.toSeconds() + " s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(sink);
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
