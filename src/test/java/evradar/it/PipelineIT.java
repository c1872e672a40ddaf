package evradar.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.app.ArticleArchive;
import evradar.app.ArticlePublisher;
import evradar.app.CatchUp;
import evradar.app.StreamsApp;
import evradar.app.TopicReader;
import evradar.app.TopicSetup;
import evradar.avro.ArticleEvent;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;
import evradar.embedded.ThirdPartyClient;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.topology.EvradarTopology;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static evradar.serde.SchemaRegistryFixtures.wireJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on a real KRaft broker and the embedded registry (over HTTP), with exactly-once:
 * the sample archive in, the compacted table and the alert stream out (read_committed), bad bytes in
 * the dead-letter topic, counts that reconcile, and a restart on the same state that repeats nothing.
 */
@Tag("integration")
class PipelineIT {

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

    private static String topicSetting(String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        ConfigEntry entry = stack.admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource).get(key);
        return entry.value();
    }

    private static Map<Integer, Long> endOffsets(String topic) throws Exception {
        var partitions = stack.admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions();
        Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> specs = new java.util.HashMap<>();
        partitions.forEach(p -> specs.put(new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                org.apache.kafka.clients.admin.OffsetSpec.latest()));
        Map<Integer, Long> ends = new java.util.TreeMap<>();
        stack.admin.listOffsets(specs).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
        return ends;
    }

    /** Regression: records dated years back were deleted by time retention 30 s after they were written. */
    @Test
    void theSampleArchiveBecomesTheStatusTableExactlyOnceAndARestartRepeatsNothing() throws Exception {
        EvradarConfig config = stack.config("it-pipeline", Map.of());
        AvroSerdes serdes = stack.serdes();
        TopicSetup.ensure(stack.admin, config);

        assertEquals("compact", topicSetting(config.topics().marketStatus(), "cleanup.policy"));
        assertEquals("-1", topicSetting(config.topics().articles(), "retention.ms"),
                "the archive keeps old-dated articles (record time = publication time)");
        assertEquals("LogAppendTime", topicSetting(config.topics().statusChanges(), "message.timestamp.type"));

        byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
        long published;
        try (StreamsApp app = new StreamsApp(config, serdes, EmbeddedStack.extractor(), Clock.systemUTC()).start(TIMEOUT)) {
            try (ArticlePublisher publisher = new ArticlePublisher(config, serdes, System.err);
                 InputStream sample = ArticleArchive.sample()) {
                published = publisher.publish(sample, "sample").published();
            }
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", config.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(config.topics().articles(), "bad-1", garbage)).get();
            }
            // a re-sent article: must change nothing
            try (ArticlePublisher publisher = new ArticlePublisher(config, serdes, System.err);
                 InputStream sample = ArticleArchive.sample()) {
                byte[] first = sample.readNBytes(4096);
                String line = new String(first, StandardCharsets.UTF_8).split("\n")[0];
                publisher.publish(new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "resend");
            }
            CatchUp.await(stack.admin, config.applicationId(), EvradarTopology.consumedTopics(config), TIMEOUT, app::isRunning);
            app.throwIfFailed();
        }
        assertEquals(46, published);

        Map<String, FirmStatus> table = TopicReader.latest(config, config.topics().marketStatus(), serdes.value(FirmStatus.class), TIMEOUT);
        JsonNode gold = new ObjectMapper().readTree(getClass().getResourceAsStream("/corpus/gold.json")).get("final");
        List<String> agree = new ArrayList<>();
        gold.fields().forEachRemaining(e -> {
            FirmStatus row = table.get(e.getKey());
            if (row != null && row.getStatus().name().equals(e.getValue().get("status").asText())) {
                agree.add(e.getKey());
            }
        });
        assertTrue(agree.size() >= gold.size() * 0.8, "rows agreeing with gold: " + agree.size() + "/" + gold.size() + " " + agree);

        // A real third-party client (Confluent's Python consumer and AvroDeserializer) reads the table the
        // topology wrote, through the embedded registry, with read_committed: every record it decodes is
        // one the application wrote, field for field.
        Set<JsonNode> written = new HashSet<>();
        TopicReader.readAll(config, config.topics().marketStatus(), serdes.value(FirmStatus.class), TIMEOUT,
                r -> written.add(new ObjectMapper().createObjectNode().put("key", r.key()).set("value", wireJson(r.value()))));
        List<JsonNode> decoded = ThirdPartyClient.requireInstalled().call("consume", "--bootstrap", config.bootstrapServers(),
                "--registry", config.schemaRegistryUrl(), "--topic", config.topics().marketStatus(), "--count", "25",
                "--timeout-s", "90", "--with-key");
        assertEquals(25, decoded.size());
        for (JsonNode record : decoded) {
            assertTrue(written.contains(record), "the Python client decoded a record the application did not write: " + record);
        }

        List<byte[]> dead = new ArrayList<>();
        TopicReader.readAll(config, config.topics().deadLetter(), new ByteArrayDeserializer(), TIMEOUT, r -> dead.add(r.value()));
        assertEquals(1, dead.size(), "the unreadable record, and only it, is a dead letter");
        assertArrayEquals(garbage, dead.get(0));

        long extracted = TopicReader.count(config, config.topics().extractions(), TIMEOUT);
        long in = TopicReader.count(config, config.topics().articles(), TIMEOUT);
        assertEquals(48, in);
        assertEquals(in, extracted + dead.size() + 1, "records in = processed + dead letters + the one duplicate");

        long changesBefore = TopicReader.count(config, config.topics().statusChanges(), TIMEOUT);
        // the status topic is compacted (the cleaner may shrink it at any time): compare its end offsets
        Map<Integer, Long> statusEndBefore = endOffsets(config.topics().marketStatus());

        // Restart on the same state: nothing is reprocessed, nothing repeated; a new article is processed.
        try (StreamsApp app = new StreamsApp(config, serdes, EmbeddedStack.extractor(), Clock.systemUTC()).start(TIMEOUT)) {
            CatchUp.await(stack.admin, config.applicationId(), EvradarTopology.consumedTopics(config), TIMEOUT, app::isRunning);
            assertEquals(changesBefore, TopicReader.count(config, config.topics().statusChanges(), TIMEOUT));
            assertEquals(statusEndBefore, endOffsets(config.topics().marketStatus()), "no status record was written again");

            ArticleEvent exit = ArticleEvent.newBuilder()
                    .setId("it-exit-1").setSource("IT Wire").setUrl(null)
                    .setPublishedAt(Instant.parse("2025-06-01T08:00:00Z"))
                    .setTitle("Polestar shuts down its car business")
                    .setBody("Polestar said on Sunday it has stopped making cars and will close its electric-vehicle business, "
                            + "cancelling all of its planned models.")
                    .build();
            try (KafkaProducer<String, ArticleEvent> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", config.bootstrapServers()), new StringSerializer(), serdes.value(ArticleEvent.class))) {
                producer.send(new ProducerRecord<>(config.topics().articles(), exit.getId(), exit)).get();
            }
            CatchUp.await(stack.admin, config.applicationId(), EvradarTopology.consumedTopics(config), TIMEOUT, app::isRunning);
            app.throwIfFailed();
        }
        List<StatusChange> changes = new ArrayList<>();
        TopicReader.readAll(config, config.topics().statusChanges(), serdes.value(StatusChange.class), TIMEOUT,
                r -> changes.add(r.value()));
        assertEquals(changesBefore + 1, changes.size());
        StatusChange last = changes.stream().filter(c -> c.getArticleId().equals("it-exit-1")).findFirst().orElseThrow();
        assertEquals("polestar", last.getCompanyId());
        assertEquals(evradar.avro.EvStatus.EXITED, last.getTo());
    }
}
