package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-6: what is asserted (a line-up's absence is no denial, an event in a "before" clause has
 * not happened, a time adjunct is no speaker), who the stage belongs to (a conjunct under a
 * preposition, the possessor of a nominal cue) and which words are cues at all (a causative
 * "make", "showing interest", a component maker "spun off", a scheduled EV, exports, a badge).
 * Every text is written for this test.
 */
class MoodAndScopeTest {

    @Test
    void aNegatedPresentOfSellingDescribesTheLineUpNotADenial() {
        extract("2017-05-01", "Subaru",
                "Subaru does not sell a battery-electric car and has said its first one will go on sale in 2021.")
                .hasSignal("subaru", ANNOUNCED);
        // the volitional future and a verb of making still deny
        extract("2017-05-01", "Oppo",
                "Oppo will not sell electric cars, the company said.")
                .hasSignal("oppo", evradar.avro.EvStatus.DENIED);
    }

    @Test
    void aTimeAdjunctBeforeTheSpeechVerbIsNotTheSpeaker() {
        extract("2022-02-01", "Oppo",
                "Reports since March have said Oppo plans to build an electric car in Guangdong.")
                .hasSignal("oppo", RUMORED);
    }

    @Test
    void anEventInABeforeClauseHasNotHappened() {
        extract("2022-02-01", "Oppo",
                "Oppo still needs a production licence before its electric cars can go on sale, a newspaper reported.")
                .hasSignal("oppo", RUMORED);
    }

    @Test
    void aConjunctUnderAPrepositionIsNotTheSubject() {
        extract("2021-04-01", "New brand",
                "A new electric-car brand financed by Changan and battery maker CATL plans to start deliveries next year.")
                .hasNoSignal("catl");
    }

    @Test
    void theOwnerOfAPrototypeNamedInAnOfPhrase() {
        extract("2021-04-01", "Avatr",
                "Prototypes of Avatr's first SUV are already being driven in winter trials, while Changan handles the engineering.")
                .hasSignal("avatr", DEVELOPING);
    }

    @Test
    void aComponentUnitSpunOffIsNoCarVenture() {
        extract("2019-04-01", "Baidu",
                "The smart-car technology company that Baidu spun off in March will license driving software to automakers.")
                .hasNoSignal("baidu");
    }

    @Test
    void aCausativeMakeIsNoProduction() {
        extract("2022-03-01", "Ferrari",
                "Ferrari will buy motors from Rimac under a deal that makes the Croatian electric-car maker a shareholder in the Italian brand.")
                .hasNoSignal("ferrari");
    }

    @Test
    void showingInterestShowsNoCar() {
        extract("2019-03-01", "Ferrari",
                "Its wealthy customers are showing more appetite for plug-in hybrids than for petrol cars, Ferrari said.")
                .hasNoSignal("ferrari");
    }

    @Test
    void aScheduledElectricModelIsACommitment() {
        extract("2019-03-01", "Ferrari",
                "Ferrari will keep building petrol cars. Its first battery-electric model is due in 2025, the company said.")
                .hasSignal("ferrari", ANNOUNCED);
        // a battery plant that is due to open is no car
        extract("2019-03-01", "Ferrari",
                "Ferrari said its electric battery plant is due to open in 2025.")
                .hasNoSignal("ferrari");
        // and the aim that follows it does not make the firm merely exploring
        extract("2019-03-01", "Ferrari",
                "The first electric Ferrari is due in 2025, and the brand aims to offer an electric version of every model by 2030.")
                .hasSignal("ferrari", ANNOUNCED);
    }

    @Test
    void whatAFirmExportsItSells() {
        extract("2020-03-01", "Rimac",
                "Rimac, which exports electric sports cars to the Gulf, hired 200 engineers this year.")
                .hasSignal("rimac", LAUNCHED);
    }

    @Test
    void anOwnershipTypeCastsNoOwner() {
        extract("2024-07-04", "Tariffs",
                "State-owned Dongfeng Motor, which sells electric vans in Europe, will face a duty of 21 percent on cars from China.")
                .hasSignal("dongfeng-motor", LAUNCHED);
    }

    @Test
    void aBadgeIsABrandNotAFirm() {
        extract("2024-07-04", "Tariffs",
                "SAIC Motor, which ships MG-badged electric cars to Europe, will pay the highest duty.")
                .doesNotMention("mg-motor")
                .hasSignal("saic-motor", LAUNCHED);
    }
}
