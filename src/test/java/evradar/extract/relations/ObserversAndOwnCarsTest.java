package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Firms that appear beside a tie without being party to it: the house whose analysts comment on a
 * deal (whatever its kind), and the firm an article merely contrasts with a carmaker building its own
 * cars. Every text is written for this test.
 */
class ObserversAndOwnCarsTest {

    @Test
    void theHouseWhoseAnalystsSpeakIsNoParty() {
        extract("2023-05-01", "Car plan",
                "Kaveri Motors said it will build electric cars. Analysts at Jefferies said the car project could strain "
                        + "Kaveri's balance sheet, which carries little debt today, and that the company would need a partner "
                        + "for manufacturing.")
                .hasNoPartnerships();
        extract("2023-05-01", "Van",
                "Vestra Mobility said on Monday it would start selling its electric van in May. Vestra said Jefferies "
                        + "analysts expect partner talks with Magna.")
                .hasPartnership("magna", "vestra", IN_TALKS)
                .hasNoPartnership("jefferies", "magna");
    }

    @Test
    void theirAfterAnalystsIsTheAnalysts() {
        extract("2023-05-01", "Orders",
                "Xiaomi said its electric SUV drew 240,000 orders in a day. Xiaomi is building a second phase of its "
                        + "Beijing factory. Xiaomi's success stands in contrast to Apple, which wound down its own car "
                        + "project last year. \"The real test is how fast Xiaomi can build the cars,\" analysts at Citi "
                        + "wrote, raising their target price.")
                .hasNoPartnerships();
    }

    @Test
    void theTopicFirmBuildingTheCarsBuildsItsOwn() {
        extract("2023-05-01", "Orders",
                "Xiaomi said its electric SUV drew 240,000 orders in a day. Xiaomi is building a second phase of its "
                        + "Beijing factory. Xiaomi's success stands in contrast to Apple, which wound down its own car "
                        + "project last year. The real test is how fast Xiaomi can build the cars, analysts said.")
                .hasNoPartnerships();
    }

    @Test
    void possessorsOfSeparateListItemsAreNoPair() {
        extract("2024-04-20", "Episode summary: Oppo's car denial, Xiaomi's orders and Apple's leftovers",
                "In today's episode the hosts cover three stories from the crossroads of phones and cars.")
                .hasNoPartnerships();
    }

    @Test
    void theExamplesOfAnObjectAreItsFirms() {
        extract("2024-04-20", "Alliance",
                "Huawei already works with more than a dozen carmakers, including Seres and Chery, in arrangements of "
                        + "varying depth.")
                .hasPartnership("huawei", "seres", evradar.avro.PartnershipType.PARTNERSHIP);
    }
}
