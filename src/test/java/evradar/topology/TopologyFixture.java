package evradar.topology;

import evradar.avro.ArticleEvent;
import evradar.avro.ArticleExtraction;
import evradar.avro.CompanyProfile;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;
import evradar.config.ConfigLoader;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.serde.InMemorySchemaRegistry;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The production topology under TopologyTestDriver with an in-memory registry: typed input and
 * output topics and the final table as a map.
 */
final class TopologyFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    final EvradarConfig config;
    final AvroSerdes serdes;
    final Topology topology;
    final TopologyTestDriver driver;
    final TestInputTopic<String, ArticleEvent> articles;
    final TestInputTopic<String, byte[]> rawArticles;
    final TestInputTopic<String, CompanyProfile> companies;
    final TestOutputTopic<String, FirmStatus> status;
    /** The same topic as {@link #status}, undecoded; the two share one queue, so read only one of them. */
    final TestOutputTopic<String, byte[]> statusBytes;
    final TestOutputTopic<String, StatusChange> changes;
    final TestOutputTopic<String, ArticleExtraction> extractions;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    private final String scope = "topology-" + UUID.randomUUID();

    TopologyFixture(LiveExtractor extractor) {
        this(extractor, Map.of());
    }

    TopologyFixture(LiveExtractor extractor, Map<String, String> settings) {
        try {
            Map<String, String> keys = new HashMap<>(settings);
            keys.putIfAbsent("schema.registry.url", "mock://" + scope);
            keys.putIfAbsent("bootstrap.servers", "dummy:9092");
            keys.putIfAbsent("state.dir", Files.createTempDirectory("evradar-ttd").toString());
            config = ConfigLoader.fromMap(keys);
            serdes = new AvroSerdes(InMemorySchemaRegistry.scope(scope), true);
            topology = EvradarTopology.build(StreamsSettings.builder(config), config, serdes, extractor, CLOCK);
            Properties props = StreamsSettings.of(config);
            driver = new TopologyTestDriver(topology, props);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var t = config.topics();
        StringSerializer keys = new StringSerializer();
        articles = driver.createInputTopic(t.articles(), keys, serdes.value(ArticleEvent.class));
        rawArticles = driver.createInputTopic(t.articles(), keys, new ByteArraySerializer());
        companies = driver.createInputTopic(t.companies(), keys, serdes.value(CompanyProfile.class));
        status = driver.createOutputTopic(t.marketStatus(), Serdes.String().deserializer(), serdes.value(FirmStatus.class));
        statusBytes = driver.createOutputTopic(t.marketStatus(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        changes = driver.createOutputTopic(t.statusChanges(), Serdes.String().deserializer(), serdes.value(StatusChange.class));
        extractions = driver.createOutputTopic(t.extractions(), Serdes.String().deserializer(), serdes.value(ArticleExtraction.class));
        deadLetters = driver.createOutputTopic(t.deadLetter(), Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    }

    void send(ArticleEvent article) {
        articles.pipeInput(article.getId(), article);
    }

    /** The compacted table as a consumer would see it: the latest value per key. */
    Map<String, FirmStatus> table() {
        return new LinkedHashMap<>(status.readKeyValuesToMap());
    }

    @Override
    public void close() {
        driver.close();
        InMemorySchemaRegistry.dropScope(scope);
        try (var paths = Files.walk(config.stateDir())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
