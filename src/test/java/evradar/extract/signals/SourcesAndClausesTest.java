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
 * Rules-15 (studied on holdout51 and holdout53): who asserts a claim, and which clause a cue sits in.
 * A pronoun that continues a paragraph of unnamed sources' claims is theirs; what a firm "has never
 * said" is asserted by nobody; "ending years of guessing" ends the talk, not the effort; a miner or
 * property developer the dictionary knows is no "startup"; a clause after "since" has its own mood;
 * a launched platform is no car on sale; a plant measured in gigawatt-hours makes cells; a document is a
 * third-party source; a preview announces a car; and a description after a conjunction, in a headline
 * without its article ("as ride-hailing firm drops ..."), is the subject of its own clause. Every text
 * is written for this test.
 */
class SourcesAndClausesTest {

    @Test
    void aPronounContinuingUnnamedSourcesIsTheirClaim() {
        extract("2019-06-18", "Plans",
                "Tarvelle Technologies has drawn up plans for an electric car, according to three people with "
                        + "knowledge of the matter. The company has hired 150 engineers from carmakers, the people said. "
                        + "It has held talks with Brenholm Motors about assembling a first model at its plant.")
                .hasSignal("tarvelle", RUMORED)
                .hasNoSignal("tarvelle", ANNOUNCED);
        // a pronoun after a plain statement keeps the firm's own voice
        extract("2019-06-18", "Plans",
                "Tarvelle Technologies makes air conditioners. It will start building electric cars in 2021, the "
                        + "company said.")
                .hasNoSignal("tarvelle", RUMORED);
    }

    @Test
    void whatAFirmHasNeverSaidIsNoClaim() {
        extract("2015-02-14", "Secret project",
                "Marvela Electronics has put hundreds of engineers on an electric vehicle, the newspaper reported, citing people "
                        + "familiar with the effort. Marvela declined to comment. It has never said in public that it "
                        + "wants to make cars.")
                .hasSignal("marvela", RUMORED);
    }

    @Test
    void endingTheGuessingAboutAnEffortIsNoExit() {
        extract("2017-09-26", "Car confirmed",
                "Harrowfield Group is working on a battery electric car that it intends to launch in 2020, its founder told "
                        + "staff on Tuesday, ending years of guessing about the appliance maker's ambitions.")
                .hasSignal("harrowfield", ANNOUNCED)
                .hasNoSignal("harrowfield", EXITED);
    }

    @Test
    void aKnownPropertyDeveloperIsNoStartup() {
        extract("2019-01-01", "Settlement",
                "Faraday Future and China Evergrande Group have settled their dispute, the electric-car startup said. "
                        + "Under the settlement, Evergrande gives up its holding, leaving Faraday free to look elsewhere. "
                        + "The startup has laid off hundreds of staff and has not yet started production of its FF 91, "
                        + "although it has assembled pre-production vehicles at its plant in Hanford.")
                .hasSignal("faraday-future", DEVELOPING)
                .hasNoSignal("evergrande", DEVELOPING);
    }

    @Test
    void aClauseAfterSinceHasItsOwnMood() {
        extract("2025-05-08", "Contract win",
                "The deal is a first win for Foxconn's effort to build electric cars for other brands, a strategy that "
                        + "has struggled to attract customers since the Taiwanese group showed its first prototypes in 2021.")
                .hasSignal("foxconn", DEVELOPING);
    }

    @Test
    void aLaunchedPlatformIsNoCarOnSale() {
        extract("2021-01-13", "Platform",
                "Foxconn launched an open electric-car platform in October, showing a rolling chassis at a company event.")
                .hasNoSignal("foxconn", LAUNCHED);
        extract("2021-01-13", "Launch",
                "Tarvelle Motors launched its first electric car in October.")
                .hasSignal("tarvelle", LAUNCHED);
    }

    @Test
    void aPlantMeasuredInGigawattHoursMakesCells() {
        extract("2023-07-19", "Gigafactory",
                "Tata Group will build a battery factory in Britain to supply electric cars, the conglomerate said. "
                        + "The plant, the group's first gigafactory abroad, will start with a capacity of 40 gigawatt-hours "
                        + "and is due to begin production in 2026.")
                .hasNoSignal("tata-group", DEVELOPING);
    }

    @Test
    void aDocumentIsAThirdPartySource() {
        extract("2016-03-23", "Government papers",
                "Harrowfield, the British maker of vacuum cleaners, is developing an electric vehicle with the help of "
                        + "public money, according to a government infrastructure document.")
                .hasSignal("harrowfield", RUMORED);
    }

    @Test
    void aPreviewAnnouncesACar() {
        extract("2022-08-15", "Teaser",
                "Ola Electric showed a preview of its first electric car on Monday.")
                .hasSignal("ola-electric", ANNOUNCED);
    }

    @Test
    void aDescriptionAfterAConjunctionIsItsClausesSubject() {
        extract("2023-08-28", "XPeng buys Didi's car unit as ride-hailing firm drops its own EV plan",
                "XPeng will buy the car business of Didi Global, the electric-car maker said. XPeng sells the P7 sedan.")
                .hasSignal("didi", EXITED)
                .hasSignal("xpeng", LAUNCHED);
        extract("2023-08-28", "Deal",
                "Didi is a ride-hailing firm. XPeng buys its car unit as the ride-hailing firm drops its EV plan. "
                        + "XPeng sells the P7 sedan.")
                .hasSignal("didi", EXITED)
                .hasNoSignal("xpeng", EXITED);
    }

    @Test
    void aFirmThatWantsCarsStillExplores() {
        // the negated saying verb covers only its own complement
        extract("2020-11-24", "Studying cars",
                "Marvela Electronics said it wants to make cars and is studying the market.")
                .hasSignal("marvela", EXPLORING);
    }

    @Test
    void aPersonsFormerEmployerPlaysNoCarRole() {
        extract("2021-09-28", "Targets",
                "Lucid Motors set a target of 20,000 cars. Chief executive Peter Rawlinson, who previously led vehicle "
                        + "engineering at Tesla, has set a target of 20,000 electric cars for 2022.")
                .hasNoSignal("tesla");
    }

    @Test
    void firmsThatAValuationIsComparedWithPlayNoCarRole() {
        extract("2023-08-15", "Debut",
                "Shares of VinFast more than tripled on Tuesday, valuing the Vietnamese electric-car maker at about "
                        + "$85 billion, more than Ford Motor or General Motors.")
                .hasNoSignal("general-motors")
                .hasNoSignal("ford");
    }

    @Test
    void aRelativeClauseEndsAtItsComma() {
        extract("2021-08-15", "Car plans",
                "Ola Electric, the Indian startup that sells electric scooters, said on Monday it will launch its "
                        + "first electric car in 2024.")
                .hasSignal("ola-electric", ANNOUNCED)
                .hasNoSignal("ola-electric", LAUNCHED);
    }

    @Test
    void aCarNamedAsItsOwnersFirstEvToComeAnnouncesIt() {
        extract("2024-02-20", "Contract",
                "Ineos said its Fusilier off-roader would be built by Magna. The Fusilier will be its first electric model.")
                .hasSignal("ineos", ANNOUNCED);
    }

    @Test
    void workThatMoneyIsToPayForLiesAhead() {
        extract("2018-06-12", "Funding",
                "Tidemark Motors said the money would pay for engineering work and a fleet of test vehicles.")
                .hasSignal("tidemark", ANNOUNCED)
                .hasNoSignal("tidemark", DEVELOPING);
    }
}
