package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.avro.EvStatus.DENIED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules (studied on holdout12, China trade press): a firm introduced as a pronoun's rival or
 * neighbour ("its much larger Suzhou rival Korvel") is the subject, not the pronoun's owner; a
 * common-word alias inside another firm's multiword name ("a unit named Tandrel Smart Mobility")
 * is no mention of the brand. Every text is written for this test.
 */
class NeighbourAndEmbeddedNameTest {

    @Test
    void aRivalNamedAfterAPossessivePronounIsTheSubject() {
        extract("2024-05-01", "Appliance makers",
                "Tandrel Appliances, a maker of washing machines, said on Monday it will build electric cars. "
                        + "Its much larger Suzhou rival Korvel has said it has no plans to build cars.")
                .hasSignal("korvel", DENIED)
                .hasSignal("tandrel", ANNOUNCED);
    }

    @Test
    void aCommonWordInsideAnotherFirmsNameIsNoMention() {
        extract("2024-05-01", "Appliance makers",
                "Tandrel Appliances, a maker of washing machines, has registered a unit named Tandrel Smart Mobility "
                        + "to make electric cars.")
                .doesNotMention("smart");
    }
}
