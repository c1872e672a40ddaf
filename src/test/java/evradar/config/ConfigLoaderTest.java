package evradar.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @Test
    void defaults() {
        EvradarConfig c = ConfigLoader.fromMap(Map.of());
        assertEquals("evradar", c.applicationId());
        assertEquals(Topics.DEFAULTS, c.topics());
        assertEquals(EvradarConfig.EXACTLY_ONCE, c.processingGuarantee());
        assertEquals(Duration.ofMillis(100), c.commitInterval());
        assertEquals(3, c.partitions());
        assertEquals(ValidationLimits.DEFAULTS, c.validation());
        assertTrue(c.replayUntil().isEmpty());
        assertTrue(c.autoRegisterSchemas());
        assertEquals("bundled", c.tieModel());
    }

    @Test
    void theTieModelIsBundledNoneOrAFile(@TempDir Path dir) throws Exception {
        assertEquals("none", ConfigLoader.load(null, Map.of("EVRADAR_EXTRACT_TIE_MODEL", "none"), Map.of()).tieModel());
        Path model = Files.writeString(dir.resolve("ties.tsv"), "#threshold\t0.5\nbias\t-1\n");
        assertEquals(model.toString(), ConfigLoader.fromMap(Map.of("extract.tie.model", model.toString())).tieModel());
        assertMessage("extract.tie.model must be bundled, none or a model file written by train-ties; no such file",
                Map.of("extract.tie.model", dir.resolve("missing.tsv").toString()));
    }

    @Test
    void fileThenEnvironmentThenFlagsLaterWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evradar.properties");
        Files.writeString(file, """
                application.id = from-file
                bootstrap.servers = file:9092
                schema.registry.url = http://file:8081
                topics.status = file.status
                kafka.security.protocol = SSL
                """);
        Map<String, String> env = Map.of(
                "EVRADAR_BOOTSTRAP_SERVERS", "env:9092",
                "EVRADAR_TOPICS_STATUS", "env.status",
                "EVRADAR_KAFKA_SASL_MECHANISM", "PLAIN",
                "EVRADAR_DEBUG", "1",
                "PATH", "/usr/bin");
        EvradarConfig c = ConfigLoader.load(Map.of("application.id", "default-id"), file, env,
                Map.of("topics.status", "flag.status"));
        assertEquals("from-file", c.applicationId(), "the file beats a command's default");
        assertEquals("env:9092", c.bootstrapServers(), "the environment beats the file");
        assertEquals("http://file:8081", c.schemaRegistryUrl());
        assertEquals("flag.status", c.topics().marketStatus(), "flags beat everything");
        assertEquals(Map.of("security.protocol", "SSL", "sasl.mechanism", "PLAIN"), c.kafka(), "kafka.* passes through, prefix removed");
    }

    @Test
    void typedValues() {
        EvradarConfig c = ConfigLoader.fromMap(Map.of(
                "validation.max.body.chars", "500",
                "validation.max.future.skew", "PT2H",
                "replay.until", "2024-01-31T00:00:00Z",
                "processing.guarantee", "at_least_once",
                "topics.replication.factor", "3"));
        assertEquals(new ValidationLimits(500, Duration.ofHours(2)), c.validation());
        assertEquals(Instant.parse("2024-01-31T00:00:00Z"), c.replayUntil().orElseThrow());
        assertEquals("at_least_once", c.processingGuarantee());
        assertEquals(3, c.replicationFactor());
    }

    @Test
    void badValuesAreNamedWithTheirKey() {
        assertMessage("unknown configuration key 'topic.articles'", Map.of("topic.articles", "x"));
        assertMessage("commit.interval.ms must be a whole number", Map.of("commit.interval.ms", "fast"));
        assertMessage("validation.max.future.skew must be an ISO-8601 duration", Map.of("validation.max.future.skew", "1 day"));
        assertMessage("replay.until must be an ISO-8601 instant", Map.of("replay.until", "yesterday"));
        assertMessage("processing.guarantee must be exactly_once_v2 or at_least_once", Map.of("processing.guarantee", "exactly_once"));
        assertMessage("validation.max.body.chars must be positive", Map.of("validation.max.body.chars", "0"));
        assertMessage("topics.partitions must be at least 1", Map.of("topics.partitions", "0"));
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("nope.properties"), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("config file not found"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static void assertMessage(String expected, Map<String, String> keys) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.fromMap(keys));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
