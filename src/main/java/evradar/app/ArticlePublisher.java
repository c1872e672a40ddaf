package evradar.app;

import evradar.avro.ArticleEvent;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes an archive to the article topic: key = article id, record time = publishedAt, Avro in
 * the Confluent wire format, through an idempotent producer (no duplicates from retries, order kept
 * per partition). Malformed lines are reported with their line number and skipped; progress goes to
 * stderr about once a second.
 */
public final class ArticlePublisher implements AutoCloseable {

    /** What one archive gave. */
    public record Result(long published, long malformed, long failed) {
    }

    private final KafkaProducer<String, ArticleEvent> producer;
    private final String topic;
    private final PrintStream log;

    public ArticlePublisher(EvradarConfig config, AvroSerdes serdes, PrintStream log) {
        Map<String, Object> props = ClientSettings.common(config, "ingest");
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), serdes.value(ArticleEvent.class));
        this.topic = config.topics().articles();
        this.log = log;
    }

    /** Publishes every article of the archive and waits until the broker has acknowledged them. */
    public Result publish(InputStream archive, String name) {
        AtomicLong sent = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        AtomicLong malformed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Progress progress = new Progress(log, "ingest " + name, Duration.ofSeconds(1));
        ArticleArchive.read(archive, new ArticleArchive.Visitor() {
            @Override
            public void article(long line, ArticleEvent article) {
                producer.send(new ProducerRecord<>(topic, null, article.getPublishedAt().toEpochMilli(), article.getId(), article),
                        (metadata, error) -> {
                            if (error == null) {
                                acked.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, error);
                            }
                        });
                sent.incrementAndGet();
                progress.maybeReport(() -> sent.get() + " articles sent, " + malformed.get() + " malformed lines skipped");
            }

            @Override
            public void malformed(long line, String reason) {
                malformed.incrementAndGet();
                log.println("evradar: " + name + " line " + line + ": " + reason + " (skipped)");
            }
        });
        producer.flush();
        if (firstFailure.get() != null) {
            log.println("evradar: " + failed.get() + " articles could not be published; first error: " + firstFailure.get().getMessage());
        }
        progress.done(acked.get() + " articles published, " + malformed.get() + " malformed lines skipped");
        return new Result(acked.get(), malformed.get(), failed.get());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
