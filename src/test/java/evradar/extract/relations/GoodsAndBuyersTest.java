package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-9: goods supplied with no buyer before the verb belong to the maker of the model they are for
 * ("Battery packs for the SU7 are supplied by CATL"); a longer subject still says what "comes from" a
 * supplier ("Battery cells for the M-Byte will come from CATL"); a firm that uses, adopts or gets a
 * component maker's named product ("will use Drive Thor") buys from that maker. Every text is written
 * for this test.
 */
class GoodsAndBuyersTest {

    @Test
    void packsForAModelAreSuppliedToItsMaker() {
        extract("2024-03-28", "SU7",
                "Xiaomi started deliveries of its SU7 sedan. Battery packs for the SU7 are supplied by CATL and by "
                        + "FinDreams, depending on the version.")
                .hasPartnership("catl", "xiaomi", SUPPLY)
                .hasPartnership("findreams", "xiaomi", SUPPLY);
    }

    @Test
    void cellsForAModelComeFromTheirMaker() {
        extract("2021-01-05", "Cells",
                "Byton will build the M-Byte in Nanjing. Battery cells for the M-Byte will come from CATL under a "
                        + "supply agreement signed last year.")
                .hasPartnership("byton", "catl", SUPPLY);
    }

    @Test
    void aFirmTakingUpAComponentMakersNamedProductBuysFromIt() {
        extract("2024-03-19", "Thor",
                "Nvidia said BYD, the world's biggest EV maker, will use Drive Thor in its future electric vehicles.")
                .hasPartnership("byd", "nvidia", SUPPLY);
        // the maker unnamed, the user the firm in focus
        extract("2025-06-26", "YU7",
                "Xiaomi opened orders for the YU7 electric SUV. Xiaomi expects deliveries in July. Every version gets "
                        + "lidar and Nvidia's Drive Thor chip for driver assistance.")
                .hasPartnership("nvidia", "xiaomi", SUPPLY);
        // a product named without being taken up ties nobody
        extract("2024-03-19", "GTC",
                "BYD's shares rose as Nvidia showed Drive Thor on stage.")
                .hasNoPartnership("byd", "nvidia");
    }

    @Test
    void tradePressIdiomsOfSupply() {
        extract("2023-06-01", "Chips", "Geely picked Mobileye's chips for its next SUV.")
                .hasPartnership("geely", "mobileye", SUPPLY);
        extract("2023-06-01", "Cells", "CATL's cells power Tesla's Model 3 sedan.")
                .hasPartnership("catl", "tesla", SUPPLY);
        extract("2023-06-01", "Cells", "The Zeekr 001 is powered by CATL's Qilin cells.")
                .hasPartnership("catl", "zeekr", SUPPLY);
        extract("2023-06-01", "Software", "Ford's new truck runs Qualcomm's software.")
                .hasPartnership("ford", "qualcomm", SUPPLY);
        extract("2023-06-01", "Win", "Mobileye won a design win at Zeekr.")
                .hasPartnership("mobileye", "zeekr", SUPPLY);
        extract("2023-06-01", "Cells", "LG Energy Solution became Tesla's second battery supplier.")
                .hasPartnership("lg-energy-solution", "tesla", SUPPLY);
        // what the firm runs of its own is no supply
        extract("2023-06-01", "Software", "Ford's new truck runs its own software.")
                .hasNoPartnerships();
    }

    @Test
    void aCustomerNamedWithModifiersBetweenItAndItsSupplier() {
        // rules-10: up to two modifiers between the possessor and "customers", as for "suppliers"
        extract("2025-10-28", "Chips",
                "Tollund Motors, one of Varsk Semiconductors' largest direct customers, cut output on Monday.")
                .hasPartnership("tollund", "varsk", SUPPLY);
    }

    @Test
    void oneCarsPartsAndWhoMadeThem() {
        // rules-10: the trade press names one car's parts in the singular and counts them
        extract("2024-04-20", "Teardown",
                "Tollund Motors builds the T5 in Ohio. Its driver-assistance system runs on two Mobileye chips, fed "
                        + "by a roof-mounted lidar from Orrin Photonics.")
                .hasPartnership("mobileye", "tollund", SUPPLY)
                .hasPartnership("orrin", "tollund", SUPPLY)
                .hasNoPartnership("mobileye", "orrin");
        extract("2024-04-20", "Teardown",
                "Tollund Motors builds the T5 in Ohio. The front motor is made by Orrin Electric.")
                .hasPartnership("orrin", "tollund", SUPPLY);
    }

    @Test
    void goodsBuiltForExamplesOfAPlural() {
        // rules-10: "among them" names examples of the plural object
        extract("2018-06-19", "Stake",
                "Porsche took a stake in Rimac. Rimac builds battery packs for other manufacturers, among them "
                        + "Swedish supercar maker Koenigsegg.")
                .hasPartnership("koenigsegg", "rimac", SUPPLY);
    }

    @Test
    void aTeardownsPartsGoToTheCarsMaker() {
        // rules-10: a car's system as the subject names the product, whose owner is the firm in focus; a firm
        // named only as the possessor of another part ("Tollund's own design") is still that owner
        extract("2024-04-20", "Teardown",
                "Tollund Motors assembles the packs itself. The driver-assistance system runs on two Mobileye chips. "
                        + "The front motor is made by Orrin Electric, while the rear motor is Tollund Motors' own design.")
                .hasPartnership("mobileye", "tollund", SUPPLY)
                .hasPartnership("orrin", "tollund", SUPPLY);
    }

    @Test
    void firmsThatUseItsChipsBuyFromTheSpeaker() {
        // rules-10: "use its chips" with "its" resolved to the maker
        extract("2024-03-19", "Customers",
                "Mobileye said on Monday that BYD, XPeng and Zeekr would use its chips in future electric vehicles.")
                .hasPartnership("byd", "mobileye", SUPPLY)
                .hasPartnership("mobileye", "xpeng", SUPPLY)
                .hasPartnership("mobileye", "zeekr", SUPPLY);
    }
}
