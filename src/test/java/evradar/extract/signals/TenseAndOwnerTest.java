package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-5: which firm a sentence's stage belongs to (a description's possessor, an effort's owner,
 * a listed group) and what time it describes (a participle's present condition, history, a signed
 * production agreement). Every text is written for this test.
 */
class TenseAndOwnerTest {

    @Test
    void attributiveExitParticipleIsThePresentCondition() {
        extract("2024-06-01", "Dyson",
                "Dyson said it could return to its shelved electric-car project if battery prices fall further.")
                .hasSignal("dyson", EXITED);
        extract("2024-06-01", "Dyson",
                "Dyson is studying its abandoned car programme again, a newspaper said.")
                .hasSignal("dyson", EXITED);
    }

    @Test
    void failedFirmsListedAfterAGroupNoun() {
        extract("2025-01-05", "Failed startups",
                "Canoo joins several electric-vehicle startups that have collapsed since 2023, among them Lordstown Motors and Fisker.")
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("fisker", EXITED);
    }

    @Test
    void failedFirmsGivenAsExamplesBeforeThePredicate() {
        // rules-10: the examples of a generic plural subject, between commas before its predicate, act
        extract("2025-01-18", "Failed startups",
                "It is the latest in a line of electric-vehicle start-ups, from Lordstown Motors to Fisker, that "
                        + "have gone bankrupt.")
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("fisker", EXITED);
        extract("2025-01-18", "Failed startups",
                "Several electric-vehicle startups, including Lordstown Motors and Fisker, have gone bankrupt.")
                .hasSignal("lordstown-motors", EXITED)
                .hasSignal("fisker", EXITED);
        extract("2025-09-18", "Failed startups",
                "It joins a long list of electric-car start-ups, Fisker and Canoo among them, that filed for bankruptcy.")
                .hasSignal("fisker", EXITED)
                .hasSignal("canoo", EXITED);
    }

    @Test
    void theEffortOfADescribedOwnerEnds() {
        extract("2023-08-28", "XPeng buys Didi unit",
                "XPeng will buy the car unit of Didi Global, ending the ride-hailing company's own attempt to build cars.")
                .hasSignal("didi", EXITED);
    }

    @Test
    void anEffortThatCollapsesByItself() {
        extract("2021-06-01", "Aston Martin",
                "Aston Martin developed an electric sedan with LeEco, but the project was shelved after the Chinese internet company's car ambitions collapsed.")
                .hasSignal("leeco", EXITED);
    }

    @Test
    void historyGivesWayToThePresent() {
        extract("2020-07-14", "Nasr Motors",
                "Nasr Motors built petrol cars for decades before it stopped production in 2009. "
                        + "It now plans to assemble an electric sedan at its plant from next year.")
                .hasSignal("nasr", EXPLORING);
        extract("2020-07-14", "Nasr Motors",
                "Nasr Motors scrapped its first electric-car project in 2012. It now plans to build an electric sedan from next year.")
                .hasSignal("nasr", EXPLORING);
        // a recent exit is the present
        extract("2020-07-14", "Nasr Motors",
                "Nasr Motors has scrapped its electric-car project, the company said.")
                .hasSignal("nasr", EXITED);
    }

    @Test
    void hiringABuilderIsASignedProductionAgreement() {
        extract("2021-03-01", "Foxconn factory",
                "Foxconn said the factory could also build a small electric car for Fisker, which has hired it to produce the model from 2023.")
                .hasSignal("fisker", DEVELOPING);
        extract("2016-03-01", "Fisker", // dated before its programme was known (KnownProgrammesTest)
                "Fisker will hire a contract maker to produce its second electric model, it said.")
                .hasSignal("fisker", ANNOUNCED);
    }

    @Test
    void aRelativeClauseOnAnUnnamedOrganisation() {
        extract("2024-09-16", "JSW",
                "JSW bought a 35 percent stake in MG Motor India, the local arm of a Chinese carmaker, which sells two electric SUVs there.")
                .hasSignal("mg-motor-india", evradar.avro.EvStatus.LAUNCHED)
                .hasNoSignal("jsw-group");
    }

    @Test
    void denialOfAnyPlan() {
        extract("2025-07-10", "Dreame",
                "Dreame said it does not currently have any plan to manufacture complete vehicles.")
                .hasSignal("dreame", evradar.avro.EvStatus.DENIED);
    }

    @Test
    void preOrdersAreDevelopment() {
        extract("2021-03-22", "VinFast",
                "VinFast began taking orders on Saturday for its first electric SUV, with deliveries promised from November.")
                .hasSignal("vinfast", DEVELOPING);
        extract("2021-03-22", "VinFast",
                "VinFast began selling petrol sedans in 2019 and now builds electric scooters as well.")
                .hasNoSignal("vinfast");
    }

    @Test
    void openOrderBooksAndCarsInShowrooms() {
        // rules-10: the motoring press's words for pre-orders and for sales
        extract("2018-03-06", "Debut",
                "Tarrowind Motors says order books for its electric SUV are open now, with first deliveries in the "
                        + "summer.")
                .hasSignal("tarrowind", DEVELOPING);
        extract("2018-03-06", "Hybrids",
                "Tarrowind Motors' plug-in hybrids reached showrooms at the end of last year.")
                .hasSignal("tarrowind", LAUNCHED);
    }

    @Test
    void deliveriesThatBeganAreALaunch() {
        extract("2024-04-20", "Teardown",
                "Our review car, a BYD Seal bought from a showroom two weeks after deliveries began, had few faults.")
                .hasSignal("byd", LAUNCHED);
        extract("2021-08-16", "Scooters",
                "Tollund Motors has become one of the largest sellers of electric two-wheelers in the country since "
                        + "deliveries began in December, though it has faced complaints.")
                .hasNoSignal("tollund", LAUNCHED);
    }

    @Test
    void aSiteOnceHeldIsNoCarRole() {
        extract("2021-10-01", "Foxconn plant",
                "Foxconn will buy the former General Motors assembly plant in Ohio and build electric pickups there.")
                .hasNoSignal("general-motors");
    }

    @Test
    void thingsDeliveredThatAreNotCars() {
        extract("2023-06-26", "Aston Martin pays",
                "Aston Martin will pay in stages as the technology for its electric cars is delivered.")
                .hasNoSignal("aston-martin");
        extract("2023-06-26", "Aston Martin sales",
                "Aston Martin says every car it sells will have an electrified option by the end of the decade.")
                .hasNoSignal("aston-martin");
    }
}
