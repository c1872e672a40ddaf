package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-18, read off holdout68 (corpus genre) and holdout70 (North American business and local
 * press): markets a car is made for, entries into the car business, and the shapes such outlets give
 * plans, plants and deliveries. Every text is written for this test.
 */
class NorthAmericanPressTest {

    @Test
    void aCarDevelopedForARegionIsTheFirmsOwn() {
        // "for North America" names a market, not a client the car is made for
        extract("2023-01-05", "CES",
                "Halden Mobile will commit $1.5 billion over five years to develop a battery-electric crossover for "
                        + "North America, the company said.")
                .hasSignal("halden", ANNOUNCED);
        // a client named after "for" still makes it contract work
        extract("2023-01-05", "Contract",
                "Valdor Engineering will develop a battery-electric crossover for Halden Mobile, the company said.")
                .hasNoSignal("valdor-engineering", DEVELOPING);
    }

    @Test
    void gettingIntoTheCarBusinessIsAnEntry() {
        extract("2023-01-05", "Update", "Halden Mobile is getting into the electric-car business, its chairwoman said.")
                .hasSignal("halden", ANNOUNCED);
        // not a firm's entry: an ordinary "get into" and a market named without business words
        extract("2023-01-05", "Update", "Drivers of Halden Mobile phones can get into electric cars without a key.")
                .hasNoSignal("halden");
    }

    @Test
    void theFirmInAnAppositionToItsParentIsTheSubject() {
        // "Its parent, Volkswagen Group, ...": the possessor names whose parent, the apposition who acts;
        // "ID.4" is one model name, not a sentence end
        extract("2023-05-01", "Plant",
                "Scout Motors will build a $2 billion plant in Blythewood. Its parent, Volkswagen Group, already builds "
                        + "the electric ID.4 crossover at its plant in Chattanooga, Tennessee.")
                .hasSignal("volkswagen", LAUNCHED)
                .hasNoSignal("scout-motors", LAUNCHED);
    }

    @Test
    void notGoingToMakeCarsIsADenial() {
        extract("2016-11-14", "Harman deal",
                "\"We are not going to manufacture cars,\" Young Sohn, Samsung's president, said on a call.")
                .hasSignal("samsung-electronics", DENIED);
        // "going to" without a negation is a plan, not a denial
        extract("2016-11-14", "Harman deal", "\"We are going to manufacture electric cars,\" a Samsung spokesman said.")
                .hasNoSignal("samsung-electronics", DENIED);
    }

    @Test
    void creditorProtectionIsAnInsolvency() {
        extract("2024-03-01", "Woodstock",
                "Northline Motors Inc., the electric-truck developer, has sought creditor protection, it said on Friday.")
                .hasSignal("northline", EXITED);
        // a firm leaving the proceeding goes on
        extract("2024-03-01", "Woodstock",
                "Northline Motors, the electric-truck developer, emerged from creditor protection on Friday.")
                .hasNoSignal("northline", EXITED);
    }

    @Test
    void aPrepositionalToLendsNoFutureToAVerbAfterIt() {
        // "sold to Foxconn" is no "to" of intent: the trucks are delivered
        extract("2022-11-07", "Endurance",
                "Lordstown Motors said it has begun production of the Endurance electric pickup at the plant it sold to "
                        + "Foxconn earlier this year and has delivered its first trucks to fleet buyers.")
                .hasSignal("lordstown-motors", LAUNCHED);
        // an infinitive still looks ahead
        extract("2022-11-07", "Endurance",
                "Lordstown Motors said it hopes to begin production of the Endurance electric pickup and to deliver its "
                        + "first trucks to fleet buyers next year.")
                .hasNoSignal("lordstown-motors", LAUNCHED);
    }

    @Test
    void oneOfThePeopleWhoSpokeIsStillAnUnnamedSource() {
        extract("2024-10-22", "Halvorsen revisits car ambitions",
                "Halvorsen Technologies Inc. has revived work on an electric robotaxi, according to people familiar "
                        + "with the matter.\n\nThe project would produce a purpose-built robotaxi that Halvorsen could "
                        + "sell to ride-hailing operators, two of the people said. A small team has been working on it "
                        + "since early this year, and engineers have built a handful of test mules, one of them said.")
                .hasSignal("halvorsen", RUMORED)
                .hasNoSignal("halvorsen", DEVELOPING);
    }

    @Test
    void aPhoneGoingOnSaleIsNoCarOnSale() {
        extract("2025-09-10", "Lumora's new flagship",
                "Lumora Mobile unveiled the L9 Pro, a $899 phone, on Wednesday. The phone goes on sale in the U.S. on "
                        + "Sept. 26, and the company says an electric car is next.")
                .hasNoSignal("lumora", LAUNCHED);
    }

    @Test
    void theQuotedWeOfAnOfficerNamedWithHisFirmIsTheFirm() {
        extract("2025-09-10", "Lumora's new flagship",
                "Lumora Mobile unveiled the L9 Pro phone on Wednesday. Asked whether the company might revisit the "
                        + "electric car it abandoned in March, Lumora's North America president, Kevin Hsu, was blunt. "
                        + "\"We have no plans to make vehicles,\" he said.")
                .hasSignal("lumora", DENIED);
    }
}
