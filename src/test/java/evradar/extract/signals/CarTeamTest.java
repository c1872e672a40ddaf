package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Staff for a car effort ("hiring automotive engineers", "assembled a small vehicle team") is its first
 * step: a rumour when the press reports it, exploration when the firm says it; a team with no car word
 * on it is no car team. Every text is written for this test.
 */
class CarTeamTest {

    @Test
    void aReportedCarTeamIsARumour() {
        extract("2023-05-01", "Vivo",
                "Smartphone maker Vivo has assembled a small vehicle team in Dongguan, tech outlet 36Kr reported last "
                        + "month, citing people familiar with the matter.")
                .hasSignal("vivo", RUMORED);
        extract("2023-05-01", "Roborock",
                "Roborock has been hiring automotive engineers this year, people familiar with the matter said.")
                .hasSignal("roborock", RUMORED);
    }

    @Test
    void aCarTeamTheFirmConfirmsIsExploration() {
        extract("2023-05-01", "Halvik",
                "Halvik Electronics said it had hired automotive engineers to study an electric car.")
                .hasSignal("halvik", EXPLORING);
    }

    @Test
    void aTeamWithNoCarWordIsNoCarTeam() {
        extract("2017-09-26", "Dyson car",
                "Dyson said it would build a battery-electric car. \"We've started building a strong team,\" Dyson wrote.")
                .hasSignal("dyson", ANNOUNCED);
    }

    @Test
    void neitherOfWhichHasShownInterestIsNoInterest() {
        extract("2023-05-01", "Peers",
                "Midea's peers Haier and Hisense, neither of which has shown interest in building cars, fell slightly "
                        + "on the day.")
                .hasNoSignals();
    }
}
