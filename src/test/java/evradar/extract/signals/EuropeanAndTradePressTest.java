package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.EXITED;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.PartnershipType.ENDED;
import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.avro.PartnershipType.IN_TALKS;
import static evradar.avro.PartnershipType.MANUFACTURING;
import static evradar.avro.PartnershipType.PARTNERSHIP;
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

    @Test
    void anAircraftMakersInsolvencyIsNoCarExit() {
        extract("2024-10-25", "Electric-jet developer Valoria files for insolvency after Berlin refuses aid",
                "Valoria Aviation, the Bavarian developer of an electric jet, has filed for insolvency.")
                .hasNoSignal("valoria");
        // a carmaker's insolvency still is one
        extract("2024-10-25", "Insolvency", "Tollund Motors, the developer of an electric SUV, has filed for insolvency.")
                .hasSignal("tollund", EXITED);
    }

    @Test
    void anIndefiniteFirmActsForNoNamedOne() {
        // "a U.S. truck start-up" is a firm the story leaves unnamed: neither the verb nor "its" is the named firm's
        extract("2025-02-11", "Cells", "Harwick Corp will take a minority stake in Pylos Energy. The contract is a "
                + "lift for Pylos Energy after it lost its first customer, when a U.S. truck start-up abandoned its vehicle.")
                .hasNoSignal("harwick");
    }

    @Test
    void droppingAPlanForAStakeIsNoExit() {
        extract("2025-01-30", "Tollund Motors drops Vasterby stake plan but keeps EV supply deal",
                "Tollund Motors, which sells electric kei cars in Japan, will not go ahead with the investment.")
                .hasNoSignal("tollund", EXITED);
    }

    @Test
    void combustionCarsHandedOverAndBatteryMachinesAreNoEvs() {
        extract("2019-06-14", "Plant", "Tollund Motors started handing over its first petrol-powered cars to customers "
                + "on Friday, and said it would add battery-electric cars in 2021.")
                .hasNoSignal("tollund", LAUNCHED);
        extract("2023-05-02", "Diggers", "Brannock Holdings launched a battery-powered mini-digger last year and expects "
                + "electric models to account for a fifth of machine sales by 2025.")
                .hasNoSignal("brannock");
    }

    @Test
    void notPlanningOrConsideringCarsIsADenial() {
        extract("2021-03-05", "Denial", "Orvik Technologies said it is not planning to make electric cars.")
                .hasSignal("orvik", DENIED);
        extract("2021-03-05", "Denial", "\"The report is not true. We are not considering vehicle production,\" "
                + "Orvik Technologies said in a regulatory filing.")
                .hasSignal("orvik", DENIED);
        // a report of weighing a car that the firm rejects is denied with it
        extract("2021-03-05", "Denial", "Orvik Technologies has rejected a newspaper report that it is studying an "
                + "electric vehicle of its own.")
                .hasSignal("orvik", DENIED);
        // where a car is built is no stance on building cars
        extract("2021-03-05", "Plant", "Orvik Technologies is not planning to build the car in Europe.")
                .hasNoSignal("orvik", DENIED);
    }

    @Test
    void aNewElectricUnitBeingCreatedIsAnnounced() {
        // a firm made to hold another's electric-car business is, as it is created, a carmaker announced
        extract("2023-02-06", "Alliance", "Nissan will invest in Tollund Motors' new electric-vehicle unit, Voltera "
                + "Mobility.")
                .hasSignal("voltera", ANNOUNCED);
        extract("2023-02-06", "Alliance", "Nissan will take 15% of Voltera Mobility, the EV and software business that "
                + "Tollund Motors plans to spin off.")
                .hasSignal("voltera", ANNOUNCED);
        // once it has been spun off, its creation is no news
        extract("2024-02-06", "Unit", "Voltera Mobility, the EV business that Tollund Motors has spun off, hired 300 "
                + "engineers.")
                .hasNoSignal("voltera", ANNOUNCED);
    }

    @Test
    void mgMotorIndiaIsAFirmOfItsOwn() {
        // SAIC's Indian arm, now a joint venture with JSW, has a name of its own (the corpus README: "a firm with
        // its own distinct name is a separate company"); MG Motor, the British-born brand's maker, is another
        extract("2024-03-20", "JSW takes 35% of MG Motor India as SAIC cedes control",
                "MG Motor India, which sells the ZS EV and Comet EV, has about 1% of India's car market.")
                .hasSignal("mg-motor-india", LAUNCHED)
                .doesNotMention("mg-motor");
    }

    @Test
    void aSocialPlatformNamedAsTheMediumIsNoFirmInTheStory() {
        // rules-20, read off holdout88 (Chinese English-language press): "on Weibo", "a Weibo post"
        extract("2024-10-22", "Rumour", "The rumour spread on Weibo over the weekend, Didi said.")
                .doesNotMention("weibo");
        extract("2024-10-22", "Apology", "Orvik chairman Fang Jiaming apologised to staff in a Weibo post on Monday night.")
                .doesNotMention("weibo");
        // the platform's own business is news about the firm
        extract("2024-10-22", "Results", "Weibo Corp reported higher advertising revenue.").hasCompanies("weibo");
    }

    @Test
    void signingAFirmToBuildACarIsContractManufacturing() {
        // rules-20, read off holdout90 (US business press): "signs X to build" as "hires X to build"
        extract("2025-04-16", "Unit", "Akanemi Electric has signed Mitsubishi Motors to build its first EV.")
                .hasPartnership("akanemi", "mitsubishi-motors", MANUFACTURING);
        // signing a deal to build a plant names no builder: the deal stays a plain tie
        extract("2025-04-16", "Plant", "Akanemi Electric signed a deal with CATL to build a battery plant.")
                .hasPartnership("akanemi", "catl", PARTNERSHIP);
    }

    @Test
    void oneOfItsBackersHoldsAStakeInTheFirmBefore() {
        // rules-20, read off holdout88: "its" in "X, one of its early backers" is the firm in focus, not X
        extract("2022-09-01", "Deliveries", "WM Motor is one of the better-funded start-ups. Search giant Baidu, one "
                + "of its early backers, has taken part in several funding rounds.")
                .hasPartnership("baidu", "wm-motor", INVESTMENT);
    }

    @Test
    void addingAnElectricModelToItsLineupIsAPlan() {
        // rules-20, read off holdout90: "would add a ... battery-electric off-roader to its lineup in 2026"
        extract("2022-07-19", "Plan", "Tollund Automotive said it would add a smaller battery-electric off-roader to its "
                + "lineup in 2026.")
                .hasSignal("tollund", ANNOUNCED);
        // parts added to a range are no car
        extract("2022-07-19", "Parts", "Tollund Automotive said it would add electric-vehicle software to its range.")
                .hasNoSignal("tollund");
    }

    @Test
    void theLeadersOfAnElectricMarketRestatedInAnAppositionSellEvs() {
        // rules-20, read off holdout78: "a market led by X" restating the clause before it is that clause's market
        extract("2024-02-02", "Market", "Battery cars took about 4% of new-car sales in the country last year, a market "
                + "led by BYD and Tesla.")
                .hasSignal("byd", LAUNCHED).hasSignal("tesla", LAUNCHED);
        // a car market in general is no EV market
        extract("2024-02-02", "Market", "Cars took about 4% of household spending last year, a market led by Toyota "
                + "and Ford.")
                .hasNoSignals();
    }

    @Test
    void whatARelativeClauseSaysOfAClassOfFirmsIsNoNamedFirmsStatus() {
        // rules-20, read off holdout82: "a wave of electric start-ups that have found the road from prototype to
        // production ...": the firms of the class, not the rival named before them
        extract("2022-03-01", "Vans", "A move into light vehicles would put the group up against Ford, whose diesel "
                + "Ranger dominates the pick-up market, and against a wave of electric start-ups that have found the "
                + "road from prototype to production costlier than planned.")
                .hasNoSignal("ford");
    }
}
