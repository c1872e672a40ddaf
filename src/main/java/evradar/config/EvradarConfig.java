package evradar.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one evradar process is configured with, read once (file, then EVRADAR_* environment,
 * then flags) by {@link ConfigLoader}. {@code kafka} holds the {@code kafka.*} keys with the prefix
 * removed; they pass through unchanged to every Kafka client (security, timeouts, tuning).
 * {@code tieModel} is {@code extract.tie.model}: {@code bundled}, {@code none} (the rules alone) or the
 * path of a model file written by {@code train-ties}.
 */
public record EvradarConfig(
        String applicationId,
        String bootstrapServers,
        String schemaRegistryUrl,
        boolean autoRegisterSchemas,
        Topics topics,
        int partitions,
        short replicationFactor,
        ValidationLimits validation,
        String processingGuarantee,
        Duration commitInterval,
        Path stateDir,
        Optional<Instant> replayUntil,
        int httpPort,
        String tieModel,
        Map<String, String> kafka) {

    public static final String EXACTLY_ONCE = "exactly_once_v2";

    public EvradarConfig {
        kafka = Map.copyOf(new TreeMap<>(kafka));
    }

    public EvradarConfig withBootstrapServers(String servers) {
        return new EvradarConfig(applicationId, servers, schemaRegistryUrl, autoRegisterSchemas, topics, partitions,
                replicationFactor, validation, processingGuarantee, commitInterval, stateDir, replayUntil, httpPort, tieModel, kafka);
    }

    public EvradarConfig withSchemaRegistryUrl(String url) {
        return new EvradarConfig(applicationId, bootstrapServers, url, autoRegisterSchemas, topics, partitions,
                replicationFactor, validation, processingGuarantee, commitInterval, stateDir, replayUntil, httpPort, tieModel, kafka);
    }

    public EvradarConfig withReplayUntil(Instant until) {
        return new EvradarConfig(applicationId, bootstrapServers, schemaRegistryUrl, autoRegisterSchemas, topics, partitions,
                replicationFactor, validation, processingGuarantee, commitInterval, stateDir, Optional.ofNullable(until), httpPort, tieModel, kafka);
    }

    public EvradarConfig withStateDir(Path dir) {
        return new EvradarConfig(applicationId, bootstrapServers, schemaRegistryUrl, autoRegisterSchemas, topics, partitions,
                replicationFactor, validation, processingGuarantee, commitInterval, dir, replayUntil, httpPort, tieModel, kafka);
    }
}
