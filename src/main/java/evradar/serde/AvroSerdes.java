package evradar.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Makes the value serdes for every record type, all bound to one registry. Passed explicitly to
 * every Consumed/Produced/Materialized, so no serde is configured by class name.
 */
public final class AvroSerdes {

    private final SchemaRegistry registry;
    private final boolean autoRegister;

    public AvroSerdes(SchemaRegistry registry, boolean autoRegister) {
        this.registry = registry;
        this.autoRegister = autoRegister;
    }

    public <T extends SpecificRecord> SpecificAvroSerde<T> value(Class<T> type) {
        return new SpecificAvroSerde<>(registry, type, autoRegister, false);
    }

    public SchemaRegistry registry() {
        return registry;
    }
}
