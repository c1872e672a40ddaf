package evradar.extract.cues;

import java.util.Set;

/**
 * The one lexicon of road-vehicle nouns, which every cue that asks "is this word a vehicle?" reads:
 * the generic words ("car", "vehicle", "automobile"), passenger-car body styles ("sedan", "SUV",
 * "ute", "hatchback") and commercial vehicles ("van", "truck", "bus"), each singular and plural.
 * Cues add their own heads on top ("model", "line-up", "units"); the vehicles themselves live here
 * alone, so that a body style learnt from one writer ("ute") reaches every cue at once.
 */
public final class VehicleWords {

    private static final Set<String> GENERIC = Set.of("car", "cars", "vehicle", "vehicles", "automobile",
            "automobiles");
    /** Passenger-car body styles, singular. */
    private static final Set<String> CAR_BODIES = Set.of("sedan", "suv", "sport-utility", "pickup", "ute",
            "hatchback", "crossover", "coupe", "saloon", "minivan", "mpv", "roadster", "wagon", "limousine",
            "microcar", "hypercar", "supercar", "roader", "off-roader", "tourer", "4x4");
    /** Their plurals. ("estate" is left out in both numbers: "real estate" is no car.) */
    private static final Set<String> CAR_BODIES_PLURAL = Set.of("sedans", "suvs", "pickups", "utes", "hatchbacks",
            "crossovers", "coupes", "saloons", "minivans", "mpvs", "roadsters", "wagons", "limousines", "microcars",
            "hypercars", "supercars", "off-roaders", "tourers", "4x4s");
    private static final Set<String> COMMERCIAL = Set.of("van", "truck", "bus", "minibus", "lorry");
    private static final Set<String> COMMERCIAL_PLURAL = Set.of("vans", "trucks", "buses", "minibuses", "lorries");

    private VehicleWords() {
    }

    /** A passenger-car body style, singular or plural ("sedan", "SUVs", "utes"). */
    public static boolean isCarBody(String lower) {
        return CAR_BODIES.contains(lower) || CAR_BODIES_PLURAL.contains(lower);
    }

    /** A body style of a car or a commercial vehicle, singular or plural. */
    public static boolean isBody(String lower) {
        return isCarBody(lower) || COMMERCIAL.contains(lower) || COMMERCIAL_PLURAL.contains(lower);
    }

    /** A body style in the singular, naming one vehicle ("the pickup", "a van"). */
    public static boolean isSingularBody(String lower) {
        return CAR_BODIES.contains(lower) || COMMERCIAL.contains(lower);
    }

    /** Any road-vehicle noun: a generic word or a body style. */
    public static boolean isVehicle(String lower) {
        return GENERIC.contains(lower) || isBody(lower);
    }
}
