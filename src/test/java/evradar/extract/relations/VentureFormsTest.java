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

    @Test
    void makingAFirmAShareholderIsAnInvestmentNotManufacturing() {
        extract("2021-03-02", "Share swap",
                "Renault will issue new shares to Geely, making it a shareholder with 5 percent of the company.")
                .hasPartnership("geely", "renault", INVESTMENT);
    }

    @Test
    void aPossessorBeforeAnotherFirmsNameIsNotTheObject() {
        extract("2021-03-02", "Amazon invests",
                "Amazon will invest 700 million dollars in Ford's battery partner SK On.")
                .hasPartnership("amazon", "sk-on", INVESTMENT)
                .hasNoPartnership("amazon", "ford");
    }

    @Test
    void anUnnamedPartyWalkingAwayEndsNoNamedTie() {
        extract("2021-03-02", "Cells secured",
                "Lucid signed a supply deal with Panasonic after a previous cell supplier walked away.")
                .hasPartnership("lucid", "panasonic", SUPPLY);
    }

    @Test
    void aTieDeniedByRatherThanIsNotClaimed() {
        extract("2021-03-02", "Renault and Geely",
                "Renault said the tie with Geely was a technology partnership rather than a joint venture.")
                .hasPartnership("geely", "renault", PARTNERSHIP);
    }

    @Test
    void aComponentComingFromASupplierIsBoughtByTheFirmInFocus() {
        extract("2024-04-03", "Deliveries",
                "Polestar began deliveries of its new SUV. Battery cells come from CATL and from SK On, while the "
                        + "software was written in-house.")
                .hasPartnership("catl", "polestar", SUPPLY)
                .hasPartnership("polestar", "sk-on", SUPPLY);
    }

    @Test
    void aBlockOfSharesIsAStake() {
        extract("2024-04-03", "Nissan",
                "Renault, which still holds a large block of Nissan shares, said it would not object.")
                .hasPartnership("nissan", "renault", INVESTMENT);
        extract("2024-04-03", "Phones",
                "The premium segment is holding up, which is good for Apple and Samsung.")
                .hasNoPartnerships();
    }

    @Test
    void aPrepositionalRelativeClauseHasItsOwnSubject() {
        extract("2024-04-03", "Contract",
                "Nissan signed an agreement with Foxtron, under which Foxtron will build an electric car for Nissan.")
                .hasPartnership("foxtron", "nissan", MANUFACTURING);
    }

    @Test
    void aComponentSuppliedByAFirmIsBoughtByTheProductsOwner() {
        extract("2024-04-03", "Two SUVs",
                "Kia showed two electric SUVs on Monday. Both models use cells supplied by SK On.")
                .hasPartnership("kia", "sk-on", SUPPLY);
    }

    @Test
    void moneyInvestedWithNoNamedInvesteeWentIntoTheArticlesFirm() {
        extract("2024-04-03", "Canoo",
                "Canoo has filed for bankruptcy. Canoo had struggled for years to build its vans. Walmart, which "
                        + "invested 50 million dollars in 2022, declined to comment.")
                .hasPartnership("canoo", "walmart", INVESTMENT);
        // money with a purpose of its own is the firm's own spending
        extract("2024-04-03", "Canoo",
                "Canoo has filed for bankruptcy. Canoo had struggled for years to build its vans. Walmart "
                        + "invested 50 million dollars to upgrade its stores.")
                .hasNoPartnership("canoo", "walmart");
    }

    @Test
    void thoseTalksCollapsingEndsTheTalksReportedBefore() {
        extract("2025-02-14", "Merger off",
                "Renault approached Nissan last year, but Nissan began merger talks with Honda in December. After "
                        + "those talks collapsed, Renault said it was still interested in cooperation with Nissan.")
                .hasPartnership("honda", "nissan", ENDED)
                .hasPartnership("nissan", "renault", IN_TALKS);
    }

    @Test
    void talksFallingApartEndThem() {
        extract("2024-03-25", "Fisker",
                "Fisker paused production after its talks with Nissan fell apart.")
                .hasPartnership("fisker", "nissan", ENDED);
    }

    @Test
    void abandoningAnOwnPlanEndsNoTie() {
        extract("2024-03-25", "Apple",
                "Google's software went on sale in new Volvo cars, a year after Apple abandoned its plan to build "
                        + "a car of its own.")
                .hasNoPartnership("apple", "volvo-cars");
    }

    @Test
    void theFirmsCountedAmongItsCustomersAreNotThePossessor() {
        extract("2024-04-03", "Castings",
                "Indus Auto Components makes aluminium housings and counts Hyundai and Kia among its largest customers.")
                .hasPartnership("hyundai", "indus", SUPPLY)
                .hasPartnership("indus", "kia", SUPPLY)
                .hasNoPartnership("hyundai", "kia");
    }

    @Test
    void aCompanyAFirmSetUpWithAnotherIsTheirJointVenture() {
        extract("2024-04-03", "Buses",
                "The buses were designed by Hozon, the vehicle company CATL set up with Geely last year.")
                .hasPartnership("catl", "geely", JOINT_VENTURE);
    }

    @Test
    void aSystemRunningOnAFirmsChipsIsSupplied() {
        extract("2024-04-03", "Chips",
                "Zeekr showed its new sedan. Its driver-assistance system runs on Nvidia chips.")
                .hasPartnership("nvidia", "zeekr", SUPPLY);
    }

    @Test
    void aBuilderOfThePrototypeBuildsItForTheFirmInFocus() {
        extract("2024-04-03", "CES",
                "Sony has rolled a car on stage. It is a four-door electric prototype. Sony says Magna Steyr "
                        + "engineered and assembled the prototype.")
                .hasPartnership("magna", "sony", MANUFACTURING);
    }

    @Test
    void anEarlyBackerInAppositionBackedTheArticlesFirm() {
        extract("2024-04-03", "Rivian",
                "Rivian cut its forecast. Rivian said demand had softened. Tencent, an early backer, said it still "
                        + "expected the trucks on time.")
                .hasPartnership("rivian", "tencent", INVESTMENT);
    }

    @Test
    void aFleetBuyersLongObjectStillNamesTheSeller() {
        extract("2024-04-03", "Canoo",
                "Canoo files for bankruptcy. The maker of boxy electric vans will cease operations. Walmart, which "
                        + "agreed in 2022 to buy up to 10,000 of its delivery vehicles, declined to comment.")
                .hasPartnership("canoo", "walmart", SUPPLY);
    }

    @Test
    void moneyPouredIntoAFirmIsAnInvestment() {
        extract("2024-04-03", "Funding",
                "Lucid is short of cash. The Public Investment Fund said it would keep putting up to 2 billion dollars "
                        + "into Lucid, and Mercedes-Benz poured 300 million euros into Aston Martin.")
                .hasPartnership("aston-martin", "mercedes-benz", INVESTMENT);
    }

    @Test
    void aModelWithItsNumberIsAProductSubject() {
        extract("2024-04-03", "Deliveries",
                "Zeekr began deliveries of its 007 sedan in Europe. The 007 uses battery cells supplied by CATL.")
                .hasPartnership("catl", "zeekr", SUPPLY);
    }

    @Test
    void dissolvingAVentureEndsIt() {
        extract("2024-04-03", "Split",
                "Honda sells the Prologue. Honda and LG Energy Solution are dissolving their joint venture.")
                .hasPartnership("honda", "lg-energy-solution", ENDED);
    }

    @Test
    void notTalkingToAnyoneEndsTheTalks() {
        extract("2024-04-03", "Apple car",
                "In 2021 Apple held talks with Nissan, which said within weeks that it was not talking to anyone "
                        + "about an Apple car.")
                .hasPartnership("apple", "nissan", ENDED);
    }

    @Test
    void componentsFromSuppliersGoToTheProductsOwner() {
        extract("2024-04-03", "Prototype",
                "Xpeng showed a prototype. The prototype was built in Guangzhou, with components from Bosch and "
                        + "Continental.")
                .hasPartnership("bosch", "xpeng", SUPPLY)
                .hasPartnership("continental", "xpeng", SUPPLY);
        // technology "from" a firm is licensed, not supplied
        extract("2024-04-03", "Licence",
                "Ford confirmed that it has licensed a platform from Geely for its first models.")
                .hasPartnership("ford", "geely", PARTNERSHIP);
    }

    @Test
    void everyPossessorOfAComponentSuppliesTheProduct() {
        extract("2024-04-03", "Sedan",
                "Toyota unveiled a large electric sedan. The car uses Huawei's cockpit software and Momenta's "
                        + "driver-assistance system.")
                .hasPartnership("huawei", "toyota", SUPPLY)
                .hasPartnership("momenta", "toyota", SUPPLY);
    }

    @Test
    void suppliesForCarsNoFirmIsNamedWithAreForTheArticlesFirm() {
        extract("2024-04-03", "Earnings",
                "Tesla delivered more cars. Tesla said supply was tight. Panasonic makes cells for Tesla in Nevada, "
                        + "and LG Chem has begun supplying cells for Shanghai-built cars.")
                .hasPartnership("lg-chem", "tesla", SUPPLY);
    }

    @Test
    void theWholeSubjectListIsAmongTheShareholders() {
        extract("2024-04-03", "Listing",
                "Baidu, Alibaba's investment arm and state-owned SAIC Motor are among Horizon Robotics' shareholders.")
                .hasPartnership("baidu", "horizon-robotics", INVESTMENT)
                .hasPartnership("horizon-robotics", "saic-motor", INVESTMENT);
    }

    @Test
    void signingFirmsAsMembersIsAPartnership() {
        extract("2024-04-03", "Alliance",
                "Huawei said it has signed BAIC Group and JAC Motors as new members of its carmaking alliance.")
                .hasPartnership("baic", "huawei", PARTNERSHIP)
                .hasPartnership("huawei", "jac-motors", PARTNERSHIP);
    }

    @Test
    void aBusinessOwnedByTwoNamedParentsIsTheirVenture() {
        // rules-10: "owned by A and B" names two parents; "owned by A" alone is a subsidiary, no partnership
        extract("2023-09-12", "Brand",
                "Ceer Motors, the Saudi electric-vehicle brand owned by the Public Investment Fund and Foxconn, has "
                        + "begun construction of its plant.")
                .hasPartnership("foxconn", "public-investment-fund", JOINT_VENTURE);
        extract("2023-09-12", "Owner",
                "Volvo Cars, owned by Geely, sells electric cars.")
                .hasNoPartnership("geely", "volvo-cars");
    }
}
