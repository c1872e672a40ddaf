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

/** Partnership types from short texts in wordings the development corpus does not use. */
class PartnershipTypingTest {

    @Test
    void confirmedTalks() {
        extract("2022-04-12", "Mahindra in talks with Volkswagen",
                "Mahindra said it was negotiating with Volkswagen over the use of its electric platform.")
                .hasPartnership("mahindra", "volkswagen", IN_TALKS);
    }

    @Test
    void reportedDealIsOnlyTalks() {
        extract("2023-03-01", "Report: Nissan to invest in Renault unit",
                "Nissan will invest in Renault's EV unit Ampere, people familiar with the matter told Reuters.")
                .hasPartnership("nissan", "renault", IN_TALKS);
    }

    @Test
    void jointVentureBetweenParents() {
        extract("2022-08-29", "Honda, LG to build battery plant",
                "Honda and LG Energy Solution will set up a joint venture to build a battery plant in Ohio, the companies said.")
                .hasPartnership("honda", "lg-energy-solution", JOINT_VENTURE);
    }

    @Test
    void stakeIsInvestment() {
        extract("2020-05-28", "Volkswagen buys into JAC",
                "Volkswagen will acquire a 50 percent stake in the parent of JAC Motors for about 1 billion euros.")
                .hasPartnership("jac-motors", "volkswagen", INVESTMENT);
    }

    @Test
    void investmentPlusVentureIsJointVenture() {
        extract("2023-07-26", "Toyota and BYD deepen ties",
                "Toyota will invest in BYD's battery unit, and the two companies will also form a joint venture for sedans.")
                .hasPartnership("byd", "toyota", JOINT_VENTURE);
    }

    @Test
    void contractAssemblyIsManufacturing() {
        extract("2020-09-01", "Magna to assemble Fisker Ocean",
                "Magna will assemble the Ocean SUV for Fisker at its plant in Graz from 2022.")
                .hasPartnership("fisker", "magna", MANUFACTURING);
    }

    @Test
    void batteryDealIsSupply() {
        extract("2021-06-01", "CATL to supply Ford",
                "CATL signed an agreement to supply battery cells to Ford for its electric pickups.")
                .hasPartnership("catl", "ford", SUPPLY);
    }

    @Test
    void teamingUpIsPartnership() {
        extract("2021-04-01", "Baidu and Geely team up",
                "Baidu teamed up with Geely to develop software for electric cars.")
                .hasPartnership("baidu", "geely", PARTNERSHIP);
    }

    @Test
    void calledOffIsEnded() {
        extract("2023-02-01", "Foxconn and Fisker part ways",
                "Foxconn and Fisker have called off their plan to build an electric pickup together.")
                .hasPartnership("fisker", "foxconn", ENDED);
    }

    @Test
    void endedTalksWithAContinuingTieIsTheContinuingTie() {
        extract("2025-02-13", "Honda and Nissan end merger talks",
                "Honda and Nissan ended their merger talks on Thursday. The two automakers said they would continue "
                        + "their partnership on electric-vehicle software.")
                .hasPartnership("honda", "nissan", PARTNERSHIP);
    }

    @Test
    void notInTalksAfterReportsIsEnded() {
        extract("2021-02-08", "Kia not in talks with Apple",
                "Kia said it was not in talks with Apple about building cars, after reports of a deal.")
                .hasPartnership("apple", "kia", ENDED);
    }

    @Test
    void noAgreementSignedIsNoLabel() {
        extract("2021-02-19", "Great Wall denies deal",
                "Great Wall said it had not signed any agreement with Xiaomi.")
                .hasNoPartnership("great-wall-motors", "xiaomi");
    }

    @Test
    void parentAndSubsidiaryAreNotPartners() {
        extract("2021-05-01", "Geely's Zeekr raises money",
                "Zeekr, the premium electric-car brand owned by Geely, raised $500 million from investors.")
                .hasNoPartnership("geely", "zeekr");
    }

    @Test
    void aVentureIsNotPartnerOfItsParents() {
        extract("2023-06-22", "BlueOvalSK gets a loan",
                "BlueOvalSK, the battery joint venture between Ford and SK On, won a loan pledge.")
                .hasPartnership("ford", "sk-on", JOINT_VENTURE)
                .hasNoPartnership("blueovalsk", "ford")
                .hasNoPartnership("blueovalsk", "sk-on");
    }

    @Test
    void investorsListedUnderTheInvestee() {
        extract("2021-11-10", "Rivian debuts",
                "Rivian Automotive, which counts Amazon and Ford among its investors, began delivering pickups in September.")
                .hasPartnership("amazon", "rivian", INVESTMENT)
                .hasPartnership("ford", "rivian", INVESTMENT);
    }

    @Test
    void hyphenatedBackerAndFundingRound() {
        extract("2021-01-20", "GM invests in Microsoft-backed Cruise",
                "General Motors' self-driving unit Cruise raised $2 billion from investors including Microsoft.")
                .hasPartnership("cruise", "microsoft", INVESTMENT)
                .hasNoPartnership("general-motors", "microsoft")
                .hasNoPartnership("cruise", "general-motors");
    }

    @Test
    void walkingAwayIsEnded() {
        extract("2023-07-13", "Foxconn pulls out of Lordstown deal",
                "Foxconn said it would walk away from its agreement to invest in Lordstown Motors.")
                .hasPartnership("foxconn", "lordstown-motors", ENDED);
    }

    @Test
    void aVentureBuildingForAClientIsTheVenturesTie() {
        extract("2022-12-01", "Foxtron to build cars for Fisker",
                "Foxtron, the electric-vehicle venture of Foxconn and Yulon Motor, will build the Pear model for Fisker.")
                .hasPartnership("fisker", "foxtron", MANUFACTURING)
                .hasPartnership("foxconn", "yulon-motor", JOINT_VENTURE)
                .hasNoPartnership("fisker", "foxconn");
    }

    @Test
    void licensedTechnologyIsSupply() {
        extract("2023-02-14", "Ford to build battery plant",
                "Ford Motor will build a battery plant in Michigan that will use technology licensed from CATL.")
                .hasPartnership("catl", "ford", SUPPLY);
    }

    @Test
    void investorsAreParties() {
        extract("2021-07-14", "SoftBank leads investment in Nio rival",
                "SoftBank Group led a $1 billion investment in WM Motor, the company said.")
                .hasPartnership("softbank", "wm-motor", INVESTMENT)
                .hasNoPartnership("nio", "softbank");
    }

    @Test
    void endingAContractIsEnded() {
        extract("2024-10-08", "Magna ends Fisker contract",
                "Magna said it had stopped building the Fisker Ocean and ended its contract with Fisker.")
                .hasPartnership("fisker", "magna", ENDED);
    }

    @Test
    void aNounModifierTypesTheDeal() {
        extract("2023-06-26", "Pellam signs battery deal",
                "Pellam Motors signed a supply deal with Samsung SDI for the cells of its first electric van.")
                .hasPartnership("pellam", "samsung-sdi", SUPPLY);
        extract("2023-01-20", "Corvo picks Valmet",
                "Corvo Motors has signed a contract manufacturing agreement with Valmet Automotive for its first SUV.")
                .hasPartnership("corvo", "valmet-automotive", MANUFACTURING);
    }

    @Test
    void aProductSubjectMakesItsOwnerTheParty() {
        extract("2024-04-10", "Brennel delivers the Tessa",
                "Brennel Motors began deliveries of its Tessa electric hatchback. The Tessa, which costs €26,000, is "
                        + "assembled under contract by Valmet Automotive in Finland and uses Horizon Robotics chips.")
                .hasPartnership("brennel", "valmet-automotive", MANUFACTURING)
                .hasPartnership("brennel", "horizon-robotics", SUPPLY)
                .hasNoPartnership("horizon-robotics", "valmet-automotive");
    }

    @Test
    void aTieWhoseOtherPartyIsLeftUnnamedIsWithTheFirmInFocus() {
        extract("2023-01-20", "Corvo tests its van",
                "Corvo Motors is testing prototypes of its electric van. Samsung SDI will supply the battery cells under "
                        + "a separate agreement.")
                .hasPartnership("corvo", "samsung-sdi", SUPPLY);
        extract("2023-10-25", "Tolvane shows a car",
                "Tolvane Electric showed a prototype electric car on Monday. It was assembled by Valmet Automotive in Finland.")
                .hasPartnership("tolvane", "valmet-automotive", MANUFACTURING);
        extract("2023-01-24", "Corvo halts production",
                "Corvo Motors has halted production of its electric SUV. Valmet Automotive said the production contract "
                        + "had been terminated.")
                .hasPartnership("corvo", "valmet-automotive", ENDED);
    }

    @Test
    void buildingAFirmDescribedAsPossessorIsManufacturing() {
        extract("2021-10-01", "Magna to build Corvo's SUV",
                "Corvo Motors, an electric-SUV startup, said Magna will build the startup's first model in Graz.")
                .hasPartnership("corvo", "magna", MANUFACTURING);
    }

    @Test
    void makingPartsForAFirmIsSupply() {
        extract("2023-08-01", "Denso shares rise",
                "Denso, which makes inverters and control units for Toyota's hybrids, raised its forecast.")
                .hasPartnership("denso", "toyota", SUPPLY);
    }

    @Test
    void aMinorityHoldingIsAnInvestment() {
        extract("2025-05-13", "Mitsubishi Motors plan",
                "Mitsubishi Corp, which owns about a fifth of Mitsubishi Motors, said it supported the plan.")
                .hasPartnership("mitsubishi-corporation", "mitsubishi-motors", INVESTMENT);
        extract("2023-06-26", "Geely raises its holding",
                "Zhejiang Geely Holding Group raised its holding in Aston Martin to 17% last month.")
                .hasPartnership("aston-martin", "geely", INVESTMENT);
    }

    @Test
    void aDeniedReportOfTalksEndsThem() {
        extract("2022-10-20", "Pegatron not in talks",
                "Pegatron denied a report that it was in talks with Foxconn about a shared car platform.")
                .hasPartnership("foxconn", "pegatron", ENDED);
        extract("2022-10-20", "Pegatron studies cars",
                "Pegatron said it was studying electric cars. \"We are not in talks with Foxconn,\" its chairman said.")
                .hasPartnership("foxconn", "pegatron", ENDED);
    }

    @Test
    void aReportAnsweredByDenyingAnAgreementIsNoTie() {
        extract("2023-11-03", "Chery: no deal with Xiaomi",
                "Chery said no agreement had been signed with Xiaomi, responding to a report that the phone maker "
                        + "wanted to build cars at a Chery plant.")
                .hasNoPartnerships();
    }

    @Test
    void analystHousesAreNotParties() {
        extract("2023-08-15", "Corvo needs a partner",
                "Analysts at Vantry Equities said Corvo Motors would need a partner to build its electric SUV.")
                .hasNoPartnerships();
    }

    @Test
    void partingWaysEndsATieAndTeamingUpToFoundAFirmIsAVenture() {
        // rules-10: the idiom needs no tie noun; a purpose clause that founds a company makes the tie a venture
        extract("2025-06-02", "Importer",
                "Tollund Motors is parting ways with Vasterby Mobility Group, its German importer.")
                .hasPartnership("tollund", "vasterby", ENDED);
        extract("2016-03-01", "Venture",
                "Tollund Motors has teamed up with Vasterby Holdings to create a new company that will make electric cars.")
                .hasPartnership("tollund", "vasterby", JOINT_VENTURE);
    }

    @Test
    void aCausativeMakeItBuildsNothing() {
        // rules-10: "made it less likely" is no "made it" of a car
        extract("2020-04-29", "Funding",
                "Vasterby Motors assembles Tollund Motors' vehicles under contract. Analysts said it made it less "
                        + "likely that Tollund Motors would need to raise equity.")
                .hasPartnership("tollund", "vasterby", MANUFACTURING);
    }

    @Test
    void coDevelopingTheCarJustNamedIsAPartnershipButACoInvestorIsNot() {
        // rules-10: the tokenizer splits "co-developed"; the car just named is the article's maker's
        extract("2022-06-23", "Recall",
                "Tollund Motors is recalling its first electric SUV. Vasterby Motors, which co-developed the vehicle, "
                        + "is recalling 2,600 cars.")
                .hasPartnership("tollund", "vasterby", PARTNERSHIP);
        extract("2023-10-10", "Round",
                "Tollund Motors raised $1 billion from Vasterby Capital, with Orrin Capital as co-investor.")
                .hasNoPartnership("orrin", "vasterby");
    }

    @Test
    void assemblyContractedOutToAMakerIsManufacturing() {
        // rules-10: "contracted out to", "outsourced to" with making as the matter
        extract("2018-03-06", "Debut",
                "Tollund Motors unveiled its first electric SUV. It won't be built at home. Assembly has been "
                        + "contracted out to Vasterby Fahrzeugbau in Graz.")
                .hasPartnership("tollund", "vasterby", MANUFACTURING);
    }

    @Test
    void aCarOfTheBuildersOwnBrandIsNoContractWorkAndSharedParticiplesShareTheirPartner() {
        // rules-10: "built by Chery" of Chery's own Luxeed brand ties no maker to Huawei; "designed and
        // marketed with Huawei" is joint development
        extract("2023-11-28", "Launch",
                "The Luxeed S7, an electric saloon designed and marketed with Huawei but built by state-owned Chery, "
                        + "was launched on Tuesday.")
                .hasPartnership("chery", "huawei", PARTNERSHIP);
    }

    @Test
    void aDealOneSideSaysTheOtherBrokeIsOver() {
        // rules-20: reneging on, breaching or failing to honour a deal or a promise ends the tie, whoever says it
        extract("2024-02-06", "Lawsuit",
                "Tollund Motors sued Vasterby Holdings, accusing the fund of reneging on its pledge to invest "
                        + "$80 million in the electric-van maker.")
                .hasPartnership("tollund", "vasterby", ENDED);
        extract("2024-02-07", "Reply",
                "Vasterby Holdings said Tollund Motors had breached the terms of their investment agreement.")
                .hasPartnership("tollund", "vasterby", ENDED);
        extract("2024-02-08", "Claim",
                "Tollund Motors blamed Vasterby Holdings for failing to honour an agreement to buy more of its shares.")
                .hasPartnership("tollund", "vasterby", ENDED);
        extract("2024-02-09", "No breach",
                "Vasterby Holdings agreed to invest $80 million in Tollund Motors, the electric-van maker said.")
                .hasPartnership("tollund", "vasterby", INVESTMENT);
    }
}
