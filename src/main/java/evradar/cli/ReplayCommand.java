package evradar.cli;

import evradar.app.CatchUp;
import evradar.app.ClientSettings;
import evradar.app.StreamsApp;
import evradar.app.TopicReader;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistry;
import evradar.topology.EvradarTopology;
import evradar.topology.TopologyNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Reprocesses the article archive (backfill): resets the application with Kafka's StreamsResetter, "
                + "deletes its local state, then runs the topology until it has caught up and exits.",
                "--all rebuilds everything from the first article; --from DATE reprocesses the articles published since "
                        + "then and keeps the evidence gathered before.",
                "Status changes produced by the replay are marked replay=true, so alerting can skip them.",
                "A dry run by default: it prints what it would reset; add --execute to act. It never stops a running "
                        + "instance: stop the application first.",
                "Backfill from an archive file: `evradar ingest --input FILE` then `evradar replay --from DATE --execute`."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done (or dry run printed)", "1:the reset or the reprocessing failed", "2:bad usage, or the application is running"})
final class ReplayCommand implements Callable<Integer> {

    static final class Range {
        @Option(names = "--all", required = true, description = "Replay every article from the start of the topic.")
        boolean all;

        @Option(names = "--from", required = true, paramLabel = "DATE", converter = AsOfStart.class,
                description = "Replay the articles published since this date (2024-01-31) or instant.")
        Instant from;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Range range;

    @Option(names = "--execute", description = "Really reset and reprocess (default: dry run).")
    boolean execute;

    @Option(names = "--force", description = "Remove members left in the consumer group by instances that were just stopped.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "Give up if reprocessing has not caught up by then (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        EvradarConfig config = connection.load();
        if (config.bootstrapServers().isBlank()) {
            throw new UserException("no Kafka cluster configured (bootstrap.servers, EVRADAR_BOOTSTRAP_SERVERS or --bootstrap)", CliErrors.USAGE);
        }
        String app = config.applicationId();
        try (Admin admin = Admin.create(ClientSettings.common(config, "replay-admin"))) {
            int members = activeMembers(admin, app);
            if (members > 0 && !force) {
                throw new UserException("application '" + app + "' has " + members + " active member(s): stop every running "
                        + "instance first (replay stops nothing it did not start), or add --force if they were just stopped",
                        CliErrors.USAGE);
            }
            List<String> plan = resetterArguments(config, admin, members > 0);
            System.out.println("Replay plan for application '" + app + "':");
            System.out.println("  input topic " + config.topics().articles() + ": "
                    + (range.all ? "rewind to the earliest offset" : "rewind to the first article published at or after " + range.from));
            System.out.println("  internal topics deleted: " + (range.all ? "all of '" + app + "-*' (every store is rebuilt)"
                    : app + "-" + TopologyNames.ARTICLE_IDS_STORE + "-changelog (so those articles are processed again)"));
            System.out.println("  local state deleted: " + config.stateDir().resolve(app));
            System.out.println("  status changes produced are marked replay=true (articles published up to now)");
            if (!execute) {
                int rc = resetter(config, withDryRun(plan));
                System.out.println("Dry run: nothing changed. Add --execute to reset and reprocess.");
                return rc == 0 ? 0 : CliErrors.FAILURE;
            }
            if (resetter(config, plan) != 0) {
                throw new UserException("StreamsResetter failed (see above); nothing was reprocessed");
            }
        }
        return reprocess(config.withReplayUntil(Instant.now()));
    }

    private List<String> resetterArguments(EvradarConfig config, Admin admin, boolean forceMembers) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--application-id", config.applicationId(),
                "--bootstrap-server", config.bootstrapServers(),
                "--input-topics", config.topics().articles()));
        if (range.all) {
            args.add("--to-earliest");
        } else {
            args.add("--to-datetime");
            args.add(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC).format(range.from) + "Z");
            String dedupeChangelog = config.applicationId() + "-" + TopologyNames.ARTICLE_IDS_STORE + "-changelog";
            Set<String> topics = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            if (topics.contains(dedupeChangelog)) {
                args.add("--internal-topics");
                args.add(dedupeChangelog);
            }
        }
        if (forceMembers) {
            args.add("--force");
        }
        return args;
    }

    private static List<String> withDryRun(List<String> args) {
        List<String> dry = new ArrayList<>(args);
        dry.add("--dry-run");
        return dry;
    }

    private static int resetter(EvradarConfig config, List<String> args) {
        Properties clientConfig = new Properties();
        ClientSettings.common(config, "resetter").forEach((k, v) -> clientConfig.put(k, String.valueOf(v)));
        clientConfig.remove("client.id");
        return new StreamsResetter().execute(args.toArray(String[]::new), clientConfig);
    }

    private int reprocess(EvradarConfig config) throws Exception {
        System.err.println("replay: reprocessing; changes are marked replay=true up to " + config.replayUntil().orElseThrow());
        try (SchemaRegistry registry = Registries.open(config);
             Admin admin = Admin.create(ClientSettings.common(config, "replay-admin"));
             StreamsApp app = new StreamsApp(config, new AvroSerdes(registry, config.autoRegisterSchemas()),
                     Wiring.liveExtractor(config), Clock.systemUTC())) {
            app.cleanUpLocalState();
            long started = System.nanoTime();
            app.start(Duration.ofMinutes(5));
            List<String> sources = EvradarTopology.consumedTopics(config);
            CatchUp.await(admin, config.applicationId(), sources, Duration.ofSeconds(timeoutSeconds), app::isRunning);
            app.throwIfFailed();
            long rows = TopicReader.latest(config, config.topics().marketStatus(),
                    new AvroSerdes(registry, false).value(evradar.avro.FirmStatus.class), Duration.ofSeconds(60)).size();
            System.err.printf("replay: caught up in %.1f s; the status table has %d firms%n", (System.nanoTime() - started) / 1e9, rows);
        }
        return 0;
    }

    private static int activeMembers(Admin admin, String groupId) throws InterruptedException {
        try {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(List.of(groupId)).all().get(60, TimeUnit.SECONDS);
            ConsumerGroupDescription group = groups.get(groupId);
            return group == null ? 0 : group.members().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw new UserException("cannot describe consumer group " + groupId + ": " + e.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new UserException("the cluster did not answer within 60 s");
        }
    }

    /** --from: a date means the start of that day (UTC). */
    static final class AsOfStart implements picocli.CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            if (value.length() == 10) {
                return AsOf.parse(value).plusMillis(1).minus(Duration.ofDays(1));
            }
            return AsOf.parse(value);
        }
    }
}
