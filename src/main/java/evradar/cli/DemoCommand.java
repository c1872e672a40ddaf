package evradar.cli;

import evradar.app.ArticleArchive;
import evradar.app.ArticlePublisher;
import evradar.app.CatchUp;
import evradar.app.Metrics;
import evradar.app.StreamsApp;
import evradar.app.TopicReader;
import evradar.avro.FirmStatus;
import evradar.config.EvradarConfig;
import evradar.query.FirmQueries;
import evradar.query.HttpApi;
import evradar.serde.AvroSerdes;
import evradar.topology.EvradarTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline with no infrastructure: starts a real Kafka broker (KRaft) and a schema "
                + "registry in this process, creates the topics, ingests the bundled sample archive (or --input), runs the "
                + "topology with exactly-once until every article is processed, and prints the final status table.",
                "Logs go to stderr; the table (or --json) to stdout. With --serve it keeps running with the HTTP API."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE.jsonl", arity = "1..*",
            description = "Archive(s) to ingest instead of the bundled sample (the public development corpus).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print the table as a JSON array of FirmStatus records (Avro field names).")
    boolean json;

    @Option(names = "--serve", description = "Keep running after the table: print the Kafka and registry addresses and serve the HTTP API until Ctrl-C.")
    boolean serve;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep broker data and state here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "0", description = "Kafka listener port (default: a free one).")
    int kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "0", description = "Schema registry port (default: a free one).")
    int registryPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP API port with --serve (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int httpPort;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "Give up if processing has not caught up by then (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration key (topics.*, validation.*, kafka.*).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        if (partitions < 1) {
            throw new UserException("--partitions must be at least 1", CliErrors.USAGE);
        }
        for (Path input : inputs) {
            if (!Files.isReadable(input)) {
                throw new UserException("cannot read input " + input, CliErrors.USAGE);
            }
        }
        UntilStopped untilStopped = serve ? new UntilStopped() : null;
        boolean temporary = dataDir == null;
        Path root = temporary ? Files.createTempDirectory("evradar-demo") : dataDir;
        try {
            return run(root, System.err, untilStopped);
        } finally {
            if (temporary) {
                Directories.deleteQuietly(root);
            }
            if (untilStopped != null) {
                untilStopped.finished();
            }
        }
    }

    private int run(Path root, PrintStream log, UntilStopped untilStopped) throws Exception {
        log.println("demo: starting an embedded Kafka broker and schema registry ...");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("application.id", "evradar-demo");
        keys.put("topics.partitions", Integer.toString(partitions));
        keys.put("processing.guarantee", EvradarConfig.EXACTLY_ONCE);
        keys.putAll(settings);
        try (LocalCluster cluster = new LocalCluster(root, kafkaPort, registryPort, keys)) {
            EvradarConfig config = cluster.config;
            AvroSerdes serdes = new AvroSerdes(cluster.registry, true);
            try (StreamsApp app = new StreamsApp(config, serdes, Wiring.liveExtractor(config), Clock.systemUTC())) {
                app.start(Duration.ofSeconds(60));
                log.println("demo: topology running with " + config.processingGuarantee());

                long published = 0;
                long malformed = 0;
                try (ArticlePublisher publisher = new ArticlePublisher(config, serdes, log)) {
                    List<ArticlePublisher.Result> results = new ArrayList<>();
                    if (inputs.isEmpty()) {
                        try (InputStream in = ArticleArchive.sample()) {
                            results.add(publisher.publish(in, "sample archive"));
                        }
                    }
                    for (Path input : inputs) {
                        try (InputStream in = ArticleArchive.open(input)) {
                            results.add(publisher.publish(in, input.toString()));
                        }
                    }
                    for (ArticlePublisher.Result r : results) {
                        published += r.published();
                        malformed += r.malformed();
                    }
                }

                List<String> sources = EvradarTopology.consumedTopics(config);
                CatchUp.await(cluster.admin, config.applicationId(), sources, Duration.ofSeconds(timeoutSeconds), app::isRunning);
                app.throwIfFailed();

                Duration readTimeout = Duration.ofSeconds(60);
                Map<String, FirmStatus> table = TopicReader.latest(config, config.topics().marketStatus(),
                        serdes.value(FirmStatus.class), readTimeout);
                long extracted = TopicReader.count(config, config.topics().extractions(), readTimeout);
                long dead = TopicReader.count(config, config.topics().deadLetter(), readTimeout);
                log.printf("demo: %d articles in, %d extracted, %d dead letters, %d duplicates skipped%s; %d firms in the table%n",
                        published, extracted, dead, Math.max(0, published - extracted - dead),
                        malformed > 0 ? " (" + malformed + " malformed lines never published)" : "", table.size());

                if (json) {
                    StatusTable.printJson(table.values(), System.out);
                } else {
                    StatusTable.printText(table.values(), System.out);
                }
                System.out.flush();

                if (untilStopped != null) {
                    serve(app, cluster, log, untilStopped);
                }
            }
        }
        return 0;
    }

    private void serve(StreamsApp app, LocalCluster cluster, PrintStream log, UntilStopped untilStopped) throws Exception {
        try (Metrics metrics = new Metrics(app.streams());
             HttpApi api = new HttpApi("127.0.0.1", httpPort, new FirmQueries(app.streams(), null),
                     () -> app.streams().state().name(), metrics::scrape)) {
            log.println("demo: serving until Ctrl-C");
            log.println("  Kafka bootstrap servers: " + cluster.broker.bootstrapServers());
            log.println("  Schema registry:         " + cluster.registryServer.url());
            log.println("  HTTP API:                " + api.url() + "/firms  (/firms/{id}?asOf=DATE, /health, /metrics)");
            untilStopped.await(app);
        }
    }
}
