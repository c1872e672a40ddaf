package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.ENDED;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.extract.ExtractionAssert.extract;

/**
 * How news names a venture's parents and a parent's exit (rules-6): a relative clause on the
 * venture noun, a participle with a time adverbial before its "by" phrase, conjuncts that carry
 * their own description, money put together into one plant, and the sale of a whole holding.
 * Every text is written for this test, in words the development and independent sets do not use.
 */
class VentureFormsTest {

    @Test
    void theRelativeClauseOnAVentureNamesBothParents() {
        extract("2023-04-02", "Battery venture",
                "Ultium Cells, the venture that General Motors runs jointly with LG Energy Solution, opened a second plant.")
                .hasPartnership("general-motors", "lg-energy-solution", JOINT_VENTURE);
        extract("2023-04-02", "Chery venture",
                "Jaguar Land Rover said sales fell at the venture it operates with Chery in Changshu.")
                .hasPartnership("chery", "jaguar-land-rover", JOINT_VENTURE);
    }

    @Test
    void aTimeAdverbialMayStandBeforeTheParentsByPhrase() {
        extract("2022-09-14", "Robotaxi company",
                "Zeekr said the company formed in 2021 by chipmaker Mobileye and carmaker Geely would start road tests.")
                .hasPartnership("geely", "mobileye", JOINT_VENTURE)
                .hasNoPartnership("geely", "zeekr");
    }

    @Test
    void firmsInvestingTogetherInOnePlantOwnItJointly() {
        extract("2024-01-09", "Cell plant in Hungary",
                "BMW and CATL will put 2 billion euros into a new cell factory near Debrecen.")
                .hasNoPartnerships(); // "put into" is no investment verb here: nothing is invented
        extract("2024-01-09", "Cell plant in Hungary",
                "Volvo Cars and Northvolt will invest 3 billion dollars in a battery plant in Gothenburg, the two said.")
                .hasPartnership("northvolt", "volvo-cars", JOINT_VENTURE);
        extract("2024-01-09", "One investor",
                "Hyundai will invest 5 billion dollars in a new battery plant in Georgia.")
                .hasNoPartnerships();
    }

    @Test
    void sellingAWholeHoldingEndsTheTie() {
        extract("2022-11-30", "Exit",
                "Mercedes-Benz sold its entire 5 percent stake in Renault last week.")
                .hasPartnership("mercedes-benz", "renault", ENDED);
        extract("2022-11-30", "Partial sale",
                "Mercedes-Benz sold part of its stake in Renault last week.")
                .hasPartnership("mercedes-benz", "renault", INVESTMENT);
        extract("2022-11-30", "No joint work",
                "Renault has sold its shares to Nissan. The two carmakers no longer have any joint programmes, "
                        + "a Renault spokesman said.")
                .hasPartnership("nissan", "renault", ENDED);
    }
}
