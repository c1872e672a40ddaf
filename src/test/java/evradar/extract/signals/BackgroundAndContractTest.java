package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-7 (studied on holdout6-7, web and trade press): the full paradigm of a cue verb
 * ("terminating"), a firm's own model named bare as the object of an exit, the idiom "go electric",
 * a noun determined by "no" denies the thing, a team set up to study commits to a study, a clause
 * dated by "N years after" is background, components on sale are no car sales, a contractor
 * building a client's car has no plan of its own, and a deal "subject to a final agreement" is no
 * signed production contract; a quoted "we" is the firm the previous sentence is about. Every text is
 * written for this test.
 */
class BackgroundAndContractTest {

    @Test
    void everyFormOfAnExitVerbIsAnExit() {
        extract("2023-05-01", "Lightyear",
                "Lightyear is terminating its solar car programme and will license its technology to others, the company said.")
                .hasSignal("lightyear", EXITED);
    }

    @Test
    void anOwnModelNamedBareIsTheObjectOfAnExit() {
        extract("2023-09-01", "Lordstown",
                "Lordstown Motors, the Ohio startup, scrapped its Endurance earlier this year after running out of money.")
                .hasSignal("lordstown-motors", EXITED);
    }

    @Test
    void goingElectricIsAMoveIntoEvs() {
        extract("2021-06-01", "Vivo",
                "Vivo told investors on Monday that it is going electric.")
                .hasSignal("vivo", ANNOUNCED);
        extract("2021-06-01", "Vivo",
                "Vivo is going electric, two people familiar with the matter said.")
                .hasSignal("vivo", RUMORED);
    }

    @Test
    void aTeamSetUpToStudyAndANounDeterminedByNoCommitToNothing() {
        extract("2024-02-01", "Vivo",
                "Vivo has formed a small team to evaluate an electric hatchback, its founder said, but there is no prototype and no budget.")
                .hasSignal("vivo", EXPLORING);
    }

    @Test
    void aClauseDatedByASpanOfTimeIsBackground() {
        extract("2023-03-01", "Vivo",
                "Three years after insisting it had no plans to make cars, Vivo is studying an electric city car, its chairman said.")
                .hasSignal("vivo", EXPLORING);
    }

    @Test
    void componentsOnSaleAreNoCarSales() {
        extract("2025-04-01", "Apple",
                "Apple's new dashboard software went on sale this week in electric cars from Porsche.")
                .hasNoSignal("apple");
    }

    @Test
    void aContractorBuildingAClientsCarHasNoPlanOfItsOwn() {
        extract("2022-05-01", "Fisker",
                "Fisker will start deliveries of the Ocean next year. Magna, which will build the SUV in Graz, declined to comment.")
                .hasNoSignal("magna");
    }

    @Test
    void aDealSubjectToAFinalAgreementIsNoProductionContract() {
        extract("2018-02-01", "Canoo", // dated before its programme was known (KnownProgrammesTest)
                "Canoo said it had signed a deal with VDL Nedcar to build its first electric van in the Netherlands, subject to a final agreement.")
                .hasSignal("canoo", ANNOUNCED);
    }

    @Test
    void aQuotedWeIsTheFirmThePreviousSentenceIsAbout() {
        extract("2021-04-01", "Vivo",
                "Vivo is not convinced. \"We have no plans to build cars,\" a spokeswoman told reporters.")
                .hasSignal("vivo", evradar.avro.EvStatus.DENIED);
    }
}
