package evradar.topology;

import evradar.avro.CompanyProfile;
import evradar.extract.Company;
import evradar.extract.CompanyKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
