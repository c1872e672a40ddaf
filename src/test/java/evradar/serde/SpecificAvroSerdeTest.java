package evradar.serde;

import evradar.avro.ArticleEvent;
import evradar.avro.EvStatus;
import evradar.avro.FirmStatus;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static evradar.serde.SchemaRegistryFixtures.article;
import static evradar.serde.SchemaRegistryFixtures.asGeneric;
import static evradar.serde.SchemaRegistryFixtures.avroBody;
import static evradar.serde.SchemaRegistryFixtures.closedPort;
import static evradar.serde.SchemaRegistryFixtures.firmStatus;
import static evradar.serde.SchemaRegistryFixtures.framed;
import static evradar.serde.SchemaRegistryFixtures.withExtraStringField;
import static evradar.serde.SchemaRegistryFixtures.withoutFields;
import static evradar.serde.SchemaRegistryFixtures.withoutItemField;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecificAvroSerdeTest {

    private static final String SCOPE = "specific-avro-serde-test";
    private static final String TOPIC = "ev.market-status";

    private InMemorySchemaRegistry registry;

    @BeforeEach
    void freshRegistry() {
        InMemorySchemaRegistry.dropScope(SCOPE);
        registry = InMemorySchemaRegistry.scope(SCOPE);
    }

    @AfterEach
    void dropRegistry() {
        InMemorySchemaRegistry.dropScope(SCOPE);
    }

    private <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type) {
        return new AvroSerdes(registry, true).value(type);
    }

    @Test
    void articleEventRoundTrips() {
        SpecificAvroSerde<ArticleEvent> serde = serde(ArticleEvent.class);
        ArticleEvent article = article();
        assertEquals(article, serde.deserialize("news.articles", serde.serialize("news.articles", article)));

        ArticleEvent withoutUrl = ArticleEvent.newBuilder(article).setUrl(null).setTitle("").build();
        assertEquals(withoutUrl, serde.deserialize("news.articles", serde.serialize("news.articles", withoutUrl)));
    }

    @Test
    void firmStatusRoundTrips() {
        SpecificAvroSerde<FirmStatus> serde = serde(FirmStatus.class);
        FirmStatus status = firmStatus();
        assertEquals(status, serde.deserialize(TOPIC, serde.serialize(TOPIC, status)));

        FirmStatus bare = FirmStatus.newBuilder(status).setPartners(List.of()).setEvidence(List.of()).setTargetYear(null).build();
        assertEquals(bare, serde.deserialize(TOPIC, serde.serialize(TOPIC, bare)));
    }

    @Test
    void writingRegistersTheClassSchemaUnderTheTopicValueSubject() {
        serde(FirmStatus.class).serialize(TOPIC, firmStatus());
        assertEquals(List.of("ev.market-status-value"), registry.subjects());
        assertEquals(FirmStatus.getClassSchema(), registry.latest("ev.market-status-value").orElseThrow().schema());
        assertEquals("ev.market-status-key", SpecificAvroSerde.subject(TOPIC, true));
    }

    @Test
    void nullsPassThrough() {
        SpecificAvroSerde<FirmStatus> serde = serde(FirmStatus.class);
        assertNull(serde.serialize(TOPIC, null));
        assertNull(serde.deserialize(TOPIC, null));
    }

    @Test
    void wireFormatIsMagicByteThenBigEndianIdThenPlainAvroBody() {
        int id = 0x12345678;
        SpecificAvroSerde<FirmStatus> serde = new SpecificAvroSerde<>(new FixedIdRegistry(id, FirmStatus.getClassSchema()),
                FirmStatus.class, true, false);
        FirmStatus status = firmStatus();

        byte[] bytes = serde.serialize(TOPIC, status);

        assertEquals(0x00, bytes[0], "magic byte");
        assertEquals(0x12, bytes[1], "id, most significant byte first");
        assertEquals(0x34, bytes[2]);
        assertEquals(0x56, bytes[3]);
        assertEquals(0x78, bytes[4]);
        assertArrayEquals(avroBody(status), Arrays.copyOfRange(bytes, 5, bytes.length), "body = SpecificDatumWriter output");
        assertEquals(id, WireFormat.schemaId(TOPIC, bytes));
        assertEquals(status, serde.deserialize(TOPIC, bytes));
    }

    @Test
    void idInTheHeaderIsTheRegisteredOne() {
        registry.register("padding-value", Schema.create(Schema.Type.STRING));
        byte[] bytes = serde(FirmStatus.class).serialize(TOPIC, firmStatus());
        int registered = registry.lookup("ev.market-status-value", FirmStatus.getClassSchema()).id();
        assertEquals(2, registered);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 2}, Arrays.copyOf(bytes, 5));
    }

    @Test
    void readsRecordsWrittenWithAnOlderSchema() {
        // v0 of FirmStatus had neither sourceCount nor evidence; both have defaults now.
        Schema older = withoutFields(FirmStatus.getClassSchema(), "sourceCount", "evidence");
        int olderId = registry.register("ev.market-status-value", older);
        GenericRecord written = asGeneric(firmStatus(), older);

        FirmStatus read = serde(FirmStatus.class).deserialize(TOPIC, framed(olderId, written));

        FirmStatus expected = FirmStatus.newBuilder(firmStatus()).setSourceCount(0).setEvidence(List.of()).build();
        assertEquals(expected, read);
    }

    @Test
    void readsPartnersWrittenBeforeTheyHadACertainty() {
        // rules-10 and before: a Partner had no certainty; such records read as CONFIRMED, as before
        Schema older = withoutItemField(FirmStatus.getClassSchema(), "partners", "certainty");
        assertFalse(older.toString().contains("Certainty"), older::toString);
        int olderId = registry.register("ev.market-status-value", older);
        GenericRecord written = asGeneric(firmStatus(), older);

        FirmStatus read = serde(FirmStatus.class).deserialize(TOPIC, framed(olderId, written));

        assertEquals(evradar.avro.Certainty.CONFIRMED, read.getPartners().get(0).getCertainty());
        assertEquals(firmStatus(), read);
        // and a reader still on the older schema can read what this version writes
        assertTrue(org.apache.avro.SchemaCompatibility.checkReaderWriterCompatibility(older, FirmStatus.getClassSchema())
                .getType() == org.apache.avro.SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void readsRecordsWrittenWithANewerSchema() {
        Schema newer = withExtraStringField(FirmStatus.getClassSchema(), "region", "");
        int newerId = registry.register("ev.market-status-value", newer);
        GenericRecord written = asGeneric(firmStatus(), newer);
        written.put("region", "APAC");

        assertEquals(firmStatus(), serde(FirmStatus.class).deserialize(TOPIC, framed(newerId, written)));
    }

    @Test
    void writesTheOlderRegisteredSchemaIdWhenOnlyLookingUp() {
        registry.register("ev.market-status-value", FirmStatus.getClassSchema());
        SpecificAvroSerde<FirmStatus> lookupOnly = new SpecificAvroSerde<>(registry, FirmStatus.class, false, false);
        assertEquals(firmStatus(), lookupOnly.deserialize(TOPIC, lookupOnly.serialize(TOPIC, firmStatus())));

        SpecificAvroSerde<ArticleEvent> unregistered = new SpecificAvroSerde<>(registry, ArticleEvent.class, false, false);
        SerializationException e = assertThrows(SerializationException.class, () -> unregistered.serialize("news.articles", article()));
        assertTrue(e.getMessage().contains("refused to find ArticleEvent under news.articles-value"), e.getMessage());
    }

    @Test
    void wrongMagicByteIsNamed() {
        byte[] bytes = serde(FirmStatus.class).serialize(TOPIC, firmStatus());
        bytes[0] = 1;
        SerializationException e = assertThrows(SerializationException.class, () -> serde(FirmStatus.class).deserialize(TOPIC, bytes));
        assertEquals("Unknown magic byte 0x01 on topic ev.market-status: not a Confluent schema-registry Avro record", e.getMessage());

        byte[] json = "{\"companyId\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        e = assertThrows(SerializationException.class, () -> serde(FirmStatus.class).deserialize(TOPIC, json));
        assertTrue(e.getMessage().startsWith("Unknown magic byte 0x7b"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsNamed() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde(FirmStatus.class).deserialize(TOPIC, new byte[] {0, 0, 1}));
        assertEquals("Truncated record on topic ev.market-status: 3 bytes, but the Confluent wire format needs at least 5",
                e.getMessage());
    }

    @Test
    void truncatedBodyIsNamed() {
        SpecificAvroSerde<FirmStatus> serde = serde(FirmStatus.class);
        byte[] bytes = serde.serialize(TOPIC, firmStatus());
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 10);
        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize(TOPIC, cut));
        assertTrue(e.getMessage().startsWith("Truncated or corrupt Avro payload on topic ev.market-status (schema id 1, "
                + cut.length + " bytes)"), e.getMessage());
    }

    @Test
    void trailingBytesAreNamed() {
        SpecificAvroSerde<FirmStatus> serde = serde(FirmStatus.class);
        byte[] bytes = serde.serialize(TOPIC, firmStatus());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize(TOPIC, longer));
        assertEquals("Trailing bytes after a FirmStatus on topic ev.market-status", e.getMessage());
    }

    @Test
    void unknownSchemaIdIsNamed() {
        byte[] bytes = {0, 0, 0, 0x27, 0x0f, 2, 'x'};
        SerializationException e = assertThrows(SerializationException.class, () -> serde(FirmStatus.class).deserialize(TOPIC, bytes));
        assertEquals("Schema id 9999 is unknown to registry mock://specific-avro-serde-test: Schema 9999 not found", e.getMessage());
    }

    @Test
    void aWriterSchemaThatDoesNotFitTheClassIsNamed() {
        int otherId = registry.register("other-value", Schema.createRecord("FirmStatus", null, "evradar.avro", false,
                List.of(new Schema.Field("companyId", Schema.create(Schema.Type.INT)))));
        byte[] bytes = {0, 0, 0, 0, (byte) otherId, 2};
        SerializationException e = assertThrows(SerializationException.class, () -> serde(FirmStatus.class).deserialize(TOPIC, bytes));
        assertTrue(e.getMessage().startsWith("Cannot read a record written with schema id " + otherId
                + " on topic ev.market-status as FirmStatus: "), e.getMessage());
    }

    @Test
    void incompatibleNewSchemaIsRefusedOnWrite() {
        registry.register("ev.market-status-value", Schema.createRecord("FirmStatus", null, "evradar.avro", false,
                List.of(new Schema.Field("only", Schema.create(Schema.Type.STRING)))));
        SerializationException e = assertThrows(SerializationException.class, () -> serde(FirmStatus.class).serialize(TOPIC, firmStatus()));
        assertTrue(e.getMessage().startsWith("Schema registry mock://specific-avro-serde-test refused to register FirmStatus"
                + " under ev.market-status-value: Schema being registered is incompatible with an earlier schema"), e.getMessage());
    }

    @Test
    void unreachableRegistryIsOneClearLine() {
        int port = closedPort();
        String url = "http://127.0.0.1:" + port;
        SchemaRegistry unreachable = SchemaRegistries.forUrl(url);
        SpecificAvroSerde<FirmStatus> serde = new AvroSerdes(unreachable, true).value(FirmStatus.class);

        SerializationException onWrite = assertThrows(SerializationException.class, () -> serde.serialize(TOPIC, firmStatus()));
        assertEquals("Cannot register FirmStatus under ev.market-status-value: cannot reach schema registry at " + url
                + ": connection refused", onWrite.getMessage());
        assertEquals(SchemaRegistryException.UNREACHABLE, ((SchemaRegistryException) onWrite.getCause()).errorCode());

        SerializationException onRead = assertThrows(SerializationException.class,
                () -> serde.deserialize(TOPIC, new byte[] {0, 0, 0, 0, 1, 0}));
        assertEquals("Cannot fetch schema id 1 to read FirmStatus: cannot reach schema registry at " + url
                + ": connection refused", onRead.getMessage());
        assertFalse(onRead.getMessage().contains("\n"));
    }

    /** A registry that hands out one fixed id, to see every byte of the header. */
    private record FixedIdRegistry(int id, Schema schema) implements SchemaRegistry {
        @Override
        public int register(String subject, Schema s) {
            return id;
        }

        @Override
        public RegisteredSchema lookup(String subject, Schema s) {
            return new RegisteredSchema(subject, 1, id, schema);
        }

        @Override
        public Schema schemaById(int wanted) {
            if (wanted != id) {
                throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + wanted + " not found");
            }
            return schema;
        }

        @Override
        public Optional<RegisteredSchema> latest(String subject) {
            return Optional.of(lookup(subject, schema));
        }

        @Override
        public boolean isCompatible(String subject, Schema s) {
            return true;
        }

        @Override
        public List<String> subjects() {
            return List.of();
        }

        @Override
        public String url() {
            return "fixed://" + id;
        }
    }

    @Test
    void enumSymbolsAndUnicodeSurvive() {
        SpecificAvroSerde<FirmStatus> serde = serde(FirmStatus.class);
        for (EvStatus status : EvStatus.values()) {
            FirmStatus s = FirmStatus.newBuilder(firmStatus()).setStatus(status).setCompanyName("小米 " + status).build();
            assertEquals(s, serde.deserialize(TOPIC, serde.serialize(TOPIC, s)));
        }
    }
}
