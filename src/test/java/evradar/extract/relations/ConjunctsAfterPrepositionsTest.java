package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-9: the second conjunct of a prepositional object shares its preposition ("compete with Tata
 * Motors' Nexon EV and Mahindra's XUV400"), so it is not taken for a subject that "the group" could
 * refer back to; a place before a conjunct does not end the list ("by Togg and China's Farasis
 * Energy"); "incorporated by" founds a venture like "set up by"; the first and last firms of a list of
 * three are coordinated too, also after a legal form with dots ("Holding A.S."); goods "made at" a
 * factory say where they are made, not who has them made. Every text is written for this test.
 */
class ConjunctsAfterPrepositionsTest {

    @Test
    void theGroupIsNotTheSecondFirmOfAComparison() {
        extract("2025-03-26", "Deliveries",
                "Tarvic Mobility, the electric-vehicle unit of Tarvic Industries, delivered its first Vayu SUVs on "
                        + "Wednesday. The Vayu will compete with Tata Motors' Nexon EV and Mahindra's XUV400. For now "
                        + "the SUV uses imported cells; the group's cell joint venture with Gotion High-Tech is expected "
                        + "to start supplying them next year.")
                .hasPartnership("gotion", "tarvic", JOINT_VENTURE)
                .hasNoPartnership("gotion", "mahindra");
    }

    @Test
    void aSecondConjunctFollowedByAVerbIsStillASubject() {
        extract("2025-03-26", "Talks",
                "Tarvic Industries is in talks with Gotion High-Tech, and Mahindra said it had signed a joint "
                        + "venture with CATL.")
                .hasPartnership("catl", "mahindra", JOINT_VENTURE);
    }

    @Test
    void aVentureIncorporatedByTwoFirmsOneQualifiedByItsCountry() {
        extract("2022-10-29", "Packs",
                "Battery packs will come from Siro, the joint venture company incorporated in 2021 by Togg and "
                        + "China's Farasis Energy.")
                .hasPartnership("farasis", "togg", JOINT_VENTURE);
    }

    @Test
    void everyPairOfALongerListSigns() {
        extract("2022-03-14", "Venture",
                "Tarvic Motor Co, Orlane Holding A.S. and South Korea's SK On signed a memorandum of understanding "
                        + "on Monday to set up a joint venture that would build a battery plant near Ankara.")
                .hasPartnership("tarvic", "orlane", JOINT_VENTURE)
                .hasPartnership("orlane", "sk-on", JOINT_VENTURE)
                .hasPartnership("tarvic", "sk-on", JOINT_VENTURE);
    }

    @Test
    void goodsMadeAtAFactoryTieNobodyToItsOwner() {
        extract("2020-02-03", "Cells",
                "Norvik Cells will supply batteries to Tesla for cars made at the U.S. automaker's Shanghai factory.")
                .hasPartnership("norvik", "tesla", evradar.avro.PartnershipType.SUPPLY);
    }
}
