package evradar.serde;

import evradar.avro.ArticleEvent;
import evradar.avro.FirmStatus;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static evradar.serde.SchemaRegistryFixtures.edited;
import static evradar.serde.SchemaRegistryFixtures.withExtraStringField;
import static evradar.serde.SchemaRegistryFixtures.withoutFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemorySchemaRegistryTest {

    private static final String SUBJECT = "ev.market-status-value";
    private static final Schema V1 = FirmStatus.getClassSchema();
    /** V1 plus a field with a default: every level allows it. */
    private static final Schema V2 = withExtraStringField(V1, "region", "");
    /** V1 plus a field without a default: new readers cannot read old data. */
    private static final Schema REQUIRED_FIELD_ADDED = edited(V1, json -> ((com.fasterxml.jackson.databind.node.ArrayNode)
            json.get("fields")).addObject().put("name", "region").put("type", "string"));
    /** V1 without a field that has no default: old readers cannot read new data. */
    private static final Schema REQUIRED_FIELD_REMOVED = withoutFields(V1, "companyName");

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry("mock://in-memory-test");

    private static int code(Runnable call) {
        return assertThrows(SchemaRegistryException.class, call::run).errorCode();
    }

    @Test
    void sameSchemaTwiceGetsTheSameIdAndOneVersion() {
        int id = registry.register(SUBJECT, V1);
        assertEquals(id, registry.register(SUBJECT, V1));
        assertEquals(id, registry.register(SUBJECT, new Schema.Parser().parse(V1.toString())));
        assertEquals(1, registry.versions(SUBJECT).size());
    }

    @Test
    void sameSchemaUnderAnotherSubjectGetsTheSameId() {
        int id = registry.register(SUBJECT, V1);
        assertEquals(id, registry.register("ev.market-status-copy-value", V1));
        assertEquals(List.of("ev.market-status-copy-value", SUBJECT), registry.subjects());
        assertEquals(List.of("ev.market-status-copy-value", SUBJECT), registry.subjectsOf(id));
        assertNotEquals(id, registry.register("news.articles-value", ArticleEvent.getClassSchema()));
    }

    @Test
    void newSchemasGetNewVersionsAndIds() {
        int first = registry.register(SUBJECT, V1);
        int second = registry.register(SUBJECT, V2);
        assertNotEquals(first, second);
        assertEquals(List.of(1, 2), registry.versions(SUBJECT).stream().map(RegisteredSchema::version).toList());
        assertEquals(new RegisteredSchema(SUBJECT, 2, second, V2), registry.latest(SUBJECT).orElseThrow());
        assertEquals(new RegisteredSchema(SUBJECT, 1, first, V1), registry.version(SUBJECT, 1));
        assertEquals(new RegisteredSchema(SUBJECT, 1, first, V1), registry.lookup(SUBJECT, V1));
        // an older schema registered again is found, not added
        assertEquals(first, registry.register(SUBJECT, V1));
        assertEquals(2, registry.versions(SUBJECT).size());
    }

    @Test
    void docOnlyChangesAreDistinctSchemas() {
        Schema redocumented = edited(V1, json -> json.put("doc", "another doc"));
        assertEquals(V1, redocumented, "Avro's equals ignores docs");
        assertNotEquals(registry.register(SUBJECT, V1), registry.register(SUBJECT, redocumented));
    }

    @Test
    void backwardIsTheDefaultAndRefusesWith409() {
        assertEquals(CompatibilityLevel.BACKWARD, registry.globalCompatibility());
        registry.register(SUBJECT, V1);
        assertFalse(registry.isCompatible(SUBJECT, REQUIRED_FIELD_ADDED));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> registry.register(SUBJECT, REQUIRED_FIELD_ADDED));
        assertEquals(409, e.errorCode());
        assertEquals(409, e.httpStatus());
        assertTrue(e.getMessage().startsWith("Schema being registered is incompatible with an earlier schema for subject "
                + "\"ev.market-status-value\", details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'"), e.getMessage());
        assertTrue(e.getMessage().contains("region"), e.getMessage());
        assertEquals(1, registry.versions(SUBJECT).size());
        // removing a field is backward compatible: the new reader just ignores it
        assertTrue(registry.isCompatible(SUBJECT, REQUIRED_FIELD_REMOVED));
    }

    @Test
    void levelsDecideWhatMayFollow() {
        registry.register(SUBJECT, V1);
        registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.FORWARD);
        assertTrue(registry.isCompatible(SUBJECT, REQUIRED_FIELD_ADDED));
        assertFalse(registry.isCompatible(SUBJECT, REQUIRED_FIELD_REMOVED));

        registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.FULL);
        assertFalse(registry.isCompatible(SUBJECT, REQUIRED_FIELD_ADDED));
        assertFalse(registry.isCompatible(SUBJECT, REQUIRED_FIELD_REMOVED));
        assertTrue(registry.isCompatible(SUBJECT, V2));

        registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.NONE);
        assertTrue(registry.isCompatible(SUBJECT, ArticleEvent.getClassSchema()));
        assertEquals(CompatibilityLevel.BACKWARD, registry.globalCompatibility(), "subject level leaves the global one");
        assertEquals(CompatibilityLevel.BACKWARD, registry.compatibilityOf("other-value"));
    }

    @Test
    void transitiveLevelsCheckEveryVersion() {
        Schema onlyId = Schema.createRecord("R", null, "t", false, List.of(
                new Schema.Field("id", Schema.create(Schema.Type.STRING))));
        Schema withName = edited(onlyId, json -> ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("fields"))
                .addObject().put("name", "name").put("type", "string").put("default", ""));
        Schema nameRequired = edited(onlyId, json -> ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("fields"))
                .addObject().put("name", "name").put("type", "string"));
        registry.setGlobalCompatibility(CompatibilityLevel.BACKWARD);
        registry.register("t", onlyId);
        registry.register("t", withName);
        // reads data written by v2 (which has name), not by v1 (which has none): latest-only says yes
        assertTrue(registry.isCompatible("t", nameRequired));
        registry.setSubjectCompatibility("t", CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertFalse(registry.isCompatible("t", nameRequired));
    }

    @Test
    void lookupErrorsCarryConfluentCodes() {
        assertEquals(40401, code(() -> registry.lookup(SUBJECT, V1)));
        registry.register(SUBJECT, V1);
        assertEquals(40403, code(() -> registry.lookup(SUBJECT, V2)));
        assertEquals(40403, code(() -> registry.schemaById(999)));
        assertEquals(40401, code(() -> registry.versions("nope")));
        assertEquals(40402, code(() -> registry.version(SUBJECT, 7)));
        assertTrue(registry.latest("nope").isEmpty());
        assertEquals(42203, code(() -> CompatibilityLevel.parse("SIDEWAYS")));
        assertEquals(CompatibilityLevel.FULL_TRANSITIVE, CompatibilityLevel.parse(" full_transitive "));
    }

    @Test
    void softDeleteHidesTheSubjectButKeepsIdsReadable() {
        int id = registry.register(SUBJECT, V1);
        registry.register(SUBJECT, V2);
        registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.NONE);

        assertEquals(List.of(1, 2), registry.deleteSubject(SUBJECT, false));
        assertEquals(List.of(), registry.subjects());
        assertTrue(registry.latest(SUBJECT).isEmpty());
        assertEquals(V1, registry.schemaById(id));
        assertEquals(40404, code(() -> registry.deleteSubject(SUBJECT, false)));

        // registering again keeps the id and numbers on after the deleted versions
        assertEquals(id, registry.register(SUBJECT, V1));
        assertEquals(3, registry.latest(SUBJECT).orElseThrow().version());
        assertEquals(40405, code(() -> registry.deleteSubject(SUBJECT, true)));
    }

    @Test
    void permanentDeleteComesAfterSoftDelete() {
        registry.register(SUBJECT, V1);
        registry.setSubjectCompatibility(SUBJECT, CompatibilityLevel.NONE);
        assertEquals(40405, code(() -> registry.deleteSubject(SUBJECT, true)));
        registry.deleteSubject(SUBJECT, false);
        assertEquals(List.of(1), registry.deleteSubject(SUBJECT, true));
        assertTrue(registry.subjectCompatibility(SUBJECT).isEmpty());
        assertEquals(40401, code(() -> registry.deleteSubject(SUBJECT, true)));
        assertEquals(40401, code(() -> registry.deleteSubject("never-there", false)));
        registry.register(SUBJECT, V1);
        assertEquals(1, registry.latest(SUBJECT).orElseThrow().version());
    }

    @Test
    void mockScopesAreSharedByName() {
        try {
            SchemaRegistry a = SchemaRegistries.forUrl("mock://in-memory-test-scope");
            assertSame(a, SchemaRegistries.forUrl("mock://in-memory-test-scope"));
            assertSame(a, InMemorySchemaRegistry.scope("in-memory-test-scope"));
            assertEquals("mock://in-memory-test-scope", a.url());
        } finally {
            InMemorySchemaRegistry.dropScope("in-memory-test-scope");
        }
    }
}
