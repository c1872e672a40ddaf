package evradar.cli;

import evradar.app.StreamsApp;
import evradar.bench.AlertLatencyBench;
import evradar.bench.SyntheticNews;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks end-to-end alert latency on the embedded broker: produces synthetic articles at a steady "
                + "rate, each meant to change a firm's status, and measures the time until its alert is readable on the "
                + "status-change topic with read_committed. Prints p50/p90/p99/p99.9/max after a warm-up.",
                "A benchmark, not a test: the figures depend on the machine (its core count is printed)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rate", paramLabel = "N", defaultValue = "1000", description = "Articles per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60", description = "How long to produce (default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10", description = "Leading seconds not measured (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--firms", paramLabel = "N", defaultValue = "500", description = "Synthetic firms in the pool (default: ${DEFAULT-VALUE}).")
    int firms;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--commit-interval-ms", paramLabel = "MS", defaultValue = "100",
            description = "Kafka Streams commit interval; with exactly-once it bounds how soon results are visible (default: ${DEFAULT-VALUE}).")
    int commitIntervalMs;

    @Option(names = "--guarantee", paramLabel = "G", defaultValue = "exactly_once_v2", description = "exactly_once_v2 or at_least_once (default: ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other configuration key (kafka.* ...).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (rate < 1 || durationSeconds < 1 || warmupSeconds < 0 || warmupSeconds >= durationSeconds || firms < 1) {
            throw new UserException("need --rate >= 1, --duration >= 1, 0 <= --warmup < --duration, --firms >= 1", CliErrors.USAGE);
        }
        Path root = Files.createTempDirectory("evradar-bench");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("application.id", "evradar-bench");
        keys.put("topics.partitions", Integer.toString(partitions));
        keys.put("processing.guarantee", guarantee);
        keys.put("commit.interval.ms", Integer.toString(commitIntervalMs));
        keys.putAll(settings);
        try (LocalCluster cluster = new LocalCluster(root, 0, 0, keys)) {
            EvradarConfig config = cluster.config;
            AvroSerdes serdes = new AvroSerdes(cluster.registry, true);
            SyntheticNews news = new SyntheticNews(firms, Instant.now().minus(Duration.ofDays(3)));
            AlertLatencyBench.publishFirms(config, serdes, news.firms());
            try (StreamsApp app = new StreamsApp(config, serdes, Wiring.liveExtractor(config), Clock.systemUTC())) {
                app.start(Duration.ofSeconds(60));
                System.err.printf("bench: %d articles/s for %d s (%d s warm-up), %d firms, %d partitions, %s, commit.interval.ms=%d%n",
                        rate, durationSeconds, warmupSeconds, firms, partitions, guarantee, commitIntervalMs);
                AlertLatencyBench.Result r = new AlertLatencyBench(config, serdes, System.err)
                        .run(news, rate, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(warmupSeconds));
                app.throwIfFailed();
                System.out.printf("alert latency, %s, %d cores, commit.interval.ms=%d: sent %d at %.0f/s, measured %d, missing %d%n",
                        guarantee, Runtime.getRuntime().availableProcessors(), commitIntervalMs, r.sent(), r.achievedRate(),
                        r.measured(), r.missing());
                System.out.printf("  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   p99.9 %.1f ms   max %.1f ms%n",
                        r.p50(), r.p90(), r.p99(), r.p999(), r.max());
            }
        } finally {
            Directories.deleteQuietly(root);
        }
        return 0;
    }
}
