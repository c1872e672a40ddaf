package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-9: the mood of an infinitive reaches every verb of its list ("to design, manufacture and sell
 * electric cars"), and a firm ranked in a market ("the No. 2 spot in the passenger-vehicle market")
 * plays no car role there. An exit's object ends before a coordinated verb ("shelve its project and
 * dissolve its venture with X"), a plan that is the object of a study is interest only, and a
 * relative clause on an indefinite firm noun ("a firm that suspended operations") is no claim about the
 * subject. Every text is written for this test.
 */
class CoordinationAndMarketsTest {

    @Test
    void anInfinitiveListIsAPlanToTheLastVerb() {
        extract("2021-08-05", "Foray",
                "Tarvic Industries said it had set up a unit, Tarvic Mobility, to design, manufacture and sell "
                        + "electric passenger vehicles in India.")
                .hasSignal("tarvic", ANNOUNCED)
                .hasNoSignal("tarvic", LAUNCHED);
    }

    @Test
    void aPresentListIsStillWhatTheFirmDoes() {
        extract("2021-08-05", "Maker",
                "Tarvic Motor designs, builds and sells electric hatchbacks in Hangzhou.")
                .hasSignal("tarvic", LAUNCHED);
    }

    @Test
    void rivalsRankedInAMarketPlayNoCarRole() {
        extract("2024-10-22", "Listing",
                "Hyundai, which sells the Ioniq 5 in India, will launch an electric Creta in January. Hyundai is "
                        + "fighting Tata Motors and Mahindra for the No. 2 spot in the domestic passenger-vehicle market.")
                .hasNoSignal("tata-motors", LAUNCHED)
                .hasNoSignal("mahindra", LAUNCHED);
        // what the rival makes still counts in an EV story (an incumbent delivering cars that the sentence does
        // not call electric is in a car role, LAUNCHED where the story is about EVs)
        extract("2024-10-22", "Listing",
                "Hyundai will launch an electric SUV, the Creta EV, in January. Rivals Tata Motors and Mahindra are "
                        + "delivering cars across India.")
                .hasSignal("tata-motors", LAUNCHED);
    }

    @Test
    void shelvingAProjectAndDissolvingAVentureIsAnExit() {
        extract("2024-06-04", "Exit",
                "Tarvic Holding said it had decided to shelve its electric-vehicle project and dissolve its "
                        + "manufacturing joint venture with Dongfeng Motor.")
                .hasSignal("tarvic", EXITED);
    }

    @Test
    void aPlanUnderStudyIsInterestOnly() {
        extract("2023-11-14", "Brand",
                "Tarvic Industries said it was also separately evaluating a plan to make electric vehicles under its "
                        + "own brand.")
                .hasSignal("tarvic", EXPLORING);
        extract("2023-10-16", "Kits",
                "Tarvic Holding has commissioned a feasibility study on a facility that would assemble electric "
                        + "SUVs from kits.")
                .hasSignal("tarvic", EXPLORING);
        // a plan stated after the study has its own clause
        extract("2023-11-14", "Brand",
                "Tarvic Industries studied the market for two years, and it will now build electric vans in Pune.")
                .hasSignal("tarvic", ANNOUNCED);
    }

    @Test
    void aRelativeClauseOnSomeFirmIsNotTheSubjects() {
        extract("2021-01-05", "Lifeline",
                "Tarvic Electronics has agreed to help Orlane Motors put its electric SUV into production, throwing a "
                        + "lifeline to a firm that suspended operations last year.")
                .hasNoSignal("tarvic", EXITED);
        // a definite antecedent is another matter: the relative clause is about it
        extract("2021-01-05", "Exit",
                "Orlane Motors, the company that suspended operations last year, will not reopen its plant.")
                .hasSignal("orlane", EXITED);
    }

    @Test
    void scrappingAPlanToListTheEvUnitIsNoExit() {
        extract("2024-01-29", "Listing",
                "Tarvic Group has scrapped plans to list Orlane, its electric-vehicle and software unit, and will "
                        + "fund the business itself.")
                .hasNoSignal("tarvic", EXITED);
        extract("2024-01-29", "Exit",
                "Tarvic Group has scrapped plans to build electric cars.")
                .hasSignal("tarvic", EXITED);
    }

    @Test
    void aReportedDateForTheFirstEvIsACommitment() {
        extract("2023-06-26", "Motors",
                "Tarvic Motors, which has yet to sell a plug-in car, said its first battery-electric model would "
                        + "arrive in 2026.")
                .hasSignal("tarvic", ANNOUNCED);
        // "Motors" in the firm's name is no component that would make the subject a part
        extract("2023-06-26", "Motors",
                "Tarvic Motors said its first electric car is due in 2026.")
                .hasSignal("tarvic", ANNOUNCED);
        // a conditional "would" sets no date
        extract("2023-06-26", "Motors",
                "If the subsidy is approved, its first electric car would arrive in 2026, Tarvic Motors hopes.")
                .hasNoSignal("tarvic", ANNOUNCED);
    }

    @Test
    void aWhoseClauseOnAnAppositionIsAboutItsFirm() {
        extract("2023-03-14", "Denial",
                "Tarvic Industries said it has no plan at present to manufacture complete vehicles. The company said "
                        + "its 19 percent holding in Norvik, the Swedish start-up whose compact electric crossover is in "
                        + "prototype testing, remained a financial investment.")
                .hasSignal("tarvic", evradar.avro.EvStatus.DENIED)
                .hasSignal("norvik", evradar.avro.EvStatus.DEVELOPING);
    }

    @Test
    void cancellingANamedCarAndShuttingDownARumour() {
        extract("2025-09-16", "Hibari",
                "Tarvic Denki said on Tuesday that it has cancelled the Hibari, the two-seat electric city car it had "
                        + "planned to start selling in Japan.")
                .hasSignal("tarvic", EXITED);
        // "shut that down": the object is the question just asked, not a car effort
        extract("2021-03-10", "Powertrains",
                "Is this Tarvic Electronics' first step toward a car? A Tarvic Electronics spokesperson shut that down "
                        + "fast, saying the company has no plans to make vehicles.")
                .hasSignal("tarvic", evradar.avro.EvStatus.DENIED)
                .hasNoSignal("tarvic", EXITED);
    }

    @Test
    void developingAnInCarAssistantIsNoCar() {
        extract("2024-01-09", "Assistant",
                "Sony Honda Mobility announced a partnership with Microsoft to develop a conversational in-car "
                        + "assistant using Microsoft's Azure cloud.")
                .hasNoSignal("microsoft", ANNOUNCED);
    }
}
