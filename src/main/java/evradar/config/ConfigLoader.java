package evradar.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an {@link EvradarConfig} from three layers, later ones winning: a properties file, then
 * environment variables ({@code EVRADAR_SCHEMA_REGISTRY_URL} is {@code schema.registry.url}:
 * drop the prefix, lower-case, {@code _} becomes {@code .}), then explicit overrides from flags.
 * Unknown keys outside {@code kafka.*} are refused, so a typo does not silently fall back to a default.
 */
public final class ConfigLoader {

    public static final String ENV_PREFIX = "EVRADAR_";
    public static final String KAFKA_PREFIX = "kafka.";

    private static final Set<String> KNOWN = Set.of(
            "application.id", "bootstrap.servers", "schema.registry.url", "schema.registry.auto.register",
            "topics.articles", "topics.companies", "topics.extractions", "topics.status", "topics.changes",
            "topics.dead.letter", "topics.partitions", "topics.replication.factor",
            "validation.max.body.chars", "validation.max.future.skew",
            "processing.guarantee", "commit.interval.ms", "state.dir", "replay.until", "http.port",
            "extract.tie.model");

    /** Environment variables that are ours but are not configuration keys. */
    private static final Set<String> NOT_CONFIG = Set.of("EVRADAR_DEBUG", "EVRADAR_LOG_LEVEL", "EVRADAR_KAFKA_LOG_LEVEL",
            "EVRADAR_JAVA_OPTS", "EVRADAR_HOME");

    private ConfigLoader() {
    }

    /**
     * @param file      a properties file, or null for none
     * @param env       the process environment (only EVRADAR_* entries are used)
     * @param overrides keys set by command-line flags
     */
    public static EvradarConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        return load(Map.of(), file, env, overrides);
    }

    /** As {@link #load(Path, Map, Map)}, with a command's own defaults under everything else. */
    public static EvradarConfig load(Map<String, String> defaults, Path file, Map<String, String> env,
                                     Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(defaults);
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(fromEnvironment(env));
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return fromMap(merged);
    }

    /** Builds the config from flat keys (defaults for anything missing). */
    public static EvradarConfig fromMap(Map<String, String> keys) {
        Map<String, String> kafka = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (e.getKey().startsWith(KAFKA_PREFIX)) {
                kafka.put(e.getKey().substring(KAFKA_PREFIX.length()), e.getValue());
            } else if (!KNOWN.contains(e.getKey())) {
                throw new ConfigException("unknown configuration key '" + e.getKey() + "' (Kafka client settings go under kafka.*)");
            }
        }
        Topics d = Topics.DEFAULTS;
        Topics topics = new Topics(
                keys.getOrDefault("topics.articles", d.articles()),
                keys.getOrDefault("topics.companies", d.companies()),
                keys.getOrDefault("topics.extractions", d.extractions()),
                keys.getOrDefault("topics.status", d.marketStatus()),
                keys.getOrDefault("topics.changes", d.statusChanges()),
                keys.getOrDefault("topics.dead.letter", d.deadLetter()));
        ValidationLimits limits;
        try {
            limits = new ValidationLimits(
                    intValue(keys, "validation.max.body.chars", ValidationLimits.DEFAULTS.maxBodyChars()),
                    duration(keys, "validation.max.future.skew", ValidationLimits.DEFAULTS.maxFutureSkew()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        String guarantee = keys.getOrDefault("processing.guarantee", EvradarConfig.EXACTLY_ONCE);
        if (!Set.of("exactly_once_v2", "at_least_once").contains(guarantee)) {
            throw new ConfigException("processing.guarantee must be exactly_once_v2 or at_least_once, got '" + guarantee + "'");
        }
        int replication = intValue(keys, "topics.replication.factor", 1);
        if (replication < 1 || replication > Short.MAX_VALUE) {
            throw new ConfigException("topics.replication.factor must be at least 1, got " + replication);
        }
        int partitions = intValue(keys, "topics.partitions", 3);
        if (partitions < 1) {
            throw new ConfigException("topics.partitions must be at least 1, got " + partitions);
        }
        String tieModel = keys.getOrDefault("extract.tie.model", "bundled");
        if (!tieModel.equals("bundled") && !tieModel.equals("none") && !Files.isRegularFile(Path.of(tieModel))) {
            throw new ConfigException("extract.tie.model must be bundled, none or a model file written by train-ties; "
                    + "no such file: " + tieModel);
        }
        return new EvradarConfig(
                keys.getOrDefault("application.id", "evradar"),
                keys.getOrDefault("bootstrap.servers", ""),
                keys.getOrDefault("schema.registry.url", ""),
                Boolean.parseBoolean(keys.getOrDefault("schema.registry.auto.register", "true")),
                topics,
                partitions,
                (short) replication,
                limits,
                guarantee,
                Duration.ofMillis(intValue(keys, "commit.interval.ms", 100)),
                Path.of(keys.getOrDefault("state.dir", System.getProperty("java.io.tmpdir") + "/evradar-state")),
                instant(keys, "replay.until"),
                intValue(keys, "http.port", 0),
                tieModel,
                kafka);
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !NOT_CONFIG.contains(name)) {
                out.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return out;
    }

    private static Map<String, String> readFile(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k.trim(), props.getProperty(k).trim()));
        return out;
    }

    private static int intValue(Map<String, String> keys, String key, int fallback) {
        String v = keys.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + v + "'");
        }
    }

    private static Duration duration(Map<String, String> keys, String key, Duration fallback) {
        String v = keys.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new ConfigException(key + " must be an ISO-8601 duration such as PT24H, got '" + v + "'");
        }
    }

    private static Optional<Instant> instant(Map<String, String> keys, String key) {
        String v = keys.get(key);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(v.trim()));
        } catch (DateTimeParseException e) {
            throw new ConfigException(key + " must be an ISO-8601 instant such as 2024-01-31T00:00:00Z, got '" + v + "'");
        }
    }
}
