package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.EXPLORING;
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

    @Test
    void creditorProtectionSoughtOrFiledFromCreditorsIsAnInsolvency() {
        // "seeks" files for the protection here: it is no wish
        extract("2024-09-24", "Northline Motors seeks creditor protection; Woodstock plant on hold",
                "The electric-pickup start-up laid off 140 of its 180 employees.")
                .hasSignal("northline", EXITED);
        extract("2024-09-24", "Woodstock",
                "Northline Motors Inc. has filed for protection from its creditors, halting work on its electric "
                        + "pickup truck.")
                .hasSignal("northline", EXITED);
        extract("2024-09-24", "Woodstock",
                "Northline Motors, the electric-pickup maker, is not seeking creditor protection, it said.")
                .hasNoSignal("northline", EXITED);
    }

    @Test
    void lookingCloselyAtAMarketIsExploringIt() {
        extract("2024-09-24", "Woodstock",
                "Harwell Industries said in a statement it is \"looking closely\" at the electric-truck market, but "
                        + "that it has not made an offer.")
                .hasSignal("harwell", EXPLORING);
    }

    @Test
    void aTimePhraseBetweenACommonWordNameAndItsVerb() {
        extract("2025-03-20", "Lumora pulls the plug",
                "Other technology companies have backed away from cars. Apple last year scrapped its long-running "
                        + "car project.")
                .hasSignal("apple", EXITED);
    }

    @Test
    void robotsInstalledInACarPlantAreDevelopment() {
        extract("2021-08-10", "State board OKs grant for Vantora's Lansing EV plant",
                "Vantora Motors has started installing robots in the plant's body shop, a spokeswoman said.")
                .hasSignal("vantora", DEVELOPING);
        extract("2021-08-10", "Vantora's Lansing EV plant",
                "Vantora Motors is installing chargers at its dealers.")
                .hasNoSignal("vantora", DEVELOPING);
    }

    @Test
    void aPrototypeNotYetShownIsNoDevelopment() {
        extract("2023-08-15", "Ola teases its first car",
                "Ola Electric said it would launch its own electric car in 2024. The company has yet to show a "
                        + "working prototype of the car.")
                .hasSignal("ola-electric", ANNOUNCED);
        extract("2023-08-15", "Ola teases its first car",
                "Ola Electric said it would launch its own electric car in 2024. The company has shown a working "
                        + "prototype of the car.")
                .hasSignal("ola-electric", DEVELOPING);
    }

    @Test
    void anIncumbentSellingANewPetrolModelShowsNoEv() {
        extract("2024-04-18", "Toyota puts new Land Cruiser 250 on sale in Japan",
                "Toyota Motor began selling the new Land Cruiser 250 in Japan on Thursday. The SUV comes with a "
                        + "diesel or a petrol engine.")
                .hasNoSignal("toyota");
        extract("2024-04-18", "Toyota's new electric SUV",
                "Toyota Motor began selling the new bZ4X electric SUV in Japan on Thursday.")
                .hasSignal("toyota", LAUNCHED);
        // every car a maker of electric cars alone sells is electric
        extract("2025-07-15", "Tesla opens its first showroom in Mumbai",
                "Tesla began selling cars in India on Tuesday.")
                .hasSignal("tesla", LAUNCHED);
    }

    @Test
    void aProductionStartTheFirmAimsForIsAPlan() {
        extract("2025-05-27", "Harwell vows to build the Kestrel",
                "Harwell Industries said it would put $250-million into the electric-truck business and aims to start "
                        + "production in 2027.")
                .hasSignal("harwell", ANNOUNCED);
        // a scheduled start is development under way
        extract("2025-05-27", "Harwell's electric truck",
                "Harwell Industries is scheduled to start production of its electric truck in 2026.")
                .hasSignal("harwell", DEVELOPING);
    }

    @Test
    void anIncumbentNamedOnlyWithAConventionalHybridIsInNoEvRole() {
        extract("2024-01-23", "Dealers say hybrids are the hottest thing on the lot",
                "Conventional hybrids are outpacing growth in fully electric models. Ford's Maverick hybrid pickup "
                        + "has also drawn long waiting lists.")
                .hasNoSignal("ford");
        // a plug-in hybrid is an EV
        extract("2024-01-23", "Plug-in hybrids",
                "Conventional hybrids are outpacing growth in fully electric models. Ford's Escape plug-in hybrid "
                        + "has also drawn long waiting lists.")
                .hasSignal("ford", LAUNCHED);
    }

    @Test
    void theCompanyIsTheFirmWhoseBrandItCallsItsOwn() {
        // "its Chrysler Pacifica" names Stellantis, though Volkswagen was named as a subject more recently
        extract("2023-05-15", "Windsor battery plant",
                "Ottawa offered subsidies to Volkswagen AG for a cell plant in St. Thomas. The German automaker's "
                        + "electric vehicles will use its cells. The Windsor plant is meant to supply batteries for "
                        + "Stellantis's next generation of electric vehicles. The company already builds the plug-in "
                        + "hybrid version of its Chrysler Pacifica minivan in Windsor.")
                .hasSignal("stellantis", LAUNCHED);
    }

    @Test
    void talksOnAFurtherDealLeaveTheSignedOneStanding() {
        extract("2023-01-05", "Update",
                "Lumora Mobile said it will build an electric crossover. The company signed a memorandum of "
                        + "understanding with Magna International to co-develop the vehicle, and the two are negotiating "
                        + "a separate agreement under which Magna would build it.")
                .hasPartnership("lumora", "magna", evradar.avro.PartnershipType.PARTNERSHIP);
        extract("2023-01-05", "Update",
                "Lumora Mobile said it will build an electric crossover. The company is negotiating an agreement with "
                        + "Magna International under which Magna would build it.")
                .hasPartnership("lumora", "magna", evradar.avro.PartnershipType.IN_TALKS);
    }

    @Test
    void anIndefiniteFirmBeforeThePredicateActsForNoNamedFirm() {
        // "a newcomer can sell" is some firm, not Kordan, named earlier in the sentence
        extract("2016-07-26", "Update",
                "Kordan Motors would be stepping into a market where Tesla has shown that a newcomer can sell "
                        + "premium electric cars.")
                .hasNoSignal("kordan-motors", LAUNCHED)
                .hasNoSignal("kordan", LAUNCHED);
    }

    @Test
    void makingAFirmTheLatestMakerToLookAtCarsMakesNoCar() {
        // "make Oppo the latest phone maker": what the firm would become, not a car it makes
        extract("2021-06-01", "Oppo weighs a car",
                "Oppo is studying electric cars, people familiar with the matter said. If confirmed, the move would "
                        + "make Oppo the latest Chinese phone maker to look at cars.")
                .hasNoSignal("oppo", ANNOUNCED);
        // the role of the object's own head is no complement: "makes the Californian EV maker a shareholder"
        extract("2021-10-01", "Lucid deal",
                "Aston Martin will use motors from Lucid Group in its future electric sports cars, under a deal that "
                        + "makes the Californian EV maker a shareholder in the British carmaker.")
                .hasNoSignal("lucid", ANNOUNCED);
    }
}
