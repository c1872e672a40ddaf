package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Talks qualified by a concession ("although no agreement had been reached") are still talks; the
 * client of a passive build ("is built for X by Y"); and an apposition whose possessive names the
 * other party ("Samsung SDI, its battery-cell supplier,"). Every text is written for this test.
 */
class ConcessionClientAndAppositionTest {

    @Test
    void talksWithNoAgreementYetAreTalks() {
        extract("2023-05-01", "Talks",
                "Pallas Electronics said it was in talks with Mitsubishi Motors about building a compact electric "
                        + "model, although no agreement had been reached.")
                .hasPartnership("mitsubishi-motors", "pallas", IN_TALKS);
        extract("2021-03-01", "Denial",
                "Xiaomi said it had not signed an agreement with any party, a day after a report that it was "
                        + "negotiating with Foxconn.")
                .hasNoPartnerships();
    }

    @Test
    void theClientOfAPassiveBuild() {
        extract("2024-05-01", "Hatchback",
                "Quillon Mobility delivered its first cars. The Q1 is built for Quillon by VinFast at its Hai Phong complex.")
                .hasPartnership("quillon", "vinfast", MANUFACTURING);
    }

    @Test
    void anAppositionsPossessiveIsTheOtherParty() {
        extract("2024-05-01", "Bankruptcy",
                "Korvane Motors filed for bankruptcy. Samsung SDI, its battery-cell supplier, is among the largest creditors.")
                .hasPartnership("korvane", "samsung-sdi", SUPPLY);
    }

    @Test
    void theGoodsASupplierSuppliesAreItsCustomers() {
        extract("2024-05-01", "Bankruptcy",
                "Brightwater Motors filed for bankruptcy on Monday. Samsung SDI, which supplied its battery cells, is "
                        + "listed among the largest creditors.")
                .hasPartnership("brightwater", "samsung-sdi", SUPPLY);
        extract("2024-05-01", "Engines",
                "Aston Martin signed a deal with Lucid. Aston has a long-standing tie-up with Mercedes-Benz, which "
                        + "supplies its V8 engines.")
                .hasNoPartnership("lucid", "mercedes-benz");
    }

    @Test
    void twoOwnersOrJointFoundersOfOneCompanyAreAJointVenture() {
        extract("2023-05-01", "Cells",
                "Most of the cells will come from Ultium Cells, owned by GM and LG Energy Solution.")
                .hasPartnership("general-motors", "lg-energy-solution", evradar.avro.PartnershipType.JOINT_VENTURE);
        extract("2020-11-01", "Company",
                "Toyota and Mazda will jointly set up a company to develop the building blocks of electric vehicles.")
                .hasPartnership("mazda", "toyota", evradar.avro.PartnershipType.JOINT_VENTURE);
    }
}
