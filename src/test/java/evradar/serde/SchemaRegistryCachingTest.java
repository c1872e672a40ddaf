package evradar.serde;

import evradar.avro.FirmStatus;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static evradar.serde.SchemaRegistryFixtures.edited;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link CachingSchemaRegistry}: asks once for what never changes, passes the rest through. */
class SchemaRegistryCachingTest {

    private static final String SUBJECT = "ev.market-status-value";

    /** Counts the calls that reach the registry behind the cache. */
    private static final class Counting implements SchemaRegistry {
        final InMemorySchemaRegistry inner = new InMemorySchemaRegistry("mock://counted");
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int register(String subject, Schema schema) {
            calls.incrementAndGet();
            return inner.register(subject, schema);
        }

        @Override
        public RegisteredSchema lookup(String subject, Schema schema) {
            calls.incrementAndGet();
            return inner.lookup(subject, schema);
        }

        @Override
        public Schema schemaById(int id) {
            calls.incrementAndGet();
            return inner.schemaById(id);
        }

        @Override
        public Optional<RegisteredSchema> latest(String subject) {
            calls.incrementAndGet();
            return inner.latest(subject);
        }

        @Override
        public boolean isCompatible(String subject, Schema schema) {
            calls.incrementAndGet();
            return inner.isCompatible(subject, schema);
        }

        @Override
        public List<String> subjects() {
            calls.incrementAndGet();
            return inner.subjects();
        }

        @Override
        public String url() {
            return inner.url();
        }
    }

    @Test
    void idsAndSchemasAreFetchedOnce() {
        Counting counting = new Counting();
        CachingSchemaRegistry cache = new CachingSchemaRegistry(counting);
        int id = cache.register(SUBJECT, FirmStatus.getClassSchema());
        assertEquals(id, cache.register(SUBJECT, FirmStatus.getClassSchema()));
        assertEquals(FirmStatus.getClassSchema(), cache.schemaById(id), "known from registering");
        assertEquals(1, counting.calls.get());

        cache.lookup(SUBJECT, FirmStatus.getClassSchema());
        cache.lookup(SUBJECT, FirmStatus.getClassSchema());
        assertEquals(2, counting.calls.get());

        cache.latest(SUBJECT);
        cache.latest(SUBJECT);
        cache.isCompatible(SUBJECT, FirmStatus.getClassSchema());
        cache.subjects();
        assertEquals(6, counting.calls.get(), "latest, compatibility and subjects change, so are never cached");
        assertEquals("mock://counted", cache.url());
    }

    @Test
    void failuresAreNotCached() {
        Counting counting = new Counting();
        CachingSchemaRegistry cache = new CachingSchemaRegistry(counting);
        assertThrows(SchemaRegistryException.class, () -> cache.schemaById(1));
        int id = counting.inner.register(SUBJECT, FirmStatus.getClassSchema());
        assertEquals(FirmStatus.getClassSchema(), cache.schemaById(id));
    }

    @Test
    void schemasDifferingOnlyInDocsAreCachedApart() {
        // Avro's Schema.equals ignores docs; keyed by Schema, the second registration got the first's id.
        Schema redocumented = edited(FirmStatus.getClassSchema(), json -> json.put("doc", "reworded"));
        CachingSchemaRegistry cache = new CachingSchemaRegistry(new InMemorySchemaRegistry("mock://docs"));
        int first = cache.register(SUBJECT, FirmStatus.getClassSchema());
        int second = cache.register(SUBJECT, redocumented);
        assertNotEquals(first, second);
        assertEquals("reworded", cache.schemaById(second).getDoc());
    }
}
