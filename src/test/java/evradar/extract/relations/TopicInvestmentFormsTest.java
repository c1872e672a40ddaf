package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.INVESTMENT;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Money whose recipient the sentence leaves to the context, the firm the article is about: a funding
 * round led, a stake held, a holder predicated ("was another cornerstone investor"); and a pronoun
 * object that is not one of its own coordinated subjects ("Hyundai and Kia poured money into it").
 * Every text is written for this test.
 */
class TopicInvestmentFormsTest {

    private static final String TOPIC = "Aurelis Motors said it will build an electric estate car. ";

    @Test
    void aRoundLedGoesToTheFirmInFocus() {
        extract("2023-05-01", "Round", TOPIC + "SoftBank leads a 400 million euro funding round.")
                .hasPartnership("aurelis", "softbank", INVESTMENT);
        extract("2023-05-01", "Round", TOPIC
                + "Temasek, which led a 310 million dollar round last year, remains the largest outside shareholder.")
                .hasPartnership("aurelis", "temasek", INVESTMENT);
    }

    @Test
    void aStakeHeldOrAHolderPredicatedIsInTheFirmInFocus() {
        extract("2023-05-01", "Stake", TOPIC
                + "Battery maker Sunvale Power, which still holds a 12% stake, said the plan would cut its profit.")
                .hasPartnership("aurelis", "sunvale", INVESTMENT);
        extract("2023-05-01", "Cornerstone", TOPIC
                + "Orient Harbour Asset Management, a Hong Kong fund, was another cornerstone investor.")
                .hasPartnership("aurelis", "orient-harbour", INVESTMENT);
    }

    @Test
    void coordinatedSubjectsPutMoneyIntoAnother() {
        extract("2023-05-01", "Money", TOPIC + "Hyundai and Kia poured 100 million euros into it.")
                .hasPartnership("aurelis", "hyundai", INVESTMENT)
                .hasPartnership("aurelis", "kia", INVESTMENT);
    }
}
