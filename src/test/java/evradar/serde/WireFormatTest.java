package evradar.serde;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WireFormatTest {

    @Test
    void headerIsMagicByteAndBigEndianId() {
        byte[] frame = new byte[7];
        WireFormat.writeHeader(0x0A0B0C0D, frame);
        assertArrayEquals(new byte[] {0, 0x0A, 0x0B, 0x0C, 0x0D, 0, 0}, frame);
        assertEquals(0x0A0B0C0D, WireFormat.schemaId("t", frame));
    }

    @Test
    void everyPositiveIdFits() {
        for (int id : new int[] {1, 255, 256, 65_536, Integer.MAX_VALUE}) {
            byte[] frame = new byte[WireFormat.HEADER_SIZE];
            WireFormat.writeHeader(id, frame);
            assertEquals(id, WireFormat.schemaId("t", frame), "header alone is a valid frame for an empty body");
        }
    }

    @Test
    void shortOrForeignFramesAreRefused() {
        assertEquals("Truncated record on topic t: 0 bytes, but the Confluent wire format needs at least 5",
                assertThrows(SerializationException.class, () -> WireFormat.schemaId("t", new byte[0])).getMessage());
        assertEquals("Unknown magic byte 0xff on topic t: not a Confluent schema-registry Avro record",
                assertThrows(SerializationException.class, () -> WireFormat.schemaId("t", new byte[] {-1, 0, 0, 0, 1})).getMessage());
    }
}
