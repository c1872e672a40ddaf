package evradar.extract.signals;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.DENIED;
import static evradar.extract.ExtractionAssert.extract;

/**
 * Cell, part and chip makers and utilities serve the EV market without entering it: their plants,
 * contracts and production get them no status; their denials of a car of their own do. Every text
 * is written for this test.
 */
class ComponentMakersTest {

    @Test
    void aCellPlantIsNoMoveIntoCars() {
        extract("2023-05-01", "Cells",
                "Hyundai and LG Energy Solution opened Indonesia's first EV battery cell plant on Wednesday.")
                .hasNoSignal("lg-energy-solution");
        extract("2023-05-01", "Offtake",
                "Dongsan EV started trial production of its electric pickup and signed a battery offtake agreement with SK On.")
                .hasNoSignal("sk-on");
    }

    @Test
    void aSuppliersDenialIsNews() {
        extract("2023-05-01", "Bosch",
                "Bosch said it has no plans to build electric cars of its own.")
                .hasSignal("bosch", DENIED);
    }
}
