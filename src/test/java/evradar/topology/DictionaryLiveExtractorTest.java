package evradar.topology;

import evradar.avro.CompanyProfile;
import evradar.extract.Company;
import evradar.extract.CompanyKind;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class DictionaryLiveExtractorTest {

    @Test
    void aProfileOnTheReferenceTopicCarriesEveryFactTheRulesUse() {
        CompanyProfile profile = CompanyProfile.newBuilder().setId("zentro").setName("Zentro")
                .setAliases(List.of("Zentro")).setKind(CompanyKind.EV_STARTUP.name()).setCountry("DE")
                .setDescriptors(List.of("startup")).setEvSalesSince(2024).setEvDevelopmentSince(2021).build();
        Company c = DictionaryLiveExtractor.toCompany(profile);
        assertEquals("zentro", c.id());
        assertEquals(CompanyKind.EV_STARTUP, c.kind());
        assertEquals(2024, c.evSalesSince());
        assertEquals(2021, c.evDevelopmentSince());
        assertEquals(List.of("startup"), c.descriptors());
        Company plain = DictionaryLiveExtractor.toCompany(CompanyProfile.newBuilder().setId("p").setName("P").build());
        assertNull(plain.evDevelopmentSince(), "an older producer's profile has no such field: the default is null");
    }

    @Test
    void profilesWrittenWithTheSchemaBeforeEvDevelopmentSinceStillRead() throws IOException {
        Schema old;
        try (InputStream in = getClass().getResourceAsStream("/evradar/CompanyProfile-v1.avsc")) {
            old = new Schema.Parser().parse(in);
        }
        Schema current = CompanyProfile.getClassSchema();
        // both directions: new readers read old profiles, and old readers skip the new field
        assertSame(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
                SchemaCompatibility.checkReaderWriterCompatibility(current, old).getType());
        assertSame(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
                SchemaCompatibility.checkReaderWriterCompatibility(old, current).getType());
        GenericRecord written = new GenericData.Record(old);
        written.put("id", "zentro");
        written.put("name", "Zentro");
        written.put("aliases", List.of("Zentro"));
        written.put("kind", "EV_STARTUP");
        written.put("brands", List.of());
        written.put("evSalesSince", 2024);
        written.put("descriptors", List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(old).write(written, encoder);
        encoder.flush();
        CompanyProfile read = new SpecificDatumReader<CompanyProfile>(old, current)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        Company c = DictionaryLiveExtractor.toCompany(read);
        assertEquals(2024, c.evSalesSince());
        assertNull(c.evDevelopmentSince());
    }
}
