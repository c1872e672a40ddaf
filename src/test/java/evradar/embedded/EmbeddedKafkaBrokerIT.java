package evradar.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded broker is a real Kafka: topics, transactions, groups and restarts on the same storage. */
@Tag("integration")
class EmbeddedKafkaBrokerIT {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBrokerIT.class);

    private static final String TOPIC = "it.firm-status";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path tempDir;

    @Test
    void committedRecordOnACompactedTopicSurvivesARestartOnTheSameDataDir() throws Exception {
        Path dataDir = tempDir.resolve("kafka");
        String clusterId;
        long committedGroupOffset;

        try (EmbeddedKafkaBroker broker = startMeasured(EmbeddedKafkaBroker.builder().dataDir(dataDir), "cold, formats")) {
            clusterId = broker.clusterId();
            try (Admin admin = admin(broker)) {
                NewTopic topic = new NewTopic(TOPIC, 1, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                admin.createTopics(List.of(topic)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = transactionalProducer(broker)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "xiaomi", "EXPLORING"));
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, "tesla", "RUMORED"));
                producer.abortTransaction();
            }

            assertEquals(List.of("xiaomi=EXPLORING"), readCommitted(broker, "it-before-restart"),
                    "read_committed sees the committed record, not the aborted one");
            try (Admin admin = admin(broker)) {
                committedGroupOffset = groupOffset(admin, "it-before-restart");
            }
            assertTrue(committedGroupOffset > 0, "the group committed its position");
        }

        assertTrue(Files.isRegularFile(dataDir.resolve("meta.properties")), "a given data dir is kept on close");

        try (EmbeddedKafkaBroker broker = startMeasured(EmbeddedKafkaBroker.builder().dataDir(dataDir), "warm, restarts")) {
            assertEquals(clusterId, broker.clusterId(), "the data dir is not formatted again");
            assertEquals(List.of("xiaomi=EXPLORING"), readCommitted(broker, "it-after-restart"));
            try (Admin admin = admin(broker)) {
                assertEquals(committedGroupOffset, groupOffset(admin, "it-before-restart"),
                        "committed offsets survive the restart");
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
                Config config = admin.describeConfigs(List.of(resource)).all()
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(resource);
                assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
            }
        }
    }

    @Test
    void refusesADataDirFormattedForAnotherClusterOrNode() {
        Path dataDir = tempDir.resolve("kafka");
        String clusterId;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start()) {
            clusterId = broker.clusterId();
        }
        String otherCluster = Uuid.randomUuid().toString();

        EmbeddedBrokerException wrongCluster = assertThrows(EmbeddedBrokerException.class,
                () -> EmbeddedKafkaBroker.builder().dataDir(dataDir).clusterId(otherCluster).build().start());
        assertEquals("Data dir " + dataDir + " was formatted for cluster " + clusterId + " node 1, not for cluster "
                + otherCluster + " node 1: use another directory or delete this one", wrongCluster.getMessage());

        EmbeddedBrokerException wrongNode = assertThrows(EmbeddedBrokerException.class,
                () -> EmbeddedKafkaBroker.builder().dataDir(dataDir).nodeId(2).build().start());
        assertEquals("Data dir " + dataDir + " was formatted for cluster " + clusterId + " node 1, not for node 2:"
                + " use another directory or delete this one", wrongNode.getMessage());

        // the refusals changed nothing: the stored identity still starts
        try (EmbeddedKafkaBroker broker =
                     EmbeddedKafkaBroker.builder().dataDir(dataDir).clusterId(clusterId).build().start()) {
            assertEquals(clusterId, broker.clusterId());
        }
    }

    @Test
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName(EmbeddedKafkaBroker.HOST), 0));
            int port = taken.getLocalPort();

            EmbeddedBrokerException clientPort = assertThrows(EmbeddedBrokerException.class,
                    () -> EmbeddedKafkaBroker.builder().port(port).build().start());
            assertEquals("Port " + port + " on 127.0.0.1 (Kafka client listener) is already in use:"
                    + " choose another one, or 0 for a free one", clientPort.getMessage());

            EmbeddedBrokerException controllerPort = assertThrows(EmbeddedBrokerException.class,
                    () -> EmbeddedKafkaBroker.builder().dataDir(tempDir.resolve("kafka")).controllerPort(port).build().start());
            assertTrue(controllerPort.getMessage().contains("(Kafka controller listener) is already in use"),
                    controllerPort.getMessage());
            assertFalse(Files.exists(tempDir.resolve("kafka")), "ports are checked before anything is written");
        }
    }

    @Test
    void refusesADataDirItCannotUse() throws Exception {
        Path file = Files.writeString(tempDir.resolve("a-file"), "not a directory");
        EmbeddedBrokerException underAFile = assertThrows(EmbeddedBrokerException.class,
                () -> EmbeddedKafkaBroker.builder().dataDir(file.resolve("kafka")).build().start());
        assertTrue(underAFile.getMessage().startsWith("Data dir " + file.resolve("kafka") + " is not writable: "),
                underAFile.getMessage());

        EmbeddedBrokerException aFile = assertThrows(EmbeddedBrokerException.class,
                () -> EmbeddedKafkaBroker.builder().dataDir(file).build().start());
        assertEquals("Data dir " + file + " is not a directory", aFile.getMessage());

        Path foreign = Files.createDirectories(tempDir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "someone else's");
        EmbeddedBrokerException notKafka = assertThrows(EmbeddedBrokerException.class,
                () -> EmbeddedKafkaBroker.builder().dataDir(foreign).build().start());
        assertTrue(notKafka.getMessage().startsWith("Data dir " + foreign + " is not empty but holds no Kafka storage"),
                notKafka.getMessage());
        assertEquals(Set.of(foreign.resolve("notes.txt")), Set.copyOf(list(foreign)), "nothing was written there");
    }

    @Test
    void aTemporaryDataDirIsDeletedOnCloseAndCloseIsIdempotent() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        broker.start();
        Path dataDir = broker.dataDir();
        assertTrue(Files.isRegularFile(dataDir.resolve("meta.properties")));
        assertTrue(broker.isRunning());

        broker.close();
        broker.close();

        assertFalse(broker.isRunning());
        assertFalse(Files.exists(dataDir), "temporary data dir deleted");
        assertThrows(IllegalStateException.class, broker::start, "an instance starts once");
    }

    private static EmbeddedKafkaBroker startMeasured(EmbeddedKafkaBroker.Builder builder, String what) {
        long startNanos = System.nanoTime();
        EmbeddedKafkaBroker broker = builder.build().start();
        log.info("Embedded broker start ({}): {} ms", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        return broker;
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static long groupOffset(Admin admin, String groupId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return offsets.get(PARTITION).offset();
    }

    private static KafkaProducer<String, String> transactionalProducer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-transactional-producer",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis()),
                new StringSerializer(), new StringSerializer());
    }

    /**
     * Reads the topic from the start with read_committed in a new consumer group, up to the last
     * stable offset, and commits the position.
     */
    private static List<String> readCommitted(EmbeddedKafkaBroker broker, String groupId) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            // with read_committed, endOffsets is the last stable offset: past the abort marker
            long end = consumer.endOffsets(List.of(PARTITION), TIMEOUT).get(PARTITION);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!caughtUp(consumer, end)) {
                assertTrue(System.nanoTime() < deadline, "read " + seen + " but not up to offset " + end + " in " + TIMEOUT);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
            consumer.commitSync(TIMEOUT);
        }
        return seen;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, long end) {
        return consumer.assignment().contains(PARTITION) && consumer.position(PARTITION, TIMEOUT) >= end;
    }

    private static List<Path> list(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.toList();
        }
    }
}
