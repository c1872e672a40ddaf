package evradar.serde;

import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serde for a generated Avro record class in Confluent's wire format, with the subject named after
 * the topic ({@code <topic>-value}, Confluent's TopicNameStrategy). Writing registers the class's
 * schema (or, with auto-registration off, only looks it up); reading fetches the writer's schema by
 * id and resolves it against the class's schema, so records written with an older or newer
 * compatible schema still read. Thread-safe: one instance serves every stream thread.
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final SchemaRegistry registry;
    private final Class<T> type;
    private final Schema readerSchema;
    private final SpecificData model;
    private final boolean autoRegister;
    private final boolean isKey;
    private final SpecificDatumWriter<T> writer;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, DatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();

    public SpecificAvroSerde(SchemaRegistry registry, Class<T> type, boolean autoRegister, boolean isKey) {
        this.registry = registry;
        this.type = type;
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        this.autoRegister = autoRegister;
        this.isKey = isKey;
        this.writer = new SpecificDatumWriter<>(readerSchema, model);
    }

    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        int id = idsByTopic.computeIfAbsent(topic, this::schemaIdFor);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(new byte[WireFormat.HEADER_SIZE]);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(data, encoder);
            encoder.flush();
            byte[] bytes = out.toByteArray();
            WireFormat.writeHeader(id, bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + type.getSimpleName() + " to topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private int schemaIdFor(String topic) {
        String subject = subject(topic, isKey);
        try {
            return autoRegister ? registry.register(subject, readerSchema) : registry.lookup(subject, readerSchema).id();
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.UNREACHABLE) {
                throw new SerializationException("Cannot " + (autoRegister ? "register " : "look up ") + type.getSimpleName()
                        + " under " + subject + ": " + e.getMessage(), e);
            }
            throw new SerializationException("Schema registry " + registry.url() + " refused "
                    + (autoRegister ? "to register " : "to find ") + type.getSimpleName() + " under " + subject + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(topic, payload);
        DatumReader<T> reader = readersByWriterId.computeIfAbsent(id, this::readerFor);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE,
                    payload.length - WireFormat.HEADER_SIZE, null);
            T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("Trailing bytes after a " + type.getSimpleName() + " on topic " + topic);
            }
            return value;
        } catch (AvroTypeException e) {
            // Schema resolution, not the bytes: the writer's schema does not fit the reader's.
            throw new SerializationException("Cannot read a record written with schema id " + id + " on topic " + topic
                    + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("Truncated or corrupt Avro payload on topic " + topic + " (schema id "
                    + id + ", " + payload.length + " bytes): " + e, e);
        }
    }

    private DatumReader<T> readerFor(int id) {
        Schema writerSchema;
        try {
            writerSchema = registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND) {
                throw new SerializationException("Schema id " + id + " is unknown to registry " + registry.url() + ": " + e.getMessage(), e);
            }
            throw new SerializationException("Cannot fetch schema id " + id + " to read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        return new SpecificDatumReader<>(writerSchema, readerSchema, model);
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // Configured at construction: serdes come from AvroSerdes, never from class names in properties.
    }

    @Override
    public void close() {
        // The registry is shared and closed by its owner.
    }
}
