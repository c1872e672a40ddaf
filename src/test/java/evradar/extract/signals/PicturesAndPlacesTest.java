package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: which shown things are cars, and which stages a negation or a time word takes back.
 * Every text is written for this test.
 */
class PicturesAndPlacesTest {

    @Test
    void showingPicturesOfACarIsNoPrototype() {
        extract("2022-08-01", "Plans",
                "Corvane Motors said it will launch its first electric car in 2024. The company showed renderings "
                        + "of the car at an event but gave no price.")
                .hasSignal("corvane", ANNOUNCED);
        extract("2022-08-01", "Plans",
                "Corvane Motors said it will launch its first electric car in 2024. The company showed a prototype "
                        + "of the car at an event but gave no price.")
                .hasSignal("corvane", DEVELOPING);
    }

    @Test
    void aDelayedLaunchOfTheFirstElectricCarIsAPlan() {
        extract("2025-11-18", "Delay",
                "Corvane Technology has pushed back the launch of its first electric car to mid-2026.")
                .hasSignal("corvane", ANNOUNCED);
        // a launch celebrated is no plan
        extract("2025-11-18", "Delay",
                "Corvane Technology celebrated the launch of its first electric car with a party.")
                .hasNoSignal("corvane", ANNOUNCED);
    }

    @Test
    void aConceptToBeUnveiledIsStillAPlan() {
        extract("2015-12-10", "Plant",
                "Corvane Motors said it will spend $1 billion on a factory to build electric vehicles. The "
                        + "Gardena-based firm plans to unveil a concept vehicle in January.")
                .hasSignal("corvane", ANNOUNCED);
    }

    @Test
    void anUnveiledPlatformIsACommitmentAndCarsShownOnItAreNot() {
        extract("2021-03-01", "Platform",
                "In October Corvane Electronics unveiled an open electric-vehicle platform that it hopes other "
                        + "companies will adopt.")
                .hasSignal("corvane", ANNOUNCED);
        extract("2021-11-12", "Platform",
                "Last month Corvane Electronics showed three electric vehicles built on its MIH platform.")
                .hasSignal("corvane", DEVELOPING);
    }
}
