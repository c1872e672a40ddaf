package evradar.extract.discourse;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DENIED;
import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-13: a dictionary firm named in full is named again by its first word even when that word is
 * an ordinary one ("Horizon Robotics" ... "Horizon said"), and "the world's largest ..." frames a
 * description whose rank words say nothing about what the firm does. Every text is written for this test.
 */
class ShortFormsAndRankedDescriptionsTest {

    @Test
    void anOrdinaryFirstWordNamesAFirmAlreadyNamedInFull() {
        extract("2023-05-10", "Chip designer keeps to chips",
                "Li Auto and BYD buy driver-assistance chips from Horizon Robotics. "
                        + "Horizon said it has no intention of building cars itself.")
                .mentions("horizon-robotics")
                .hasSignal("horizon-robotics", DENIED)
                .hasNoSignal("li-auto", DENIED)
                .hasNoSignal("byd", DENIED);
    }

    @Test
    void anOrdinaryWordAloneNamesNoFirm() {
        // without the full name first, the word is only a word
        extract("2023-05-10", "On the horizon", "Horizon said it has no intention of building cars itself.")
                .doesNotMention("horizon-robotics");
    }

    @Test
    void rankWordsFrameADescriptionWithoutDescribingTheFirm() {
        extract("2024-09-17", "Appliances",
                "Sharp Corp unveiled a range of home appliances on Tuesday. Foxconn bought control of Sharp in 2016. "
                        + "The world's largest contract electronics maker has built several electric-car prototypes.")
                .hasSignal("foxconn", DEVELOPING)
                .hasNoSignal("sharp", DEVELOPING);
    }
}
