package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * A car being prepared is a car being made; "is reported by foreign media to be ..." and "reports
 * keep suggesting that ..." put it in a third party's mouth; a contractor preparing a production
 * line for a client's car makes no car of its own. Every text is written for this test.
 */
class ReportedPreparationTest {

    @Test
    void preparingACarIsMakingIt() {
        extract("2022-05-01", "Xiaomi", // dated before its programme was known (KnownProgrammesTest)
                "Xiaomi is preparing its first electric car for a launch next year.")
                .hasSignal("xiaomi", ANNOUNCED);
    }

    @Test
    void aPassiveReportByTheMediaIsARumour() {
        extract("2023-05-01", "Pickup",
                "Halvor Motors, which is reported by local media to be preparing an electric pickup, declined to comment.")
                .hasSignal("halvor", RUMORED);
    }

    @Test
    void reportsThatKeepSuggestingAreARumour() {
        extract("2023-05-01", "Apple",
                "Reports keep suggesting that Apple's car team is still working on a vehicle, but none of it has been "
                        + "confirmed.")
                .hasSignal("apple", RUMORED);
    }

    @Test
    void aProductionLineForTheCarIsNoCarOfTheContractor() {
        extract("2023-05-01", "Contract",
                "Qiantang Motor had been preparing a production line for the car in Hangzhou.")
                .hasNoSignal("qiantang-motor");
    }

    @Test
    void aCarProjectAnnouncedOrAFirstEvDatedIsACommitment() {
        extract("2022-06-01", "Car", "Xiaomi has announced a car project.")
                .hasSignal("xiaomi", ANNOUNCED);
        extract("2023-06-01", "JSW", "JSW says its first electric models will arrive in 2026.")
                .hasSignal("jsw-group", ANNOUNCED);
    }
}
