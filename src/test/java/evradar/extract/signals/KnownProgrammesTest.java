package evradar.extract.signals;

import evradar.extract.Company;
import evradar.extract.CompanyDictionary;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.extract.ExtractionAssert.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules-15: a firm the dictionary knows to have been developing cars of its own since an earlier year
 * ({@code evDevelopmentSince}; Foxconn since its MIH platform of 2020) has moved past announcing one. What
 * it announces later is one more step of a programme under way; an exit or a denial stays what it is.
 */
class KnownProgrammesTest {

    private static final String JOINT_VENTURE = "Foxconn and Geely will form a joint venture to build cars for other "
            + "brands, the companies said.";

    @Test
    void anAnnouncementByAFirmAlreadyDevelopingIsDevelopment() {
        extract("2021-01-13", "Venture", JOINT_VENTURE).hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void beforeItsProgrammeWasKnownTheSameNewsIsAnAnnouncement() {
        extract("2019-01-13", "Venture", JOINT_VENTURE).hasSignal("foxconn", ANNOUNCED);
    }

    @Test
    void anExitStaysAnExit() {
        extract("2019-10-10", "Dyson scraps its electric car",
                "Dyson has scrapped its electric car project, the company said on Thursday.")
                .hasSignal("dyson", EXITED);
    }

    @Test
    void aSellerOfCarsIsNoLongerMerelyDeveloping() {
        Company xiaomi = CompanyDictionary.bundled().byId("xiaomi").orElseThrow();
        assertTrue(xiaomi.developingEvsBefore(2023));
        assertFalse(xiaomi.developingEvsBefore(2022), "known from 2022, so from the next year's news");
        assertFalse(xiaomi.developingEvsBefore(2025), "Xiaomi has sold cars since 2024");
    }

    @Test
    void theFieldIsReadFromTheDictionary() throws Exception {
        CompanyDictionary d = CompanyDictionary.read(new StringReader(
                "{\"id\":\"x\",\"name\":\"X\",\"aliases\":[\"X\"],\"evDevelopmentSince\":2019}\n"
                        + "{\"id\":\"y\",\"name\":\"Y\",\"aliases\":[\"Y\"]}\n"));
        assertEquals(2019, d.byId("x").orElseThrow().evDevelopmentSince());
        assertNull(d.byId("y").orElseThrow().evDevelopmentSince());
    }
}
