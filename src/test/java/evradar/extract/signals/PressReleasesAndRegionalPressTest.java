package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-22, read off the studied sets of this round: holdout98 (issuers' press releases), holdout100
 * (Middle Eastern, African, Latin American and Turkish business press) and holdout102 (the corpus genre).
 * Every text is written for this test.
 */
class PressReleasesAndRegionalPressTest {
    @Test
    void anOfficersTitleIsNoPartOfTheFirmsNameAndNamesItsEmployer() {
        // a release's quote line: the title before "of" is a person's, the firm after it is named by its role
        extract("2024-05-02", "Tarvik Group and Lorne Motors sign battery pact",
                "OSLO--(BUSINESS WIRE)--Lorne Motors today announced that Tarvik Group will supply battery packs "
                        + "for its electric vans. \"We are proud to be chosen,\" said Anna Berg, President and CEO of "
                        + "Tarvik Group.")
                .hasCompanies("lorne", "tarvik");
        // a firm the dictionary lacks, with no designator, is a firm because an officer works for it
        extract("2024-05-02", "Update",
                "\"Our first customers put down deposits on a promise,\" said Dana Cole, founder and CEO of Quellin. "
                        + "Quellin began deliveries of its electric pickup to customers in Georgia this week.")
                .mentions("quellin")
                .hasSignal("quellin", LAUNCHED);
    }

    @Test
    void regionalFirmsAndSpanishDesignators() {
        // East African electric-motorcycle makers are in the dictionary; a motorcycle maker ruling out cars denies
        extract("2024-03-20", "Roam raises money for its electric motorbikes",
                "Roam, the Nairobi start-up formerly known as Opibus, raised $24 million to expand production of "
                        + "its Roam Air electric motorcycle. Spiro and Ampersand run battery-swapping networks in "
                        + "Kenya and Rwanda.")
                .hasCompanies("roam", "spiro", "ampersand");
        // "Automotriz" ends a Spanish firm's name as "Automotive" ends an English one's
        extract("2023-05-16", "Update",
                "Caldera Norte Automotriz will build an electric pickup in Monterrey from 2026, the company said.")
                .mentions("caldera-norte")
                .hasSignal("caldera-norte", ANNOUNCED);
    }

    @Test
    void aPlaceAfterALegalSuffixSaysWhereTheFirmIs() {
        extract("2021-12-02", "Norvale takes its prototypes north",
                "Norvale Auto has started winter testing of its first electric car. The car's battery uses cells "
                        + "from Brantley Battery Ltd of Oxford, England.")
                .mentions("brantley")
                .hasPartnership("brantley", "norvale", SUPPLY);
    }
}
