package evradar.cli;

import evradar.config.ConfigLoader;
import evradar.config.EvradarConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the cluster and registry are: a config file, EVRADAR_* variables, and flags, later ones winning. */
final class ConnectionOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file (keys in the README: bootstrap.servers, schema.registry.url, topics.*, kafka.* ...).")
    Path configFile;

    @Option(names = {"-b", "--bootstrap"}, paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = {"-r", "--registry"}, paramLabel = "URL", description = "Schema registry URL (http://host:8081, or mock://name).")
    String registry;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other configuration key, e.g. --set kafka.security.protocol=SSL.")
    Map<String, String> settings = new LinkedHashMap<>();

    EvradarConfig load() {
        return load(Map.of());
    }

    /** Loads the config; {@code defaults} apply only where neither file, environment nor flags say otherwise. */
    EvradarConfig load(Map<String, String> defaults) {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (bootstrap != null) {
            flags.put("bootstrap.servers", bootstrap);
        }
        if (registry != null) {
            flags.put("schema.registry.url", registry);
        }
        return ConfigLoader.load(defaults, configFile, System.getenv(), flags);
    }
}
