package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DEVELOPING;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Development read from the other side: cars "developed by" a firm, and a fleet order placed with a
 * firm whose vehicles are not yet delivered. Every text is written for this test.
 */
class DevelopedByAndFleetOrdersTest {

    @Test
    void carsDevelopedByAFirm() {
        extract("2021-10-18", "Models",
                "The vehicles, an SUV, a sedan and a bus, were developed by Foxtron, the joint venture of Foxconn and "
                        + "Yulon Motor.")
                .hasSignal("foxtron", DEVELOPING);
    }

    @Test
    void aFleetOrderMakesTheSellersVehiclesInDevelopment() {
        extract("2021-07-13", "Vans", "Walmart has agreed to buy 4,500 electric delivery vans from Canoo.")
                .hasSignal("canoo", DEVELOPING)
                .hasNoSignal("walmart");
        extract("2020-01-29", "Vans", "UPS will buy 10,000 electric delivery vans from British start-up Arrival.")
                .hasSignal("arrival", DEVELOPING);
    }

    @Test
    void theFirmHelpedIsTheOneThatActs() {
        extract("2021-01-12", "Lifeline", "Foxconn agreed to help Byton put its M-Byte electric SUV into production.")
                .hasNoSignal("foxconn");
    }
}
