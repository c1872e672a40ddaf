package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.LAUNCHED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Rules-17: what a firm's own products show about its EV business. Every text is written for this test.
 */
class OwnModelsTest {

    @Test
    void anEvMakersOwnModelShowsItsEvBusinessInASentenceAboutItsPurchases() {
        extract("2023-05-01", "Cell plant opens",
                "Korvath Energy opened its cell plant on Monday. Tesla, which uses Korvath cells in the Model 3 and "
                        + "Model Y it builds in Texas, has been spreading its purchases across more suppliers.")
                .hasSignal("tesla", LAUNCHED);
        // a customer named without a car of its own plays no EV part here
        extract("2023-05-01", "Cell plant opens",
                "Korvath Energy, which counts Tesla among its customers, opened its cell plant on Monday.")
                .hasNoSignal("tesla", LAUNCHED);
    }
}
