package evradar.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.avro.EvStatus;
import evradar.avro.FirmStatus;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistries;
import evradar.serde.SpecificAvroSerde;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static evradar.serde.SchemaRegistryFixtures.firmStatus;
import static evradar.serde.SchemaRegistryFixtures.wireJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real third-party Kafka consumer (Confluent's Python client over librdkafka, with its
 * AvroDeserializer) reads {@code ev.market-status} from the embedded broker, resolving schemas
 * through the embedded registry, with {@code isolation.level=read_committed}: it sees exactly the
 * committed FirmStatus records our serde wrote, never an aborted one.
 */
@Tag("integration")
class ThirdPartyClientKafkaIT {

    private static final String TOPIC = "ev.market-status";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pythonConsumerReadsCommittedFirmStatusRecords() throws Exception {
        ThirdPartyClient python = ThirdPartyClient.requireInstalled();
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.builder().build().start();
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder().build().start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(30, TimeUnit.SECONDS);
            }

            SpecificAvroSerde<FirmStatus> serde = new AvroSerdes(SchemaRegistries.forUrl(registry.url()), true).value(FirmStatus.class);
            FirmStatus xiaomi = firmStatus();
            FirmStatus tesla = FirmStatus.newBuilder(firmStatus()).setCompanyId("tesla").setCompanyName("Tesla")
                    .setStatus(EvStatus.LAUNCHED).build();
            FirmStatus baidu = FirmStatus.newBuilder(firmStatus()).setCompanyId("baidu").setCompanyName("Baidu")
                    .setStatus(EvStatus.ANNOUNCED).setTargetYear(null).build();
            FirmStatus apple = FirmStatus.newBuilder(firmStatus()).setCompanyId("apple").setCompanyName("Apple")
                    .setStatus(EvStatus.DEVELOPING).setPartners(List.of()).setEvidence(List.of()).build();

            try (KafkaProducer<String, FirmStatus> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "interop-it"),
                    new StringSerializer(), serde.serializer())) {
                producer.initTransactions();
                sendInTransaction(producer, List.of(xiaomi), true);
                sendInTransaction(producer, List.of(tesla), false);   // aborted: a read_committed consumer must skip it
                sendInTransaction(producer, List.of(baidu, apple), true);
            }

            List<JsonNode> lines = python.call("consume", "--bootstrap", kafka.bootstrapServers(), "--registry", registry.url(),
                    "--topic", TOPIC, "--count", "3", "--timeout-s", "90", "--with-key");

            List<JsonNode> expected = new ArrayList<>();
            for (FirmStatus status : List.of(xiaomi, baidu, apple)) {
                expected.add(JSON.createObjectNode().put("key", status.getCompanyId()).set("value", wireJson(status)));
            }
            assertEquals(expected, lines);
        }
    }

    private static void sendInTransaction(KafkaProducer<String, FirmStatus> producer, List<FirmStatus> records, boolean commit)
            throws Exception {
        producer.beginTransaction();
        for (FirmStatus status : records) {
            producer.send(new ProducerRecord<>(TOPIC, status.getCompanyId(), status)).get(30, TimeUnit.SECONDS);
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }
}
