package evradar.cli;

import evradar.app.TopicSetup;
import evradar.config.ConfigLoader;
import evradar.config.EvradarConfig;
import evradar.embedded.EmbeddedKafkaBroker;
import evradar.embedded.EmbeddedSchemaRegistry;
import evradar.serde.SchemaRegistries;
import evradar.serde.SchemaRegistry;
import org.apache.kafka.clients.admin.Admin;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real Kafka broker and a schema registry in this process, with evradar's topics created and a
 * config pointing at them: what {@code demo} and {@code bench} run on. The application reaches the
 * registry over HTTP, as it would a real one.
 */
final class LocalCluster implements AutoCloseable {

    final EmbeddedKafkaBroker broker;
    final EmbeddedSchemaRegistry registryServer;
    final SchemaRegistry registry;
    final Admin admin;
    final EvradarConfig config;

    /**
     * @param root     broker data and state stores go below it
     * @param settings configuration keys; bootstrap, registry and state directory are set here
     */
    LocalCluster(Path root, int kafkaPort, int registryPort, Map<String, String> settings) {
        broker = EmbeddedKafkaBroker.builder().dataDir(root.resolve("kafka")).port(kafkaPort).build().start();
        try {
            registryServer = EmbeddedSchemaRegistry.builder().port(registryPort).build().start();
            Map<String, String> keys = new LinkedHashMap<>(settings);
            keys.put("topics.replication.factor", "1");
            keys.put("bootstrap.servers", broker.bootstrapServers());
            keys.put("schema.registry.url", registryServer.url());
            keys.put("state.dir", root.resolve("state").toString());
            config = ConfigLoader.fromMap(keys);
            admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
            registry = SchemaRegistries.forUrl(config.schemaRegistryUrl());
            TopicSetup.ensure(admin, config);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (registryServer != null) {
            registryServer.close();
        }
        broker.close();
    }
}
