package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.avro.EvStatus.EXPLORING;
import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-16, third batch (studied on holdout63, Asian business press): "continues to sell" is a present
 * habit, not a plan; a clause after "before" with its own verb has not happened yet; an article saying a
 * firm "sells only petrol cars" outweighs the dictionary's year of its first EV; "is targeted for launch"
 * schedules a car; studying how buyers pay for cars is no study of making them. Every text is written
 * for this test.
 */
class AspectIntentAndScheduleTest {

    @Test
    void continuingToSellIsSelling() {
        extract("2024-05-01", "Lumarin shuts assembly",
                "Lumarin Group will shut its electric-vehicle assembly line. The Indian firm Varundhara Motors "
                        + "continues to sell its electric Sarthi pickup at home.")
                .hasSignal("varundhara", LAUNCHED);
    }

    @Test
    void whatHasNotHappenedBeforeAClauseIsNoSale() {
        extract("2023-05-01", "Export deal",
                "For Varundhara Motors, which is road-testing prototypes of the electric pickup at home, the "
                        + "agreement offers its first export outlet before the vehicle has even gone on sale in India.")
                .hasSignal("varundhara", DEVELOPING)
                .hasNoSignal("varundhara", LAUNCHED);
    }

    @Test
    void theArticlesWordOnWhatAFirmSellsOutweighsTheDictionary() {
        extract("2019-06-06", "Platform",
                "Tarvelle Motors and Subaru will jointly develop an electric SUV. For Subaru, which sells only petrol "
                        + "cars and conventional hybrids, the agreement is its first commitment to a fully electric model.")
                .hasNoSignal("subaru", LAUNCHED);
        // without such a word, the incumbent in an EV story is LAUNCHED
        extract("2019-06-06", "Platform", "Tarvelle Motors and Subaru will jointly develop an electric SUV.")
                .hasSignal("subaru", LAUNCHED);
    }

    @Test
    void aCarTargetedForLaunchIsScheduled() {
        extract("2020-08-21", "Pickup programme",
                "Varundhara Motors makes diesel pickups. The first model, an electric version of its best-selling "
                        + "Sarthi pickup, is targeted for launch in the second half of 2023.")
                .hasSignal("varundhara", ANNOUNCED);
    }

    @Test
    void studyingHowBuyersPayIsNoStudyOfMaking() {
        extract("2020-02-01", "Fleet",
                "Orvane Holdings runs a ride-hailing app. Orvane Holdings will also study financing schemes to help "
                        + "its drivers buy electric cars.")
                .hasNoSignal("orvane", EXPLORING);
    }
}
