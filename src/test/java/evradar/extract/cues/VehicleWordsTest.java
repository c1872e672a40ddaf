package evradar.extract.cues;

import org.junit.jupiter.api.Test;

import static evradar.avro.EvStatus.ANNOUNCED;
import static evradar.extract.ExtractionAssert.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One lexicon of vehicle nouns serves every cue (rules-14): a body style known to one cue is known
 * to all, so "battery" and "electric" make any of them an EV. Every text is written for this test.
 */
class VehicleWordsTest {

    @Test
    void bodyStylesComeInBothNumbersAndCommercialVehiclesAreNoCarBodies() {
        for (String w : new String[] {"sedan", "sedans", "ute", "utes", "off-roader", "minivans", "hatchback"}) {
            assertTrue(VehicleWords.isCarBody(w), w);
            assertTrue(VehicleWords.isVehicle(w), w);
        }
        assertTrue(VehicleWords.isBody("lorries"));
        assertTrue(VehicleWords.isBody("minibus"));
        assertFalse(VehicleWords.isCarBody("vans"));
        assertTrue(VehicleWords.isSingularBody("van"));
        assertFalse(VehicleWords.isSingularBody("vans"));
        assertTrue(VehicleWords.isVehicle("automobile"));
        // "real estate" is property
        assertFalse(VehicleWords.isVehicle("estate"));
        assertFalse(VehicleWords.isVehicle("scooter"));
    }

    @Test
    void batteryAndElectricMakeEveryBodyStyleAnEv() {
        extract("2025-03-04", "Moped maker",
                "Tarvik Motors, a maker of mopeds, said it would build a battery hatchback in Malaysia from 2026.")
                .hasSignal("tarvik", ANNOUNCED);
        extract("2025-03-04", "Off-roader", "Ineos Automotive said it would sell an electric off-roader from 2027.")
                .hasSignal("ineos", ANNOUNCED);
    }
}
