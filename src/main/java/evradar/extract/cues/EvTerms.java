package evradar.extract.cues;

import evradar.extract.text.Sentence;
import evradar.extract.text.Token;

import java.util.Set;

/**
 * Recognises words for electric vehicles in the corpus's sense: battery-electric, plug-in hybrid
 * and range-extender cars. "Electric" counts only before a vehicle noun ("electric SUV",
 * "electric-car maker", "electric and plug-in hybrid cars"); e-scooters, electric motors and
 * conventional ("petrol-electric", "self-charging") hybrids do not count. Separately, car words
 * ("cars", "vehicle", "carmaking") mark car-making, which for a firm that does not yet make cars
 * is a move into EVs.
 */
public final class EvTerms {

    /** Heads that "electric" before them makes an EV term, besides the vehicles themselves. */
    private static final Set<String> ELECTRIC_HEADS = Set.of("model", "models", "version", "versions", "line-up",
            "lineup", "range", "offerings", "mobility", "carmaker", "automaker", "maker", "makers", "startup",
            "startups", "brand", "brands", "market", "markets", "sales", "industry", "sector", "business", "platform",
            "architecture", "subsidiary", "unit", "venture", "project", "push", "ambitions", "plans", "plan",
            "production", "factory", "plant", "deliveries", "sport", "utility", "cars'", "fleet", "tractor",
            "motorcycle", "robotaxi", "robotaxis", "taxi", "taxis", "prototype", "prototypes");
    private static final Set<String> NOT_VEHICLES = Set.of("scooter", "scooters", "bike", "bikes", "bicycle",
            "bicycles", "motor", "motors", "drive", "toothbrush", "toothbrushes", "appliances", "kettle", "heater",
            "heating", "grid", "guitar", "shaver", "shavers", "utilities", "utility's");
    private static final Set<String> EV_WORDS = Set.of("ev", "evs", "bev", "bevs", "phev", "phevs", "nev", "nevs",
            "ev's", "electrified", "e-car", "e-cars", "battery-powered", "zero-emission", "electric-vehicle",
            "electric-vehicles", "electric-car", "electric-cars", "ev-maker");
    /**
     * The body styles that make a car word: a narrower list than {@link VehicleWords#isCarBody}. Making the
     * plurals and the rarer styles car words too was measured (rules-14): it cast bystanders in a car role
     * ("stopped making sedans and crossovers at the site", "race to put pickups on the road") on five
     * labelled sets and gained on two.
     */
    private static final Set<String> CAR_BODIES = Set.of("sedan", "suv", "suvs", "pickup", "ute", "hatchback");
    /** Words for car-making. */
    private static final Set<String> CAR_MAKING = Set.of("carmaking", "car-making", "automaking", "carmaker",
            "automaker", "cars'", "car's", "robotaxi", "robotaxis");

    private EvTerms() {
    }

    /** Whether token i starts (or is inside) a word for electric vehicles. */
    public static boolean isEvTerm(Sentence s, int i) {
        Token t = s.token(i);
        String l = t.lower();
        if (EV_WORDS.contains(l)) {
            return !poweredMachine(s, i);
        }
        if (l.equals("electric") || l.equals("battery") && s.lower(i + 1).equals("-") && s.lower(i + 2).equals("electric")) {
            return electricVehicle(s, i);
        }
        if (l.equals("battery") && VehicleWords.isVehicle(s.lower(i + 1))) {
            return true; // "battery cars", "a battery ute", "battery buses"
        }
        if (l.equals("plug") && s.lower(i + 1).equals("-") && s.lower(i + 2).equals("in")) {
            return true;
        }
        if (l.equals("new") && s.lower(i + 1).equals("-") && s.lower(i + 2).equals("energy")
                || l.equals("new") && s.lower(i + 1).equals("energy") && vehicleHead(s.lower(i + 2))) {
            return true;
        }
        if (l.equals("range") && (s.lower(i + 1).equals("-") && s.lower(i + 2).startsWith("extend")
                || s.lower(i + 1).startsWith("extender"))) {
            return true;
        }
        // "e-Golf", "e-tron": a product with the e- prefix
        if (l.equals("e") && s.lower(i + 1).equals("-") && i + 2 < s.size() && s.token(i + 2).isWord()
                && (s.token(i + 2).isCapitalised() || s.lower(i + 2).equals("tron"))) {
            return true;
        }
        // product names: "Kona Electric", "Niro EV"
        return (t.text().equals("Electric") || t.text().equals("EV")) && i > 0 && s.token(i - 1).isCapitalised()
                && s.token(i - 1).isWord();
    }

    /** Machines and craft that a battery may power but that are no road vehicles. */
    private static final Set<String> MACHINES = Set.of("digger", "diggers", "excavator", "excavators", "machine",
            "machines", "machinery", "equipment", "forklift", "forklifts", "mower", "mowers", "lawnmower", "generator",
            "generators", "boat", "boats", "ferry", "ferries", "ship", "ships", "jet", "jets", "aircraft", "plane",
            "planes", "drone", "drones", "tool", "tools", "train", "trains", "locomotive", "locomotives");

    private static boolean machinesNamed(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (MACHINES.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a battery-powered mini-digger", "zero-emission ferries": the word describes a machine, not a vehicle. */
    private static boolean poweredMachine(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
            String l = s.lower(k);
            if (MACHINES.contains(l) || NOT_VEHICLES.contains(l)) {
                return true;
            }
            if (vehicleHead(l) || !s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** "electric" followed, within four words, by a vehicle noun, and not by a conventional-hybrid marker. */
    private static boolean electricVehicle(Sentence s, int i) {
        if (i >= 2 && s.lower(i - 1).equals("-") && (s.lower(i - 2).equals("petrol") || s.lower(i - 2).equals("gas")
                || s.lower(i - 2).equals("diesel") || s.lower(i - 2).equals("gasoline") || s.lower(i - 2).equals("hybrid"))) {
            return false;
        }
        boolean hybrid = false;
        boolean plugIn = false;
        for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
            String l = s.lower(k);
            if (NOT_VEHICLES.contains(l)) {
                return false;
            }
            if (l.equals("hybrid") || l.equals("hybrids")) {
                hybrid = true;
            }
            if (l.equals("plug")) {
                plugIn = true;
            }
            if (vehicleHead(l) || l.equals("ev") || l.equals("evs") || fourWheeler(s, k)) {
                if (!VehicleWords.isVehicle(l) && ELECTRIC_HEADS.contains(l) && machinesNamed(s)) {
                    return false; // "electric models to account for a fifth of machine sales": the models are machines
                }
                return !hybrid || plugIn || s.lower(i + 1).equals("and");
            }
            if (!s.token(k).isWord() && !l.equals("-") || l.equals("than")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "an electric four-wheeler", "the four-wheeler market": Indian English for a car, split by the
     * tokenizer. A two-wheeler is a scooter or motorcycle, which is no car.
     */
    private static boolean fourWheeler(Sentence s, int i) {
        String l = s.lower(i);
        return (l.equals("wheeler") || l.equals("wheelers")) && i >= 2 && s.lower(i - 1).equals("-")
                && (s.lower(i - 2).equals("four") || s.lower(i - 2).equals("4"));
    }

    /** A vehicle, or a head that "electric" makes an EV word ("electric line-up", "electric-car maker"). */
    private static boolean vehicleHead(String l) {
        return VehicleWords.isVehicle(l) || ELECTRIC_HEADS.contains(l);
    }

    /** A word for cars or car-making; vans, trucks and buses are vehicles but not cars. */
    private static boolean isCarWord(String l) {
        return l.equals("car") || l.equals("cars") || l.equals("vehicle") || l.equals("vehicles")
                || l.equals("automobile") || l.equals("automobiles") || CAR_BODIES.contains(l) || CAR_MAKING.contains(l);
    }

    public static boolean isCarWord(Sentence s, int i) {
        String l = s.lower(i);
        if (isCarWord(l)) {
            return true;
        }
        if (l.equals("pick") && s.lower(i + 1).equals("-") && s.lower(i + 2).startsWith("up")) {
            return true; // "electric pick-ups", split by the tokenizer
        }
        if (fourWheeler(s, i)) {
            return true;
        }
        // "its first model", "a new model": in car news a model is a car (not "a business model");
        // plural "models" is a car unless a non-car head modifies it ("business models", "AI models")
        if (l.equals("models") && i > 0 && !NOT_CAR_MODELS.contains(s.lower(i - 1))) {
            return true;
        }
        return (l.equals("model") || l.equals("models")) && i > 0 && MODEL_MODIFIERS.contains(s.lower(i - 1));
    }

    private static final Set<String> NOT_CAR_MODELS = Set.of("business", "pricing", "language", "ai", "revenue",
            "financial", "role", "operating", "subscription", "data", "computer", "climate", "forecasting",
            "statistical", "foundation", "scale", "fashion", "reasoning");

    private static final Set<String> MODEL_MODIFIERS = Set.of("first", "new", "second", "third", "next", "latest",
            "own", "production", "entry-level", "mass-market", "affordable", "cheaper", "premium");

    /** Whether any token in [from, to) is an EV term. */
    public static boolean anyEv(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (isEvTerm(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any token in [from, to) is an EV term or a car word. */
    public static boolean anyEvOrCar(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (isEvTerm(s, k) || isCarWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    public static boolean sentenceIsEv(Sentence s) {
        return anyEv(s, 0, s.size());
    }

    /**
     * Whether the sentence belongs to an EV story: EV words, or car batteries (in automotive news a
     * battery plant or battery cells are for EVs).
     */
    public static boolean sentenceIsEvTopic(Sentence s) {
        if (sentenceIsEv(s)) {
            return true;
        }
        for (int k = 0; k < s.size(); k++) {
            String l = s.lower(k);
            if ((l.equals("battery") || l.equals("batteries")) && !s.lower(k - 1).equals("phone")
                    && !s.lower(k + 1).equals("life")) {
                return true;
            }
        }
        return false;
    }
}
