package evradar.serde;

import org.apache.avro.Schema;

import java.util.List;
import java.util.Optional;

/**
 * The part of the Confluent Schema Registry API that evradar uses. Implemented over HTTP for any
 * server speaking that API, and in memory for tests ({@code mock://scope}) and the embedded registry.
 * Every failure is a {@link SchemaRegistryException} carrying Confluent's error code.
 */
public interface SchemaRegistry extends AutoCloseable {

    /** Registers {@code schema} under {@code subject} (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} if it is already registered under {@code subject} (error 40403 if not). */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The schema with the given global id (error 40403 if there is none). */
    Schema schemaById(int id);

    /** The newest version under {@code subject}, or empty when the subject does not exist. */
    Optional<RegisteredSchema> latest(String subject);

    /** Whether {@code schema} could be registered under {@code subject} by its compatibility level. */
    boolean isCompatible(String subject, Schema schema);

    /** Every subject with at least one version, sorted. */
    List<String> subjects();

    /** Where this registry is, for messages ("mock://tests", "http://localhost:8081"). */
    String url();

    @Override
    default void close() {
    }
}
