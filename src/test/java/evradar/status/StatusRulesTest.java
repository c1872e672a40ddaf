package evradar.status;

import evradar.avro.EvStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static evradar.avro.EvStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusRulesTest {

    @ParameterizedTest(name = "{0} then {1} -> {2}")
    @CsvSource({
            // the latest signal wins ...
            "RUMORED, EXPLORING, EXPLORING",
            "EXPLORING, RUMORED, RUMORED",
            "RUMORED, ANNOUNCED, ANNOUNCED",
            "ANNOUNCED, DEVELOPING, DEVELOPING",
            "DEVELOPING, LAUNCHED, LAUNCHED",
            "LAUNCHED, ANNOUNCED, ANNOUNCED",
            "DEVELOPING, ANNOUNCED, ANNOUNCED",
            "DENIED, RUMORED, RUMORED",
            "EXPLORING, DENIED, DENIED",
            "ANNOUNCED, DENIED, DENIED",
            // ... except unconfirmed talk never replaces a confirmed stage
            "ANNOUNCED, RUMORED, ANNOUNCED",
            "DEVELOPING, EXPLORING, DEVELOPING",
            "LAUNCHED, RUMORED, LAUNCHED",
            // a denial does not undo work under way
            "DEVELOPING, DENIED, DEVELOPING",
            "LAUNCHED, DENIED, LAUNCHED",
            // an exit replaces anything
            "LAUNCHED, EXITED, EXITED",
            "DENIED, EXITED, EXITED",
            "RUMORED, EXITED, EXITED",
            // after an exit only a confirmed stage replaces it
            "EXITED, RUMORED, EXITED",
            "EXITED, EXPLORING, EXITED",
            "EXITED, DENIED, EXITED",
            "EXITED, ANNOUNCED, ANNOUNCED",
            "EXITED, DEVELOPING, DEVELOPING",
            "EXITED, LAUNCHED, LAUNCHED",
    })
    void precedence(EvStatus current, EvStatus incoming, EvStatus expected) {
        assertEquals(expected, StatusRules.next(current, incoming));
    }

    @Test
    void theFirstSignalIsTakenAsItIs() {
        for (EvStatus s : EvStatus.values()) {
            if (s != UNKNOWN) {
                assertEquals(s, StatusRules.next(null, s));
            }
        }
    }

    @Test
    void noSignalOrAnUnknownSymbolChangesNothing() {
        assertEquals(LAUNCHED, StatusRules.next(LAUNCHED, null));
        assertEquals(LAUNCHED, StatusRules.next(LAUNCHED, UNKNOWN));
        assertEquals(null, StatusRules.next(null, UNKNOWN));
    }
}
