package evradar.serde;

import org.apache.avro.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A schema registry held in memory, with the same semantics as Confluent's: one global id per
 * distinct schema (by canonical form), numbered versions per subject, and registration refused with
 * 409 when the subject's compatibility level (BACKWARD by default) rejects the schema. It backs the
 * {@code mock://scope} URLs used by tests and the embedded registry server.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {

    /** Registries by mock scope: Confluent's {@code mock://} convention, one shared store per scope name. */
    private static final Map<String, InMemorySchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final String url;
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByCanonicalForm = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new TreeMap<>();
    private final Map<String, List<RegisteredSchema>> deletedVersionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int nextId = 1;

    public InMemorySchemaRegistry(String url) {
        this.url = url;
    }

    /** The registry shared by everything that names {@code mock://scope}. */
    public static InMemorySchemaRegistry scope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistry("mock://" + s));
    }

    /** Forgets a mock scope (tests call this to start clean). */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        Optional<RegisteredSchema> existing = find(subject, schema);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        List<String> problems = compatibilityOf(subject).incompatibilities(schema, schemas(versions));
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException(SchemaRegistryException.INCOMPATIBLE,
                    "Schema being registered is incompatible with an earlier schema for subject \""
                            + subject + "\", details: " + problems + " (compatibility " + compatibilityOf(subject) + ")");
        }
        String canonical = canonical(schema);
        int id = idsByCanonicalForm.computeIfAbsent(canonical, c -> {
            int newId = nextId++;
            schemasById.put(newId, schema);
            return newId;
        });
        List<RegisteredSchema> list = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        // Soft-deleted versions keep their numbers, as in Confluent's registry.
        int version = Math.max(lastVersion(list), lastVersion(deletedVersionsBySubject.getOrDefault(subject, List.of()))) + 1;
        list.add(new RegisteredSchema(subject, version, id, schemasById.get(id)));
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        if (!versionsBySubject.containsKey(subject)) {
            throw subjectNotFound(subject);
        }
        return find(subject, schema).orElseThrow(() -> new SchemaRegistryException(
                SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found under subject " + subject));
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized Optional<RegisteredSchema> latest(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        return versions == null || versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        return compatibilityOf(subject).allows(schema, schemas(versionsBySubject.getOrDefault(subject, List.of())));
    }

    @Override
    public synchronized List<String> subjects() {
        return List.copyOf(versionsBySubject.keySet());
    }

    @Override
    public String url() {
        return url;
    }

    /** All versions under a subject, oldest first (error 40401 if there are none). */
    public synchronized List<RegisteredSchema> versions(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw subjectNotFound(subject);
        }
        return List.copyOf(versions);
    }

    /** One version under a subject (errors 40401, 40402). */
    public synchronized RegisteredSchema version(String subject, int version) {
        return versions(subject).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new SchemaRegistryException(SchemaRegistryException.VERSION_NOT_FOUND,
                        "Version " + version + " not found."));
    }

    /** The subjects under which the schema with this id is registered. */
    public synchronized List<String> subjectsOf(int id) {
        List<String> out = new ArrayList<>();
        versionsBySubject.forEach((subject, versions) -> {
            if (versions.stream().anyMatch(v -> v.id() == id)) {
                out.add(subject);
            }
        });
        return out;
    }

    public synchronized CompatibilityLevel globalCompatibility() {
        return globalLevel;
    }

    public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
        globalLevel = level;
    }

    /** The level that applies to a subject: its own, else the global one. */
    public synchronized CompatibilityLevel compatibilityOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** The subject's own level, if it has one set. */
    public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    public synchronized void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        subjectLevels.put(subject, level);
    }

    /**
     * Deletes a subject as Confluent's {@code DELETE /subjects/{s}} does and returns the versions
     * deleted. A soft delete hides the subject's versions (their ids still resolve, so records
     * written with them stay readable) and a later registration numbers on after them; a permanent
     * delete, allowed only after a soft one, forgets them and the subject's compatibility level.
     * Errors: 40401 no such subject, 40404 already soft-deleted, 40405 permanent before soft.
     */
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        List<RegisteredSchema> live = versionsBySubject.get(subject);
        List<RegisteredSchema> deleted = deletedVersionsBySubject.get(subject);
        if (permanent) {
            if (live != null) {
                throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_NOT_SOFT_DELETED,
                        "Subject '" + subject + "' was not deleted first before being permanently deleted");
            }
            if (deleted == null) {
                throw subjectNotFound(subject);
            }
            deletedVersionsBySubject.remove(subject);
            subjectLevels.remove(subject);
            return deleted.stream().map(RegisteredSchema::version).toList();
        }
        if (live == null) {
            if (deleted != null) {
                throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_SOFT_DELETED,
                        "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
            }
            throw subjectNotFound(subject);
        }
        versionsBySubject.remove(subject);
        deletedVersionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).addAll(live);
        return live.stream().map(RegisteredSchema::version).toList();
    }

    private static int lastVersion(List<RegisteredSchema> versions) {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    }

    private Optional<RegisteredSchema> find(String subject, Schema schema) {
        String canonical = canonical(schema);
        return versionsBySubject.getOrDefault(subject, List.of()).stream()
                .filter(v -> canonical(v.schema()).equals(canonical))
                .findFirst();
    }

    private static List<Schema> schemas(List<RegisteredSchema> versions) {
        return versions.stream().map(RegisteredSchema::schema).toList();
    }

    /**
     * Schemas are the same when their full JSON is the same; Avro's parsing canonical form would
     * merge schemas that differ only in docs and defaults, which the registry must keep apart.
     */
    private static String canonical(Schema schema) {
        return schema.toString();
    }

    private static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException(SchemaRegistryException.SUBJECT_NOT_FOUND,
                "Subject '" + subject + "' not found.");
    }
}
