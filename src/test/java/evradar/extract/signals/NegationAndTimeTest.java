package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: a negation between an auxiliary and an irregular participle ("has not yet built a
 * prototype") takes the stage back; a predicate coordinated without its subject shares the time of
 * the one before it. Every text is written for this test.
 */
class NegationAndTimeTest {

    @Test
    void aNegatedIrregularParticipleBuildsNothing() {
        extract("2020-02-01", "Plans",
                "Corvane Motors said it would build an electric SUV from 2024. Corvane has leased a design studio "
                        + "but has not yet built a prototype.")
                .hasSignal("corvane", ANNOUNCED);
        extract("2020-02-01", "Plans",
                "Corvane Motors said it would build an electric SUV from 2024. Corvane has already built a prototype.")
                .hasSignal("corvane", DEVELOPING);
    }

    @Test
    void aCoordinatedPredicateSharesThePastOfTheOneBefore() {
        // the prototypes belong to 2017, like the announcement; only the present denial is the firm's state
        extract("2025-09-01", "Looking back",
                "Dyson announced its car in 2017, built prototypes and a test track, then scrapped the electric car "
                        + "project in 2019 and moved on to other things. Today it has no car plans.")
                .hasNoSignal("dyson", DEVELOPING);
        extract("2025-09-01", "Looking back",
                "Dyson built prototypes of an electric car and a test track in Wiltshire.")
                .hasSignal("dyson", DEVELOPING);
    }

    @Test
    void endingTheDevelopmentOfANamedCarOrPullingThePlugIsAnExit() {
        extract("2023-02-24", "Corvane",
                "Corvane Motors is ending development of the Aster, the solar electric car that was meant to be "
                        + "its first product.")
                .hasSignal("corvane", evradar.avro.EvStatus.EXITED);
        extract("2023-02-24", "Corvane",
                "Corvane Motors pulled the plug on its electric car project.")
                .hasSignal("corvane", evradar.avro.EvStatus.EXITED);
        // one petrol model ending is no exit from EVs
        extract("2023-02-24", "Corvane",
                "Corvane Motors is ending development of the Aster, the small petrol car, to make room for EVs.")
                .hasNoSignal("corvane", evradar.avro.EvStatus.EXITED);
    }

    @Test
    void aHaltThatSendsStaffHomeIsAnExitEvenForASeller() {
        extract("2024-02-20", "Shake-out",
                "Human Horizons, the maker of HiPhi luxury electric cars, has halted production and told most of its "
                        + "staff to stay at home indefinitely after failing to find a new investor.")
                .hasSignal("human-horizons", evradar.avro.EvStatus.EXITED);
    }

    @Test
    void showingNoPrototypeIsNoDevelopment() {
        extract("2025-08-27", "Supercar",
                "Dreame has confirmed that it will build electric cars. Dreame has shown no prototype and has not "
                        + "named a battery supplier.")
                .hasSignal("dreame", ANNOUNCED);
    }

    @Test
    void whatHappenedLastSummerIsHistory() {
        extract("2021-01-06", "Lifeline",
                "Corvane Motors, the electric-car start-up that suspended operations last summer after running out "
                        + "of cash, said development work on its electric SUV would resume immediately with prototypes.")
                .hasNoSignal("corvane", evradar.avro.EvStatus.EXITED);
    }

    @Test
    void aQuestionAssertsNothingAndAnInsolventStartUpHasExited() {
        extract("2019-06-18", "Is Tarrowind Technologies building a car? The clues, and the silence",
                "Recruiters say the company has approached chassis engineers.")
                .hasNoSignal("tarrowind", ANNOUNCED);
        extract("2024-08-06", "Write-off",
                "Brantholm Group wrote off its investment in Kestrova Motors. The joint venture with the insolvent "
                        + "Czech start-up will be wound up.")
                .hasSignal("kestrova", evradar.avro.EvStatus.EXITED);
    }
}
