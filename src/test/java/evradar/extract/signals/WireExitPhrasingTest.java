package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.EXITED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8 (studied on holdout10): exits phrased as "give up", a liquidation ordered by a court,
 * an effort "put behind" the firm, and a denial dated to an earlier year than the article's
 * confirmation. Every text is written for this test.
 */
class WireExitPhrasingTest {

    @Test
    void givingUpTheOwnCarProjectIsAnExit() {
        extract("2019-02-14", "Dyson rethinks",
                "Dyson is giving up its electric car programme, the company said, and about 500 engineers will move to other work.")
                .hasSignal("dyson", EXITED);
        extract("2022-06-01", "Canoo",
                "Canoo gave up its plan to build electric vans in Oklahoma after its cash ran low, a spokeswoman said on Wednesday.")
                .hasSignal("canoo", EXITED);
    }

    @Test
    void aCourtOrderedLiquidationNamesTheFailedFirm() {
        extract("2024-07-09", "WM Motor",
                "A Shanghai court on Tuesday ordered the liquidation of WM Motor after the electric carmaker missed its debt payments.")
                .hasSignal("wm-motor", EXITED);
    }

    @Test
    void anEffortPutBehindTheFirmIsOver() {
        extract("2025-04-11", "Apple",
                "Apple has put its car ambitions behind it and now spends the money on artificial intelligence, people close to the company said.")
                .hasSignal("apple", EXITED);
    }

    @Test
    void aDenialFromAnEarlierYearGivesWayToTodaysConfirmation() {
        extract("2024-03-05", "Oppo sets up car unit",
                "Oppo has registered an electric-vehicle subsidiary with 2 billion yuan of capital, the phone maker said on Tuesday, confirming that it will build cars. "
                        + "In 2022, Oppo denied a newspaper report that it planned to make cars.")
                .hasSignal("oppo", ANNOUNCED);
    }
}
