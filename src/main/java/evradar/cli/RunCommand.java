package evradar.cli;

import evradar.app.Metrics;
import evradar.app.StreamsApp;
import evradar.app.TopicSetup;
import evradar.config.EvradarConfig;
import evradar.query.FirmQueries;
import evradar.query.HttpApi;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the evradar processor against a real Kafka cluster and schema registry until stopped (SIGTERM/Ctrl-C).",
                "Configuration: --config FILE, then EVRADAR_* environment variables, then flags; kafka.* keys pass through "
                        + "to every Kafka client (SASL/SSL, timeouts)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped on request", "1:processing failed or the cluster could not be used", "2:bad usage or configuration"})
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--create-topics", description = "Create missing topics (partitions and replication from topics.partitions / topics.replication.factor).")
    boolean createTopics;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the HTTP API (/firms, /firms/{id}?asOf=, /health, /metrics) on this port (default: http.port, 0 = off).")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        EvradarConfig config = connection.load();
        if (config.bootstrapServers().isBlank()) {
            throw new UserException("no Kafka cluster configured (bootstrap.servers, EVRADAR_BOOTSTRAP_SERVERS or --bootstrap)", CliErrors.USAGE);
        }
        try (SchemaRegistry registry = Registries.open(config)) {
            checkTopics(config);
            AvroSerdes serdes = new AvroSerdes(registry, config.autoRegisterSchemas());
            UntilStopped untilStopped = new UntilStopped();
            try (StreamsApp app = new StreamsApp(config, serdes, Wiring.liveExtractor(config), Clock.systemUTC())) {
                app.start(Duration.ofMinutes(5));
                LOG.info("evradar {} running against {}", config.applicationId(), config.bootstrapServers());
                int port = httpPort != null ? httpPort : config.httpPort();
                try (Metrics metrics = new Metrics(app.streams());
                     HttpApi api = port > 0 ? new HttpApi("0.0.0.0", port, new FirmQueries(app.streams(), self(config)),
                             () -> app.streams().state().name(), metrics::scrape) : null) {
                    untilStopped.await(app);
                }
            } finally {
                untilStopped.finished();
            }
            LOG.info("evradar stopped");
            return 0;
        }
    }

    private void checkTopics(EvradarConfig config) throws Exception {
        try (Admin admin = Admin.create(evradar.app.ClientSettings.common(config, "admin"))) {
            if (createTopics) {
                TopicSetup.ensure(admin, config);
                return;
            }
            Set<String> existing;
            try {
                existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new UserException("cannot reach Kafka at " + config.bootstrapServers() + " (no answer within 60 s)");
            }
            List<String> missing = TopicSetup.topicsFor(config).stream().map(NewTopic::name).filter(t -> !existing.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new UserException("missing topics " + missing + ": create them (see docker-compose.yml) or pass --create-topics");
            }
        }
    }

    private static HostInfo self(EvradarConfig config) {
        String server = config.kafka().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return server == null || server.isBlank() ? null : HostInfo.buildFromEndpoint(server);
    }
}
