package evradar.extract.relations;

import org.junit.jupiter.api.Test;

import static evradar.avro.PartnershipType.JOINT_VENTURE;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-16: a joint venture is labelled between its parents. When the article ties a firm's parent (from
 * the dictionary) and another firm as a joint venture, the other firm's tie to the parent's unit is the
 * venture seen from inside, not a second partnership.
 */
class VentureEntityTest {

    @Test
    void theVentureIsTiedBetweenItsParentsOnly() {
        extract("2021-01-13", "Alibaba-backed IM Motors shows its first cars",
                "IM Motors, the premium electric-car company that SAIC Motor set up with Alibaba, showed its first two "
                        + "models in Shanghai on Wednesday. SAIC holds the majority of the venture, with Alibaba as the "
                        + "other shareholder.")
                .hasPartnership("alibaba", "saic-motor", JOINT_VENTURE)
                .hasNoPartnership("alibaba", "im-motors");
    }

    @Test
    void aUnitThatIsItselfTheVenturesPartyKeepsItsTie() {
        // the parent is named only in the unit's apposition: the unit forms the venture, and keeps its tie
        extract("2022-09-01", "Factory",
                "Arun Plus, the electric-vehicle arm of state energy group PTT, is building a factory through a joint "
                        + "venture with Foxconn that will assemble electric cars for other brands from 2024.")
                .hasPartnership("arun-plus", "foxconn", JOINT_VENTURE);
    }
}
