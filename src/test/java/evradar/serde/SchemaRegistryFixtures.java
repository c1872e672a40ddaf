package evradar.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import evradar.avro.ArticleEvent;
import evradar.avro.EvStatus;
import evradar.avro.Evidence;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;
import evradar.avro.PartnershipType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Sample records and Avro helpers shared by the serde, registry and interop tests. */
public final class SchemaRegistryFixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private SchemaRegistryFixtures() {
    }

    public static ArticleEvent article() {
        return ArticleEvent.newBuilder()
                .setId("dev-000")
                .setSource("Reuters")
                .setUrl("https://example.com/news/xiaomi-ev")
                .setPublishedAt(Instant.parse("2021-03-30T08:15:00.123Z"))
                .setLanguage("en")
                .setTitle("Xiaomi said to enter EV market — in talks with Great Wall")
                .setBody("Xiaomi is in talks with Great Wall Motors, people familiar said.\n\nÜnïcödé survives: 小米汽车.")
                .build();
    }

    public static FirmStatus firmStatus() {
        return FirmStatus.newBuilder()
                .setCompanyId("xiaomi")
                .setCompanyName("Xiaomi")
                .setStatus(EvStatus.RUMORED)
                .setSince(Instant.parse("2021-03-30T08:15:00.123Z"))
                .setUpdatedAt(Instant.parse("2021-03-31T10:00:00Z"))
                .setPartners(List.of(Partner.newBuilder()
                        .setCompanyId("great-wall-motors")
                        .setCompanyName("Great Wall Motors")
                        .setType(PartnershipType.IN_TALKS)
                        .setSince(Instant.parse("2021-03-30T08:15:00.123Z"))
                        .build()))
                .setTargetYear(2024)
                .setSourceCount(2)
                .setEvidence(List.of(
                        Evidence.newBuilder().setArticleId("dev-001").setSource("Bloomberg")
                                .setPublishedAt(Instant.parse("2021-03-31T10:00:00Z")).setStatus(EvStatus.RUMORED)
                                .setSnippet("Xiaomi may build cars, sources say.").build(),
                        Evidence.newBuilder().setArticleId("dev-000").setSource("Reuters")
                                .setPublishedAt(Instant.parse("2021-03-30T08:15:00.123Z")).setStatus(EvStatus.RUMORED)
                                .setSnippet("Xiaomi is in talks with Great Wall Motors.").build()))
                .build();
    }

    /** What a plain {@link SpecificDatumWriter} writes for a record: the Avro body, no framing. */
    public static <T extends SpecificRecord> byte[] avroBody(T record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<T>(record.getSchema()).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record re-read as a generic one under another (compatible) schema, with no logical-type conversions. */
    public static GenericRecord asGeneric(SpecificRecord record, Schema readerSchema) {
        try {
            byte[] body = avroBody(record);
            return new GenericDatumReader<GenericRecord>(record.getSchema(), readerSchema, new GenericData())
                    .read(null, DecoderFactory.get().binaryDecoder(body, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generic record in Confluent's wire format under the given schema id. */
    public static byte[] framed(int schemaId, GenericRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0);
            out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(record.getSchema(), new GenericData()).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A record as JSON with its Avro field names and its values as they are on the wire
     * (timestamps as epoch milliseconds, enums as symbols, optional values bare): the shape a
     * non-Java client such as fastavro hands out, so the two can be compared as trees.
     */
    public static JsonNode wireJson(SpecificRecord record) {
        GenericRecord generic = asGeneric(record, record.getSchema());
        try {
            // through text, so numbers parse to the same node types as the other side's JSON
            return JSON.readTree(JSON.writeValueAsString(toJson(generic)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode toJson(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof GenericRecord r) {
            ObjectNode node = JSON.createObjectNode();
            for (Schema.Field f : r.getSchema().getFields()) {
                node.set(f.name(), toJson(r.get(f.name())));
            }
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode node = JSON.createArrayNode();
            list.forEach(v -> node.add(toJson(v)));
            return node;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = JSON.createObjectNode();
            map.forEach((k, v) -> node.set(k.toString(), toJson(v)));
            return node;
        }
        if (value instanceof Integer i) {
            return JSON.getNodeFactory().numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.getNodeFactory().numberNode(l);
        }
        if (value instanceof Boolean b) {
            return JSON.getNodeFactory().booleanNode(b);
        }
        if (value instanceof Double d) {
            return JSON.getNodeFactory().numberNode(d);
        }
        return JSON.getNodeFactory().textNode(value.toString()); // Utf8, String, EnumSymbol
    }

    /** A schema's JSON edited (fields added or removed), parsed back. */
    public static Schema edited(Schema schema, Consumer<ObjectNode> edit) {
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(schema.toString());
            edit.accept(json);
            return new Schema.Parser().parse(json.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema without the named top-level fields. */
    public static Schema withoutFields(Schema schema, String... names) {
        return edited(schema, json -> {
            ArrayNode fields = (ArrayNode) json.get("fields");
            for (int i = fields.size() - 1; i >= 0; i--) {
                if (List.of(names).contains(fields.get(i).get("name").asText())) {
                    fields.remove(i);
                }
            }
        });
    }

    /** The schema without one field of the records an array field holds ("partners" → "certainty"). */
    public static Schema withoutItemField(Schema schema, String arrayField, String name) {
        return edited(schema, json -> {
            for (com.fasterxml.jackson.databind.JsonNode f : json.get("fields")) {
                if (f.get("name").asText().equals(arrayField)) {
                    ArrayNode fields = (ArrayNode) f.get("type").get("items").get("fields");
                    for (int i = fields.size() - 1; i >= 0; i--) {
                        if (fields.get(i).get("name").asText().equals(name)) {
                            fields.remove(i);
                        }
                    }
                }
            }
        });
    }

    /** The schema with one more top-level string field (with a default, so it stays compatible). */
    public static Schema withExtraStringField(Schema schema, String name, String defaultValue) {
        return edited(schema, json -> ((ArrayNode) json.get("fields")).addObject()
                .put("name", name).put("type", "string").put("default", defaultValue));
    }

    /** A port that nothing listens on (just opened and closed). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
