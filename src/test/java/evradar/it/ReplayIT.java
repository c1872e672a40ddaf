package evradar.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.app.ArticleArchive;
import evradar.app.ArticlePublisher;
import evradar.app.CatchUp;
import evradar.app.StreamsApp;
import evradar.app.TopicReader;
import evradar.app.TopicSetup;
import evradar.avro.EvStatus;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;
import evradar.cli.Main;
import evradar.config.EvradarConfig;
import evradar.query.FirmQueries;
import evradar.query.HttpApi;
import evradar.query.Lookup;
import evradar.serde.AvroSerdes;
import evradar.topology.EvradarTopology;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay and history on a real broker: the status as of a past date (interactive queries, the HTTP
 * API and `status --as-of`), then `replay --all --execute`, which must rebuild the same table byte for
 * byte and mark every alert it produces as replay, so the live alerts do not repeat.
 */
@Tag("integration")
class ReplayIT {

    private static EmbeddedStack stack;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @BeforeAll
    static void start() throws Exception {
        stack = new EmbeddedStack();
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
    }

    @Test
    void replayRebuildsTheSameTableAndMarksItsAlertsAsReplay() throws Exception {
        EvradarConfig config = stack.config("it-replay", Map.of());
        AvroSerdes serdes = stack.serdes();
        TopicSetup.ensure(stack.admin, config);
        List<String> sources = EvradarTopology.consumedTopics(config);

        try (StreamsApp app = new StreamsApp(config, serdes, EmbeddedStack.extractor(), Clock.systemUTC()).start(TIMEOUT)) {
            try (ArticlePublisher publisher = new ArticlePublisher(config, serdes, System.err); InputStream in = ArticleArchive.sample()) {
                publisher.publish(in, "sample");
            }
            CatchUp.await(stack.admin, config.applicationId(), sources, TIMEOUT, app::isRunning);

            FirmQueries queries = new FirmQueries(app.streams(), null);
            Lookup<FirmStatus> now = queries.status("xiaomi");
            assertEquals(EvStatus.LAUNCHED, assertInstanceOf(Lookup.Found.class, now).value() instanceof FirmStatus s ? s.getStatus() : null);
            Lookup<FirmStatus> then = queries.statusAsOf("xiaomi", Instant.parse("2021-06-30T23:59:59Z"));
            assertEquals(EvStatus.ANNOUNCED, ((FirmStatus) assertInstanceOf(Lookup.Found.class, then).value()).getStatus(),
                    "Xiaomi announced its EV unit on 2021-03-30 and showed its first car in 2023");
            assertInstanceOf(Lookup.NotFound.class, queries.statusAsOf("xiaomi", Instant.parse("2020-01-01T00:00:00Z")));
            assertInstanceOf(Lookup.NotFound.class, queries.status("no-such-firm"));
            assertTrue(queries.localStatuses().size() > 20);

            try (HttpApi api = new HttpApi("127.0.0.1", 0, queries, () -> app.streams().state().name(), () -> "")) {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> asOf = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/firms/xiaomi?asOf=2021-06-30")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, asOf.statusCode());
                assertEquals("ANNOUNCED", new ObjectMapper().readTree(asOf.body()).get("status").asText());
                assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(api.url() + "/firms/no-such-firm")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(api.url() + "/firms/xiaomi?asOf=yesterday")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(api.url() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            }
        }

        String[] connection = {"--bootstrap", config.bootstrapServers(), "--registry", config.schemaRegistryUrl(),
                "--set", "application.id=" + config.applicationId(), "--set", "state.dir=" + config.stateDir()};

        JsonNode asOfTable = new ObjectMapper().readTree(run(concat(new String[] {"status", "--json", "--as-of", "2021-06-30"}, connection)));
        JsonNode xiaomi = null;
        for (JsonNode row : asOfTable) {
            if (row.get("companyId").asText().equals("xiaomi")) {
                xiaomi = row;
            }
        }
        assertEquals("ANNOUNCED", xiaomi.get("status").asText());

        Map<String, byte[]> before = tableBodies(config);
        List<StatusChange> alertsBefore = alerts(config, serdes);
        assertTrue(alertsBefore.stream().noneMatch(StatusChange::getReplay), "live processing raises live alerts");

        // the instance above left its consumer group on close, so replay needs no --force right after it
        String dryRun = run(concat(new String[] {"replay", "--all"}, connection));
        assertTrue(dryRun.contains("Dry run: nothing changed"), dryRun);
        assertEquals(alertsBefore.size(), alerts(config, serdes).size());

        run(concat(new String[] {"replay", "--all", "--execute"}, connection));

        Map<String, byte[]> after = tableBodies(config);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((firm, body) -> assertArrayEquals(body, after.get(firm), "the replayed row of " + firm));

        List<StatusChange> alertsAfter = alerts(config, serdes);
        List<StatusChange> live = alertsAfter.stream().filter(c -> !c.getReplay()).toList();
        assertEquals(alertsBefore, live, "no live alert is repeated by the replay");
        assertFalse(alertsAfter.size() == alertsBefore.size(), "the replay produced its own (replay) alerts");

        // --from reprocesses only the articles published since then, on top of the evidence kept from before
        run(concat(new String[] {"replay", "--from", "2024-01-01", "--execute"}, connection));
        Map<String, byte[]> afterFrom = tableBodies(config);
        assertEquals(before.keySet(), afterFrom.keySet());
        before.forEach((firm, body) -> assertArrayEquals(body, afterFrom.get(firm), "the row of " + firm + " after --from"));
        assertEquals(alertsBefore, alerts(config, serdes).stream().filter(c -> !c.getReplay()).toList());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Runs a command line in this JVM and returns what it printed on stdout; fails on a non-zero exit. */
    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            rc = Main.execute(args);
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, "evradar " + String.join(" ", args) + "\n" + text);
        return text;
    }

    /** The latest value of each row of the compacted table, Avro body only (schema id stripped). */
    private static Map<String, byte[]> tableBodies(EvradarConfig config) {
        Map<String, byte[]> rows = new TreeMap<>(TopicReader.latest(config, config.topics().marketStatus(), new ByteArrayDeserializer(), TIMEOUT));
        rows.replaceAll((k, v) -> Arrays.copyOfRange(v, 5, v.length));
        return rows;
    }

    private static List<StatusChange> alerts(EvradarConfig config, AvroSerdes serdes) {
        List<StatusChange> out = new ArrayList<>();
        TopicReader.readAll(config, config.topics().statusChanges(), serdes.value(StatusChange.class), TIMEOUT, r -> out.add(r.value()));
        return out;
    }
}
