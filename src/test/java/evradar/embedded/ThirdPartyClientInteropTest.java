package evradar.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import evradar.avro.ArticleEvent;
import evradar.avro.FirmStatus;
import evradar.serde.AvroSerdes;
import evradar.serde.RegisteredSchema;
import evradar.serde.RestSchemaRegistry;
import evradar.serde.SchemaRegistries;
import evradar.serde.SchemaRegistry;
import evradar.serde.SchemaRegistryFixtures;
import evradar.serde.SpecificAvroSerde;
import evradar.serde.WireFormat;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static evradar.serde.SchemaRegistryFixtures.article;
import static evradar.serde.SchemaRegistryFixtures.firmStatus;
import static evradar.serde.SchemaRegistryFixtures.wireJson;
import static evradar.serde.SchemaRegistryFixtures.withExtraStringField;
import static evradar.serde.SchemaRegistryFixtures.withoutFields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Confluent's own Python client (confluent-kafka's AvroSerializer, AvroDeserializer and
 * SchemaRegistryClient, over fastavro) against our serde and our embedded registry: what one side
 * writes the other reads exactly, and every registry call the client makes gets an answer it
 * understands. No broker: records pass as bytes. The Kafka round trip is ThirdPartyClientKafkaIT.
 */
class ThirdPartyClientInteropTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "ev.market-status";
    private static final String SUBJECT = "ev.market-status-value";

    @TempDir
    Path dir;

    private ThirdPartyClient python;
    private EmbeddedSchemaRegistry registry;
    private SchemaRegistry client;

    @BeforeEach
    void start() {
        python = ThirdPartyClient.requireInstalled();
        registry = EmbeddedSchemaRegistry.builder().build().start();
        client = SchemaRegistries.forUrl(registry.url());
    }

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    private String file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    private byte[] pythonSerializes(String topic, Schema schema, JsonNode record) throws IOException {
        JsonNode answer = python.callForOne("serialize", "--registry", registry.url(), "--topic", topic,
                "--schema-file", file("writer.avsc", schema.toString()), "--record-file", file("record.json", record.toString()));
        return HexFormat.of().parseHex(answer.get("hex").asText());
    }

    private JsonNode pythonDeserializes(String topic, byte[] bytes, Schema readerSchema) throws IOException {
        if (readerSchema == null) {
            return python.callForOne("deserialize", "--registry", registry.url(), "--topic", topic,
                    "--hex", HexFormat.of().formatHex(bytes));
        }
        return python.callForOne("deserialize", "--registry", registry.url(), "--topic", topic,
                "--hex", HexFormat.of().formatHex(bytes), "--schema-file", file("reader.avsc", readerSchema.toString()));
    }

    @Test
    void pythonsAvroSerializerWritesWhatOurSerdeReads() throws IOException {
        byte[] fromPython = pythonSerializes(TOPIC, FirmStatus.getClassSchema(), wireJson(firmStatus()));

        // Python registered the schema in our registry under TopicNameStrategy's subject ...
        RegisteredSchema registered = registry.store().latest(SUBJECT).orElseThrow();
        assertEquals(FirmStatus.getClassSchema(), registered.schema());
        assertEquals(1, registered.version());
        assertEquals(registered.id(), WireFormat.schemaId(TOPIC, fromPython));

        // ... our serde, only looking the schema up, reads the record exactly ...
        SpecificAvroSerde<FirmStatus> lookupOnly = new AvroSerdes(client, false).value(FirmStatus.class);
        assertEquals(firmStatus(), lookupOnly.deserialize(TOPIC, fromPython));

        // ... and writes the very same bytes for it.
        assertArrayEquals(fromPython, lookupOnly.serialize(TOPIC, firmStatus()));
    }

    @Test
    void pythonsAvroDeserializerReadsWhatOurSerdeWrites() throws IOException {
        SpecificAvroSerde<FirmStatus> serde = new AvroSerdes(client, true).value(FirmStatus.class);
        byte[] ours = serde.serialize(TOPIC, firmStatus());
        assertEquals(wireJson(firmStatus()), pythonDeserializes(TOPIC, ours, null));

        SpecificAvroSerde<ArticleEvent> articles = new AvroSerdes(client, true).value(ArticleEvent.class);
        byte[] article = articles.serialize("news.articles", article());
        assertEquals(wireJson(article()), pythonDeserializes("news.articles", article, null));
        ArticleEvent noUrl = ArticleEvent.newBuilder(article()).setUrl(null).build();
        assertEquals(wireJson(noUrl), pythonDeserializes("news.articles", articles.serialize("news.articles", noUrl), null));
    }

    @Test
    void schemasEvolveAcrossTheTwoClients() throws IOException {
        // A Python producer still on v0 of FirmStatus (no sourceCount, no evidence) registers first ...
        Schema v0 = withoutFields(FirmStatus.getClassSchema(), "sourceCount", "evidence");
        ObjectNode v0Record = (ObjectNode) wireJson(firmStatus());
        v0Record.remove("sourceCount");
        v0Record.remove("evidence");
        byte[] fromPython = pythonSerializes(TOPIC, v0, v0Record);

        // ... our serde registers v1 beside it (BACKWARD allows it) and reads v0 records with the defaults ...
        SpecificAvroSerde<FirmStatus> serde = new AvroSerdes(client, true).value(FirmStatus.class);
        byte[] ours = serde.serialize(TOPIC, firmStatus());
        assertEquals(2, registry.store().latest(SUBJECT).orElseThrow().version());
        FirmStatus expected = FirmStatus.newBuilder(firmStatus()).setSourceCount(0).setEvidence(java.util.List.of()).build();
        assertEquals(expected, serde.deserialize(TOPIC, fromPython));

        // ... and a Python consumer still reading as v0 resolves our v1 records down to its fields.
        assertEquals(v0Record, pythonDeserializes(TOPIC, ours, v0));

        // A newer Python producer (v2, one more field with a default) is read by our v1 class too.
        Schema v2 = withExtraStringField(FirmStatus.getClassSchema(), "region", "");
        ObjectNode v2Record = ((ObjectNode) wireJson(firmStatus())).put("region", "APAC");
        assertEquals(firmStatus(), serde.deserialize(TOPIC, pythonSerializes(TOPIC, v2, v2Record)));
    }

    @Test
    void pythonsRegistryClientUnderstandsEveryAnswer() throws IOException {
        Schema v1 = FirmStatus.getClassSchema();
        Schema evolved = withExtraStringField(v1, "region", "");
        Schema incompatible = SchemaRegistryFixtures.edited(v1, json -> json.withArray("fields").addObject()
                .put("name", "region").put("type", "string"));
        JsonNode calls = python.callForOne("registry-calls", "--registry", registry.url(), "--subject", SUBJECT,
                "--schema-file", file("v1.avsc", v1.toString()),
                "--evolved-file", file("v2.avsc", evolved.toString()),
                "--incompatible-file", file("bad.avsc", incompatible.toString()));

        assertOk("[]", calls, "subjects_before");
        assertError(404, 40401, calls, "latest_missing");
        assertOk("true", calls, "compatible_before_any");
        assertOk("1", calls, "register");
        assertOk("1", calls, "register_again");
        assertOk("1", calls, "register_other_subject");
        assertOk(JSON.writeValueAsString(v1.toString()), calls, "get_schema");
        assertError(404, 40403, calls, "get_schema_unknown");
        assertOk(registeredJson(SUBJECT, 1, 1, v1), calls, "lookup");
        assertError(404, 40403, calls, "lookup_unknown_schema");
        assertError(404, 40401, calls, "lookup_unknown_subject");
        assertOk("true", calls, "compatible_evolved");
        assertOk("false", calls, "compatible_incompatible");
        assertError(409, 409, calls, "register_incompatible");
        assertOk("2", calls, "register_evolved");
        assertError(422, 42201, calls, "register_invalid");
        assertError(422, 42201, calls, "register_protobuf");
        assertOk("[1,2]", calls, "versions");
        assertOk(registeredJson(SUBJECT, 1, 1, v1), calls, "version_1");
        assertError(404, 40402, calls, "version_missing");
        assertOk(registeredJson(SUBJECT, 2, 2, evolved), calls, "latest");
        assertOk("\"BACKWARD\"", calls, "global_level");
        assertError(404, 40408, calls, "subject_level_unset");
        assertOk("{\"compatibility\":\"FULL\"}", calls, "set_subject_level");
        assertOk("\"FULL\"", calls, "subject_level");
        assertOk("{\"compatibility\":\"FORWARD\"}", calls, "set_global_level");
        assertOk("\"FORWARD\"", calls, "global_level_after");
        assertError(422, 42203, calls, "set_invalid_level");
        assertOk("[\"ev.market-status-value\",\"ev.market-status-value-copy\"]", calls, "subjects");
        assertOk("[1]", calls, "delete_subject");
        assertOk("[\"ev.market-status-value\"]", calls, "subjects_after_delete");
        assertOk(JSON.writeValueAsString(v1.toString()), calls, "get_schema_after_delete");
        assertEquals(32, calls.size(), "every call checked: " + calls.fieldNames());
    }

    private static String registeredJson(String subject, int version, int id, Schema schema) {
        return JSON.createObjectNode().put("subject", subject).put("version", version).put("id", id)
                .put("schema", schema.toString()).toString();
    }

    private static void assertOk(String expectedJson, JsonNode calls, String call) throws IOException {
        JsonNode result = calls.get(call);
        assertEquals(JSON.readTree("{\"ok\":" + expectedJson + "}"), result, call);
    }

    private static void assertError(int httpStatus, int errorCode, JsonNode calls, String call) {
        JsonNode result = calls.get(call);
        assertEquals(httpStatus, result.path("http_status").asInt(), call + ": " + result);
        assertEquals(errorCode, result.path("error_code").asInt(), call + ": " + result);
    }

    @Test
    void ourClientAgreesWithPythonsOnWhatIsRegistered() throws IOException {
        pythonSerializes(TOPIC, FirmStatus.getClassSchema(), wireJson(firmStatus()));
        RestSchemaRegistry rest = new RestSchemaRegistry(registry.url());
        assertEquals(java.util.List.of(SUBJECT), rest.subjects());
        assertEquals(registry.store().latest(SUBJECT), rest.latest(SUBJECT));
    }
}
