package evradar.extract.signals;

import evradar.avro.Certainty;
import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/** EV-market signals from short texts in wordings the development corpus does not use. */
class SignalTypingTest {

    @Test
    void reportedPlansAreRumours() {
        extract("2021-06-22", "Oppo said to plan cars",
                "Oppo is preparing to build its own electric vehicles, two people with knowledge of the plans said.")
                .hasSignal("oppo", RUMORED, Certainty.REPORTED);
        extract("2021-06-22", "Vivo reportedly eyes EVs", "Vivo is reportedly planning to make electric cars.")
                .hasSignal("vivo", RUMORED);
    }

    @Test
    void ownStudyIsExploring() {
        extract("2021-03-01", "Meizu studies cars",
                "Meizu said on Monday it was considering a move into electric vehicles but had made no decision.")
                .hasSignal("meizu", EXPLORING);
    }

    @Test
    void confirmedPlanIsAnnounced() {
        extract("2017-09-26", "Dyson to build an electric car",
                "Dyson will launch a battery-electric car by 2020, founder James Dyson told staff.")
                .hasSignal("dyson", ANNOUNCED)
                .hasTargetYear("dyson", 2020);
    }

    @Test
    void prototypesAndRoadTestsAreDeveloping() {
        extract("2023-05-30", "Xiaomi car seen testing",
                "Xiaomi has begun road testing prototypes of its first electric sedan near Beijing.")
                .hasSignal("xiaomi", DEVELOPING);
    }

    @Test
    void reservationsAreDeveloping() {
        extract("2022-03-29", "Lotus takes orders", "Lotus began taking pre-orders for its first electric SUV on Tuesday.")
                .hasSignal("lotus", DEVELOPING);
    }

    @Test
    void deliveriesAreLaunched() {
        extract("2021-10-30", "Lucid delivers", "Lucid handed the first Air sedans to customers on Saturday.")
                .hasSignal("lucid", LAUNCHED);
    }

    @Test
    void incumbentInAnEvStoryIsLaunched() {
        extract("2023-01-10", "Honda unveils EV concept",
                "Honda showed a concept for a new electric sedan at CES on Thursday.")
                .hasSignal("honda", LAUNCHED);
    }

    @Test
    void incumbentOnlyAsOwnerGetsNothing() {
        extract("2023-01-10", "Volvo sells hybrids",
                "Volvo Cars, owned by Geely, sells plug-in hybrid versions of most of its models.")
                .hasSignal("volvo-cars", LAUNCHED)
                .hasNoSignal("geely");
    }

    @Test
    void denialsAreDenied() {
        extract("2021-03-05", "Samsung rules out cars",
                "Samsung Electronics denied a report that it was developing an electric car, saying it had no plans to make cars.")
                .hasSignal("samsung-electronics", DENIED);
        extract("2021-04-12", "Huawei: no cars", "Huawei will not make cars under its own brand, its chairman said.")
                .hasSignal("huawei", DENIED);
    }

    @Test
    void denyingTalksIsNotDenyingEvPlans() {
        extract("2024-03-11", "Geely denies stake talks",
                "Geely denied a report that it was in talks to buy a stake in Faraday Future.")
                .hasNoSignal("geely");
    }

    @Test
    void hedgedEntryIsNotADenial() {
        extract("2021-02-19", "Xiaomi keeps options open",
                "Xiaomi said it was studying the EV industry and stopped short of ruling out a move into cars.")
                .hasSignal("xiaomi", EXPLORING);
    }

    @Test
    void cancellationsAndBankruptciesAreExits() {
        extract("2019-10-10", "Dyson scraps car", "Dyson has shelved its electric car project, the company said.")
                .hasSignal("dyson", EXITED);
        extract("2025-01-17", "Canoo bankrupt", "Canoo filed for Chapter 7 bankruptcy and will cease operations.")
                .hasSignal("canoo", EXITED);
    }

    @Test
    void droppingAJointPlanIsNotAnExit() {
        extract("2023-10-25", "GM and Honda drop plan",
                "General Motors and Honda abandoned their plan to jointly develop cheaper electric vehicles.")
                .hasSignal("general-motors", LAUNCHED)
                .hasSignal("honda", LAUNCHED);
    }

    @Test
    void nonEvContextsGiveNoSignal() {
        extract("2023-08-02", "Toyota profit", "Toyota reported record profit on strong sales of petrol-electric hybrids.")
                .hasNoSignals();
        extract("2018-07-09", "Xiaomi IPO", "Xiaomi sells phones, rice cookers and electric scooters.")
                .hasNoSignals();
    }

    @Test
    void observersGetNoSignal() {
        extract("2023-01-01", "Report", "Reuters reported that Oppo plans to build cars, citing Counterpoint Research.")
                .hasNoSignal("reuters")
                .hasNoSignal("counterpoint-research")
                .hasSignal("oppo", RUMORED);
    }

    @Test
    void exampleListsInheritTheGroupClaim() {
        extract("2021-02-19", "Tech firms eye EVs",
                "Many technology companies want to enter the electric vehicle market, such as Huawei and Baidu.")
                .hasSignal("huawei", EXPLORING)
                .hasSignal("baidu", EXPLORING);
    }

    @Test
    void roboticTestDrivesAreDeveloping() {
        extract("2022-05-18", "Zoox tests robotaxis",
                "Zoox began testing its purpose-built electric robotaxi on public roads in Las Vegas.")
                .hasSignal("zoox", DEVELOPING);
    }

    @Test
    void anUnrelatedNewUnitDoesNotCommit() {
        extract("2022-01-04", "Sony explores EVs",
                "Sony is considering entering the electric-vehicle market and will set up a new company this spring, "
                        + "its chairman said.")
                .hasSignal("sony", EXPLORING);
    }

    @Test
    void reportedTalksAboutProducingCarsAreARumour() {
        extract("2021-01-14", "Apple in talks with Hyundai, reports say",
                "Apple is in discussions with Hyundai Motor about producing self-driving electric cars, a newspaper reported.")
                .hasSignal("apple", RUMORED);
    }

    @Test
    void titleCaseReportedHeadline() {
        extract("2023-03-10", "Sony Is Said To Weigh Building Its Own EV, Bloomberg Reports",
                "Sony is weighing whether to build electric vehicles on its own, citing people familiar with the matter.")
                .hasSignal("sony", RUMORED)
                .hasNoSignal("bloomberg");
    }

    @Test
    void marketValueComparisonIsNoEvRole() {
        extract("2020-07-07", "Tesla overtakes Toyota",
                "Tesla's market value overtook Toyota's on Wednesday. Tesla delivered 90,650 electric cars in the quarter.")
                .hasSignal("tesla", LAUNCHED)
                .hasNoSignal("toyota");
    }

    @Test
    void theBankruptCarmakerHasExited() {
        extract("2024-10-08", "Magna ends Fisker contract",
                "Magna said it had stopped building the Fisker Ocean and ended its contract with the bankrupt carmaker.")
                .hasSignal("fisker", EXITED)
                .hasNoSignal("magna");
    }

    @Test
    void peopleWithKnowledgeReportARumour() {
        extract("2023-06-15", "Alphabet mulls a car",
                "Alphabet has held internal discussions about designing its own electric car, according to two people "
                        + "with knowledge of the talks.")
                .hasSignal("alphabet", RUMORED);
    }

    @Test
    void aRelativeThatClauseBelongsToTheApposedFirm() {
        extract("2021-07-14", "SoftBank invests in WM Motor",
                "SoftBank Group led an investment in WM Motor, a Chinese electric-car startup that sells electric SUVs, "
                        + "the company said.")
                .hasSignal("wm-motor", LAUNCHED)
                .hasNoSignal("softbank");
    }

    @Test
    void contractAssemblyForOthersIsNoPlan() {
        extract("2024-10-08", "Magna keeps assembling", "Magna continues to assemble electric cars for other automakers.")
                .hasNoSignals();
    }

    @Test
    void weighingWhetherToBuildIsExploring() {
        extract("2021-03-31", "Lenovo weighs EVs",
                "Lenovo is looking at whether to build electric vehicles, chairman Yang Yuanqing told reporters on Wednesday.")
                .hasSignal("lenovo", EXPLORING);
    }

    @Test
    void coordinatedVerbsShareTheirMood() {
        extract("2023-01-12", "Afeela prototype",
                "Sony Honda Mobility unveiled a prototype of its first electric car. The venture plans to take pre-orders "
                        + "in 2025 and start deliveries in North America in 2026.")
                .hasSignal("sony-honda-mobility", DEVELOPING);
    }

    @Test
    void aReportedCarProjectIsARumour() {
        extract("2022-12-15", "Apple scales back car plans",
                "Apple has scaled back its self-driving car project and pushed the planned launch to 2026, Bloomberg "
                        + "News reported, citing people familiar with the matter.")
                .hasSignal("apple", RUMORED)
                .hasTargetYear("apple", 2026);
    }

    @Test
    void windingDownOperationsIsAnExit() {
        extract("2023-06-01", "Van maker to close",
                "Pellam Motors, a maker of electric delivery vans, said it would wind down operations after a rescue "
                        + "deal with a lender fell apart.")
                .hasSignal("pellam", EXITED);
    }

    @Test
    void firmsCoordinatedAfterASubordinatorAreSubjects() {
        extract("2024-03-01", "Another EV startup fails",
                "It is the third failure this year, after Corvo Motors and Fisker both filed for bankruptcy protection.")
                .hasSignal("corvo", EXITED)
                .hasSignal("fisker", EXITED);
    }

    @Test
    void incumbentsOutsideACarRoleGetNothing() {
        extract("2023-07-31", "Audi and SAIC to co-develop electric cars",
                "Audi will develop electric cars with SAIC Motor for Chinese buyers. Volkswagen Group, Audi's parent, "
                        + "welcomed the plan. The German group is cutting its budget after a weak quarter. "
                        + "The project is led by engineers who came from BMW and Toyota.")
                .hasSignal("audi", LAUNCHED)
                .hasNoSignal("volkswagen")
                .hasNoSignal("bmw")
                .hasNoSignal("toyota");
        extract("2021-09-01", "Startup begins trial production",
                "Corvo Motors began trial production of its electric pickup at a former Ford plant in Ohio.")
                .hasSignal("corvo", DEVELOPING)
                .hasNoSignal("ford");
    }

    @Test
    void aPlanUnderStudyIsInterest() {
        extract("2022-10-20", "Laptop maker Tarrow weighs building EVs",
                "Tarrow Computer Corp is weighing whether to build electric cars for other brands, its chairman said.")
                .hasSignal("tarrow", EXPLORING);
    }

    @Test
    void buildingUnderASignedContractIsDevelopment() {
        extract("2025-05-13", "Mazda to sell an electric SUV built by Foxtron",
                "Mazda said Foxtron will build an electric SUV for it. Under the contract, Foxtron will design and "
                        + "build the car, which Mazda will sell under its own badge.")
                .hasSignal("foxtron", DEVELOPING);
    }

    @Test
    void plansMadePublicAreAnnounced() {
        extract("2022-03-15", "Brennel's van",
                "Brennel Motors unveiled plans on Monday to build a small electric van, with first deliveries due in 2026.")
                .hasSignal("brennel", ANNOUNCED);
    }

    @Test
    void aReportQuotingSourcesIsAThirdParty() {
        extract("2021-02-03", "Kia not in talks",
                "The report, quoting people close to the talks, said Apple had asked Kia to assemble an Apple-branded "
                        + "electric car in Georgia.")
                .hasSignal("apple", RUMORED);
    }

    @Test
    void aComplementClauseHasItsOwnSubject() {
        extract("2023-11-03", "No deal with Qorin",
                "Vexor Motor Group said no agreement had been signed with Qorin Technology, responding to a report that "
                        + "the phone maker planned to build its first car at a Vexor plant.")
                .hasSignal("qorin", RUMORED)
                .hasNoSignal("vexor");
    }

    @Test
    void aContractBuilderGivesTheStageToTheOwner() {
        extract("2021-05-18", "Canoo picks VDL Nedcar",
                "Canoo said VDL Nedcar will build its first electric van at its plant in Born, with production due to "
                        + "start next year.")
                .hasSignal("canoo", DEVELOPING)
                .hasNoSignal("vdl-nedcar");
    }

    @Test
    void salesOfItsElectricModelsAreLaunched() {
        extract("2023-06-02", "Vexor sales",
                "Vexor Motor Group said sales of its electric SUVs rose 30% in May from a year earlier.")
                .hasSignal("vexor", LAUNCHED);
    }

    @Test
    void aFirmIntroducedAsAnInvestorGetsNoSignal() {
        extract("2024-01-16", "Investor backs pickup maker",
                "Marrick, a family-owned investment group, bought a stake in Pellam Motors and will also sell the "
                        + "Ridgeback electric pickup through its stores.")
                .hasNoSignal("marrick");
    }
}
