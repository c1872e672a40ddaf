package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.extract.ExtractionAssert.extract;

/**
 * "former executives of BMW and Nissan": firms named as the past employers of people are no parties
 * to the story; "a spokeswoman of X" still speaks for X. Every text is written for this test.
 */
class FormerStaffOfTest {

    @Test
    void pastEmployersInAnOfPhraseGetNoSignal() {
        extract("2020-07-01", "Byton",
                "Byton, the Chinese electric-car start-up founded by former executives of BMW and Nissan, has shelved "
                        + "production of its first model.")
                .hasNoSignal("bmw")
                .hasNoSignal("nissan");
    }

    @Test
    void aSpokeswomanOfTheFirmSpeaksForIt() {
        extract("2023-05-01", "Pickup",
                "A spokeswoman of Halvor Motors said the company would start selling its electric pickup in March.")
                .hasSignal("halvor", evradar.avro.EvStatus.DEVELOPING);
    }
}
