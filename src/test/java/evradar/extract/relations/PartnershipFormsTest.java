package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.ENDED;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.PARTNERSHIP;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * The many forms news gives a tie (rules-4): relative clauses, co-development, hiring a builder,
 * approaches, money "from" a backer, holders far from their possessor, elided objects, buy-outs,
 * ties bounded by "until", fleet purchases, supplies to a product's owner; and the positions that
 * name a firm without making it a party (sums, comparisons, competitors, a person's employer).
 * Every text is written for this test, in words the development sets do not use.
 */
class PartnershipFormsTest {

    @Test
    void coDevelopmentInARelativeClause() {
        extract("2022-03-01", "Ford shows new van",
                "Ford showed a compact electric van that it co-developed with Volkswagen for European cities.")
                .hasPartnership("ford", "volkswagen", PARTNERSHIP);
        extract("2022-03-01", "Xpeng hatchback",
                "Didi unveiled a small electric hatchback that it designed with BYD for ride-hailing drivers.")
                .hasPartnership("byd", "didi", PARTNERSHIP);
    }

    @Test
    void hiringABuilderIsManufacturing() {
        extract("2020-06-01", "Fisker picks builder",
                "The sedan will be made in Europe by a partner of Fisker. Fisker, which has hired Magna to assemble "
                        + "its Ocean SUV in Austria, said the schedule was on track.")
                .hasPartnership("fisker", "magna", MANUFACTURING);
        extract("2020-06-01", "Canoo picks builder",
                "Canoo chose VDL Nedcar to produce its first electric van in the Netherlands.")
                .hasPartnership("canoo", "vdl-nedcar", MANUFACTURING);
    }

    @Test
    void togetherWithNamesTheOtherParty() {
        extract("2016-02-01", "Aston Martin EV",
                "LeEco agreed to engineer a battery-powered coupe together with Aston Martin.")
                .hasPartnership("aston-martin", "leeco", PARTNERSHIP);
    }

    @Test
    void jointlyOwnedPlantIsAJointVenture() {
        extract("2022-03-23", "Stellantis and LG pick Windsor",
                "Stellantis agreed with LG Energy Solution on a battery plant in Ontario, which the two companies will own jointly.")
                .hasPartnership("lg-energy-solution", "stellantis", JOINT_VENTURE);
        extract("2022-03-23", "Honda and LG",
                "Honda and LG Energy Solution will build a jointly owned cell factory in Ohio.")
                .hasPartnership("honda", "lg-energy-solution", JOINT_VENTURE);
    }

    @Test
    void aSumIsNoTie() {
        extract("2024-06-11", "India EV market",
                "Tata Motors, Mahindra and MG Motor together account for most of the electric cars sold in India.")
                .hasNoPartnerships();
        extract("2024-06-11", "Korea EV market",
                "Hyundai and Kia together hold about 70 percent of the electric-car market in South Korea.")
                .hasNoPartnerships();
    }

    @Test
    void notInDiscussionsEndsTheTalks() {
        extract("2023-10-17", "Magna denies talks",
                "Automotive News had reported that Magna was negotiating with Canoo about building its van. "
                        + "\"We are not in discussions with Canoo,\" a Magna spokesperson said.")
                .hasPartnership("canoo", "magna", ENDED);
        extract("2025-02-19", "Mitsubishi on Foxconn",
                "Mitsubishi Motors said there are no negotiations with Foxconn about a capital tie-up.")
                .hasPartnership("foxconn", "mitsubishi-motors", ENDED);
    }

    @Test
    void soundingOutIsTalksWithEveryFirmApproached() {
        extract("2025-02-12", "Foxconn approach",
                "Foxconn has sounded out Mitsubishi Motors and its larger partner Nissan about possible stakes, "
                        + "according to a newspaper report.")
                .hasPartnership("foxconn", "mitsubishi-motors", IN_TALKS)
                .hasPartnership("foxconn", "nissan", IN_TALKS);
    }

    @Test
    void moneyFromABackerIsInvestment() {
        extract("2024-11-22", "Northvolt financing",
                "Northvolt has secured $245 million of new financing, including from its customer Scania, to keep its plant running.")
                .hasPartnership("northvolt", "scania", INVESTMENT);
    }

    @Test
    void holdersFarFromTheirPossessor() {
        extract("2021-06-03", "Didi listing",
                "Didi plans to list in New York. SoftBank is Didi's largest outside shareholder.")
                .hasPartnership("didi", "softbank", INVESTMENT);
        extract("2020-07-01", "Byton halts",
                "Byton suspended its operations. Its backers include state-owned carmaker FAW Group, internet company "
                        + "Tencent and battery maker CATL, along with several city funds.")
                .hasPartnership("byton", "faw-group", INVESTMENT)
                .hasPartnership("byton", "tencent", INVESTMENT)
                .hasPartnership("byton", "catl", INVESTMENT);
    }

    @Test
    void anElidedInvesteeIsTheFirmOfThePreviousClause() {
        extract("2023-06-26", "Aston shareholders",
                "Geely holds about 17 percent of Aston Martin, and Mercedes-Benz owns a smaller stake.")
                .hasPartnership("aston-martin", "geely", INVESTMENT)
                .hasPartnership("aston-martin", "mercedes-benz", INVESTMENT)
                .hasNoPartnership("geely", "mercedes-benz");
    }

    @Test
    void aBuyOutOfTheVentureEndsIt() {
        extract("2024-11-22", "Volvo takes over battery venture",
                "Volvo Cars and Northvolt had planned a gigafactory together. Volvo Cars took full ownership of their "
                        + "venture this year after Northvolt could no longer pay its share.")
                .hasPartnership("northvolt", "volvo-cars", ENDED);
    }

    @Test
    void aTieBoundedByUntilIsOver() {
        extract("2024-11-26", "JAC history",
                "For several years JAC assembled NIO's electric SUVs under contract until NIO took over the factory in 2022.")
                .hasPartnership("jac-motors", "nio", ENDED);
        // a tie that continues has no bound
        extract("2024-11-26", "JAC history",
                "JAC has assembled NIO's electric SUVs under contract since 2018.")
                .hasPartnership("jac-motors", "nio", MANUFACTURING);
    }

    @Test
    void aFleetPurchaseIsSupply() {
        extract("2022-07-12", "Walmart orders vans",
                "Walmart has agreed to buy 4,500 electric delivery vans from Canoo.")
                .hasPartnership("canoo", "walmart", SUPPLY);
        extract("2025-01-18", "Canoo shuts",
                "Canoo has ceased operations. Walmart had agreed in 2022 to buy thousands of its delivery vans.")
                .hasPartnership("canoo", "walmart", SUPPLY);
    }

    @Test
    void componentsOfAProductGoToItsOwner() {
        extract("2025-06-26", "Xiaomi YU7",
                "Xiaomi began selling its second car, the YU7 electric SUV. The car costs less than Tesla's Model Y. "
                        + "Every version uses Nvidia's Drive Thor processor. "
                        + "The batteries come from CATL and from FinDreams, depending on the trim.")
                .hasPartnership("nvidia", "xiaomi", SUPPLY)
                .hasPartnership("catl", "xiaomi", SUPPLY)
                .hasPartnership("findreams", "xiaomi", SUPPLY)
                .hasNoPartnership("tesla", "xiaomi");
    }

    @Test
    void aParticipialClauseKeepsItsPartner() {
        extract("2024-09-06", "Mercedes quits Denza",
                "Mercedes-Benz has sold its remaining stake in Denza to BYD, ending a partnership with the Chinese "
                        + "carmaker that began in 2010.")
                .hasPartnership("byd", "mercedes-benz", ENDED);
    }

    @Test
    void competitorsAndComparisonsAreNoParties() {
        extract("2024-01-16", "Changan software",
                "Changan, which has been racing to catch up with BYD, agreed to cooperate with Huawei on software.")
                .hasNoPartnership("byd", "changan")
                .hasPartnership("changan", "huawei", PARTNERSHIP);
        extract("2024-01-16", "Rivian and rivals",
                "Unlike Tesla, Rivian will work with Volkswagen on software.")
                .hasNoPartnership("rivian", "tesla")
                .hasPartnership("rivian", "volkswagen", PARTNERSHIP);
    }

    @Test
    void aPersonsEmployerIsNoParty() {
        extract("2025-04-24", "Slate reservations",
                "Slate Auto, a Michigan start-up backed by Amazon founder Jeff Bezos, began taking reservations.")
                .hasNoPartnerships();
        extract("2025-04-24", "Slate reservations",
                "Slate Auto, a Michigan start-up backed by Amazon, began taking reservations.")
                .hasPartnership("amazon", "slate-auto", INVESTMENT);
    }

    @Test
    void aTimeNounIsNoEnding() {
        extract("2021-10-01", "Foxconn deal",
                "Once the deal closes, expected by the end of April, Foxconn will build Lordstown Motors' pickup under a "
                        + "contract manufacturing arrangement.")
                .hasPartnership("foxconn", "lordstown-motors", MANUFACTURING);
    }

    @Test
    void aDeniedAgreementIsNoLabelForTheReportedTalks() {
        extract("2021-09-24", "Lordstown: nothing signed",
                "Lordstown Motors said it had not signed an agreement with any party, a day after a report that "
                        + "the truck maker was negotiating with Foxconn.")
                .hasNoPartnerships();
    }

    @Test
    void aWordOfAFirmsNameIsNoCue() {
        extract("2023-06-26", "Geely and Mercedes",
                "Zhejiang Geely Holding Group and Mercedes-Benz both sell electric cars in China.")
                .hasNoPartnerships();
    }

    @Test
    void owningAPlantNamedAfterAFirmIsNotOwningTheFirm() {
        extract("2023-06-27", "Foxconn and Lordstown",
                "Foxconn agreed to invest $50 million in Lordstown Motors. Foxconn now owns the Lordstown plant outright.")
                .hasPartnership("foxconn", "lordstown-motors", INVESTMENT);
    }
}
