package evradar.bench;

import evradar.app.ClientSettings;
import evradar.avro.ArticleEvent;
import evradar.avro.CompanyProfile;
import evradar.avro.StatusChange;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end alert latency: articles are produced at a steady rate, each one meant to change its
 * firm's status; the time from producing an article to its alert being readable on the status-change
 * topic with read_committed is measured per article. The application must already be running.
 */
public final class AlertLatencyBench {

    /** What one run measured (latencies in milliseconds, over the articles sent after the warm-up). */
    public record Result(long sent, long measured, long alerts, long missing, double achievedRate,
                         double p50, double p90, double p99, double p999, double max) {
    }

    private final EvradarConfig config;
    private final AvroSerdes serdes;
    private final PrintStream log;

    public AlertLatencyBench(EvradarConfig config, AvroSerdes serdes, PrintStream log) {
        this.config = config;
        this.serdes = serdes;
        this.log = log;
    }

    /** Publishes the synthetic firms to the company reference topic (before the application starts). */
    public static void publishFirms(EvradarConfig config, AvroSerdes serdes, List<CompanyProfile> firms) throws Exception {
        try (KafkaProducer<String, CompanyProfile> producer = new KafkaProducer<>(ClientSettings.common(config, "bench-firms"),
                new StringSerializer(), serdes.value(CompanyProfile.class))) {
            for (CompanyProfile firm : firms) {
                producer.send(new ProducerRecord<>(config.topics().companies(), firm.getId(), firm));
            }
            producer.flush();
        }
    }

    public Result run(SyntheticNews news, int ratePerSecond, Duration duration, Duration warmup) throws Exception {
        long total = ratePerSecond * duration.toSeconds();
        long warmupArticles = ratePerSecond * warmup.toSeconds();
        long[] sentAt = new long[(int) total];
        long[] latency = new long[(int) total];
        Arrays.fill(latency, -1);
        Map<String, Integer> index = new ConcurrentHashMap<>();
        AtomicLong alerts = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();

        Thread reader = new Thread(() -> readAlerts(index, sentAt, latency, alerts, stop), "bench-alerts");
        reader.start();
        Map<String, Object> props = ClientSettings.common(config, "bench-producer");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        long start;
        long end;
        try (KafkaProducer<String, ArticleEvent> producer = new KafkaProducer<>(props, new StringSerializer(),
                serdes.value(ArticleEvent.class))) {
            start = System.nanoTime();
            long interval = 1_000_000_000L / ratePerSecond;
            long lastReport = start;
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                SyntheticNews.Article a = news.article(i);
                sentAt[i] = System.nanoTime();
                index.put(a.event().getId(), i); // publishes sentAt[i] to the reader thread
                producer.send(new ProducerRecord<>(config.topics().articles(), null, a.event().getPublishedAt().toEpochMilli(),
                        a.event().getId(), a.event()));
                if (sentAt[i] - lastReport > 5_000_000_000L) {
                    lastReport = sentAt[i];
                    log.printf("bench: %d articles sent, %d alerts read%n", i + 1, alerts.get());
                }
            }
            end = System.nanoTime();
            producer.flush();
        }
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline && countMeasured(latency, 0) < total) {
            Thread.sleep(100);
        }
        stop.set(true);
        reader.join(10_000);

        long[] measured = Arrays.stream(latency, (int) warmupArticles, (int) total).filter(l -> l >= 0).sorted().toArray();
        long missing = (total - warmupArticles) - measured.length;
        double rate = total / ((end - start) / 1e9);
        return new Result(total, measured.length, alerts.get(), missing, rate,
                percentile(measured, 50), percentile(measured, 90), percentile(measured, 99), percentile(measured, 99.9),
                measured.length == 0 ? Double.NaN : measured[measured.length - 1] / 1e6);
    }

    private void readAlerts(Map<String, Integer> index, long[] sentAt, long[] latency, AtomicLong alerts, AtomicBoolean stop) {
        Map<String, Object> props = ClientSettings.common(config, "bench-alerts");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        try (KafkaConsumer<String, StatusChange> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                serdes.value(StatusChange.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topics().statusChanges()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (!stop.get()) {
                for (ConsumerRecord<String, StatusChange> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    alerts.incrementAndGet();
                    Integer i = index.get(record.value().getArticleId());
                    if (i != null && latency[i] < 0) {
                        latency[i] = now - sentAt[i];
                    }
                }
            }
        }
    }

    private static long countMeasured(long[] latency, int from) {
        long n = 0;
        for (int i = from; i < latency.length; i++) {
            if (latency[i] >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
