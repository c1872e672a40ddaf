package evradar.app;

import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.topology.EvradarTopology;
import evradar.topology.LiveExtractor;
import evradar.topology.StreamsSettings;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One running instance of the evradar topology: starts it, waits until it is RUNNING, and stops it.
 * An unexpected error shuts this client down (nothing is skipped silently) and is kept so that the
 * command can report it and exit non-zero.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final Topology topology;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public StreamsApp(EvradarConfig config, AvroSerdes serdes, LiveExtractor extractor, Clock clock) {
        this.topology = EvradarTopology.build(StreamsSettings.builder(config), config, serdes, extractor, clock);
        this.streams = new KafkaStreams(topology, StreamsSettings.of(config));
        streams.setUncaughtExceptionHandler(error -> {
            failure.compareAndSet(null, error);
            LOG.error("Stream processing failed; stopping this instance", error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.debug("Kafka Streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING
                    || now == KafkaStreams.State.PENDING_ERROR || now == KafkaStreams.State.PENDING_SHUTDOWN) {
                running.countDown();
                if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                    stopped.countDown();
                }
            }
        });
    }

    /** Starts processing and waits until the instance is RUNNING. */
    public StreamsApp start(Duration timeout) {
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout.toSeconds()
                        + " s (state " + streams.state() + "); is the cluster reachable?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
        throwIfFailed();
        if (streams.state() != KafkaStreams.State.RUNNING && streams.state() != KafkaStreams.State.REBALANCING) {
            throw new IllegalStateException("Kafka Streams stopped while starting (state " + streams.state() + ")");
        }
        return this;
    }

    /**
     * Deletes this instance's local state (RocksDB stores, checkpoints) so it is rebuilt from the
     * changelogs. Only before {@link #start}: Kafka Streams refuses it on a running instance.
     */
    public void cleanUpLocalState() {
        streams.cleanUp();
    }

    /** Blocks until the instance stops (on close or on a fatal error). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public void throwIfFailed() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("stream processing failed: " + t.getMessage(), t);
        }
    }

    public boolean isRunning() {
        return streams.state().isRunningOrRebalancing();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public Topology topology() {
        return topology;
    }

    /**
     * Stops processing and leaves the consumer group. Kafka Streams stays in the group by default, so
     * that a restarting member comes back without a rebalance; but a dynamic member comes back with a
     * new id anyway, and the group then waits for the old one's session to time out (45 s) before it
     * assigns any work, and `replay` sees members that are gone. Leaving makes a restart immediate.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        stopped.countDown();
    }
}
