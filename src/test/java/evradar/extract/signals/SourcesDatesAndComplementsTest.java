package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-12 (studied on holdout37–40): unnamed sources outrank what they say the firm said, evidence
 * verbs and "appears to" hedge, a denial dated to an earlier time is background, firms compared by
 * money are in no car role, a weighed gerund is not done, a preview is no study, and a dated plan is a
 * commitment. Every text is written for this test.
 */
class SourcesDatesAndComplementsTest {

    @Test
    void unnamedSourcesOutrankWhatTheySayTheFirmSaid() {
        extract("2016-05-10", "Oppo car",
                "Oppo has told the engineers on its electric-car effort to aim for 2019, the Nikkei reported, citing people familiar with the matter.")
                .hasSignal("oppo", RUMORED);
        // without the unnamed sources the firm's own words stand
        extract("2016-05-10", "Oppo car", "Oppo has told the engineers on its electric-car effort to aim for 2019, the company said.")
                .hasNoSignal("oppo", RUMORED);
    }

    @Test
    void evidenceVerbsAndAppearanceHedge() {
        extract("2016-05-10", "Government paper hints Oppo is building an electric car", "The phone maker did not comment.")
                .hasSignal("oppo", RUMORED);
        extract("2016-05-10", "Oppo car", "Oppo appears to be developing an electric car of its own.")
                .hasSignal("oppo", RUMORED);
    }

    @Test
    void aDenialDatedEarlierIsBackground() {
        extract("2024-03-05", "Oppo car",
                "Oppo is now studying an electric car, its chief executive said. He had ruled out a move into cars at last year's annual meeting.")
                .hasSignal("oppo", EXPLORING);
        extract("2024-11-05", "Oppo car",
                "Oppo is studying an electric car, the phone maker said, a shift from September, when the company denied having any plans to make cars.")
                .hasSignal("oppo", EXPLORING);
        // "last year" in another clause does not date the denial
        extract("2024-03-05", "Oppo car",
                "Oppo, which sold its chip unit last year, said it had no plans to build electric vehicles of its own.")
                .hasSignal("oppo", DENIED);
    }

    @Test
    void aDenialInARelativeClauseDropsNothingAfterTheClause() {
        extract("2024-03-05", "Oppo car",
                "Oppo, which ruled out a move into cars at last year's annual meeting, is now studying an electric car, its chief executive said.")
                .hasSignal("oppo", EXPLORING);
    }

    @Test
    void anUnnamedFirmSubjectIsNotTheFirmInItsModifier() {
        extract("2025-04-08", "Pickup report",
                "A secretive Michigan start-up backed by Amazon founder Jeff Bezos is developing an electric pickup, TechCrunch reported, citing people familiar with the plans.")
                .hasNoSignal("amazon");
        // a person heading the indefinite phrase is no unnamed firm: "of the company" names the firm in focus
        extract("2022-06-01", "Oppo car",
                "Oppo has built an electric car. A senior official of the company said prototypes had covered 100,000 km of testing.")
                .hasSignal("oppo", DEVELOPING);
    }

    @Test
    void firmsComparedByWorthAreInNoCarRole() {
        extract("2023-08-15", "VinFast listing",
                "VinFast's listing gave the Vietnamese electric-car maker a market value of $85 billion, more than Ford Motor.")
                .hasNoSignal("ford");
    }

    @Test
    void incumbentsListedInASentenceWithoutEvsAreTheMarketNotActors() {
        extract("2024-01-20", "BYD picks Szeged for its first European car plant",
                "BYD will build electric cars in Szeged from 2025, the company said. Mercedes-Benz, BMW and Audi also operate car plants in Hungary.")
                .hasSignal("byd", LAUNCHED)
                .hasNoSignal("bmw")
                .hasNoSignal("audi");
        // named with EVs they are in an EV role
        extract("2024-01-20", "BYD picks Szeged for its first European car plant",
                "BYD will build electric cars in Szeged from 2025, the company said. BMW and Audi already sell electric SUVs in Hungary.")
                .hasSignal("bmw", LAUNCHED);
    }

    @Test
    void aCarmakerThatLicensesTechnologyIsASupplierThere() {
        extract("2022-11-03", "Ceer",
                "Ceer will license component technology from BMW, including chassis systems, for use in its electric sedans.")
                .hasNoSignal("bmw");
    }

    @Test
    void aWeighedGerundIsNotDone() {
        extract("2022-01-05", "Sony weighs selling its own EVs as it shows an SUV prototype", "The company gave no date.")
                .hasSignal("sony", DEVELOPING);
    }

    @Test
    void aPreviewIsNoStudyAndADatedPlanIsACommitment() {
        extract("2022-08-15", "Oppo car",
                "Oppo on Monday gave a first look at the electric car it plans to launch in 2024, promising a range of 500 km.")
                .hasSignal("oppo", ANNOUNCED);
        // an undated plan narrated by the writer stays an intention
        extract("2022-08-15", "Oppo car", "Oppo plans to launch an electric car, promising a range of 500 km.")
                .hasNoSignal("oppo", ANNOUNCED);
    }
}
