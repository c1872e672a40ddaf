package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.PartnershipType.ENDED;
import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.SUPPLY;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-20, read off holdout82 (UK and European business press), holdout84 (EV trade and enthusiast
 * press) and holdout86 (the corpus genre): how those writers drop a firm's one electric model, and
 * the words they use for talks, sales of a holding and suppliers. Every text is written for this test.
 */
class EuropeanAndTradePressTest {

    @Test
    void droppingItsOwnElectricModelIsAnExit() {
        // the object is the firm's own electric model, named by its body style rather than "car"
        extract("2024-09-12", "Write-off", "Tollund Holdings has abandoned its electric pick-up truck months before "
                + "it was due to go into production.")
                .hasSignal("tollund", EXITED);
        extract("2024-09-12", "Retreat", "Orvik Technologies is shelving its electric sedan before it reaches a "
                + "single customer, the phone maker said.")
                .hasSignal("orvik", EXITED);
        extract("2024-09-12", "Pivot", "Kestrel Motors has cancelled its electric pickup, the start-up said.")
                .hasSignal("kestrel", EXITED);
        // a headline drops the possessive before the model's name
        extract("2024-09-12", "Tollund shelves electric Fusilier as demand for battery cars disappoints",
                "Tollund Motors said on Tuesday it would concentrate on its diesel off-roader.")
                .hasSignal("tollund", EXITED);
        // a maker that sells electric cars goes on selling them when one model goes; a petrol model is no EV
        extract("2024-09-12", "Model", "Ford has cancelled its electric SUV, the carmaker said.")
                .hasNoSignal("ford", EXITED);
        extract("2024-09-12", "Model", "Kestrel Motors has cancelled its petrol pickup.").hasNoSignal("kestrel");
    }

    @Test
    void aModelPutOnTheShelfIsShelved() {
        // "on the shelf" as "on hold" and "on ice"; an apposition may stand between the object and the idiom
        extract("2025-03-04", "Update", "Tollund Motors has put its planned electric off-roader, the Fusilier, on the "
                + "shelf, blaming weak demand for battery cars.")
                .hasSignal("tollund", EXITED);
    }

    @Test
    void conversationsAreTalksAndSellingOutOfAFirmEndsTheStake() {
        extract("2024-05-20", "Talks", "Tollund Motors has held conversations with Rimac Automobili about a possible "
                + "powertrain package.")
                .hasPartnership("rimac", "tollund", IN_TALKS);
        extract("2024-05-20", "Stake", "Vasterby Holdings, once one of its largest shareholders, had already sold out "
                + "of Tollund Motors last year.")
                .hasPartnership("tollund", "vasterby", ENDED);
    }

    @Test
    void aDealThatEndsSpeculationGoesOn() {
        // what the deal ends is the doubt about it, not the tie
        extract("2022-11-15", "Production", "Tollund Motors has signed a production agreement with Dongfeng Motor, "
                + "under which the state-owned carmaker will build its first electric SUV. The deal ends more than a "
                + "year of speculation about how Tollund Motors would get into production.")
                .hasPartnership("dongfeng-motor", "tollund", MANUFACTURING);
    }

    @Test
    void aCellPartnerIsASupplier() {
        // the component before "partner" types the tie, as it types "a battery deal"
        extract("2024-05-20", "Cells", "Vasterby Energy is best known as Tollund Motors' longtime cell partner.")
                .hasPartnership("tollund", "vasterby", SUPPLY);
    }
}
