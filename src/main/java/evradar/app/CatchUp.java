package evradar.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits until a consumer group (a Kafka Streams application) has committed everything on its input
 * topics, including its own repartition topics: the moment when every article published so far is
 * reflected in the outputs. Measured from committed offsets against read_committed end offsets, never
 * by sleeping a fixed time.
 */
public final class CatchUp {

    private CatchUp() {
    }

    /** What is left to process, by partition. */
    public static Map<TopicPartition, Long> lag(Admin admin, String groupId, Collection<String> topics)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<TopicPartition, Long> ends = endOffsets(admin, topics);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> lag = new HashMap<>();
        ends.forEach((tp, end) -> {
            OffsetAndMetadata c = committed.get(tp);
            long position = c == null ? 0 : c.offset();
            if (end > position) {
                lag.put(tp, end - position);
            }
        });
        return lag;
    }

    /**
     * Returns once the group has no lag on {@code topics} in two checks in a row (the second check
     * covers records that the first sub-topology was still writing to a repartition topic).
     *
     * @throws IllegalStateException on timeout, or when {@code alive} turns false
     */
    public static void await(Admin admin, String groupId, Collection<String> topics, Duration timeout,
                             BooleanSupplier alive) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        Map<TopicPartition, Long> lag = Map.of();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("the application stopped before it caught up");
            }
            try {
                lag = lag(admin, groupId, topics);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                lag = Map.of(new TopicPartition("?", -1), -1L);
            }
            quietChecks = lag.isEmpty() ? quietChecks + 1 : 0;
            if (quietChecks >= 2) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("processing did not catch up within " + timeout.toSeconds() + " s; still behind: " + lag);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Set<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> specs = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        return admin.listOffsets(specs, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
