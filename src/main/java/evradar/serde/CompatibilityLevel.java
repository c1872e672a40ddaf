package evradar.serde;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

import java.util.ArrayList;
import java.util.List;

/** Confluent's compatibility levels, checked with Avro's own {@link SchemaCompatibility}. */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /**
     * Whether {@code candidate} may follow {@code existing} (oldest first): BACKWARD means the new
     * schema can read data written with the old one, FORWARD that the old can read the new.
     */
    public boolean allows(Schema candidate, List<Schema> existing) {
        return incompatibilities(candidate, existing).isEmpty();
    }

    /**
     * Why {@code candidate} may not follow {@code existing} (oldest first), one line per problem in
     * the words of Avro's {@link SchemaCompatibility}; empty when it may. These are the "details"
     * of Confluent's 409 answer and the "messages" of its verbose compatibility check.
     */
    public List<String> incompatibilities(Schema candidate, List<Schema> existing) {
        if (this == NONE || existing.isEmpty()) {
            return List.of();
        }
        boolean transitive = name().endsWith("_TRANSITIVE");
        List<Schema> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Schema old : against) {
            if (checksBackward()) {
                problems.addAll(problems(candidate, old, "the new schema cannot read data written with an old one"));
            }
            if (checksForward()) {
                problems.addAll(problems(old, candidate, "an old schema cannot read data written with the new one"));
            }
        }
        return List.copyOf(problems);
    }

    private boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    private boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    private static List<String> problems(Schema reader, Schema writer, String direction) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (SchemaCompatibility.Incompatibility i : result.getResult().getIncompatibilities()) {
            out.add("{errorType:'" + i.getType() + "', description:'" + direction + ": " + i.getMessage()
                    + "', location:'" + i.getLocation() + "'}");
        }
        if (out.isEmpty()) {
            out.add("{errorType:'INCOMPATIBLE', description:'" + direction + "'}");
        }
        return out;
    }

    /** Parses a level as the REST API spells it; error 42203 for anything else. */
    public static CompatibilityLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level: " + text);
        }
    }
}
