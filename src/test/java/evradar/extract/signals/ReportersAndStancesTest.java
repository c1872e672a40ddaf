package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.RUMORED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-8: who reports a claim when the reporter is a document or a publication the dictionary does
 * not know, and which stances an article reports as given up. Every text is written for this test.
 */
class ReportersAndStancesTest {

    @Test
    void documentsThatSuggestAreAThirdParty() {
        extract("2016-03-24", "Hanvale Electronics working on an electric car, government papers suggest",
                "Hanvale declined to comment.")
                .hasSignal("hanvale", RUMORED);
        extract("2016-03-24", "Hanvale working on an electric car",
                "Hanvale Electronics is building an electric car, court records show.")
                .hasSignal("hanvale", RUMORED);
    }
}
