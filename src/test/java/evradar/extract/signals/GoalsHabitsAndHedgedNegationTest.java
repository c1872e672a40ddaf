package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-12 (studied on holdout37–39): the object of an exit verb ends where a second verb or a clause
 * begins, headlines drop determiners, dropping a goal is not leaving the market for a firm that sells
 * EVs, a guess with "might never" is no denial, and a habit is no present interest. Every text is
 * written for this test.
 */
class GoalsHabitsAndHedgedNegationTest {

    @Test
    void aSecondVerbAfterTheExitObjectDoesNotMakeItAJointPlan() {
        extract("2023-09-12", "Mobility retreat",
                "Oppo has halted its plan to build electric cars and cancelled its design contract with Magna, the phone maker said.")
                .hasSignal("oppo", EXITED);
    }

    @Test
    void aHeadlineNeedsNoDeterminerForItsExitObject() {
        extract("2023-09-12", "Oppo scraps car project after two years", "The phone maker told staff on Monday.")
                .hasSignal("oppo", EXITED);
        // but one model dropped is no exit, and the clause after "as" is not the object
        extract("2023-09-12", "Oppo drops larger SUV as car unit's losses narrow", "The phone maker told staff on Monday.")
                .hasNoSignal("oppo", EXITED);
        // "gave up on" takes its object after the preposition
        extract("2023-09-12", "Oppo gives up on building cars", "The phone maker told staff on Monday.")
                .hasSignal("oppo", EXITED);
    }

    @Test
    void anOffRoaderIsACar() {
        extract("2024-11-19", "Karvell",
                "Karvell Motors has shelved the Kestrel, the electric off-roader it unveiled in February, blaming weak demand.")
                .hasSignal("karvell", EXITED);
    }

    @Test
    void aVehicleWorksHiredAsContractManufacturerBuildsItsClientsCars() {
        // German "Fahrzeug-" (vehicle) names a contract carmaker, like "Automotive" or "Body Works"
        extract("2024-11-19", "Norrik",
                "Swedish start-up Norrik has chosen Brenner Fahrzeugwerk, a family-owned contract manufacturer, to build its first electric car. "
                        + "Under the agreement, Brenner will assemble up to 40,000 vehicles a year at its plant in Saxony from 2026.")
                .hasNoSignal("brenner");
    }

    @Test
    void aFleetThatDeploysOrSellsOffCarsPlansNoCarOfItsOwn() {
        extract("2024-02-01", "Uber deal",
                "Lyft and BYD struck a deal to put 50,000 electric cars on the ride-hailing app over five years.")
                .hasNoSignal("lyft");
        extract("2024-02-01", "Hertz",
                "Hertz said it will sell around 20,000 battery-electric cars from its US fleet and buy petrol cars instead.")
                .hasNoSignal("hertz");
        // building its own is still a plan
        extract("2024-02-01", "Uber car", "Uber plans to build its own electric car for drivers, the ride-hailing company said.")
                .hasSignal("uber", ANNOUNCED);
    }

    @Test
    void abandoningABatteryPlantIsNoExitFromCars() {
        extract("2024-03-12", "Ankara plant",
                "Ford Motor, Koc Holding and LG Energy Solution have abandoned their plan to build an electric-vehicle battery cell plant near Ankara.")
                .hasNoSignal("ford", EXITED);
    }

    @Test
    void deliveringPetrolCarsIsNoEvSale() {
        extract("2023-03-15", "Ineos confirms an electric off-roader",
                "Ineos Automotive, which began delivering the petrol and diesel Grenadier only months ago, gave no price for the electric model.")
                .hasNoSignal("ineos", LAUNCHED);
    }

    @Test
    void endingProductionAtOnePlantIsNoExit() {
        extract("2024-05-20", "Renault to end car production at Flins", "Renault sells the Megane E-Tech and the Zoe in Europe.")
                .hasNoSignal("renault", EXITED);
    }

    @Test
    void droppingAGoalLeavesAnEvSellerInTheMarket() {
        extract("2024-09-04", "Mercedes",
                "Mercedes-Benz has abandoned its target of selling only electric cars by 2030, the German automaker said, citing slow demand.")
                .hasNoSignal("mercedes-benz", EXITED);
        // a newcomer that drops its goal of making a car has given up
        extract("2024-09-04", "Oppo",
                "Oppo has abandoned its goal of building an electric car, the phone maker said, citing slow demand.")
                .hasSignal("oppo", EXITED);
    }

    @Test
    void mightNeverIsAGuessNotADenial() {
        extract("2021-03-02", "Oppo car",
                "Oppo has hired 200 engineers to work on an electric car, people familiar with the matter said. "
                        + "The people cautioned that the phone maker might never sell a car.")
                .hasNoSignal("oppo", DENIED);
        extract("2021-03-02", "Oppo car", "Oppo will never sell a car of its own, the phone maker said on Tuesday.")
                .hasSignal("oppo", DENIED);
    }

    @Test
    void aHabitIsNoPresentInterest() {
        extract("2021-03-02", "Oppo car",
                "Oppo has hundreds of employees working on an electric car, Reuters reported, citing people familiar with the matter. "
                        + "Oppo often explores products that do not reach shops, and any car would be years away, they said.")
                .hasSignal("oppo", RUMORED);
        extract("2021-03-02", "Oppo car", "Oppo is exploring an electric car, the phone maker said.")
                .hasSignal("oppo", EXPLORING);
    }

    @Test
    void staffHiredOrAssignedToACarAreACarEffort() {
        extract("2021-03-02", "Oppo car", "Oppo has hired 200 engineers to work on an electric car, the phone maker said.")
                .hasSignal("oppo", EXPLORING);
        extract("2021-03-02", "Oppo car", "Oppo has hired 50 engineers for its battery business, the phone maker said.")
                .hasNoSignals();
    }
}
