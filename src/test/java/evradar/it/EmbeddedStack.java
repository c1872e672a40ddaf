package evradar.it;

import evradar.config.ConfigLoader;
import evradar.config.EvradarConfig;
import evradar.embedded.EmbeddedKafkaBroker;
import evradar.extract.CompanyDictionary;
import evradar.extract.RuleBasedExtractor;
import evradar.topology.DictionaryLiveExtractor;
import evradar.embedded.EmbeddedSchemaRegistry;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistries;
import evradar.serde.SchemaRegistry;
import org.apache.kafka.clients.admin.Admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real KRaft broker and the embedded schema registry for broker-backed tests, plus a config pointing at them. */
final class EmbeddedStack implements AutoCloseable {

    final Path root;
    final EmbeddedKafkaBroker broker;
    final EmbeddedSchemaRegistry registryServer;
    final SchemaRegistry registry;
    final Admin admin;

    EmbeddedStack() throws Exception {
        root = Files.createTempDirectory("evradar-it");
        // Retention checks run at once and often, so a topic that loses old-dated records fails fast.
        broker = EmbeddedKafkaBroker.builder().dataDir(root.resolve("kafka"))
                .property("log.initial.task.delay.ms", 0)
                .property("log.retention.check.interval.ms", 500)
                .build().start();
        registryServer = EmbeddedSchemaRegistry.builder().build().start();
        registry = SchemaRegistries.forUrl(registryServer.url());
        admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
    }

    /** A config for an application on this stack; {@code extra} keys win. */
    EvradarConfig config(String applicationId, Map<String, String> extra) {
        Map<String, String> keys = new HashMap<>();
        keys.put("application.id", applicationId);
        keys.put("bootstrap.servers", broker.bootstrapServers());
        keys.put("schema.registry.url", registryServer.url());
        keys.put("state.dir", root.resolve("state-" + applicationId).toString());
        keys.put("topics.partitions", "3");
        keys.put("processing.guarantee", "exactly_once_v2");
        keys.put("commit.interval.ms", "100");
        keys.putAll(extra);
        return ConfigLoader.fromMap(keys);
    }

    /** The production extractor over the bundled dictionary. */
    static DictionaryLiveExtractor extractor() {
        return new DictionaryLiveExtractor(CompanyDictionary.bundled(), RuleBasedExtractor::new);
    }

    AvroSerdes serdes() {
        return new AvroSerdes(registry, true);
    }

    @Override
    public void close() throws Exception {
        admin.close();
        registry.close();
        registryServer.close();
        broker.close();
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
