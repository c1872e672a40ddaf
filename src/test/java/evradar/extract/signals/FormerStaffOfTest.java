package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.extract.ExtractionAssert.extract;

/**
 * "former executives of BMW and Nissan", "engineers from Li Auto": firms named as the employers of
 * people are no parties to the story; "a spokeswoman of X" still speaks for X. An incumbent named
 * only among combustion cars is in no EV role there. Every text is written for this test.
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
    void theFirmAfterAFrontedFoundedByPhraseIsItsSubject() {
        // the comma closes the participial phrase: "Byton" is the main clause's subject, not a third employer
        extract("2019-06-01", "Byton",
                "Founded by former executives of BMW, Byton is preparing to start production of its M-Byte SUV in Nanjing.")
                .hasSignal("byton", evradar.avro.EvStatus.DEVELOPING)
                .hasNoSignal("bmw");
        extract("2019-06-01", "Byton",
                "Founded by former executives of BMW, Nissan and Tesla, Byton is preparing to start production of its "
                        + "M-Byte SUV in Nanjing.")
                .hasSignal("byton", evradar.avro.EvStatus.DEVELOPING)
                .hasNoSignal("nissan");
    }

    @Test
    void employersListedWithTheirLegalFormsGetNoSignal() {
        // "Inc." and "Co." keep their dots inside the list of past employers, however long it runs
        extract("2024-06-01", "Chip designer's car team",
                "Halvorsen Technologies Inc. has hired more than two dozen engineers from Tesla Inc., General Motors "
                        + "Co. and Ford Motor Co. to work on an electric vehicle.")
                .hasNoSignal("general-motors")
                .hasNoSignal("ford");
    }

    @Test
    void aSpokeswomanOfTheFirmSpeaksForIt() {
        extract("2023-05-01", "Pickup",
                "A spokeswoman of Halvor Motors said the company would start selling its electric pickup in March.")
                .hasSignal("halvor", evradar.avro.EvStatus.DEVELOPING);
    }

    @Test
    void staffHiredFromFirmsNameNoSignalOfTheirs() {
        extract("2023-05-01", "Hiring",
                "Zhiguang said it had hired 1,400 engineers from Li Auto and NIO for its electric car.")
                .hasNoSignal("li-auto")
                .hasNoSignal("nio");
    }

    @Test
    void anIncumbentAmongCombustionCarsOnlyIsNotLaunchedThere() {
        extract("2023-05-01", "Pickups", "Toyota sells the Hilux and other diesel pickups in Brazil.")
                .hasNoSignal("toyota");
        extract("2023-05-01", "Pickups", "Toyota sells the bZ4X electric SUV in Brazil.")
                .hasSignal("toyota", evradar.avro.EvStatus.LAUNCHED);
    }

    @Test
    void anIncumbentNamedWithItsOwnCarBrandIsLaunched() {
        extract("2025-06-01", "Apple",
                "Apple scrapped its electric car project last year. Hyundai went on to sell hundreds of thousands of "
                        + "Ioniq 5s and Ioniq 6s without Apple's help.")
                .hasSignal("hyundai", evradar.avro.EvStatus.LAUNCHED);
    }

    @Test
    void aCarmakerMakingCarsThatAreNotElectricPlansNoEv() {
        extract("2022-08-02", "Profit",
                "Toyota's profit rose as easing chip shortages allowed it to build more cars.")
                .hasNoSignal("toyota");
        extract("2022-08-02", "Hybrids",
                "Renault and Geely will jointly develop and produce hybrid vehicles for the Korean market.")
                .hasNoSignal("renault")
                .hasNoSignal("geely");
    }
}
