package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-19, read off holdout76 (Asian English-language business press: Nikkei, SCMP, Korea Herald,
 * Economic Times, Bangkok Post styles): the words such outlets use for cars and for leaving car-making,
 * and the clauses that name a second firm. Every text is written for this test.
 */
class AsianBusinessPressTest {

    @Test
    void aBatteryElectricCarIsACarNotABattery() {
        // "battery-electric" says how the car is driven; the battery is not the thing made
        extract("2025-08-26", "Plant", "Kavra Motors on Tuesday began series production of its first battery-electric "
                + "vehicle, the Kavra e1, at its plant in Gujarat.")
                .hasSignal("kavra", DEVELOPING);
        extract("2025-08-26", "Plant", "Kavra Motors began production of its first battery electric car.")
                .hasSignal("kavra", DEVELOPING);
        extract("2025-08-26", "Plant", "Kavra Motors is building a plant for battery-electric cars in Pune.")
                .hasSignal("kavra", DEVELOPING);
        // batteries made for electric cars are still components
        extract("2025-08-26", "Plant", "Gotion began production of batteries for electric cars.")
                .hasNoSignal("gotion");
    }

    @Test
    void pullingOutOfCarMakingIsAnExit() {
        // an energy company that leaves car assembly exits; the means clause ("by selling its stake in ...")
        // is no place where making ends
        extract("2025-05-14", "PTT", "PTT Plc, Thailand's national energy company, will pull out of electric vehicle "
                + "manufacturing by selling its 60% stake in Horizon Plus to its Taiwanese partner Foxconn.")
                .hasSignal("ptt", EXITED);
        extract("2025-05-14", "Update", "Kavra Motors is pulling out of the electric-car business.")
                .hasSignal("kavra", EXITED);
        // leaving something else, or making cars at one site, is no exit
        extract("2025-05-14", "PTT", "PTT will pull out of its charging business.").hasNoSignal("ptt");
        extract("2025-05-14", "Update", "Kavra Motors will stop making cars at its plant in Brazil.")
                .hasNoSignal("kavra");
    }

    @Test
    void aFourWheelerIsACarAndATwoWheelerIsNot() {
        extract("2024-08-15", "Ola", "Ola Electric will launch its first electric four-wheeler in 2026.")
                .hasSignal("ola-electric", ANNOUNCED);
        extract("2024-08-15", "Ola", "Ola Electric will launch a new electric two-wheeler in 2026.")
                .hasNoSignal("ola-electric");
    }

    @Test
    void bookingsForAScooterAreNoCarDevelopment() {
        extract("2021-06-01", "Ola", "Ola Electric has begun hiring engineers for an electric car programme, according "
                + "to people aware of the matter. Bookings for its first scooter are expected to open next month.")
                .hasSignal("ola-electric", RUMORED)
                .hasNoSignal("ola-electric", DEVELOPING);
    }

    @Test
    void aWhoseClauseDescribesAnotherFirm() {
        // "whose largest shareholder is a state investment firm" says what its owner is, not what it is
        extract("2023-03-02", "Deliveries", "Qingyun Auto delivered its first 500 electric cars to customers on "
                + "Thursday.\n\nQingyun, whose largest shareholder is a Hefei state investment firm, has raised about "
                + "7 billion yuan so far.")
                .hasSignal("qingyun", LAUNCHED);
    }

    @Test
    void aBankruptTitleBeforeANameIsAnEpithet() {
        // "bankrupt electric-car maker Qingyun Auto" identifies the firm in passing: not the buyer's exit
        extract("2024-11-05", "Rescue", "Huaihe Automobile Group will take a 60 per cent stake in bankrupt electric-car "
                + "maker Qingyun Auto for 2.5 billion yuan.")
                .hasNoSignal("huaihe", EXITED)
                .hasNoSignal("qingyun", EXITED);
        // "the bankrupt carmaker" refers back to the firm, whose business has failed
        extract("2024-11-05", "Rescue", "Qingyun Auto stopped production in March. Huaihe will buy the bankrupt "
                + "carmaker.")
                .hasSignal("qingyun", EXITED);
    }

    @Test
    void anOpenDecisionIsInterest() {
        // "has not decided whether to enter the market": the firm is weighing the move
        extract("2024-03-01", "Phones", "Vivo, another large handset brand, said last year it was studying smart-car "
                + "technology but had not decided whether to enter the market.")
                .hasSignal("vivo", EXPLORING);
        extract("2024-03-01", "Phones", "Vivo has yet to decide whether to build electric cars.")
                .hasSignal("vivo", EXPLORING);
        // a decision about something else is no interest in cars
        extract("2024-03-01", "Phones", "Vivo has not decided whether to build a new phone factory.").hasNoSignal("vivo");
    }

    @Test
    void aContractProductionStartIsDevelopment() {
        extract("2025-05-14", "Foxconn", "Foxconn expects to begin contract production of electric cars in 2026.")
                .hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void showroomsInTheSecondHalfOfTheYearAreNearTerm() {
        // "in the second half of the year" is this year: a car that close to showrooms is in its last stage
        extract("2025-03-18", "Sahyadri", "Sahyadri Motors said its electric SUV will now reach showrooms in the "
                + "second half of the year.")
                .hasSignal("sahyadri", DEVELOPING);
        extract("2025-03-18", "Sahyadri", "Sahyadri Motors said its electric SUV will reach showrooms in 2029.")
                .hasSignal("sahyadri", ANNOUNCED);
    }

    @Test
    void anOfficerQuotedWithoutAFirmSpeaksForTheArticlesFirm() {
        extract("2025-03-18", "Sahyadri", "Sahyadri Motors has terminated its technology licence with Chery. Sahyadri "
                + "Motors said its electric SUV would use motors from a Japanese supplier. \"Switching platforms midway is "
                + "never painless. But the prototypes are running and the line at Satara is being commissioned,\" "
                + "managing director Vikram Deshpande said.")
                .hasSignal("sahyadri", DEVELOPING);
    }

    @Test
    void theNameOpeningAThatClauseIsItsSubject() {
        // "an electric car that General Motors plans to put on sale": GM sells it, not the supplier
        extract("2016-03-01", "Parts", "Analysts said Samsung was following its rival LG Electronics, which has won "
                + "orders to supply parts for the Bolt, an electric car that General Motors plans to put on sale next "
                + "year.")
                .hasNoSignal("lg-electronics")
                .hasSignal("general-motors", LAUNCHED);
    }
}
