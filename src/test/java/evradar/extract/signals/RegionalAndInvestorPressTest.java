package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.avro.PartnershipType.PARTNERSHIP;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-21, read off the studied sets of this round (holdout92, Indian and South-East Asian business
 * press; holdout94, analyst and investor writing; holdout96, the corpus genre) and the contract
 * assemblers that recur across older studied sets. Every text is written for this test.
 */
class RegionalAndInvestorPressTest {

    @Test
    void aFirmNamedAsAnAssemblerBuildsItsClientsCars() {
        // the full name says what the firm does; the short name used first takes it on
        extract("2023-03-14", "Orvik hires Ontario's Tarnby to build its Pathfinder pickup",
                "Orvik Motors has signed a contract-manufacturing agreement with Tarnby Assembly Ltd. to build its "
                        + "Pathfinder electric pickup. Under the agreement, Tarnby will retool part of the plant and "
                        + "begin producing the truck in the fourth quarter of 2023.")
                .hasSignal("orvik", DEVELOPING)
                .hasNoSignal("tarnby");
        // described as a contract assembler: its line rolling out the client's car is the client's launch
        extract("2023-02-27", "BYD starts local assembly in Vietnam with Hoang Long",
                "BYD has started local assembly of electric hatchbacks in Vietnam. Under the agreement, "
                        + "Hoang Long, a Vietnamese contract assembler with decades of experience building cars for "
                        + "Japanese brands, will produce up to 20,000 BYD cars a year. The first locally built "
                        + "cars rolled off the line at Hoang Long's plant outside Hanoi.")
                .hasSignal("byd", LAUNCHED)
                .hasNoSignal("hoang-long");
    }

    @Test
    void suzukiSellsNoElectricCarBeforeTheEVitara() {
        // the press, and every writer of the labelled sets, count the 2025 e Vitara as Suzuki's first EV: before
        // it Suzuki is no incumbent whose every car-story mention means LAUNCHED
        extract("2024-03-19", "Suzuki readies electric SUV",
                "Suzuki Motor has finished testing prototypes of a battery-electric SUV, which will go into mass "
                        + "production in Gujarat later this year.")
                .hasSignal("suzuki", DEVELOPING);
        extract("2023-01-11", "Suzuki to make India its EV hub",
                "Suzuki Motor said it would make India the production base for its first battery-electric car.")
                .hasSignal("suzuki", ANNOUNCED);
    }

    @Test
    void theEndOfAYearEndsNothing() {
        // "the end of this year" dates the switch; the object after it is what the firm turns into
        extract("2021-01-14", "Update", "Tollund Group will stop producing petrol-powered cars by the end of this year "
                + "and turn its carmaking business into a pure electric-vehicle maker.")
                .hasNoSignal("tollund", EXITED);
        // the end of an effort is still its end
        extract("2021-01-14", "Update", "The decision marks the end of Tollund Group's electric car project.")
                .hasSignal("tollund", EXITED);
    }

    @Test
    void bookingsForACarmakersModelsAreNoElectricOrders() {
        // the Indian and Malaysian press count every car's orders in bookings; only electric ones are EV work
        extract("2022-05-12", "Perodua studying EVs but in no hurry", "The national carmaker, which sold 190,291 "
                + "units last year, is working through a backlog of more than 200,000 bookings for its Myvi, Axia and "
                + "Ativa models.")
                .hasSignal("perodua", EXPLORING);
        extract("2022-05-12", "Sales", "Tollund Motors has received more than 20,000 bookings for its first "
                + "electric SUV.")
                .hasSignal("tollund", DEVELOPING);
    }

    @Test
    void sharesMovingOnTalkThatAFirmPlansCarsAreARumour() {
        // market copy's "on talk that" cites the market's chatter, as "on reports that" cites reports
        extract("2023-06-10", "Update", "Shares of Tollund Holdings surged as much as 38% this morning on talk that the "
                + "property group is in discussions with Dongfeng Motor to assemble electric cars at an idle factory.")
                .hasSignal("tollund", RUMORED);
    }

    @Test
    void energiesNamesAFirmAsEnergyDoes() {
        // the plural designator ("Korvath Energies", as "Korvath Energy") ends a firm's name too
        extract("2024-03-05", "Update", "VinFast on Tuesday signed a memorandum of understanding with battery "
                + "recycler Korvath Energies to recover and reuse lithium-ion batteries from its electric cars.")
                .mentions("korvath")
                .hasPartnership("korvath", "vinfast", PARTNERSHIP);
    }

    @Test
    void aFourByFourIsACar() {
        // the British and investor press's word for an off-roader
        extract("2025-03-06", "Update", "Tollund Automotive has put its planned Fusilier electric 4x4 on hold "
                + "indefinitely, the company said on Thursday.")
                .hasSignal("tollund", EXITED);
    }

    @Test
    void namesBeforeLabelsAreBrands() {
        // "labels" and "badges" are brand nouns as "brands" are: the names before them are no firms in the story
        extract("2024-08-20", "Update", "Changan, which sells electric cars under its Deepal and Avatr labels, is "
                + "bringing more of its own technology to the partnership.")
                .hasSignal("changan", LAUNCHED)
                .doesNotMention("avatr");
    }

    @Test
    void aBareFamilyNameIsTheParentOfTwoThatShareIt() {
        // a venture named first, its parent after: "LG" alone is the parent, not the venture
        extract("2021-07-01", "LG Magna e-Powertrain starts operations; LG says it has no plan to build cars",
                "LG Magna e-Powertrain, the electric-drivetrain joint venture between LG Electronics and Magna "
                        + "International, began operations on Thursday. LG Electronics holds 51 percent of the venture.")
                .hasSignal("lg-electronics", DENIED)
                .hasNoSignal("lg-magna-e-powertrain");
    }
}
