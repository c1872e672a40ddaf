package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: a firm chosen "as" a supplier or manufacturer is tied by that role; a description
 * modified by a backer's name ("the SoftBank-backed company") ties the backer to the firm it means.
 * Every text is written for this test.
 */
class ChosenAndBackedTest {

    @Test
    void aFirmNamedAsASupplierOrManufacturer() {
        extract("2019-10-01", "Cells",
                "Corvane Motors delivered its first electric SUVs. It also named Swedish battery maker Norvik Cells "
                        + "as a second cell supplier from 2020.")
                .hasPartnership("corvane", "norvik", SUPPLY);
        extract("2019-10-01", "Plant",
                "Corvane Motors picked Tessaro Automotive as the contract manufacturer for its SUV.")
                .hasPartnership("corvane", "tessaro", MANUFACTURING);
        // a person named to a post is no tie
        extract("2019-10-01", "People",
                "Corvane Motors named Anna Berg as chief executive.")
                .hasNoPartnerships();
    }

    @Test
    void aBackerNamedInsideADescription() {
        extract("2022-08-15", "Car",
                "Corvane Electric will launch its first electric car in 2024. The SoftBank-backed company said the "
                        + "car would have a range of more than 500 km.")
                .hasPartnership("corvane", "softbank", INVESTMENT);
    }

    @Test
    void backedAfterATimeAdjunct() {
        extract("2018-02-20", "Plant",
                "The Dutch start-up Corvane Motors, backed since last year by Tindra Capital, opened reservations.")
                .hasPartnership("corvane", "tindra", INVESTMENT);
    }

    @Test
    void aHolderInAnAppositionHoldsTheFirmInFocus() {
        extract("2024-11-22", "Bankruptcy",
                "Corvane Cells filed for bankruptcy. Volkswagen, its largest shareholder with a stake of about 21 "
                        + "percent, has written down most of its investment.")
                .hasPartnership("corvane", "volkswagen", INVESTMENT);
        extract("2023-11-28", "Corvane Motors files for bankruptcy",
                "Corvane Motors filed for bankruptcy. Tessaro Automotive, which assembled the car under contract, "
                        + "said its agreement had been terminated. Tindra Invest AS, the company's largest shareholder "
                        + "with a 41 percent stake, said it would write down its holding.")
                .hasPartnership("corvane", "tindra", INVESTMENT).hasNoPartnership("tessaro", "tindra");
    }

    @Test
    void aPossessedSupplierSuppliesThePossessor() {
        extract("2024-03-01", "Lanxin",
                "Lanxin Auto makes electric SUVs. Lanxin also confirmed that Tongda Power Battery remains its cell supplier.")
                .hasPartnership("lanxin", "tongda", SUPPLY);
        extract("2024-03-01", "Lanxin",
                "BYD, Lanxin Auto's battery supplier, said so.")
                .hasPartnership("byd", "lanxin", SUPPLY);
    }

    @Test
    void aListBegunInTheWindowContinuesPastIt() {
        extract("2023-06-01", "Alliance",
                "Huawei already works with more than a dozen carmakers, including Seres and Chery, in arrangements "
                        + "of varying depth.")
                .hasPartnership("huawei", "seres", evradar.avro.PartnershipType.PARTNERSHIP)
                .hasPartnership("chery", "huawei", evradar.avro.PartnershipType.PARTNERSHIP);
    }

    @Test
    void workDoneTogetherWithAFirmIsTheFirmInFocussWork() {
        extract("2019-12-27", "Togg shows its first electric SUV",
                "Togg showed its first electric SUV. Its chief executive said the exterior design had been developed "
                        + "together with Italian design house Pininfarina.")
                .hasPartnership("pininfarina", "togg", evradar.avro.PartnershipType.PARTNERSHIP);
    }

    @Test
    void talksThatOpenTheSentenceAreTheFirmInFocuss() {
        extract("2024-06-01", "Liquidation",
                "Corvane Automobiles, the Lyon maker of small electric cars, was placed into liquidation. Talks with "
                        + "the Japanese trading house Itochu, which had considered buying the company, broke down in April.")
                .hasPartnership("corvane", "itochu", evradar.avro.PartnershipType.ENDED);
    }

    @Test
    void describedConjunctsAndJointPlants() {
        extract("2021-09-01", "Venture",
                "Toyota Motor, Mazda Motor and parts maker Denso will jointly set up a company.")
                .hasPartnership("denso", "toyota", evradar.avro.PartnershipType.JOINT_VENTURE)
                .hasPartnership("denso", "mazda", evradar.avro.PartnershipType.JOINT_VENTURE);
        extract("2023-04-25", "Plant",
                "Samsung SDI and General Motors said on Tuesday that they will build a joint battery cell plant in Indiana.")
                .hasPartnership("general-motors", "samsung-sdi", evradar.avro.PartnershipType.JOINT_VENTURE);
    }
}
