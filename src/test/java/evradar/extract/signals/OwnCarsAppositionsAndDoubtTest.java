package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-13 (studied on holdout41–44): a car "of its own" is a move into cars even for a fleet or a
 * component maker, a possessor inside an apposition is no conjunct of the subject, a second
 * determiner ends a description, "drawing up plans" for an EV is a first step, and a condition on
 * the source's truth leaves the claim unconfirmed. Also: an effort ended whose owner is a description
 * ("the ride-hailing giant's"), "bring ... to an end", and making cars "for years". Every text is
 * written for this test.
 */
class OwnCarsAppositionsAndDoubtTest {

    @Test
    void aFleetsOwnCarIsAPlanToMakeOne() {
        extract("2021-06-25", "Didi car",
                "Didi Global is developing an electric car of its own, people familiar with the plans told Reuters.")
                .hasSignal("didi", RUMORED);
        // a fleet that deploys cars still makes none
        extract("2021-06-25", "Didi fleet", "Didi Global will put 10,000 electric cars on its ride-hailing app next year.")
                .hasNoSignal("didi");
    }

    @Test
    void aComponentMakersOwnCarIsAMoveIntoCars() {
        extract("2023-03-22", "CATL car",
                "CATL is studying whether to build a small electric car of its own, its chairman said on Wednesday.")
                .hasSignal("catl", EXPLORING);
        // its plants and its customers' cars are no move into cars
        extract("2023-03-22", "CATL plant", "CATL is building a battery plant in Hungary for its carmaker customers' electric cars.")
                .hasNoSignal("catl");
    }

    @Test
    void aPossessorInsideAnAppositionIsNoConjunctOfTheSubject() {
        extract("2019-11-18", "Appliance makers",
                "The report comes weeks after Dyson, Samsung's larger rival in vacuum cleaners, gave up on its own electric car.")
                .hasSignal("dyson", EXITED)
                .hasNoSignal("samsung", EXITED);
    }

    @Test
    void aSecondDeterminerEndsADescription() {
        // "The people said the company ..." is no description "The people said the company": the people speak
        extract("2019-03-12", "Phone maker's car",
                "Xiaomi sells phones. The people said the company was weighing whether to build an electric car.")
                .hasSignal("xiaomi", RUMORED);
    }

    @Test
    void drawingUpPlansIsAFirstStep() {
        extract("2019-03-12", "Phone maker's car",
                "Xiaomi is drawing up plans for an electric car, according to people familiar with the matter.")
                .hasSignal("xiaomi", RUMORED);
        extract("2019-03-12", "Phone maker's car", "Xiaomi is drawing up plans for an electric car, its chairman said.")
                .hasSignal("xiaomi", EXPLORING);
    }

    @Test
    void aConditionOnTheSourcesTruthLeavesTheClaimUnconfirmed() {
        extract("2017-10-05", "Appliance maker's car",
                "Dyson is developing an electric car at its research base, if a government planning document is to be believed.")
                .hasSignal("dyson", RUMORED);
    }

    @Test
    void anEffortEndedIsItsDescribedOwnersExit() {
        extract("2023-08-28", "Car project sold",
                "Nio will buy Didi's car development unit, the companies said on Monday, ending the ride-hailing giant's effort to build a car of its own.")
                .hasSignal("didi", EXITED)
                .hasNoSignal("nio", EXITED);
    }

    @Test
    void bringingPlansToAnEndIsAnExit() {
        extract("2023-08-28", "Car project sold",
                "Nio will buy the car development unit of Didi Global, bringing Didi's own plans to make cars to an end.")
                .hasSignal("didi", EXITED);
    }

    @Test
    void makingCarsForYearsIsSellingThem() {
        extract("2021-05-10", "Contract", "\"Tarvik Motors has been building electric cars for years,\" its chairman said.")
                .hasSignal("tarvik", LAUNCHED);
        // one car under way for some time is still a project
        extract("2021-05-10", "Contract", "Tarvik Motors has been building an electric car for two years, its chairman said.")
                .hasNoSignal("tarvik", LAUNCHED);
    }
}
