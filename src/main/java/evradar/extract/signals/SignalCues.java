package evradar.extract.signals;

import evradar.extract.cues.EvTerms;
import evradar.extract.cues.VehicleWords;
import evradar.extract.discourse.Grammar;
import evradar.extract.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the cues of EV-market stages in one sentence. Each cue is a predicate with the word
 * classes that make it about EVs: "sells ... electric SUVs", "delivered ... cars", "prototype",
 * "road tests", "set up a subsidiary to make electric vehicles", "plans to build cars", "is
 * studying the EV industry", "will not make cars", "has cancelled its electric car effort",
 * "filed for bankruptcy". Linear in the sentence: every look-around is bounded.
 */
final class SignalCues {

    private static final int WINDOW = 12;

    static final Set<String> SELL = Set.of("sells", "sell", "sold", "selling", "leases", "lease", "leased", "leasing",
            "retails");
    /** Cars named for the technology in them, a supplier's market: "connected cars", "self-driving cars". */
    private static final Set<String> TECH_CARS = Set.of("connected", "self-driving", "driverless", "autonomous");

    /** Adjectives that deny a plan only its firmness: "no concrete plans", "no specific plan". */
    private static final Set<String> UNCOMMITTED = Set.of("concrete", "specific", "firm", "definite", "definitive",
            "detailed", "fixed");

    /** "electric-car makers", "a maker of electric vehicles": a maker noun whose goods are cars. */
    private static boolean makerOfCars(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if ((l.equals("maker") || l.equals("makers") || l.equals("manufacturer") || l.equals("manufacturers")
                    || l.equals("producer") || l.equals("producers"))) {
                return l.endsWith("s") || s.lower(k + 1).equals("of") ? carMaking(s, Math.max(from, k - 3), Math.min(s.size(), k + 6))
                        : carMaking(s, Math.max(from, k - 3), k);
            }
        }
        return false;
    }

    /**
     * "only a small number were delivered": a passive with no "by" names the goods, not who delivered
     * them, and the clause's subject is no seller.
     */
    private static boolean passiveWithoutAgent(Sentence s, int i) {
        String prev = s.lower(i - 1);
        boolean passive = prev.equals("were") || prev.equals("was") || prev.equals("been") || prev.equals("being")
                || prev.equals("be") || (prev.equals("are") || prev.equals("is")) && s.lower(i).equals("delivered");
        return passive && s.lower(i).equals("delivered") && !anyOf(s, i + 1, Math.min(s.size(), i + 6), "by");
    }

    /** The firm noun right after, or after a demonym or "electric-car" ("insolvent Czech start-up"); else -1. */
    private static int firmNounAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
            String l = s.lower(k);
            if (FIRM_NOUNS.contains(l) || l.equals("start") && s.lower(k + 1).equals("-") && s.lower(k + 2).equals("up")) {
                return k;
            }
            if (!(evradar.extract.text.Lexicon.countryOf(s.token(k).text()) != null || l.equals("-")
                    || l.equals("electric") || l.equals("car") || l.equals("ev") || l.equals("electric-car"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "bankrupt electric-car maker Qingyun Auto", "the assets of bankrupt carmaker Saab": a title before a
     * name identifies the firm in passing; the news is elsewhere in the clause.
     */
    private static boolean epithet(Sentence s, int noun) {
        return noun + 1 < s.size() && s.token(noun + 1).isCapitalised() && s.token(noun + 1).isWord();
    }

    /** Cars of the firm's own, or cars in general: not "plan to build the car in Mexico" (one car, one place). */
    private static boolean ownCars(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("the") || l.equals("this") || l.equals("that") || l.equals("in") || l.equals("at")) {
                return false;
            }
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** What a delivery van delivers: "to deliver online orders from its stores" is no car delivery. */
    private static final Set<String> DELIVERED_GOODS = Set.of("orders", "parcels", "packages", "groceries", "food",
            "meals", "mail", "goods", "shipments", "purchases");

    /** A count right before the noun: "16,089 deliveries", "more than 20,000 monthly deliveries". */
    private static boolean countBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            String l = s.lower(k);
            if (!l.isEmpty() && Character.isDigit(l.charAt(0))) {
                // a quantity, not a model number ("Afeela 1 deliveries", "Model 3 deliveries")
                return l.length() >= 2 && !(k > 0 && s.token(k - 1).isCapitalised() && s.token(k - 1).isWord());
            }
            if (!l.equals("monthly") && !l.equals("quarterly") && !l.equals("record") && !l.equals("vehicle")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> LAUNCH_NOUNS = Set.of("launch", "debut", "rollout", "roll-out", "introduction",
            "unveiling");

    /** "its first electric car", "the startup's first EV": the firm's own first EV named right away. */
    private static boolean firstOwnEv(Sentence s, int from, int to) {
        boolean own = s.lower(from).equals("its") || s.lower(from).equals("their")
                || from + 1 < s.size() && s.token(from + 1).isPossessive();
        int first = own ? (s.lower(from).equals("its") || s.lower(from).equals("their") ? from + 1 : from + 2) : -1;
        return own && s.lower(first).equals("first") && evGoods(s, first + 1, to);
    }

    /** What is pulled off a thing to show it: "pulled the cover off its first car". */
    private static final Set<String> COVERINGS = Set.of("cover", "covers", "sheet", "sheets", "wraps", "veil");

    /**
     * "pulled the covers off its first production car" (at the verb; the showing is read from "off"): lifting a
     * covering off a car shows it, where "pulled" with a plan or a car as its direct object ("pulled its car
     * project") ends it.
     */
    private static boolean uncovers(Sentence s, int i) {
        return s.lower(i).startsWith("pull") && s.lower(i + 1).equals("the") && COVERINGS.contains(s.lower(i + 2))
                && s.lower(i + 3).equals("off");
    }

    /** Present-tense verbs of making as a habit: "makes", "builds" (never a plan or a past one-off). */
    private static final Set<String> HABITUAL_MAKE = Set.of("makes", "builds", "produces", "manufactures");
    /** Verbs of selling abroad: what a firm exports or ships to a market it sells there. */
    static final Set<String> EXPORT = Set.of("exports", "exported", "exporting", "export", "ships", "shipped",
            "shipping");
    private static final Set<String> ON_SALE_VERBS = Set.of("is", "are", "went", "goes", "go", "gone", "been", "put",
            "puts", "was", "were");
    static final Set<String> DELIVER = Set.of("delivered", "delivers", "delivering", "deliver");
    static final Set<String> BEGIN = Set.of("began", "begun", "begin", "begins", "started", "start", "starts",
            "starting", "commenced", "commence", "opened", "opens", "open", "kicked");
    static final Set<String> UNVEIL = Set.of("unveiled", "unveils", "unveil", "unveiling", "showed", "shows", "shown",
            "showing", "revealed", "reveals", "reveal", "presented", "presents", "debuted", "debuts", "showcased",
            "displayed", "wraps");
    static final Set<String> MAKE = Set.of("build", "builds", "building", "make", "makes", "making", "produce",
            "produces", "producing", "manufacture", "manufactures", "manufacturing", "sell", "sells", "selling",
            "launch", "launching", "market", "marketing", "release", "releasing", "develop", "developing", "introduce",
            "introducing", "offer", "offering", "enter", "entering", "bring", "put", "design", "designing", "roll",
            "assemble", "assembling", "create", "mass-produce", "start");
    static final Set<String> CREATE = Set.of("set", "setting", "establish", "established", "establishing",
            "establishes", "form", "formed", "forming", "forms", "create", "created", "creating", "registered",
            "registration", "register", "incorporated", "founded", "launched", "spun", "spin");
    static final Set<String> UNIT = Set.of("subsidiary", "unit", "company", "venture", "arm", "division", "entity",
            "business", "team", "project", "programme", "program");
    static final Set<String> STUDY = Set.of("studying", "study", "studied", "studies", "considering", "consider",
            "considered", "considers", "exploring", "explore", "explored", "explores", "evaluating", "evaluate",
            "evaluates", "evaluated", "assessing", "assess", "assesses", "assessed", "weighing", "weigh", "weighs",
            "weighed", "mulling", "mull", "mulls", "mulled", "researching", "examining", "examine", "examines",
            "eyeing", "eyes", "investigating", "investigate", "pondering", "ponder", "ponders", "contemplating",
            "contemplate", "contemplates", "plotting", "plots", "plotted", "eyed", "reviewing", "reviews");
    static final Set<String> WISH = Set.of("wishes", "wish", "wishing", "wants", "want", "wanted", "wanting", "keen",
            "eager", "hopes", "hope", "hoping", "interested", "interest", "ambition", "ambitions", "dream", "tempted",
            "attracted", "open");
    static final Set<String> NOT_ABOUT_ENTRY = Set.of("stake", "stakes", "merger", "options", "partnership",
            "investment", "tie-up", "combining", "deal", "bid", "acquisition", "listing", "ipo", "takeover", "offer",
            "sale", "shares", "partner", "partners", "alliance", "cooperation");
    static final Set<String> DENY = Set.of("denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting",
            "dismissed", "dismisses", "refuted", "refutes", "rebuffed");
    static final Set<String> EXIT = Set.of("scrapped", "scrap", "scraps", "scrapping", "cancelled", "canceled",
            "cancels", "cancel", "cancelling", "canceling", "shelved", "shelve", "shelves", "shelving", "abandoned",
            "abandon", "abandons", "abandoning", "dropped", "drop", "drops", "dropping", "ended", "ends", "end",
            "ending", "halted", "halts", "halt", "halting", "killed", "kills", "kill", "axed", "axes", "axe",
            "ceased", "cease", "ceases", "ceasing", "suspended", "suspends", "wound", "winding", "wind", "winds",
            "mothballed", "mothball", "mothballs", "closed", "closes",
            "closing", "shut", "shuts", "shutting", "exited", "exit", "exits", "exiting", "quit", "quits", "pulled",
            "pull", "pulling", "pulls", "stopped", "stops", "stop", "discontinued", "discontinues", "discontinue", "discontinuing", "terminated", "terminate", "terminates", "terminating", "abandonment");
    static final Set<String> EFFORT = Set.of("project", "projects", "effort", "efforts", "programme", "program",
            "plans", "plan", "business", "unit", "division", "ambitions", "ambition", "attempt", "attempts", "venture",
            "push", "foray", "operations", "operation", "bet", "dream", "initiative", "car", "cars", "vehicle", "ev",
            "evs", "team");
    /** What can end about an effort without the effort ending: the talk, doubt or secrecy around it. */
    private static final Set<String> TALK_ABOUT = Set.of("speculation", "guessing", "guesswork", "rumours", "rumors",
            "uncertainty", "doubts", "doubt", "secrecy", "mystery", "silence", "confusion", "questions", "debate");
    /** Nouns for a firm's own effort (not for a separate entity such as a unit or venture). */
    static final Set<String> EFFORT_NOUNS = Set.of("project", "programme", "program", "effort", "efforts", "ambitions");
    static final Set<String> JOINT = Set.of("jointly", "joint", "with", "partnership", "talks", "merger",
            "alliance", "collaboration", "cooperation", "tie-up", "together", "agreement", "deal", "memorandum",
            "partners", "partner");
    static final Set<String> COMPONENT = Set.of("technology", "technologies", "software", "parts", "components",
            "systems", "system", "chips", "sensors", "batteries", "services", "industry's", "suppliers", "supplier",
            "electronics", "loan", "loans", "tariffs", "insurance", "supply", "chain", "charging", "infrastructure",
            "network", "stations", "chargers", "credits", "subsidies", "motors", "motor", "inverters", "powertrains",
            "powertrain", "modules", "packs", "cells", "semiconductors", "displays", "screens", "tyres", "tires",
            "assistant", "assistants", "app", "apps", "cockpit", "cockpits", "lidar", "gearboxes", "gearbox",
            "transmissions", "axles", "e-axles", "drivetrains", "drivetrain", "engines", "brakes", "seats", "harnesses");

    private SignalCues() {
    }

    static List<Cue> find(Sentence s, boolean articleEv) {
        List<Cue> out = new ArrayList<>();
        boolean carStory = articleEv || EvTerms.anyEvOrCar(s, 0, s.size()); // once per sentence: scans stay linear
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isWord()) {
                continue; // every cue starts with a word
            }
            String w = s.lower(i);
            int end = clauseEnd(s, i);
            int before = out.size();
            Cue idiom = idiomCue(s, i, w, carStory);
            Cue onSale = w.equals("on") ? onSale(s, i, articleEv) : null;
            // ---- SALES
            if (SELL.contains(w) && !divestment(s, i) && (!objectBefore(s, i) && evGoods(s, i + 1, relativeEnd(s, i, end))
                    || EvTerms.anyEv(s, Math.max(0, i - 5), i) && !anyOf(s, Math.max(0, i - 5), i, COMPONENT)
                    && !ARTICLES.contains(s.lower(i - 1)))) {
                // not "a battery ute at a leased site": after an article the participle describes a noun
                out.add(Cue.of(Stage.SALES, i));
            } else if (HABITUAL_MAKE.contains(w) && (isVerbPosition(s, i) || s.lower(i - 1).equals(","))
                    && !s.title() && evGoods(s, i + 1, end)
                    && !anyOf(s, i + 1, end, "for", "contract", "prototype", "prototypes", "concept", "first")
                    && !causativeMake(s, i, end) && !relativeOfCommonNoun(s, i)) {
                // "Qiantang, based in Hangzhou, makes petrol sedans and two battery-electric hatchbacks": a
                // present habit of making cars for its own line-up is selling them (not "builds cars for X")
                out.add(Cue.of(Stage.SALES, i));
            } else if (EXPORT.contains(w) && isVerbPosition(s, i) && !divestment(s, i)
                    && evGoods(s, i + 1, Math.min(end, i + 8))) {
                // "SAIC, which exports MG-badged electric cars to Europe": goods shipped abroad are sold there
                out.add(Cue.of(Stage.SALES, i));
            } else if ((w.equals("seller") || w.equals("sellers") || w.equals("maker")) && s.lower(i + 1).equals("of")
                    && evGoods(s, i + 2, Math.min(end, i + 8))) {
                out.add(Cue.of(Stage.SALES, i));
            } else if (onSale != null) {
                out.add(onSale);
            } else if (DELIVER.contains(w) && !passiveWithoutAgent(s, i)
                    && !anyOf(s, i + 1, Math.min(s.size(), i + 4), DELIVERED_GOODS)
                    && !nonEvGoods(s, i + 1, Math.min(end, i + 6)) // not "began delivering the petrol and diesel Grenadier"
                    && (vehicleAfter(s, i + 1, Math.min(end, i + 8)) || articleEv
                    && !s.lower(i + 1).equals("on") && !anyOf(s, Math.max(0, i - 7), Math.min(s.size(), i + 4), COMPONENT))) {
                // in an EV story "delivered" is about cars unless its theme is another thing ("as the
                // technology is delivered", "delivers battery packs")
                out.add(Cue.of(Stage.SALES, i));
            } else if (BEGIN.contains(w) && (startsWithAny(s, i + 1, "deliveries", "delivering", "selling", "sales")
                    || s.lower(i + 1).equals("taking") && s.lower(i + 2).equals("orders")
                    || s.lower(i + 1).equals("orders")) && !nonEvGoods(s, i + 2, Math.min(end, i + 8))) {
                // orders taken before any car is handed over are pre-orders, development by the label meanings
                boolean preOrders = !startsWithAny(s, i + 1, "deliveries", "delivering", "selling", "sales");
                out.add(Cue.of(preOrders ? Stage.DEVELOPMENT : Stage.SALES, i));
            } else if (idiom != null) {
                out.add(idiom);
            } else if (handedOver(s, i, w)) {
                out.add(Cue.of(Stage.SALES, i));
            } else if ((w.equals("sales") || w.equals("deliveries") && EvTerms.anyEvOrCar(s, 0, s.size())) && (s.lower(i + 1).equals("opened")
                    || s.lower(i + 1).equals("began") || s.lower(i + 1).equals("started"))) {
                // "two weeks after deliveries began" of a car: the cars are being handed over
                out.add(Cue.of(Stage.SALES, i));
            } else if (w.equals("rolled") && s.lower(i + 1).equals("off")) {
                out.add(Cue.of(Stage.SALES, i));
            } else if (launchedEv(s, i, w, end)) {
                out.add(Cue.of(Stage.SALES, i));
            } else if ((w.equals("pioneer") || w.equals("pioneered") || w.equals("pioneers") || w.equals("mover"))
                    && EvTerms.anyEv(s, i + 1, Math.min(s.size(), i + 8))) {
                out.add(Cue.of(Stage.SALES, i));
            } else if (w.equals("deliveries") && i >= 2 && countBefore(s, i)
                    && (articleEv || EvTerms.anyEv(s, 0, s.size())) && !anyOf(s, Math.max(0, i - 8), i, COMPONENT)) {
                // "Zeekr, Geely's premium electric arm, reported 16,089 deliveries": counted cars handed over
                out.add(Cue.of(Stage.SALES, i));
            } else if ((w.equals("sales") || w.equals("deliveries")) && i >= 2 && EvTerms.anyEv(s, i - 3, i)
                    && possessiveBefore(s, i - 5, i)) {
                out.add(Cue.of(Stage.SALES, i));
            } else if ((w.equals("sales") || w.equals("deliveries") || w.equals("shipments"))
                    && s.lower(i + 1).equals("of") && possessiveBefore(s, i + 2, Math.min(s.size(), i + 4))
                    && evGoods(s, i + 2, Math.min(end, i + 10)) && !startOf(s, i)) {
                // "sales of its Qingyu electric SUVs rose 41%"; not "pushed the start of sales of its electric
                // hatchback back to 2025": a start is an event whose verb says whether it has happened
                out.add(Cue.of(Stage.SALES, i));
            }
            // ---- DEVELOPMENT
            if (w.equals("prototype") || w.equals("prototypes") || w.equals("concept") && (s.lower(i + 1).equals("car")
                    || s.lower(i + 1).equals("vehicle") || s.lower(i + 1).equals("cars"))) {
                if (articleEv || EvTerms.anyEvOrCar(s, 0, s.size())) {
                    // "prototypes would begin testing next year": the prototypes are the subject, and the
                    // modal after them sets the mood
                    boolean subjectOfModal = MODALS.contains(s.lower(i + 1)) && i + 2 < s.size();
                    out.add(Cue.of(Stage.DEVELOPMENT, subjectOfModal ? i + 2 : verbBefore(s, i)));
                }
            } else if ((w.equals("road") && (s.lower(i + 1).startsWith("test") || s.lower(i + 1).equals("-")
                    && s.lower(i + 2).startsWith("test"))) || (w.startsWith("test") && (s.lower(i + 1).equals("cars")
                    || s.lower(i + 1).equals("vehicles") || s.lower(i + 1).equals("drives")))
                    || (w.equals("testing") || w.equals("tests") || w.equals("tested") || w.equals("trials"))
                    && (anyOf(s, i + 1, Math.min(s.size(), i + 9), "public", "roads", "prototype", "prototypes")
                    || vehicleAfter(s, i + 1, Math.min(end, i + 7)) && isVerbPosition(s, i)) || inTesting(s, i, articleEv)) {
                out.add(Cue.of(Stage.DEVELOPMENT, verbBefore(s, i)));
            } else if ((w.equals("trial") || w.equals("pilot")) && s.lower(i + 1).equals("production")
                    || w.equals("pre") && s.lower(i + 1).equals("-") && s.lower(i + 2).equals("production")
                    || w.equals("pre") && s.lower(i + 1).equals("-") && s.lower(i + 2).equals("series")
                    && vehicleAfter(s, i + 3, Math.min(s.size(), i + 7)) // "building pre-series electric cars"
                    || w.equals("production") && (s.lower(i + 1).equals("version") || s.lower(i + 1).equals("prototype"))) {
                out.add(Cue.of(Stage.DEVELOPMENT, verbBefore(s, i)));
            } else if (w.equals("reservations") || w.equals("reservation") || w.equals("pre-orders") || w.equals("preorders")
                    || w.equals("bookings") && !developmentWork(s, i, carStory) && carStory && !carOrders(s, i)
                    || w.equals("pre") && s.lower(i + 1).equals("-") && s.lower(i + 2).startsWith("order")
                    || w.equals("reserve") && EvTerms.anyEvOrCar(s, i + 1, Math.min(s.size(), i + 4))) {
                if (articleEv && !anyOf(s, i + 1, Math.min(s.size(), i + 6), SignalFinder.NON_CAR_GOODS)) {
                    // not "Bookings for its first scooter are expected to open": a scooter is no car
                    out.add(Cue.of(Stage.DEVELOPMENT, verbBefore(s, i)));
                }
            } else if ((w.equals("construction") && (s.lower(i - 1).equals("under") || BEGIN.contains(s.lower(i - 1))
                    || s.lower(i - 1).equals("began")) || w.equals("ground") && s.lower(i - 1).startsWith("br")
                    || w.equals("groundbreaking")) && !anyOf(s, Math.max(0, i - 8), Math.min(s.size(), i + 8),
                    "battery", "cell", "cells", "batteries")) {
                out.add(Cue.of(Stage.DEVELOPMENT, verbBefore(s, i)));
            } else if (plantConversion(s, i, end)) {
                out.add(Cue.of(Stage.DEVELOPMENT, i));
            } else if (productionStart(s, i) && !cellsNear(s, Math.max(0, i - 10), Math.min(s.size(), i + 8))
                    && !anyOf(s, Math.max(0, i - 20), i, "gigawatt", "gwh")
                    && (articleEv || EvTerms.anyEvOrCar(s, 0, s.size()))) {
                // not "will start with a capacity of 40 gigawatt-hours and is due to begin production": a plant
                // measured in storage makes cells. A start the firm only aims or hopes for ("aims to start production
                // in 2027") is a goal, read in its own mood, and so is a negated one ("has never put a car into
                // production"); a scheduled or planned one is development under way
                out.add(aimedAt(s, i) || directlyNegated(s, i) ? Cue.of(Stage.DEVELOPMENT, i)
                        : Cue.fixed(Stage.DEVELOPMENT, i));
            } else if ((UNVEIL.contains(w) || w.equals("show") && isVerbPosition(s, i) || i >= 3 && uncovers(s, i - 3)) && vehicleAfter(s, i + 1, Math.min(end, i + 9))
                    && !anyOf(s, i + 1, Math.min(end, i + 6), "plan", "plans", "strategy", "results", "figures")
                    && !anyOf(s, i + 1, Math.min(end, i + 4), SHOWN_ATTITUDES)
                    && !anyOf(s, i + 1, Math.min(end, i + 4), PICTURES) && !s.lower(i + 1).equals("no")
                    && !s.lower(i + 1).equals("that")) {
                // not "figures show that fewer electric sports cars were registered": a fact is shown, not a car
                // not "customers were showing more interest in plug-in hybrids": an attitude is shown, not a car;
                // not "showed images of the car": a picture is no prototype; "unveiled an open electric-vehicle
                // platform": technology for cars others may build, a commitment rather than a car in development
                out.add(Cue.of(shownStage(s, i, end), i));
            } else if ((w.equals("signed") || w.equals("sign") || w.equals("signs") || w.equals("inked"))
                    && anyOf(s, i + 1, Math.min(s.size(), i + 4), "agreement", "deal", "contract", "memorandum")
                    && buildAfter(s, i + 1, Math.min(s.size(), i + 16))) {
                // a deal the text calls non-binding or "subject to a final agreement" binds nobody to build: the
                // production plan is announced, not yet contracted
                boolean preliminary = anyOf(s, i + 1, Math.min(s.size(), i + 5), "non-binding", "nonbinding")
                        || subjectToFinal(s, i + 1);
                out.add(Cue.of(preliminary ? Stage.COMMITMENT : Stage.DEVELOPMENT, i));
            } else if (w.equals("development") && (anyOf(s, i + 1, Math.min(s.size(), i + 4), "continue", "continues",
                    "underway") || s.lower(i + 1).equals("under") || s.lower(i - 1).equals("in"))
                    && (articleEv || EvTerms.anyEvOrCar(s, 0, s.size()))) {
                out.add(Cue.of(Stage.DEVELOPMENT, i));
            }
            if ((w.equals("built") || w.equals("developed") || w.equals("designed") || w.equals("engineered"))
                    && isVerbPosition(s, i) && evPlatformAfter(s, i + 1, Math.min(end, i + 8))) {
                // "has built an open electric-vehicle platform": the technology a car is made on exists
                out.add(Cue.of(Stage.DEVELOPMENT, i));
            }
            if (w.equals("developed") && s.lower(i + 1).equals("by") && i + 2 < s.size() && s.token(i + 2).isCapitalised()
                    && EvTerms.anyEvOrCar(s, 0, i)) {
                // "The vehicles, an SUV, a sedan and a bus, were developed by Foxtron": the agent develops cars
                out.add(new Cue(Stage.DEVELOPMENT, i, i + 2, false));
            }
            int seller = vehiclesOrderedFrom(s, i);
            if (seller >= 0) {
                // "UPS will buy 10,000 electric delivery vans from Arrival": a fleet order for cars not yet
                // delivered; the seller's are being made (pre-orders, by the label meanings)
                out.add(new Cue(Stage.DEVELOPMENT, i, seller, true));
            }
            if (developmentWork(s, i, carStory)) {
                // homologation, crash tests, validation vehicles, test mules, pilot lines, tooling, bookings,
                // a car plant being built: the firm's car is being developed
                out.add(Cue.of(Stage.DEVELOPMENT, verbBefore(s, i)));
            }
            if (negativeDeterminer(s, i)) {
                // "there is no prototype and no budget yet": the noun's determiner denies the thing exists
                for (int k = out.size() - 1; k >= before; k--) {
                    if (out.get(k).stage() == Stage.DEVELOPMENT) {
                        out.remove(k);
                    }
                }
            }
            // ---- COMMITMENT
            if (LAUNCH_NOUNS.contains(w) && s.lower(i + 1).equals("of") && firstOwnEv(s, i + 2, Math.min(end, i + 10))
                    && !anyOf(s, Math.max(0, i - 4), i, "since", "after", "celebrated", "marked", "following")) {
                // "has pushed back the launch of its first electric car to mid-2026": a launch still to come
                // is the firm's own EV plan (the mood of the verb that governs the noun decides)
                out.add(Cue.of(Stage.COMMITMENT, verbBefore(s, i)));
            }
            if (scheduledEv(s, i)) {
                // "Its first battery-electric model is due in 2026": a date set for the firm's EV is a commitment
                out.add(Cue.of(Stage.COMMITMENT, i));
            }
            if (CREATE.contains(w) && anyOf(s, Math.max(0, i - 6), Math.min(s.size(), i + 7), UNIT)
                    && (carMaking(s, i + 1, Math.min(end, i + WINDOW)) || evUnitBefore(s, i))
                    && !(w.equals("launched") && s.lower(i + 1).equals("by")) && !studyPurpose(s, i + 1, Math.min(end, i + WINDOW))) {
                out.add(Cue.of(Stage.COMMITMENT, i));
            } else if ((w.equals("invest") || w.equals("invests") || w.equals("investing") || w.equals("spend")
                    || w.equals("spending") || w.equals("pledged") || w.equals("earmarked") || w.equals("committed")
                    || w.equals("invested")) && carMaking(s, i + 1, Math.min(end, i + WINDOW))
                    && !firmObject(s, i)) {
                out.add(Cue.of(Stage.COMMITMENT, i));
            } else if ((w.equals("confirmed") || w.equals("confirms") || w.equals("confirm")) && !negatedBefore(s, i)
                    && carMaking(s, i + 1, Math.min(s.size(), i + 10)) && !anyOf(s, i + 1, Math.min(s.size(), i + 5), STUDY)) {
                // not "confirms it is studying EV assembly": what is confirmed is a study (its own cue)
                out.add(Cue.of(Stage.COMMITMENT, i));
            } else if ((w.equals("developing") || w.equals("building") || w.equals("designing") || w.equals("working")
                    && s.lower(i + 1).equals("on") || w.equals("preparing") && !s.lower(i + 1).equals("to")
                    && !s.lower(i + 1).equals("for")) && isProgressive(s, i) && !complementOfStudy(s, i)
                    && carObjectNotPlant(s, i + 1, Math.min(end, i + 10))) {
                // "has been building electric cars for years": a long-standing habit of making them is selling
                // them, not a project under way
                out.add(Cue.of(w.equals("building") && longStanding(s, i + 1, Math.min(end, i + 8)) ? Stage.SALES
                        : Stage.COMMITMENT, i));
            } else if ((w.equals("pushing") || w.equals("push") || foray(s, i) || (w.equals("move")
                    || w.equals("moving")) && isVerbPosition(s, i) || w.equals("expansion")) && s.lower(i + 1).equals("into")
                    && EvTerms.anyEvOrCar(s, i + 2, Math.min(s.size(), i + 6))
                    && (EvTerms.anyEv(s, i + 2, Math.min(s.size(), i + 6)) || !anyOf(s, i + 2, Math.min(s.size(), i + 5),
                    TECH_CARS))) {
                // not "a push into connected cars", "its move into self-driving cars": a market for car technology;
                // "the deal marks JSW's entry into carmaking": an entry is a foray
                out.add(Cue.of(w.equals("move") || w.equals("moving") ? Stage.PLAN : Stage.COMMITMENT, i));
            }
            if (GO.contains(w) && (s.lower(i + 1).equals("electric") || s.lower(i + 1).equals("all")
                    && s.lower(i + 2).equals("-") && s.lower(i + 3).equals("electric")) && !s.lower(i - 1).equals("to")
                    && !s.lower(i - 1).equals("will") && !s.lower(i - 1).equals("would") || GO.contains(w)
                    && s.lower(i - 1).equals("to") && s.lower(i + 1).equals("electric") && s.lower(i - 2).equals("committed")) {
                // "it was going electric", "Phone Maker Sunvale Is Going Electric": the idiom for a move into EVs
                out.add(Cue.of(Stage.COMMITMENT, i));
            }
            // ---- PLAN
            if (MAKE.contains(w) && isVerbPosition(s, i) && carMaking(s, i + 1, Math.min(end, i + WINDOW))
                    && !anyOf(s, i + 1, Math.min(end, i + 4), NOT_ABOUT_ENTRY) && forAnother(s, i)) {
                // "GM will build the startup's Badger electric pickup": a production deal for the owner's EV
                int owner = ownerOfObject(s, i);
                if (owner >= 0 && EvTerms.anyEv(s, i + 1, Math.min(end, i + WINDOW))) {
                    out.add(new Cue(Stage.DEVELOPMENT, i, owner, true)); // a production deal, whatever its tense
                }
            } else if (MAKE.contains(w) && isVerbPosition(s, i) && carMaking(s, i + 1, Math.min(end, i + WINDOW))
                    && !anyOf(s, i + 1, Math.min(end, i + 4), NOT_ABOUT_ENTRY) && !causativeMake(s, i, end)) {
                if (complementOfStudy(s, i)) {
                    // "evaluates building EVs", "is weighing whether to make cars": the study verb's cue decides
                } else if (underSignedAgreement(s, i)) {
                    // "Under the agreement, Foo will develop and build the car": a signed production deal
                    out.add(Cue.fixed(Stage.DEVELOPMENT, i));
                } else {
                    out.add(Cue.of(Stage.PLAN, i));
                }
            } else if (entry(s, i, w, articleEv)) {
                // "is getting into the car business": the idiom for an entry under way, as firm as "will enter"
                out.add(Cue.of(GET.contains(w) ? Stage.COMMITMENT : Stage.PLAN, i));
            } else if ((w.equals("become") || w.equals("becoming")) && (anyOf(s, i + 1, Math.min(s.size(), i + 10),
                    "carmaker", "carmakers", "automaker", "automakers")
                    || makerOfCars(s, i + 1, Math.min(s.size(), i + 12)))) {
                // "become one of the world's largest electric-car makers", "become a maker of new-energy vehicles"
                out.add(Cue.of(Stage.PLAN, i));
            } else if ((w.equals("plans") || w.equals("planned")) && !s.lower(i + 1).equals("to") && isVerbPosition(s, i)
                    && carMaking(s, i + 1, Math.min(end, i + 8))) {
                out.add(Cue.of(Stage.PLAN, i)); // "now plans a car with a steering wheel"
            } else if (drawingUpPlans(s, i, end) || ownPlansFor(s, i, end)) {
                out.add(Cue.of(Stage.INTEREST, i)); // "is drawing up plans for an electric sport-utility vehicle"
            } else if (MAKE.contains(w) && carBeforeRelativePlan(s, i)) {
                out.add(Cue.of(Stage.PLAN, i)); // "the electric car it plans to launch in 2024": the object is the car before
            } else if ((w.equals("looking") || w.equals("looks") || w.equals("look")) && !PREVIEW.contains(s.lower(i - 1))
                    && lookingAtInterest(s, i, end, articleEv)) {
                // not "gave a first look at the car": a preview shows the car, it does not study one
                out.add(Cue.fixed(Stage.INTEREST, i));
            } else if (EFFORT_NOUNS.contains(w) && i >= 2 && EvTerms.anyEvOrCar(s, i - 2, i) && possessiveBefore(s, i - 6, i)
                    && !anyOf(s, i - 2, i, COMPONENT) && !objectOfReports(s, i)) {
                out.add(Cue.of(Stage.COMMITMENT, i)); // "its self-driving car project": the firm has a car effort
            } else if (EFFORT_NOUNS.contains(w) && i >= 2 && EvTerms.anyEvOrCar(s, i - 2, i) && !anyOf(s, i - 2, i, COMPONENT)
                    && anyOf(s, Math.max(0, i - 5), i - 1, "announced", "announces", "unveiled", "unveils", "revealed",
                    "reveals", "launched", "launches")) {
                // "have announced car projects": an effort made public is a commitment
                out.add(Cue.of(Stage.COMMITMENT, verbBefore(s, i)));
            } else if (firstOwnEvToCome(s, i, end)) {
                out.add(new Cue(Stage.COMMITMENT, i, i + 2, false)); // the owner is "its"
            } else if ((w.equals("will") || w.equals("would") && anyOf(s, 0, i, "said", "says", "told"))
                    && ARRIVE.contains(s.lower(i + 1)) && firstCarBefore(s, i)) {
                // "its first electric models will arrive in 2026", "said its first EV would arrive in 2026" (a
                // reported "will"): a date set for the firm's first EV
                out.add(Cue.fixed(Stage.COMMITMENT, i));
            }
            // ---- INTEREST
            if (STUDY.contains(w) && HABITUAL.contains(s.lower(i - 1))) {
                // "Apple often explores products that never reach consumers": a habit, not a present interest
            } else if (STUDY.contains(w) && interestObject(s, i + 1, end, articleEv)) {
                out.add(Cue.of(Stage.INTEREST, i));
            } else if (WISH.contains(w) && interestObject(s, i + 1, end, articleEv)) {
                out.add(Cue.fixed(Stage.INTEREST, i));
            } else if ((w.equals("watch") || w.equals("eye")) && s.lower(i - 1).equals("close")
                    && EvTerms.anyEv(s, i + 1, Math.min(s.size(), i + 8))) {
                out.add(Cue.fixed(Stage.INTEREST, i));
            } else if (carTeam(s, i)) {
                // "has been hiring automotive engineers", "has assembled a small vehicle team": the first step
                // of a car effort, not yet a commitment
                out.add(Cue.of(Stage.INTEREST, i));
            }
            // ---- UNCONFIRMED / DENIAL
            if ((w.equals("confirmed") || w.equals("acknowledged") || w.equals("confirm") || w.equals("acknowledge"))
                    && negatedBefore(s, i) && (carMaking(s, i + 1, Math.min(s.size(), i + 10))
                    || anyOf(s, i + 1, Math.min(s.size(), i + 4), "information", "report", "reports", "news",
                    "project", "plans"))) {
                out.add(Cue.fixed(Stage.UNCONFIRMED, i));
            }
            if (refusesMaking(s, i, end)) {
                out.add(Cue.fixed(Stage.DENIAL, i));
            } else if (w.equals("any") && (s.lower(i + 1).startsWith("plan") || s.lower(i + 1).equals("intention"))
                    && negatedBefore(s, i) && !CueWords.DISCLOSING.contains(s.lower(i - 1))
                    && carMaking(s, i + 1, Math.min(s.size(), i + 12))) {
                // not "has never confirmed any plan to build cars": what is negated is the telling, not the plan
                // "does not currently have any plan to manufacture complete vehicles"
                out.add(Cue.fixed(Stage.DENIAL, i));
            } else if ((w.equals("plan") || w.equals("intend") || w.equals("plans") || w.equals("intends")
                    || w.equals("want") || w.equals("wants") || w.equals("wish") || w.equals("wishes"))
                    && s.lower(i + 1).equals("to") && directlyNegated(s, i)
                    && carMaking(s, i + 2, Math.min(s.size(), i + 10)) && ownCars(s, i + 2, Math.min(s.size(), i + 10))) {
                // "has said repeatedly that it does not plan to build vehicles of its own"
                out.add(Cue.fixed(Stage.DENIAL, i));
            } else if (w.equals("no") && (s.lower(i + 1).startsWith("plan") || s.lower(i + 2).startsWith("plan")
                    || s.lower(i + 1).equals("intention")) && carMaking(s, i + 1, Math.min(s.size(), i + 12))) {
                // "had no concrete plan to make vehicles": what is denied is a commitment, not the interest
                out.add(Cue.fixed(UNCOMMITTED.contains(s.lower(i + 1)) ? Stage.INTEREST : Stage.DENIAL, i));
            } else if (DENY.contains(w) && !negatedBefore(s, i) && !s.lower(i - 1).equals("nor")
                    && deniedPlan(s, i + 1, Math.min(s.size(), i + 18))) {
                // not "neither confirmed nor denied that it was building a car", "has not denied": no denial
                out.add(Cue.fixed(Stage.DENIAL, i));
            } else if (w.equals("rather") && s.lower(i + 1).equals("than") && partsNotCars(s, i)) {
                out.add(Cue.fixed(Stage.DENIAL, i)); // "will sell components and software rather than cars"
            } else if (notACarmaker(s, i)) {
                out.add(Cue.fixed(Stage.DENIAL, i)); // "insists it is not a carmaker", "will not become a carmaker"
            } else if (w.equals("ruled") || w.equals("rules") || w.equals("ruling") || w.equals("rule")) {
                if (s.lower(i + 1).equals("out") && carMaking(s, i + 2, Math.min(s.size(), i + 10))) {
                    boolean softened = negatedBefore(s, i) || anyOf(s, Math.max(0, i - 4), i, "short");
                    out.add(Cue.fixed(softened ? Stage.INTEREST : Stage.DENIAL, i));
                }
            }
            // ---- EXIT
            int hold = w.equals("put") || w.equals("puts") || w.equals("putting") || w.equals("placed")
                    ? onHold(s, i + 1) : -1;
            int attributive = attributiveExit(s, i);
            Cue broughtToAnEnd = hibernation(s, i) ? Cue.of(Stage.EXIT, i) : broughtToAnEnd(s, i);
            boolean giveUp = GIVE.contains(w) && s.lower(i + 1).equals("up");
            // "pulled the plug on its car project": the idiom's object follows "on"
            boolean plug = w.startsWith("pull") && s.lower(i + 1).equals("the") && s.lower(i + 2).equals("plug")
                    && s.lower(i + 3).equals("on");
            if (attributive >= 0) {
                // "its shelved electric-car project": the participle states the effort's present condition,
                // whatever the mood of the clause around it ("could return to its shelved project")
                out.add(new Cue(Stage.EXIT, i, attributive, true));
            } else if (INTRANSITIVE_EXIT.contains(w) && passiveExit(s, i, true) >= 0) {
                // "the Chinese tech group's car ambitions collapsed": the effort is the subject
                int owner = passiveExit(s, i, true);
                out.add(new Cue(Stage.EXIT, i, owner == Integer.MAX_VALUE ? -1 : owner, false));
            } else if (collapsedFirms(s, i)) {
                // "startups that have collapsed since 2023, among them X, Y and Z"
                out.add(Cue.fixed(Stage.EXIT, i));
            } else if ((EXIT.contains(w) && !uncovers(s, i) && !endOfAPeriod(s, i) || hold > 0 || giveUp || plug)
                    && !demonstrativeObject(s, i)) {
                // "is giving up its own car project": the phrasal verb's object follows its particle
                // "pulled out of electric vehicle manufacturing": the phrasal verb's object follows "out of"
                int from = giveUp ? i + 2 : plug ? i + 4
                        : s.lower(i + 1).equals("out") && s.lower(i + 2).equals("of") ? i + 3 : i + 1;
                int hint = exitObject(s, from, hold > 0 ? hold : Math.min(end, from + 10));
                if (hint >= 0 && goalObject(s, from)) {
                    // "abandoned its target of selling only electric cars by 2030": a firm that sells EVs and drops a
                    // goal goes on selling them; a newcomer dropping its goal of making a car has given up
                    out.add(new Cue(Stage.EXIT, i, hint == Integer.MAX_VALUE ? -1 : hint, false).onlyForNewcomers());
                } else if (hint >= 0) {
                    out.add(exitOf(s, from, i, hint));
                } else if (ownNamedProduct(s, from, hold > 0 ? hold : Math.min(end, from + 9))
                        || ownElectricModel(s, from) || productionStopped(s, i) || articleEv && namedProgramme(s, i + 1)) {
                    // "abandoned its Sion solar car", "ceased production in April"
                    out.add(Cue.of(Stage.EXIT, i).onlyForNewcomers());
                } else if (passiveExit(s, i) >= 0) {
                    // "Dyson's car project was shelved", "the programme has been cancelled"
                    int owner = passiveExit(s, i);
                    out.add(new Cue(Stage.EXIT, i, owner == Integer.MAX_VALUE ? -1 : owner, false));
                }
            } else if (broughtToAnEnd != null) {
                out.add(broughtToAnEnd); // "bringing Didi's own plans to make cars to an end"
            } else if (DIVEST.contains(w) && divestedCarUnit(s, i)) {
                // "sold off its EV arm", "divested its car business"
                out.add(Cue.of(Stage.EXIT, i));
            } else if (bankrupt(s, i)) {
                // "a court ordered the liquidation of Qiantang Motors": the proceeding names its firm
                int of = i + 1 < s.size() && s.lower(i + 1).equals("of") && i + 2 < s.size()
                        && s.token(i + 2).isCapitalised() ? i + 2 : -1;
                // "seeks creditor protection" files for it: "seeks" is no wish there
                out.add(of >= 0 ? new Cue(Stage.EXIT, i, of, false)
                        : soughtProtection(s, i) ? Cue.fixed(Stage.EXIT, i) : Cue.of(Stage.EXIT, i));
            } else if ((w.equals("bankrupt") || w.equals("defunct") || w.equals("insolvent") || w.equals("failed"))
                    && firmNounAfter(s, i) > 0 && !epithet(s, firmNounAfter(s, i))) {
                // "the bankrupt carmaker", "the insolvent Czech start-up": the description names a firm whose
                // business has failed
                out.add(new Cue(Stage.EXIT, i, firmNounAfter(s, i), true));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * "a backlog of 200,000 bookings for its Myvi": the South and South-East Asian press's word for any
     * car's orders, which are EV work only when the sentence names an EV.
     */
    private static boolean carOrders(Sentence s, int i) {
        return s.lower(i).startsWith("booking") && !EvTerms.anyEv(s, 0, s.size());
    }

    /**
     * "by the end of this year", "at the end of 2024", "the end of the quarter": the noun "end" dates
     * what the clause says; it ends nothing ("the end of its car project" still does).
     */
    private static boolean endOfAPeriod(Sentence s, int i) {
        if (!s.lower(i).equals("end") || !s.lower(i - 1).equals("the") || !s.lower(i + 1).equals("of")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 5); k++) {
            String l = s.lower(k);
            if (CueWords.PERIODS.contains(l) || evradar.extract.text.Lexicon.isCalendarWord(l)
                    || l.length() == 4 && l.chars().allMatch(Character::isDigit)) {
                return true;
            }
            if (!CueWords.PERIOD_MODIFIERS.contains(l)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The noun at i is determined by "no" ("no prototype", "no running prototypes", "no test cars"):
     * at most two lowercase modifiers stand between.
     */
    private static boolean negativeDeterminer(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String l = s.lower(k);
            if (l.equals("no")) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised() || l.equals("the") || l.equals("a")
                    || l.equals("its") || l.equals("and") || l.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** "an electric-vehicle battery cell plant", "a chip factory": a plant for components, not for cars. */
    private static boolean componentPlant(Sentence s, int from, int to) {
        boolean component = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            component |= l.equals("battery") || l.equals("cell") || l.equals("cells") || l.equals("chip")
                    || l.equals("chips") || l.equals("batteries");
            if (component && (l.equals("plant") || l.equals("factory") || l.equals("gigafactory")
                    || l.equals("facility"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GOAL_NOUNS = Set.of("target", "targets", "goal", "goals", "pledge", "pledges",
            "deadline", "timeline", "timetable", "aim", "promise", "forecast", "forecasts", "guidance");

    /** The exit verb's object is a goal ("its target of", "the 2030 pledge"): its head is a goal noun. */
    private static boolean goalObject(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 5); k++) {
            String l = s.lower(k);
            if (GOAL_NOUNS.contains(l)) {
                return true;
            }
            if (l.equals("of") || l.equals("to") || !s.token(k).isWord() && !s.token(k).isPossessive() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** "shut that down fast": the object is a demonstrative pronoun (a question, a rumour), not a car effort. */
    private static boolean demonstrativeObject(Sentence s, int i) {
        String next = s.lower(i + 1);
        return (next.equals("that") || next.equals("this")) && !s.token(i + 2).isWord()
                || (next.equals("that") || next.equals("this")) && (s.lower(i + 2).equals("down") || s.lower(i + 2).equals("off"));
    }

    private static final Set<String> MODALS = Set.of("will", "would", "should", "could", "may");

    /** Verbs of a deal about a business rather than of making cars: a plan to list or merge a unit. */
    private static final Set<String> DEAL_VERBS = Set.of("list", "float", "merge", "spin", "acquire", "buy", "raise",
            "refinance", "restructure");

    /** Words that follow a complete noun phrase object: time and reason adjuncts. */
    private static final Set<String> NP_FOLLOWERS = Set.of("earlier", "last", "this", "in", "on", "after", "because",
            "and", "as", "amid", "following", "before", "altogether", "entirely");

    /** "subject to a final agreement", "pending a definitive contract": the deal is not yet binding. */
    private static boolean subjectToFinal(Sentence s, int from) {
        for (int k = from; k + 3 < s.size(); k++) {
            if ((s.lower(k).equals("subject") && s.lower(k + 1).equals("to") || s.lower(k).equals("pending"))
                    && anyOf(s, k + 1, Math.min(s.size(), k + 5), "final", "definitive", "binding")) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "give" in the phrasal exit verb "give up". */
    private static final Set<String> GIVE = Set.of("give", "gives", "giving", "gave", "given");

    /** Forms of "go" in the idiom "go electric". */
    private static final Set<String> GO = Set.of("go", "goes", "going", "went", "gone");

    /**
     * "set up a small study team to look at a compact electric car", "formed a unit to evaluate
     * whether to build EVs": what is set up is a study, so the act commits to nothing but interest.
     */
    private static boolean studyPurpose(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (STUDY.contains(l) || (l.equals("look") || l.equals("looking")) && (s.lower(k + 1).equals("at")
                    || s.lower(k + 1).equals("into"))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for the work that turns a design into a car on sale: engineering, testing, approval, pre-sales. */
    private static final Set<String> DEVELOPMENT_NOUNS = Set.of("homologation", "homologated", "mules", "mule",
            "pre-series", "pre-production", "tooling", "bookings", "booking", "deposits", "reserved",
            "preorder", "pre-order", "pre-ordered");
    /** What puts a car in a stage: "is in final testing", "remains in testing", "still in testing". */
    private static final Set<String> IN_STATE_VERBS = Set.of("is", "are", "remains", "remain", "was", "now", "still");
    /** Stages a car's testing is said to be in: "is in final testing", "remains in advanced testing". */
    private static final Set<String> TEST_STAGES = Set.of("final", "advanced", "late", "late-stage", "extensive",
            "early", "real-world", "road", "winter");

    /**
     * "Rimac's Nevera is in final testing", "its electric SUV is undergoing testing": a car of the firm's own
     * in a stage of testing, in an article about EVs.
     */
    private static boolean inTesting(Sentence s, int i, boolean articleEv) {
        if (!articleEv || !s.lower(i).equals("testing") && !s.lower(i).equals("trials")) {
            return false;
        }
        int k = TEST_STAGES.contains(s.lower(i - 1)) ? i - 2 : i - 1;
        return s.lower(k).equals("in") && IN_STATE_VERBS.contains(s.lower(k - 1))
                || s.lower(k).equals("undergoing") || s.lower(k).equals("under") && s.lower(k - 1).equals("is");
    }

    /** Modifiers that make "vehicles", "testing" or "line" development work: "validation vehicles", "crash testing". */
    private static final Set<String> TEST_MODIFIERS = Set.of("validation", "series-validation", "crash", "durability",
            "winter", "summer", "hot-weather", "cold-weather", "engineering", "pilot", "trial", "test", "testing",
            "pre-series", "pre-production", "verification");
    private static final Set<String> TEST_HEADS = Set.of("vehicles", "cars", "prototypes", "testing", "tests", "test",
            "trials", "line", "lines", "plant", "run", "runs", "production", "fleet", "builds", "units");
    private static final Set<String> STOPPED = Set.of("halted", "halt", "halts", "stopped", "stop", "stops",
            "suspended", "suspend", "paused", "pause", "cancelled", "canceled", "cancel", "abandoned", "scrapped",
            "ended", "ending", "refunded", "refund", "return", "returned", "no", "without", "cut", "cuts");
    private static final Set<String> INSTALL = Set.of("installing", "installed", "install", "installs");
    /** What goes into a car plant before production: robots, presses, tooling, assembly lines. */
    private static final Set<String> FIT_OUT = Set.of("robots", "presses", "tooling", "machinery", "equipment");
    private static final Set<String> PLANT_NOUNS = Set.of("plant", "factory", "facility", "site", "complex",
            "gigafactory", "works");

    /**
     * A noun phrase for development work on a car (not a battery, and not stopped or refunded): "has
     * completed homologation", "37 series-validation vehicles for crash testing", "test mules",
     * "a pilot line", "work on tooling", "bookings opened", "customers have reserved a car", "is
     * building a car plant", "construction of its factory", "start of production is scheduled".
     * {@code carStory}: the sentence or the article is about cars.
     */
    private static boolean developmentWork(Sentence s, int i, boolean carStory) {
        String w = s.lower(i);
        if (!carStory || anyOf(s, Math.max(0, i - 4), i, STOPPED) || anyOf(s, Math.max(0, i - 3), Math.min(s.size(), i + 3),
                "battery", "batteries", "cell", "cells", "chip", "chips")
                || anyOf(s, i + 1, Math.min(s.size(), i + 6), SignalFinder.NON_CAR_GOODS)) {
            return false; // not "Bookings for its first scooter": work on goods that are no car
        }
        if (DEVELOPMENT_NOUNS.contains(w)) {
            if (w.equals("deposits") && anyOf(s, Math.max(0, i - 4), i, "cash", "bank", "term", "fixed", "time")) {
                return false; // "cash and short-term deposits": money in the bank, not buyers' deposits
            }
            if (carOrders(s, i)) {
                return false;
            }
            return !w.equals("reserved") || anyOf(s, Math.max(0, i - 4), i, "customers", "buyers", "have", "has", "had");
        }
        if (TEST_MODIFIERS.contains(w) && TEST_HEADS.contains(s.lower(i + 1))
                && !(w.equals("test") && s.lower(i + 1).equals("test"))) {
            return !(w.equals("test") || w.equals("testing")) || !s.lower(i + 1).equals("production");
        }
        if (w.equals("validation") && (s.lower(i - 1).equals("-") || s.lower(i + 1).equals("-"))) {
            return true; // "series-validation vehicles"
        }
        // "is building a car plant", "are constructing a factory", "is putting up a car factory"
        boolean puttingUp = w.equals("putting") && s.lower(i + 1).equals("up");
        if ((w.equals("building") || w.equals("constructing") || puttingUp) && isProgressive(s, i)) {
            for (int k = i + (puttingUp ? 2 : 1); k < Math.min(s.size(), i + 7); k++) {
                if (PLANT_NOUNS.contains(s.lower(k))) {
                    // a battery maker builds plants too; the plant's cars may come after it ("a factory in
                    // Nanjing with planned annual capacity of 300,000 vehicles")
                    return EvTerms.anyEvOrCar(s, i + 1, k + 1) || carsOfPlant(s, k + 1);
                }
                if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                    return false;
                }
            }
        }
        // "has started installing robots in the plant's body shop": a plant fitted out for its cars
        if (INSTALL.contains(w) && anyOf(s, i + 1, Math.min(s.size(), i + 5), FIT_OUT)) {
            return true;
        }
        // "Construction of its factory", "the factory is 80 percent complete"
        if (w.equals("construction") && s.lower(i + 1).equals("of") && anyOf(s, i + 2, Math.min(s.size(), i + 11), PLANT_NOUNS)) {
            return true;
        }
        // "start of production is scheduled for", "pushed back the start of series production"
        if (w.equals("start") && s.lower(i + 1).equals("of") && (s.lower(i + 2).equals("production")
                || PRODUCTION_KINDS.contains(s.lower(i + 2)) && s.lower(i + 3).equals("production"))) {
            return true;
        }
        // "has delayed production of its first van", "postponed series production": production is still ahead
        int p = PRODUCTION_KINDS.contains(s.lower(i - 1)) ? i - 1 : i;
        return w.equals("production") && p > 0 && DELAYED.contains(s.lower(p - 1));
    }

    /** The vehicles a plant is for, named after it in the same clause, with no component before them. */
    private static boolean carsOfPlant(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 12); k++) {
            String l = s.lower(k);
            boolean thousands = l.equals(",") && k > 0 && Character.isDigit(s.lower(k - 1).charAt(s.lower(k - 1).length() - 1))
                    && Character.isDigit(s.lower(k + 1).isEmpty() ? 'x' : s.lower(k + 1).charAt(0));
            if (l.equals(",") && !thousands || l.equals(";") || (COMPONENT.contains(l) || l.equals("cells")
                    || l.equals("cell") || l.equals("battery")) && !batteryPowered(s, k)) {
                return false;
            }
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DELAYED = Set.of("delayed", "delays", "delay", "delaying", "postponed", "postpones",
            "postpone", "postponing");

    /**
     * "is on sale", "went on sale", "is now on sale", "put an electric minibus on sale" at "on": a sale, on
     * the verb; null when not, or when the goods on sale are components ("the CarPlay software went on sale").
     */
    private static Cue onSale(Sentence s, int i, boolean articleEv) {
        if (!s.lower(i + 1).equals("sale") || i == 0) {
            return null;
        }
        int put = putBefore(s, i);
        boolean verb = ON_SALE_VERBS.contains(s.lower(i - 1)) || i > 1 && ON_SALE_VERBS.contains(s.lower(i - 2))
                && (s.lower(i - 1).equals("now") || s.lower(i - 1).equals("already") || s.lower(i - 1).endsWith("ly"));
        if (!verb && put < 0 || !(EvTerms.anyEv(s, 0, s.size()) || articleEv) || componentBefore(s, i)
                || anyOf(s, Math.max(0, i - 5), i, SignalFinder.NON_CAR_GOODS)) {
            return null; // not "The phone goes on sale in the U.S." in a story that also mentions cars
        }
        return Cue.of(Stage.SALES, put >= 0 ? put : i - 1);
    }

    /** A component word in the seven words before {@code at}, not inside a name ("Kestrel Motors put ..."). */
    private static boolean componentBefore(Sentence s, int at) {
        for (int k = Math.max(0, at - 7); k < at; k++) {
            if (COMPONENT.contains(s.lower(k)) && !s.token(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb of "put an electric minibus on sale", "put it on sale" (a car or a pronoun between "put" and
     * "on sale"), or -1. Only a sale that has happened: "will put three SUVs on sale by the end of 2021" is
     * a plan, which the plan cues read.
     */
    private static int putBefore(Sentence s, int on) {
        for (int k = on - 2; k >= 0 && k >= on - 6; k--) {
            String l = s.lower(k);
            if (!s.token(k).isWord() && !l.equals("-")) {
                return -1;
            }
            if (l.equals("put") || l.equals("puts") || l.equals("putting")) {
                if (MODALS.contains(s.lower(k - 1)) || s.lower(k - 1).equals("to")) {
                    return -1;
                }
                return on - k == 2 && (s.lower(k + 1).equals("it") || s.lower(k + 1).equals("them"))
                        || vehicleAfter(s, k + 1, on) ? k : -1;
            }
        }
        return -1;
    }

    /** What showing a car at {@code i} is: a platform or a concept announces, a prototype is developed. */
    private static Stage shownStage(Sentence s, int i, int end) {
        return platformShown(s, i + 1, Math.min(end, i + 8)) || conceptShown(s, i + 1, Math.min(end, i + 12))
                ? Stage.COMMITMENT : Stage.DEVELOPMENT;
    }

    private static final Set<String> CONCEPTS = Set.of("concept", "concepts", "rendering", "renderings", "glimpse",
            "look", "teaser", "sketch", "sketches", "models", "preview", "previews", "sneak");

    /**
     * "unveiled the e-Survivor, a two-seat electric off-roader concept", "gives a first look at its car",
     * "presented scale models and renderings": a concept or a picture shown announces a car; only a
     * prototype shown is one under development.
     */
    private static boolean conceptShown(Sentence s, int from, int to) {
        boolean concept = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if ((l.equals("prototype") || l.equals("prototypes"))
                    && !anyOf(s, Math.max(from, k - 3), k, "without", "no")) {
                return false; // not "a concept design, without a working prototype": no prototype was shown
            }
            concept |= CONCEPTS.contains(l) && (!l.equals("models") || s.lower(k - 1).equals("scale"))
                    && (!l.equals("look") || s.lower(k - 1).equals("first"));
        }
        return concept;
    }

    private static final Set<String> CONVERTING = Set.of("refitting", "refitted", "refurbishing", "refurbished",
            "retooling", "retooled", "converting", "converted", "repurposing", "repurposed", "renovating", "renovated");

    /**
     * "has begun refitting a former tyre factory to build the car", "is converting the plant in Iracemapolis",
     * "has retooled its plant to assemble the first ...": work under way on a car plant, like its construction,
     * is development by the label meanings. Not a battery plant, and not in the future ("will retool").
     */
    private static boolean plantConversion(Sentence s, int i, int end) {
        if (!CONVERTING.contains(s.lower(i))) {
            return false;
        }
        String p = s.lower(i - 1);
        if (!isProgressive(s, i) && !p.equals("has") && !p.equals("have") && !p.equals("had") && !BEGIN.contains(p)) {
            return false;
        }
        boolean plant = false;
        for (int k = i + 1; k < Math.min(end, i + 7) && !plant; k++) {
            String l = s.lower(k);
            plant = PLANT_NOUNS.contains(l) || l.equals("line") || l.equals("lines") || l.equals("hall");
        }
        // the plant's purpose names cars: not "which has converted one of its lines for the purpose" (a
        // contract assembler's line for another firm's car)
        return plant && EvTerms.anyEvOrCar(s, i + 1, Math.min(s.size(), i + 16))
                && !anyOf(s, Math.max(0, i - 8), Math.min(s.size(), i + 10), "battery", "batteries", "cell", "cells");
    }

    private static final Set<String> BEFORE_VERB = Set.of("to", "will", "would", "could", "may", "might", "can",
            "should", "must", "shall", "'ll", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "does", "do", "did", "and", "or", "not", "never", "also", "already", "still", "just", "then", "now",
            "jointly", "itself", "first", "eventually", "soon", "later", "it", "they", "which", "that", "who", "we",
            "instead", "only", "even", "actually", "currently", "no", "longer");

    /** Whether a word that can be a noun or a verb ("market", "design", "launch") is used as a verb here. */
    static boolean isVerbPosition(Sentence s, int i) {
        if (i == 0) {
            return s.title();
        }
        String p = s.lower(i - 1);
        if (s.lower(i).endsWith("ing") && Grammar.isPreposition(p)) {
            return true; // a gerund: "in talks about producing electric cars"
        }
        if (BEFORE_VERB.contains(p) || p.endsWith("ly") || p.endsWith("n't")) {
            return true;
        }
        evradar.extract.text.Token prev = s.token(i - 1);
        return prev.isWord() && prev.isCapitalised() && !s.lower(i).endsWith("ing");
    }

    private static int clauseEnd(Sentence s, int i) {
        int limit = Math.min(s.size(), i + WINDOW + 1);
        for (int k = i + 1; k < limit; k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".") || l.equals("but") || l.equals("while") || l.equals("which")
                    || l.equals("whereas") || l.equals("although")) {
                return k;
            }
        }
        return limit;
    }

    /**
     * "Ola Electric, the Indian startup that sells electric scooters, said it will launch a car": a verb
     * right after a relative pronoun ends its clause at the next comma, where the main clause resumes.
     */
    private static int relativeEnd(Sentence s, int i, int end) {
        int r = i - 1;
        if (r > 0 && RELATIVE_ADVERBS.contains(s.lower(r))) {
            r--; // "Aston Martin, which still sells only petrol-engined cars, confirmed ..."
        }
        String p = r >= 0 ? s.lower(r) : "";
        if (!p.equals("that") && !p.equals("which") && !p.equals("who")) {
            return end;
        }
        for (int k = i + 1; k < end; k++) {
            // not a comma inside a list ("sells the Dolphin, the Song Plus and the Yuan Plus electric models"):
            // the clause ends where the main clause's verb follows
            if (s.lower(k).equals(",") && k + 1 < s.size() && s.token(k + 1).isWord() && !s.token(k + 1).isCapitalised()
                    && !LIST_CONTINUATIONS.contains(s.lower(k + 1))) {
                return k;
            }
        }
        return end;
    }

    /** Words after a comma that go on with a list or a phrase rather than open the main clause's predicate. */
    private static final Set<String> LIST_CONTINUATIONS = Set.of("and", "or", "the", "a", "an", "its", "their",
            "as", "including", "such", "plus", "both", "two", "three");

    /** Adverbs between a relative pronoun and its verb: "which still sells", "that already builds". */
    private static final Set<String> RELATIVE_ADVERBS = Set.of("still", "already", "now", "also", "currently",
            "only", "mainly", "mostly", "largely");

    static boolean anyOf(Sentence s, int from, int to, String... words) {
        return anyOf(s, from, to, Set.of(words));
    }

    static boolean anyOf(Sentence s, int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (words.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(Sentence s, int i, String... words) {
        for (String w : words) {
            if (s.lower(i).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** A vehicle noun, an EV term or a number of units in [from, to). */
    private static boolean vehicleAfter(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            String l = s.lower(k);
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k) || VehicleWords.isVehicle(l) || l.equals("model")
                    || l.equals("models") || l.equals("units") || l.equals("prototype") || l.equals("prototypes")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "launched its first electric SUV"; not "launched their joint venture, LG Magna e-Powertrain" (a firm is
     * founded, no car is sold), nor "launched an open electric-car platform" (what is offered is the base
     * others would build cars on), nor a prototype, concept or plan.
     */
    private static boolean launchedEv(Sentence s, int i, String w, int end) {
        return (w.equals("launched") || w.equals("launches")) && !s.lower(i + 1).equals("by")
                && EvTerms.anyEv(s, i + 1, end) && !anyOf(s, i + 1, end, "prototype", "concept", "plan", "plans")
                && !anyOf(s, i + 1, Math.min(end, i + 4), FOUNDED) && !anyOf(s, i + 1, Math.min(end, i + 8), PLATFORMS)
                && !brandLaunched(s, i + 1, Math.min(end, i + 9));
    }

    /**
     * "launches Ceer, its first electric-car brand": what is launched is a name cars will be sold under, before
     * any car named there; a brand is founded like a firm, and no car is on sale yet.
     */
    private static boolean brandLaunched(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("brand") || l.equals("brands")) {
                return true;
            }
            if (VehicleWords.isVehicle(l) && !(k + 1 < to && (s.lower(k + 1).equals("brand") || s.lower(k + 1).equals("brands")))) {
                return false; // "launched its first electric car under a new brand": a car is on sale
            }
        }
        return false;
    }

    /** "The Fusilier will be its first electric model": a car named as its owner's first EV to come. */
    private static boolean firstOwnEvToCome(Sentence s, int i, int end) {
        String w = s.lower(i);
        return (w.equals("will") || w.equals("would")) && s.lower(i + 1).equals("be") && s.lower(i + 2).equals("its")
                && s.lower(i + 3).equals("first") && EvTerms.anyEv(s, i + 4, Math.min(end, i + 8))
                && !anyOf(s, i + 4, Math.min(end, i + 8), COMPONENT);
    }

    /** Nouns for an organisation a launch founds: "launched their joint venture", "launches a new company". */
    private static final Set<String> FOUNDED = Set.of("venture", "joint", "company", "subsidiary", "partnership",
            "alliance", "firm");

    /** What a car is built on, launched to carmakers rather than sold to drivers. */
    private static final Set<String> PLATFORMS = Set.of("platform", "platforms", "chassis", "architecture",
            "skateboard");

    private static final Set<String> STARTS = Set.of("start", "beginning", "launch", "onset", "commencement");

    /** Whether the noun at i is the object of "the start of" or a synonym: "the start of sales". */
    private static boolean startOf(Sentence s, int i) {
        return i >= 2 && s.lower(i - 1).equals("of") && STARTS.contains(s.lower(i - 2));
    }

    private static boolean possessiveBefore(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String l = s.lower(k);
            if (l.equals("its") || l.equals("whose") || l.equals("their") || s.token(k).isPossessive()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("built", "shown", "made", "begun", "driven",
            "run", "held", "put", "set", "brought", "taken", "given", "won", "done", "seen", "sent", "got", "gotten",
            "kept", "drawn", "undertaken", "rolled");

    private static final Set<String> NOT_VERBS_IN_S = Set.of("its", "his", "this", "us", "as", "plus", "thus",
            "whereas", "unless", "various", "previous", "famous", "numerous", "serious", "bus", "gas");

    /** The verb governing a noun cue: the nearest preceding word that could be a predicate, else the noun. */
    private static int verbBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            String l = s.lower(k);
            if (NOT_VERBS_IN_S.contains(l)) {
                continue; // "its first prototypes": a determiner, not a verb in -s
            }
            if (l.endsWith("s") && MODALS.contains(s.lower(k + 1))) {
                return i; // "prototypes would begin testing": a subject noun, not a verb in -s; the modal sets the mood
            }
            if (l.endsWith("ed") || l.endsWith("s") && !l.endsWith("ss") && k > 0 && !s.token(k).isCapitalised()
                    || l.equals("began") || IRREGULAR_PARTICIPLES.contains(l)) {
                // "plans to unveil a concept vehicle": the infinitive governs the noun, in the mood "plans" gives it;
                // "has yet to show a prototype": the infinitive after "yet to", which negates it
                if (s.lower(k + 1).equals("yet") && s.lower(k + 2).equals("to") && k + 3 < i) {
                    return k + 3;
                }
                return s.lower(k + 1).equals("to") && k + 2 < i ? k + 2 : k;
            }
            if (Grammar.isNegation(l) && k + 1 < i) {
                return k + 1; // "has not yet built a prototype": the predicate after the negation, which it keeps
            }
            if (l.equals(",") || l.equals(";")) {
                break;
            }
        }
        return i;
    }

    /**
     * The verb is the complement of a verb of study or wish: "evaluates building EVs", "is weighing
     * whether to make cars", "considering whether it would build a car". A plan under study is interest.
     */
    static boolean complementOfStudy(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String l = s.lower(k);
            if (STUDY.contains(l) || WISH.contains(l) && !l.equals("interest") || (l.equals("look") || l.equals("looking")
                    || l.equals("looks")) && k == i - 2) {
                return true;
            }
            if (!(l.equals("whether") || l.equals("at") || l.equals("on") || l.equals("into") || l.equals("about") || l.equals("to") || l.equals("it") || l.equals("they") || l.equals("would")
                    || l.equals("could") || l.equals("should") || l.equals("how") || l.equals("if")
                    || l.equals("and") || l.equals("or") || l.equals("not") || l.equals("also") || l.equals("a")
                    || l.equals("move") || l.equals("possibly"))) {
                return false;
            }
        }
        return false;
    }

    /** "Under the (preliminary) agreement|contract|deal, ...": the clause carries out a signed agreement. */
    static boolean underSignedAgreement(Sentence s, int i) {
        for (int k = 0; k < i && k < s.size(); k++) {
            if (s.lower(k).equals("under")) {
                for (int j = k + 1; j < Math.min(i, k + 5); j++) {
                    String l = s.lower(j);
                    if (l.equals("agreement") || l.equals("contract") || l.equals("deal") || l.equals("accord")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An EV platform, architecture or chassis: "an open electric-vehicle platform", "its own EV architecture". */
    private static boolean evPlatformAfter(Sentence s, int from, int to) {
        boolean ev = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            ev |= EvTerms.isEvTerm(s, k) || l.equals("electric");
            if (PLATFORMS.contains(l) && ev) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRODUCTION_KINDS = Set.of("limited", "commercial", "series", "volume",
            "full", "regular", "serial", "full-scale", "small-scale", "low-volume", "initial", "contract", "pilot",
            "trial");

    private static final Set<String> AIMS = Set.of("aims", "aim", "aiming", "hopes", "hope", "hoping", "wants",
            "want", "targets", "targeting");

    /** "aims to start production", "hopes to begin making": an aim for the verb two words on. */
    private static boolean aimedAt(Sentence s, int i) {
        if (i >= 2 && s.lower(i - 1).equals("to") && AIMS.contains(s.lower(i - 2))) {
            return true;
        }
        if (i < 3 || !s.lower(i - 1).equals("to") || !s.lower(i - 2).equals("and")) {
            return false;
        }
        // "hopes to have a prototype ready by next year and to start series production in 2026": the second
        // infinitive shares the aim of the first
        for (int k = i - 3; k >= Math.max(1, i - 16); k--) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".") || SUBORDINATE.contains(l)) {
                return false;
            }
            if (l.equals("to") && AIMS.contains(s.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean productionStart(Sentence s, int i) {
        String w = s.lower(i);
        if (BEGIN.contains(w) && (s.lower(i + 1).equals("production") || s.lower(i + 1).equals("mass")
                || s.lower(i + 1).equals("making") || s.lower(i + 1).equals("manufacturing")
                || s.lower(i + 1).equals("producing") || s.lower(i + 1).equals("assembly")
                || s.lower(i + 1).equals("building") && vehicleAfter(s, i + 2, Math.min(s.size(), i + 7))
                && !anyOf(s, i + 2, Math.min(s.size(), i + 5), PLANT_NOUNS)
                || PRODUCTION_KINDS.contains(s.lower(i + 1)) && s.lower(i + 2).equals("production"))) {
            // "begin production", "start building its Endurance truck", "begin limited production"
            return true;
        }
        if (w.equals("production") && (s.lower(i + 1).equals("is") || s.lower(i + 1).equals("will")
                || s.lower(i + 1).equals("was")) && anyOf(s, i + 2, Math.min(s.size(), i + 6), "start", "begin", "starts",
                "begins")) {
            return true;
        }
        if (w.equals("production") && anyOf(s, i + 1, Math.min(s.size(), i + 4), "due", "scheduled", "set", "expected",
                "slated") && anyOf(s, i + 2, Math.min(s.size(), i + 6), "start", "begin")) {
            return true;
        }
        if (INTO_PRODUCTION.contains(w)) {
            // "help it get the M-Byte SUV into mass production", "put the car into production": a causative verb
            // with the car as its object (the cue sits on the verb, whose subject or helped firm acts)
            for (int k = i + 1; k < s.size() && k <= i + 7; k++) {
                if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                    return false;
                }
                int p = intoProduction(s, k);
                if (p >= 0) {
                    // not "within three years", a horizon that makes it a plan
                    return (vehicleAfter(s, i + 1, k) || EvTerms.anyEvOrCar(s, i + 1, k) || s.lower(i + 1).equals("it"))
                            && !anyOf(s, p + 1, Math.min(s.size(), p + 8), "years", "decade");
                }
            }
            return false;
        }
        // "go into production", "goes into mass production"
        return intoProduction(s, i) >= 0 && i > 0 && s.lower(i - 1).startsWith("go");
    }

    /** The index of "production" in "into production" or "into mass production" at {@code i}, or -1. */
    private static int intoProduction(Sentence s, int i) {
        if (!s.lower(i).equals("into")) {
            return -1;
        }
        if (s.lower(i + 1).equals("production")) {
            return i + 1;
        }
        return (PRODUCTION_KINDS.contains(s.lower(i + 1)) || s.lower(i + 1).equals("mass"))
                && s.lower(i + 2).equals("production") ? i + 2 : -1;
    }

    private static final Set<String> INTO_PRODUCTION = Set.of("get", "gets", "getting", "got", "put", "puts",
            "putting", "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took");

    /** "... to (jointly) (develop and) build|produce|make ... car" after a signed agreement. */
    private static boolean buildAfter(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if ((l.equals("build") || l.equals("produce") || l.equals("make") || l.equals("manufacture")
                    || l.equals("assemble")) && EvTerms.anyEvOrCar(s, k + 1, Math.min(s.size(), k + 10))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "every car it sells will have an electrified option": in a relative clause without "that" the
     * verb's object is the noun before its subject, so what follows the verb is not what is sold.
     */
    private static boolean objectBefore(Sentence s, int i) {
        String subj = s.lower(i - 1);
        return i >= 2 && (subj.equals("it") || subj.equals("they") || subj.equals("we")) && EvTerms.isCarWord(s, i - 2);
    }

    /** "began selling petrol sedans": goods the sentence says are not EVs. */
    private static boolean nonEvGoods(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(s.size(), to); k++) {
            String l = s.lower(k);
            if (l.equals("petrol") || l.equals("gasoline") || l.equals("diesel") || l.equals("combustion")
                    || l.equals("gas") || l.equals("conventional")) {
                return true;
            }
            if (EvTerms.isEvTerm(s, k)) {
                return false;
            }
        }
        return false;
    }

    /** EV words naming the goods themselves, not components for them ("electric-vehicle batteries"). */
    private static boolean evGoods(Sentence s, int from, int to) {
        return EvTerms.anyEv(s, from, to) && carMaking(s, from, to);
    }

    /** EV words, or car words that are not a component business ("smart-car technology"). */
    static boolean carMaking(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if ((COMPONENT.contains(s.lower(k)) || s.lower(k).equals("cells") || s.lower(k).equals("cell")
                    || SignalFinder.NON_CAR_GOODS.contains(s.lower(k))) && !batteryPowered(s, k)) {
                // the object is a component or other goods: "make batteries for electric vehicles", "which builds
                // the S1 scooter, into an EV hub"
                return false;
            }
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k)) {
                int j = k + 1;
                while (j < s.size() && (s.lower(j).equals("-") || EvTerms.isCarWord(s, j))) {
                    j++;
                }
                if (j < s.size() && COMPONENT.contains(s.lower(j))) {
                    continue;
                }
                if (k > 0 && (s.lower(k - 1).equals("battery") && !batteryPowered(s, k - 1)
                        || s.lower(k - 1).equals("for"))
                        && !EvTerms.isEvTerm(s, k - 1)) {
                    continue; // "batteries for electric cars", "battery ... for vehicles"
                }
                return true;
            }
        }
        return false;
    }

    /** "a foray into", "its entry into": not "a possible entry into carmaking", which no one has made. */
    private static boolean foray(Sentence s, int i) {
        return CueWords.FORAYS.contains(s.lower(i)) && !CueWords.DOUBTED.contains(s.lower(i - 1));
    }

    /** Batteries, cells or chips between from and to: what a production start then makes (not "battery-electric"). */
    private static boolean cellsNear(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CueWords.CELL_GOODS.contains(s.lower(k)) && !batteryPowered(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "battery-electric vehicle", "battery electric car", "battery-powered SUV": the battery says how the car
     * is driven; it is not the thing made.
     */
    private static boolean batteryPowered(Sentence s, int k) {
        if (!s.lower(k).equals("battery")) {
            return false;
        }
        int j = s.lower(k + 1).equals("-") ? k + 2 : k + 1;
        String next = s.lower(j);
        return next.equals("electric") || next.equals("powered") || next.equals("operated");
    }

    /** "its electric-vehicle subsidiary had completed its registration": an EV word just before the unit noun. */
    private static boolean evUnitBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            if (UNIT.contains(s.lower(k))) {
                // not a unit that makes parts of cars: "the smart-car technology company that Huawei spun off"
                return carMaking(s, Math.max(0, k - 4), k);
            }
        }
        return false;
    }

    /** The token of the firm whose car is made: "build Jaguar's SUV", "the startup's pickup", "for Honda"; or -1. */
    private static int ownerOfObject(Sentence s, int i) {
        for (int k = i + 1; k + 1 < s.size() && k <= i + 4; k++) {
            if (s.token(k + 1).isPossessive() && (s.token(k).isCapitalised() || !s.lower(k).equals("its"))) {
                return k;
            }
        }
        for (int k = i + 1; k + 1 < s.size() && k <= i + 8; k++) {
            if (s.lower(k).equals("for") && clientAfter(s, k + 1)) {
                return k + 1;
            }
        }
        return makerAfterFrom(s, i);
    }

    /**
     * "will build the first electric car from Singapore's Quillon Group": a vehicle "from" a named firm is that
     * firm's; returns where its name starts, or -1. Not "cars from China" (a place) nor "from 2024".
     */
    private static int makerAfterFrom(Sentence s, int i) {
        for (int k = i + 2; k + 1 < s.size() && k <= i + 8; k++) {
            if (!s.lower(k).equals("from") || !VehicleWords.isVehicle(s.lower(k - 1))) {
                continue;
            }
            int j = k + 1;
            if (evradar.extract.text.Lexicon.isPlace(s.token(j).text()) && j + 2 < s.size() && s.token(j + 1).isPossessive()) {
                j += 2; // "from Singapore's Quillon Group"
            }
            String t = s.token(j).text();
            return s.token(j).isCapitalised() && s.token(j).isWord() && !evradar.extract.text.Lexicon.isPlace(t)
                    && !evradar.extract.text.Lexicon.isCalendarWord(t) ? j : -1;
        }
        return -1;
    }

    /**
     * A capitalised word after "for" that may name a client ("for Honda"), not the market the car is meant
     * for ("a crossover for North America", "for Europe") nor a time ("for 2026").
     */
    private static boolean clientAfter(Sentence s, int j) {
        String t = s.token(j).text();
        return s.token(j).isCapitalised() && !evradar.extract.text.Lexicon.isPlace(t)
                && !evradar.extract.text.Lexicon.isCalendarWord(t);
    }

    /** "build Jaguar's first SUV", "build two cars for Honda": making another firm's cars is contract work. */
    private static boolean forAnother(Sentence s, int i) {
        for (int k = i + 1; k + 1 < s.size() && k <= i + 4; k++) {
            if (s.token(k + 1).isPossessive() && (s.token(k).isCapitalised() || s.lower(k).equals("startup")
                    || s.lower(k).equals("company") || s.lower(k).equals("carmaker") || s.lower(k).equals("automaker")
                    || s.lower(k).equals("brand"))) {
                return true;
            }
        }
        for (int k = i + 1; k + 1 < s.size() && k <= i + 8; k++) {
            if (s.lower(k).equals("for") && (clientAfter(s, k + 1) || CLIENTS.contains(s.lower(k + 1)))) {
                return true; // "for Honda", "for other automakers", "for several premium brands"
            }
        }
        if (makerAfterFrom(s, i) >= 0) {
            return true;
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static final Set<String> FIRM_NOUNS = Set.of("carmaker", "automaker", "startup", "company", "firm",
            "maker", "manufacturer", "brand", "venture");

    private static final Set<String> CLIENTS = Set.of("other", "others", "several", "rival", "rivals", "clients",
            "customers", "third", "third-party", "automakers", "carmakers", "brands", "partners", "many", "various");

    private static boolean carObjectNotPlant(Sentence s, int from, int to) {
        if (anyOf(s, from, to, "plant", "plants", "factory", "factories", "batteries", "chips", "software",
                "line", "lines", "fleet", "fleets") || batteryGoods(s, from, to)) {
            // "preparing a production line for the car": a contractor's plant work; "building the largest electric
            // rental fleet": cars bought, not made
            return false;
        }
        return carMaking(s, from, to);
    }

    /**
     * A negated copula or "become" before a maker of cars: "it is not a carmaker", "would never become an
     * automaker". Not "is not just a carmaker", which says more, not less.
     */
    private static boolean notACarmaker(Sentence s, int i) {
        String w = s.lower(i);
        if (!w.equals("not") && !w.equals("never") && !w.equals("n't")) {
            return false;
        }
        int k = i + 1;
        boolean copula = Grammar.isCopula(s.lower(i - 1)) || s.lower(i - 1).equals("'s");
        if (s.lower(k).equals("become") || s.lower(k).equals("be")) {
            copula = true;
            k++;
        }
        if (!copula || !s.lower(k).equals("a") && !s.lower(k).equals("an")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
            if (s.lower(j).equals("just") || s.lower(j).equals("only") || s.lower(j).equals("merely")) {
                return false;
            }
            if (s.lower(j).equals("carmaker") || s.lower(j).equals("automaker") || s.lower(j).equals("maker")
                    && EvTerms.isCarWord(s, j - 1)) {
                // the noun ends the predicate: not "is not a carmaker that needs help"
                return j + 1 >= s.size() || !s.token(j + 1).isWord() || s.lower(j + 1).equals("and")
                        || s.lower(j + 1).equals("but");
            }
        }
        return false;
    }

    /**
     * The supplier's stance: parts, software or components before "rather than", and cars (or the firm's
     * own cars) after it: "will sell components and software to automakers rather than cars under its own
     * name". Not a choice between kinds of car ("hybrids rather than electric cars").
     */
    private static boolean partsNotCars(Sentence s, int i) {
        int k = i + 2;
        if (s.lower(k).equals("its") || s.lower(k).equals("their")) {
            k++;
        }
        if (s.lower(k).equals("own")) {
            k++; // "rather than its own cars"
        }
        String car = s.lower(k);
        if (!car.equals("cars") && !car.equals("vehicles") && !car.equals("car") && !car.equals("carmaker")
                && !car.equals("automaker")) {
            return false;
        }
        return anyOf(s, Math.max(0, i - 10), i, COMPONENT);
    }

    /**
     * An idiom's cue, or null: the motoring press's words for pre-orders and sales, "order books are open
     * now" (pre-orders, development by the label meanings), "the plug-in hybrids reached showrooms last
     * year" (sales); and an open decision, "has not decided whether to enter the market", "has yet to
     * decide whether to build electric cars" (interest: the firm is weighing the move, whatever the
     * negation says of the decision); "would add a battery-electric off-roader to its lineup" (a plan); and
     * a unit made a firm to hold another's electric cars, "Renault's new electric-vehicle unit, Ampere"
     * (a commitment of the unit named).
     */
    private static Cue idiomCue(Sentence s, int i, String w, boolean carStory) {
        if (undecided(s, i, w, carStory)) {
            return Cue.fixed(Stage.INTEREST, i);
        }
        if ((w.equals("add") || w.equals("adds") || w.equals("adding")) && addedToLineup(s, i)) {
            return Cue.of(Stage.PLAN, i); // "would add a smaller battery-electric off-roader to its lineup in 2026"
        }
        int unit = CueWords.UNIT_NOUNS.contains(w) ? newEvUnit(s, i) : -1;
        if (unit >= 0) {
            return new Cue(Stage.COMMITMENT, i, unit, false);
        }
        if (w.equals("books") && s.lower(i - 1).equals("order")
                && anyOf(s, i + 1, Math.min(s.size(), i + 8), "open", "opened", "opening") && carStory) {
            return Cue.of(Stage.DEVELOPMENT, i);
        }
        if ((w.equals("reached") || w.equals("hit") || w.equals("arrived") || w.equals("reach") || w.equals("hits")
                || w.equals("reaches")) && anyOf(s, i + 1, Math.min(s.size(), i + 4), "showrooms", "dealers",
                "dealerships", "forecourts") && EvTerms.anyEv(s, 0, s.size())) {
            return Cue.of(Stage.SALES, i);
        }
        return null;
    }

    /** "add a battery-electric off-roader to its lineup": an EV object, then "to its lineup" or "range". */
    private static boolean addedToLineup(Sentence s, int i) {
        for (int k = i + 1; k + 2 < s.size() && k <= i + 10; k++) {
            if (s.lower(k).equals("to") && (s.lower(k + 1).equals("its") || s.lower(k + 1).equals("the"))
                    && CueWords.LINEUPS.contains(s.lower(k + 2))) {
                return EvTerms.anyEv(s, i + 1, k) && !anyOf(s, i + 1, k, COMPONENT);
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A firm created to hold another's electric-car business, named by the sentence: "Renault's new
     * electric-vehicle unit, Ampere", "in a new unit called Ampere", "Ampere, the EV and software business
     * Renault plans to spin off", "carve out EV business as Ampere". Its creation announces the unit as a
     * carmaker of its own. Returns the token naming it, or -1.
     */
    private static int newEvUnit(Sentence s, int i) {
        boolean evBefore = EvTerms.anyEv(s, Math.max(0, i - 6), i);
        boolean isNew = anyOf(s, Math.max(0, i - 4), i, "new");
        if ((isNew || evBefore) && (s.lower(i + 1).equals("called") || s.lower(i + 1).equals("named")
                || s.lower(i + 1).equals("dubbed")) && i + 2 < s.size() && s.token(i + 2).isCapitalised()
                && EvTerms.anyEv(s, Math.max(0, i - 14), i)) {
            return i + 2; // "place its electric-vehicle operations in a new unit called Ampere"
        }
        if (isNew && evBefore && s.lower(i + 1).equals(",") && i + 2 < s.size() && s.token(i + 2).isCapitalised()) {
            return i + 2; // "Renault's new electric-vehicle unit, Ampere"
        }
        if (evBefore && s.lower(i + 1).equals("as") && i + 2 < s.size() && s.token(i + 2).isCapitalised()
                && anyOf(s, Math.max(0, i - 6), i, CueWords.SEPARATING)) {
            return i + 2; // "Renault to carve out EV business as Ampere"
        }
        if (evBefore && anyOf(s, i + 1, Math.min(s.size(), i + 7), CueWords.SEPARATING)) {
            // "Ampere, the electric-vehicle and software business Renault is separating from the group"
            for (int k = i - 1; k >= 2 && k >= i - 8; k--) {
                if (s.lower(k).equals("the") && s.lower(k - 1).equals(",") && s.token(k - 2).isCapitalised()) {
                    return k - 2;
                }
                if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                    break;
                }
            }
        }
        return -1;
    }

    private static boolean undecided(Sentence s, int i, String w, boolean carStory) {
        if (!(w.equals("decided") || w.equals("decide") || w.equals("deciding") || w.equals("undecided"))) {
            return false;
        }
        int j = s.lower(i + 1).equals("on") || s.lower(i + 1).equals("about") ? i + 2 : i + 1;
        if (!(s.lower(j).equals("whether") || s.lower(j).equals("if")) || !s.lower(j + 1).equals("to")
                || !(w.equals("undecided") || w.equals("deciding") || negatedBefore(s, i))) {
            return false;
        }
        int v = j + 2;
        String verb = s.lower(v);
        return MAKE.contains(verb) && carMaking(s, v + 1, Math.min(s.size(), v + 8))
                || (verb.equals("enter") || verb.equals("move"))
                && (EvTerms.anyEvOrCar(s, v + 1, Math.min(s.size(), v + 6))
                || carStory && anyOf(s, v + 1, Math.min(s.size(), v + 4), "market", "business", "industry"));
    }

    /** A battery as goods, not the "battery" of "battery-electric" or "battery car". */
    private static boolean batteryGoods(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
            if (s.lower(k).equals("battery") && !EvTerms.isEvTerm(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProgressive(Sentence s, int i) {
        int j = i - 1;
        while (j > 0 && i - j <= 3 && (s.lower(j).endsWith("ly") || s.lower(j).equals("still") || s.lower(j).equals("also"))) {
            j--; // "is still quietly working on"
        }
        if (j < i - 1) {
            return isProgressive(s, j + 1);
        }
        String p = s.lower(i - 1);
        String pp = s.lower(i - 2);
        return p.equals("is") || p.equals("are") || p.equals("was") || p.equals("were") || p.equals("been")
                || p.equals("be") // "is reported to be preparing its own electric car"
                || p.equals("already") && (pp.equals("is") || pp.equals("are")) || p.equals("now") || s.title() && i > 0
                // "a team of 400 engineers working on a battery-electric vehicle": the participle on the firm's staff
                || STAFF.contains(p) && !anyOf(s, i + 1, Math.min(s.size(), i + 8), COMPONENT);
    }

    private static final Set<String> STAFF = Set.of("engineers", "employees", "staff", "workers", "designers",
            "researchers", "team", "teams");

    /** "invest ... in Rivian": an investment in a firm (a partnership), not in the investor's own EV business. */
    private static boolean firmObject(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            if ((s.lower(k).equals("in") || s.lower(k).equals("into") || CueWords.FUNDING.contains(s.lower(k)))
                    && k + 1 < s.size()
                    && (s.token(k + 1).isCapitalised() || describedFirm(s, k + 1))) {
                return true; // "pledged to keep funding the carmaker": money for another firm
            }
        }
        return false;
    }

    /** Heads of a description of a firm: "the struggling carmaker", "a Chinese start-up". */
    private static final Set<String> FIRM_HEADS = Set.of("carmaker", "automaker", "company", "firm", "start-up",
            "startup", "manufacturer", "group", "maker");

    /**
     * "invest $500 million in the struggling carmaker": an article, then a few modifiers and a firm's noun; money
     * put into another firm is a stake, not a car business of the investor's own.
     */
    private static boolean describedFirm(Sentence s, int from) {
        if (!ARTICLES.contains(s.lower(from))) {
            return false;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + 5) && s.token(k).isWord(); k++) {
            if (FIRM_HEADS.contains(s.lower(k))) {
                // not "in the company's electric-car unit": the firm owns what is invested in
                return k + 1 >= s.size() || !s.token(k + 1).isPossessive();
            }
        }
        return false;
    }

    /**
     * "looking at" or "into" an object of interest, past an adverb and a closing quote between them ("is
     * \"looking closely\" at the electric-truck market").
     */
    private static boolean lookingAtInterest(Sentence s, int i, int end, boolean articleEv) {
        int k = i + 1;
        while (k < s.size() && k <= i + 3 && (s.lower(k).endsWith("ly") || s.lower(k).equals("hard")
                || Grammar.quoteMark(s, k) || s.lower(k).equals("'"))) {
            k++;
        }
        return k < s.size() && (s.lower(k).equals("at") || s.lower(k).equals("into")) && interestObject(s, k + 1, end, articleEv);
    }

    private static final Set<String> GET = Set.of("get", "gets", "getting", "got");

    /** "enter the EV market", "entry into car making", "getting into the car business". */
    private static boolean entry(Sentence s, int i, String w, boolean articleEv) {
        if (w.equals("enter") || w.equals("entering") || w.equals("entry")) {
            return marketAfter(s, i + 1, articleEv)
                    || s.lower(i + 1).equals("into") && carMaking(s, i + 2, Math.min(s.size(), i + 5));
        }
        return GET.contains(w) && s.lower(i + 1).equals("into") && marketNoun(s, i + 2) && marketAfter(s, i + 2, articleEv);
    }

    /** A market noun ("business", "market", "industry") within four words of {@code from}. */
    private static boolean marketNoun(Sentence s, int from) {
        return anyOf(s, from, Math.min(s.size(), from + 5), "business", "market", "industry", "sector");
    }

    private static boolean marketAfter(Sentence s, int from, boolean articleEv) {
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            String l = s.lower(k);
            if (Set.of("market", "markets", "industry", "sector", "business", "field", "race", "fray").contains(l)) {
                if (EvTerms.anyEvOrCar(s, from, k + 3)) {
                    return true;
                }
                boolean place = false;
                for (int j = from; j < k; j++) {
                    if (evradar.extract.text.Lexicon.countryOf(s.token(j).text()) != null) {
                        place = true;
                    }
                }
                return articleEv && !place && (s.lower(k - 1).equals("the") || s.lower(k - 1).equals("this"));
            }
            if (l.equals(",") || l.equals(".")) {
                return false;
            }
        }
        return EvTerms.anyEvOrCar(s, from, Math.min(s.size(), from + 4));
    }

    /** What helps buyers pay for cars: studying it is no study of making them. */
    private static final Set<String> BUYERS_AIDS = Set.of("financing", "finance", "scheme", "schemes", "incentives",
            "subsidies", "leasing", "loans", "insurance");

    private static boolean interestObject(Sentence s, int from, int end, boolean articleEv) {
        int to = Math.min(Math.max(end, from + 6), Math.min(s.size(), from + WINDOW));
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if ((NOT_ABOUT_ENTRY.contains(l) && !verbOffer(s, k)) || BUYERS_AIDS.contains(l)) {
                return false; // not "will study financing schemes to help drivers buy electric models"
            }
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k) && carMaking(s, k, k + 1)) {
                return true;
            }
            if ((l.equals("sector") || l.equals("market") || l.equals("industry") || l.equals("field"))
                    && (s.lower(k - 1).equals("this") || s.lower(k - 1).equals("the")) && articleEv) {
                return true;
            }
            if (l.equals("enter") && marketAfter(s, k + 1, articleEv)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "offer" as a verb ("whether it could offer its own small electric vehicle", "whether to offer one"):
     * selling a car, unlike the noun of a bid ("weighing an offer for the carmaker").
     */
    private static boolean verbOffer(Sentence s, int k) {
        String prev = s.lower(k - 1);
        return s.lower(k).equals("offer") && (prev.equals("to") || prev.equals("could") || prev.equals("would")
                || prev.equals("will") || prev.equals("can") || prev.equals("might") || prev.equals("may"));
    }

    /** "will not make", "does not make", "won't build", "declined to": a negation just before the verb. */
    private static boolean negatedBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String l = s.lower(k);
            if (Grammar.isNegation(l) || l.equals("yet") || l.equals("declined") || l.equals("refused")) {
                return true;
            }
            if (l.equals(",") || l.equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** The thing shown is a platform or architecture, not a vehicle: "an open electric-vehicle platform". */
    private static boolean platformShown(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("platform") || l.equals("architecture") || l.equals("platforms")) {
                return !anyOf(s, from, k, "prototype", "prototypes", "concept");
            }
            if (EvTerms.isCarWord(s, k) && !s.lower(k + 1).equals("-") && !s.lower(k + 1).equals("platform")
                    || l.equals("vehicles") || l.equals("cars") || l.equals("sedan") || l.equals("suv")) {
                return false; // "showed three vehicles built on its MIH platform": vehicles are shown
            }
            if (!s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** What can be shown of a car that does not exist yet: "showed images of the car". */
    private static final Set<String> PICTURES = Set.of("image", "images", "picture", "pictures", "photo", "photos",
            "photographs", "rendering", "renderings", "render", "renders", "sketch", "sketches", "drawing",
            "drawings", "teaser", "teasers", "video", "silhouette");

    /** Nouns for an attitude or a trend one "shows": no car is shown. */
    private static final Set<String> SHOWN_ATTITUDES = Set.of("interest", "signs", "sign", "demand", "appetite",
            "growth", "reluctance", "enthusiasm", "preference", "willingness", "restraint", "resilience");

    /** "a partner that already builds EVs": the relative clause describes a noun, not a named firm. */
    private static boolean relativeOfCommonNoun(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            String l = s.lower(k);
            if (l.equals("that") || l.equals("which") || l.equals("who")) {
                return s.token(k - 1).isWord() && !s.token(k - 1).isCapitalised();
            }
            if (!l.endsWith("ly") && !l.equals("also") && !l.equals("still") && !l.equals("already")) {
                return false;
            }
        }
        return false;
    }

    /** Words for the object complement of a causative "make": "makes the EV maker a shareholder". */
    private static final Set<String> COMPLEMENT_ROLES = Set.of("shareholder", "shareholders", "investor",
            "investors", "owner", "owners", "partner", "partners", "leader", "leaders", "member", "members",
            "part", "rival", "rivals", "competitor", "competitors", "customer", "customers", "stakeholder",
            // "would make Oppo the latest Chinese phone maker to look at cars": what the firm becomes
            "maker", "company", "firm", "entrant", "newcomer");

    /**
     * "a deal that makes the Californian EV maker a shareholder": "make" with an object and an object
     * complement is causative (it makes someone something), not the making of cars.
     */
    private static boolean causativeMake(Sentence s, int i, int end) {
        return Grammar.causativeComplement(s, i, end, COMPLEMENT_ROLES) >= 0;
    }

    /** Adjectives of a fixed schedule after a copula: "is due", "are scheduled", "was slated". */
    private static final Set<String> SCHEDULED = Set.of("due", "scheduled", "slated", "targeted", "earmarked");

    /** Verbs of a car reaching the market after "will": "will arrive", "will go on sale", "will roll out". */
    private static final Set<String> ARRIVE = Set.of("arrive", "debut", "reach", "hit", "launch", "go", "roll",
            "enter", "start");

    /** "its first electric models (will)": the clause before names the firm's first EV as its subject. */
    private static boolean firstCarBefore(Sentence s, int i) {
        boolean first = false;
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || Grammar.isClauseBoundary(s, k)) {
                break;
            }
            first |= l.equals("first");
        }
        return first && EvTerms.anyEv(s, Math.max(0, i - 6), i);
    }

    /**
     * "Its first battery-electric model is due in 2026", "The first electric Foo is slated for 2025":
     * a copula plus a schedule adjective whose subject, just before it in the clause, is an EV (an EV
     * word and no component). The cue stands on the adjective; the firm is the subject's possessor or name.
     */
    private static boolean scheduledEv(Sentence s, int i) {
        if (!SCHEDULED.contains(s.lower(i))) {
            return false;
        }
        String cop = s.lower(i - 1);
        if (!(cop.equals("is") || cop.equals("are") || cop.equals("was") || cop.equals("were") || cop.equals("now")
                && (s.lower(i - 2).equals("is") || s.lower(i - 2).equals("are")))) {
            return false;
        }
        int from = Math.max(0, i - 14);
        for (int k = i - 2; k >= from; k--) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals("that") || l.equals("which") || Grammar.isClauseBoundary(s, k)) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < i; k++) {
            String l = s.lower(k);
            if ((COMPONENT.contains(l) || PLANT_NOUNS.contains(l) || l.equals("cell") || l.equals("cells")
                    || l.equals("battery") && !s.lower(k + 1).equals("-")) && !s.token(k).isCapitalised()) {
                return false; // "the battery plant is due to open": not a car (but "Tarvic Motors said ...")
            }
        }
        // "The first battery-electric Aston Martin is due": the adjective alone makes the subject an EV
        return EvTerms.anyEv(s, from, i) || anyOf(s, from, i, "electric", "plug-in");
    }

    /** Verbs of offering goods to buyers: what a firm sells or offers now is its line-up. */
    private static final Set<String> OFFER = Set.of("sell", "sells", "offer", "offers", "market", "markets",
            "retail", "retails", "lease", "leases");

    /**
     * "Mazda does not sell an electric model", "the group doesn't offer a plug-in": a negated present
     * of a verb of offering states what the line-up lacks today, not a refusal to make EVs. A denial
     * needs a verb of making ("we do not make cars") or the volitional future ("will not sell cars").
     */
    private static boolean lineupAbsence(Sentence s, int i) {
        if (!OFFER.contains(s.lower(i))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String l = s.lower(k);
            if (l.equals("will") || l.equals("would") || l.equals("won't") || l.equals("wouldn't")) {
                return false;
            }
            if (l.equals("does") || l.equals("do") || l.equals("doesn't") || l.equals("don't")) {
                return true;
            }
        }
        return false;
    }

    /** "We are not going to manufacture cars": the negated future of "going to", as firm as "will not". */
    private static boolean notGoingTo(Sentence s, int i) {
        return i >= 3 && s.lower(i - 1).equals("to") && s.lower(i - 2).equals("going") && directlyNegated(s, i - 2);
    }

    private static boolean directlyNegated(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String l = s.lower(k);
            if (Grammar.isNegation(l)) {
                // not "might never sell a car": an epistemic modal makes the negation a guess, not a stance
                return !s.lower(k + 1).equals("yet") && !s.lower(k + 1).equals("only")
                        && !EPISTEMIC.contains(s.lower(k - 1));
            }
            if (!(l.equals("will") || l.equals("would") || l.equals("does") || l.equals("do") || l.equals("itself")
                    || l.equals("currently") || l.equals("ever") || l.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    /** "will not build cars", "we are not going to manufacture cars": a verb of making cars, negated. */
    private static boolean refusesMaking(Sentence s, int i, int end) {
        if ((s.lower(i).equals("planning") || s.lower(i).equals("considering")) && directlyNegated(s, i)
                && !pastNegation(s, i)) {
            // "is not planning to make electric cars", "We are not considering vehicle production"
            return carMaking(s, i + 1, Math.min(end, i + 8)) && ownCars(s, i + 1, Math.min(end, i + 8));
        }
        return MAKE.contains(s.lower(i)) && (directlyNegated(s, i) && !s.lower(i - 1).equals("to")
                && !pastNegation(s, i) || notGoingTo(s, i)) && !lineupAbsence(s, i)
                && carMaking(s, i + 1, Math.min(end, i + 6));
    }

    /**
     * "never put a vehicle into series production", "did not build a car": a negated past states what did not
     * happen, not a refusal to make cars.
     */
    private static boolean pastNegation(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            if (Grammar.isNegation(s.lower(k))) {
                String before = s.lower(k - 1);
                return before.equals("did") || before.equals("had") || before.equals("has") || before.equals("have")
                        || s.lower(k).equals("never") && s.lower(i).equals("put") && !before.equals("will")
                        && !before.equals("would") && !before.equals("do") && !before.equals("does");
            }
        }
        return false;
    }

    private static final Set<String> PREVIEW = Set.of("first", "sneak", "early", "exclusive");
    private static final Set<String> RELATIVE_PLAN_VERBS = Set.of("plans", "planned", "intends", "intended", "aims",
            "aimed", "hopes", "expects", "wants");

    /**
     * "the electric car it plans to launch in 2024", "the EV that the company intends to build": a relative
     * clause whose object is the car named just before its subject.
     */
    private static boolean carBeforeRelativePlan(Sentence s, int i) {
        if (i < 4 || !s.lower(i - 1).equals("to") || !RELATIVE_PLAN_VERBS.contains(s.lower(i - 2))) {
            return false;
        }
        int k = i - 3;
        if (s.lower(k).equals("it") || s.lower(k).equals("they")) {
            k--;
        } else if (s.lower(k).equals("company") && s.lower(k - 1).equals("the")) {
            k -= 2;
        } else {
            return false;
        }
        if (s.lower(k).equals("that") || s.lower(k).equals("which")) {
            k--;
        }
        return k >= 0 && (EvTerms.isCarWord(s, k) || EvTerms.isEvTerm(s, k)) && EvTerms.anyEv(s, Math.max(0, k - 3), k + 1);
    }

    private static final Set<String> HABITUAL = Set.of("often", "usually", "routinely", "typically", "frequently",
            "regularly", "generally", "sometimes");
    private static final Set<String> EPISTEMIC = Set.of("might", "may", "could");

    /** A denied report or plan that is about making EVs: "denied a report that it was developing an electric car". */
    private static boolean deniedPlan(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (NOT_ABOUT_ENTRY.contains(l) || l.equals("talks") || l.equals("discussions")) {
                return false;
            }
            if ((MAKE.contains(l) || l.equals("working") || l.equals("preparing") || l.equals("planning"))
                    && carMaking(s, k + 1, Math.min(s.size(), k + 8))) {
                return true;
            }
            if (CueWords.WEIGHING.contains(l) && EvTerms.anyEvOrCar(s, k + 1, Math.min(s.size(), k + 8))) {
                return true; // "rejected a report that it is studying an electric vehicle of its own"
            }
        }
        return false;
    }

    /**
     * "for years", "for decades", "for more than a decade" after a plural object of making ("cars",
     * "vehicles"): the making has gone on for a long time.
     */
    private static boolean longStanding(Sentence s, int from, int to) {
        boolean plural = false;
        for (int k = from; k < to && k + 1 < s.size(); k++) {
            String l = s.lower(k);
            plural |= l.equals("cars") || l.equals("vehicles") || l.equals("evs") || l.equals("trucks") || l.equals("buses");
            if (plural && l.equals("for") && (s.lower(k + 1).equals("years") || s.lower(k + 1).equals("decades")
                    || s.lower(k + 1).equals("more") && s.lower(k + 2).equals("than") && s.lower(k + 3).equals("a")
                    && s.lower(k + 4).equals("decade"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has scaled back its plans for a self-driving electric car": the firm's own plans for an EV exist,
     * whatever else the verb does to them (not when it ends or denies them: that is an exit or a denial).
     */
    private static boolean ownPlansFor(Sentence s, int i, int end) {
        String w = s.lower(i);
        if (!(w.equals("plans") || w.equals("ambitions")) || !s.lower(i + 1).equals("for") || i < 1
                || !(s.lower(i - 1).equals("its") || s.lower(i - 1).equals("their") || s.token(i - 1).isPossessive())) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (EXIT.contains(s.lower(k)) || DENY.contains(s.lower(k)) || Grammar.isNegation(s.lower(k))) {
                return false;
            }
        }
        return EvTerms.anyEv(s, i + 2, Math.min(end, i + 9)) && !componentPlant(s, i + 2, Math.min(s.size(), i + 10));
    }

    /**
     * "addressed reports of its carmaking ambitions", "speculation about its car project": the effort is
     * what reports or rumours speak of, not something the sentence asserts.
     */
    private static boolean objectOfReports(Sentence s, int i) {
        for (int k = Math.max(1, i - 5); k < i; k++) {
            String p = s.lower(k - 1);
            if ((s.lower(k).equals("of") || s.lower(k).equals("about")) && (p.equals("reports") || p.equals("report")
                    || p.equals("rumours") || p.equals("rumors") || p.equals("speculation"))) {
                return true;
            }
        }
        return false;
    }

    /** "is drawing up plans for an electric sport-utility vehicle": the first step of a car effort. */
    private static boolean drawingUpPlans(Sentence s, int i, int end) {
        String w = s.lower(i);
        return (w.equals("drawing") || w.equals("draws") || w.equals("drew") || w.equals("drawn") || w.equals("draw"))
                && s.lower(i + 1).equals("up") && s.lower(i + 2).startsWith("plan")
                && (carMaking(s, i + 3, Math.min(end, i + 10)) || EvTerms.anyEv(s, i + 3, Math.min(end, i + 10)));
    }

    /**
     * "NEVS went into hibernation", "putting its operations into hibernation", "puts itself into
     * hibernation": a firm that stops operating but keeps its assets for a buyer has closed its effort.
     */
    private static boolean hibernation(Sentence s, int i) {
        if (!CueWords.INTO_STATE_VERBS.contains(s.lower(i))) {
            return false;
        }
        for (int k = i + 1; k + 1 < s.size() && k <= i + 4; k++) {
            if (s.lower(k).equals("into")) {
                int j = s.token(k + 1).isWord() ? k + 1 : k + 2; // "into 'hibernation'"
                return s.lower(j).equals("hibernation");
            }
            if (!s.lower(k).equals("itself") && !s.lower(k).equals("its") && !s.lower(k).equals("operations")
                    && !s.lower(k).equals("business") && !s.lower(k).equals("the") && !s.lower(k).equals("company")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "bringing Didi's own plans to make cars to an end": "bring(s/ing)/brought ... to an end | a close |
     * a halt", whose object, standing between the idiom's parts, is the firm's car effort; else null.
     */
    private static Cue broughtToAnEnd(Sentence s, int i) {
        String w = s.lower(i);
        if (!w.equals("bring") && !w.equals("brings") && !w.equals("bringing") && !w.equals("brought")) {
            return null;
        }
        for (int k = i + 2; k + 2 < s.size() && k <= i + 14; k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";")) {
                return null;
            }
            if (l.equals("to") && (s.lower(k + 1).equals("an") || s.lower(k + 1).equals("a"))
                    && (s.lower(k + 2).equals("end") || s.lower(k + 2).equals("close") || s.lower(k + 2).equals("halt"))) {
                int hint = exitObject(s, i + 1, k);
                return hint < 0 ? null : new Cue(Stage.EXIT, i, hint == Integer.MAX_VALUE ? -1 : hint, false);
            }
        }
        return null;
    }

    /**
     * The exit cue for an object found at {@code hint}. "Ford, which closed its factories there in 2021": an
     * incumbent closing plants goes on selling EVs elsewhere; a newcomer closing its only factory has given up.
     */
    private static Cue exitOf(Sentence s, int from, int i, int hint) {
        Cue c = new Cue(Stage.EXIT, i, hint == Integer.MAX_VALUE ? -1 : hint, false);
        return anyOf(s, from, Math.min(s.size(), from + 3), "factory", "factories", "plant", "plants")
                ? c.onlyForNewcomers() : c;
    }

    /**
     * The object of an exit verb, if it is the firm's own EV or car effort: returns the index of a
     * possessor firm token ("ends Baidu's attempt"), MAX_VALUE for "its"/"the" (the subject's own), or -1.
     */
    private static int exitObject(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(s.size(), from + 4); k++) {
            if (TALK_ABOUT.contains(s.lower(k))) {
                return -1; // "ending years of guessing about its ambitions": what ends is the talk, not the effort
            }
        }
        for (int k = from; k < Math.min(s.size(), to + 4); k++) {
            if (SUBORDINATE.contains(s.lower(k)) || s.lower(k).equals(",")) {
                break; // "wind down operations after talks with an investor collapsed": another clause
            }
            if (s.lower(k).equals("and") && k > from && (EFFORT_NOUNS.contains(s.lower(k - 1))
                    || EXIT.contains(s.lower(k + 1)))) {
                // "shelve its electric-vehicle project and dissolve its joint venture", "suspended its plan to sell
                // electric cars and terminated its contract with X": the object is complete, a second verb begins
                break;
            }
            if (JOINT.contains(s.lower(k)) || s.lower(k).equals("venture") && anyOf(s, from, k, "their")) {
                // a joint plan or a tie ends ("halt their electric van venture"): a partnership matter, not the
                // firms' own exit
                return -1;
            }
        }
        if (temporary(s, from - 1, Math.min(s.size(), to + 6))) {
            return -1; // "suspended operations at its factory for four days"
        }
        if (s.lower(from).equals("on") && MAKING_GERUNDS.contains(s.lower(from + 1))) {
            from++; // "gave up on building cars"
        }
        if (MAKING_GERUNDS.contains(s.lower(from)) && EvTerms.anyEvOrCar(s, from + 1, Math.min(s.size(), from + 4))
                && !anyOf(s, from + 1, Math.min(s.size(), from + 5), COMPONENT)
                && !anyOf(s, from + 1, Math.min(s.size(), from + 9), "petrol", "combustion", "diesel", "gasoline",
                "petrol-only", "fossil") && !locatedMaking(s, from + 1)) {
            // not "stopped producing cars powered only by combustion engines": the firm goes on with EVs
            return Integer.MAX_VALUE; // "will stop developing vehicles itself": the firm's car-making ends
        }
        if (makingNoun(s, from) && !locatedMaking(s, from + 1)) {
            return Integer.MAX_VALUE; // "abandoned car making last year": the activity itself ends
        }
        int possessor = Integer.MAX_VALUE;
        // headlines drop articles and possessives: "Ardentis shelves car project"
        boolean determiner = s.title();
        boolean ownDeterminer = false;
        boolean named = false;
        boolean carOrEv = false;
        for (int k = from; k < to; k++) {
            String l = s.lower(k);
            if (k > from && SUBORDINATE.contains(l)) {
                break; // "shelves larger SUV as car unit's losses narrow": the object ends where a clause begins
            }
            if (k + 1 < s.size() && s.token(k + 1).isPossessive() && (s.token(k).isCapitalised()
                    || FIRM_NOUNS.contains(l) || l.equals("group") || l.equals("giant") || l.equals("conglomerate"))) {
                // "ending the ride-hailing company's own attempt", "the ride-hailing giant's effort": a
                // description names the owner too
                possessor = k;
                determiner = true;
                ownDeterminer = true;
            } else if (s.token(k).isCapitalised() && s.token(k).isWord()) {
                named = true; // "the Fiesta small car": one named model, not the firm's car effort
            }
            if (l.equals("its") || l.equals("their")) {
                determiner = true;
                ownDeterminer = true;
            }
            if (l.equals("the") || l.equals("normal") && k == from) {
                determiner = true;
            }
            if (EvTerms.isEvTerm(s, k) || EvTerms.isCarWord(s, k)) {
                carOrEv = true;
            }
            if ((l.equals("production") || l.equals("output") || l.equals("sales")) && s.lower(k + 1).equals("of")
                    || (l.equals("production") || l.equals("output")) && s.lower(k + 1).equals("at")) {
                return -1; // ending production of one model, or at one plant
            }
            if (l.equals("operations") || l.equals("operating")) {
                boolean located = s.lower(k + 1).equals("at") || s.lower(k + 1).equals("in");
                return k <= from + 3 && !located ? possessor : -1;
            }
            boolean vehicleNoun = l.equals("car") || l.equals("cars") || l.equals("vehicle") || l.equals("ev")
                    || l.equals("evs");
            if (vehicleNoun && MODIFIED_BY_VEHICLE.contains(s.lower(k + 1))) {
                continue; // "its outlook for electric car sales": the car is a modifier
            }
            if ((l.equals("plans") || l.equals("plan") || l.equals("ambitions")) && k == from
                    && (s.lower(k + 1).equals("to") || s.lower(k + 1).equals("for"))
                    && EvTerms.anyEvOrCar(s, k + 1, Math.min(s.size(), k + 8))) {
                // "scrapped plans to build electric cars"; not "scrapped plans to list Ampere, its EV unit":
                // the plan was a deal about the business, which goes on; nor "abandoned their plan to build an
                // electric-vehicle battery cell plant": the plan was for a component plant
                return DEAL_VERBS.contains(s.lower(k + 2)) || componentPlant(s, k + 2, Math.min(s.size(), k + 10))
                        ? -1 : possessor;
            }
            if ((l.equals("plan") || l.equals("plans")) && CueWords.DEAL_NOUNS.contains(s.lower(k - 1))
                    || CueWords.DEAL_NOUNS.contains(l) && k <= from + 2 && !s.lower(k + 1).equals("plan")
                    && !s.lower(k + 1).equals("plans")) {
                // "drops Ampere stake plan", "scraps Ampere listing": a deal about the business is dropped, the
                // business goes on
                return -1;
            }
            if (EFFORT.contains(l) && determiner && (carOrEv || EvTerms.anyEvOrCar(s, k + 1, Math.min(s.size(), k + 6)))
                    && !l.equals("team") && !(vehicleNoun && (!ownDeterminer || named))) {
                if (k + 1 < s.size() && COMPONENT.contains(s.lower(k + 1))
                        || (l.equals("plan") || l.equals("plans")) && componentPlant(s, k + 1, Math.min(s.size(), k + 10))) {
                    return -1;
                }
                return possessor;
            }
            if (EFFORT_NOUNS.contains(l) && determiner && !named && !anyOf(s, from, k, "previous", "earlier", "former")
                    && carIsNearestBefore(s, from - 1)) {
                // "developed a car ... but abandoned the project in 2019": the project is the car named before
                return possessor;
            }
            if (CueWords.COMBUSTION.contains(l)) {
                return -1;
            }
        }
        return -1;
    }

    /** "stop building cars in Brazil", "at its Oppama plant": making ends at one site, before the clause ends. */
    private static boolean locatedMaking(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals("and") || l.equals("but") || l.equals(";") || l.equals(".")
                    || l.equals("by") && k + 1 < s.size() && s.lower(k + 1).endsWith("ing")) {
                return false; // "by selling its stake in Horizon Plus": a means clause, not the place of making
            }
            if (l.equals("in") || l.equals("at") || l.equals("outside")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MAKING_GERUNDS = Set.of("developing", "making", "building", "producing",
            "designing", "manufacturing");

    /** Nouns for the activity of making cars after a car word: "car making", "EV production". */
    private static final Set<String> MAKING_NOUNS = Set.of("making", "manufacturing", "production", "assembly");

    /** Car-making named as an activity anywhere in the sentence: "electric vehicle manufacturing", "EV assembly". */
    static boolean carMakingNamed(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (makingNoun(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare noun for making cars as the whole object: "carmaking", "car-making", "car making", "EV production"
     * (not "its car production in Bochum", which names one site: see the caller).
     */
    private static boolean makingNoun(Sentence s, int from) {
        if (from >= s.size()) {
            return false;
        }
        String l = s.lower(from);
        if (l.equals("carmaking") || l.equals("automaking")) {
            return true;
        }
        if (!EvTerms.isCarWord(s, from) && !EvTerms.isEvTerm(s, from)) {
            return false;
        }
        int k = from + 1;
        while (k < s.size() && k <= from + 3 && (s.lower(k).equals("-") || EvTerms.isCarWord(s, k))) {
            k++; // "electric vehicle manufacturing", "electric-car production"
        }
        return MAKING_NOUNS.contains(s.lower(k));
    }

    /** Other things a firm's "project" can be: the nearest of them before it is what it refers to. */
    private static final Set<String> OTHER_PROJECTS = Set.of("plant", "plants", "factory", "factories", "site",
            "venture", "mine", "refinery", "deal", "merger", "battery", "batteries", "cells", "cell", "gigafactory",
            "network", "stations", "software", "chips", "chip");

    /** Whether the nearest project-like noun before {@code at} in the sentence is a car ("a car ... the project"). */
    private static boolean carIsNearestBefore(Sentence s, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (OTHER_PROJECTS.contains(s.lower(k))) {
                return false;
            }
            if (!s.token(k).isCapitalised() && (EvTerms.isCarWord(s, k) || EvTerms.isEvTerm(s, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ORDER_VERBS = Set.of("buy", "buys", "bought", "order", "orders", "ordered",
            "ordering", "purchase", "purchases", "purchased");
    private static final Set<String> FLEET_NOUNS = Set.of("vans", "cars", "trucks", "buses", "vehicles", "pickups",
            "suvs", "taxis", "robotaxis", "lorries");

    /**
     * "agreed to buy 4,500 electric delivery vans from Canoo": the index of the seller's name after "from",
     * when the order is for a number of vehicles; -1 otherwise.
     */
    private static int vehiclesOrderedFrom(Sentence s, int i) {
        if (!ORDER_VERBS.contains(s.lower(i))) {
            return -1;
        }
        boolean number = false;
        for (int k = i + 1; k < s.size() && k <= i + 9; k++) {
            String l = s.lower(k);
            number |= Character.isDigit(l.charAt(0)) || l.equals("thousands") || l.equals("hundreds");
            if (FLEET_NOUNS.contains(l) && number) {
                for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
                    if (s.lower(j).equals("from") && j + 1 < s.size()) {
                        int name = j + 1;
                        while (name < s.size() && name <= j + 4 && (!s.token(name).isCapitalised()
                                || evradar.extract.text.Lexicon.countryOf(s.token(name).text()) != null)) {
                            name++; // "from British start-up Arrival"
                        }
                        return name < s.size() && s.token(name).isCapitalised() ? name : -1;
                    }
                }
                return -1;
            }
            if (!s.token(k).isWord() && !l.equals(",") && !l.equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> HIRE = Set.of("hiring", "hired", "hires", "hire", "recruiting", "recruited",
            "recruits", "recruit", "poaching", "poached", "poach");
    private static final Set<String> ASSEMBLE_TEAM = Set.of("assembled", "assembling", "assembles", "formed",
            "forming", "forms", "built", "building", "set", "setting", "put", "putting");
    private static final Set<String> STAFF_VERBS = Set.of("assigned", "assigns", "assigning", "moved", "moves",
            "moving", "shifted", "shifts", "shifting", "put", "puts", "putting", "deployed", "dedicated");

    /** After the staff noun: "to work on an electric car", "to its car project", "for the EV programme". */
    private static boolean staffedForCar(Sentence s, int k) {
        if (!s.lower(k).equals("to") && !s.lower(k).equals("for") && !s.lower(k).equals("on")) {
            return false;
        }
        int from = k + 1;
        if (s.lower(from).equals("work") && s.lower(from + 1).equals("on")) {
            from += 2;
        }
        for (int j = from; j < Math.min(s.size(), from + 5); j++) {
            if (COMPONENT.contains(s.lower(j)) || !s.token(j).isWord() && !s.lower(j).equals("-")) {
                return false;
            }
            if (EvTerms.isEvTerm(s, j) || EvTerms.isCarWord(s, j)) {
                // the car is what they work on, not a battery or a part of it
                return !COMPONENT.contains(s.lower(j + 1));
            }
        }
        return false;
    }

    private static final Set<String> CAR_STAFF = Set.of("engineers", "engineer", "staff", "talent", "experts",
            "executives", "specialists", "designers", "people");
    private static final Set<String> CAR_MODIFIERS = Set.of("automotive", "auto", "car", "vehicle", "ev", "car-making",
            "carmaking", "automobile");

    /**
     * "hiring automotive engineers", "hired engineers from carmakers", "assembled a small vehicle team": staff
     * for a car effort. The car word must modify the staff or the team, not be anywhere in the sentence
     * ("we've started building a strong team" is no car team).
     */
    private static boolean carTeam(Sentence s, int i) {
        String w = s.lower(i);
        if (HIRE.contains(w) || STAFF_VERBS.contains(w)) {
            for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
                if (HIRE.contains(w) && CAR_MODIFIERS.contains(s.lower(k)) && k + 1 < s.size()
                        && CAR_STAFF.contains(s.lower(k + 1))) {
                    return true;
                }
                if (CAR_STAFF.contains(s.lower(k))) {
                    // "hired 200 engineers to work on an electric car", "assigned hundreds of staff to its
                    // car project": the staff's purpose is the car
                    return staffedForCar(s, k + 1);
                }
                if (!s.token(k).isWord()) {
                    return false;
                }
            }
            return false;
        }
        if (ASSEMBLE_TEAM.contains(w)) {
            int from = w.equals("set") || w.equals("setting") || w.equals("put") || w.equals("putting") ? i + 2 : i + 1;
            if (from == i + 2 && !s.lower(i + 1).equals("up") && !s.lower(i + 1).equals("together")) {
                return false;
            }
            for (int k = from; k < s.size() && k <= from + 4; k++) {
                if (s.lower(k).equals("team") || s.lower(k).equals("teams")) {
                    return k > from && CAR_MODIFIERS.contains(s.lower(k - 1));
                }
                if (!s.token(k).isWord()) {
                    return false;
                }
            }
        }
        return false;
    }

    static final Set<String> DIVEST = Set.of("sold", "sells", "sell", "selling", "divested", "divests", "divest",
            "divesting", "offloaded", "offloads", "offload", "spun", "disposed", "hived");
    /** What a firm sells when it divests: a unit, a stake, assets (not goods). */
    private static final Set<String> DIVESTED = Set.of("arm", "unit", "division", "subsidiary", "business",
            "businesses", "operations", "stake", "stakes", "shares", "assets", "plant", "plants", "factory",
            "factories", "brand", "brands", "holding", "holdings", "venture", "interest", "bonds", "headquarters");

    /** "sold off its EV arm", "sold its stake in", "sold the plant": a divestment, not sales of cars. */
    private static boolean divestment(Sentence s, int i) {
        if (s.lower(i + 1).equals("off")) {
            return true;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            String l = s.lower(k);
            if (DIVESTED.contains(l)) {
                return true;
            }
            if (!s.token(k).isWord() && !l.equals("-") || EvTerms.isCarWord(s, k) && !s.lower(k + 1).equals("-")
                    && !DIVESTED.contains(s.lower(k + 1))) {
                return false;
            }
        }
        return false;
    }

    /** "sold off its EV arm", "divested its car business", "spun off and sold its electric-vehicle unit". */
    private static boolean divestedCarUnit(Sentence s, int i) {
        if (!divestment(s, i) || s.lower(i).equals("spun") && !anyOf(s, i + 1, Math.min(s.size(), i + 5), "sold")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            String l = s.lower(k);
            if (l.equals("stake") || l.equals("stakes") || l.equals("shares") || l.equals("interest") || l.equals("in")) {
                return false; // a stake in another firm is an investment matter
            }
            if ((l.equals("arm") || l.equals("unit") || l.equals("division") || l.equals("subsidiary")
                    || l.equals("business") || l.equals("operations")) && (anyOf(s, i + 1, k, "its", "their")
                    || possessiveBefore(s, i + 1, k)) && EvTerms.anyEvOrCar(s, i + 1, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "put its car programme on hold", "put its car ambitions behind it": the index of "on" of "on
     * hold"/"on ice" or of "behind" within the clause, or -1.
     */
    private static int onHold(Sentence s, int from) {
        for (int k = from; k + 1 < s.size() && k < from + 14; k++) {
            if (s.lower(k).equals("on") && (s.lower(k + 1).equals("hold") || s.lower(k + 1).equals("ice")
                    || s.lower(k + 1).equals("the") && s.lower(k + 2).equals("shelf"))) {
                return k; // "put on hold", "put on ice", "put its off-roader on the shelf"
            }
            int close = s.lower(k).equals(",") && s.lower(k + 1).equals("the") ? closingComma(s, k + 2) : -1;
            if (close > 0) {
                k = close; // "put its off-roader, the Fusilier, on the shelf": an apposition
                continue;
            }
            if (s.lower(k).equals("behind") && k > from && (s.lower(k + 1).equals("it") || s.lower(k + 1).equals("them")
                    || s.lower(k + 1).equals("itself"))) {
                return k; // "has put its car ambitions behind it": the effort is left in the past
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "handed over the first cars", "hands the keys to customers"; not "started handing over its first
     * petrol-powered cars": a combustion car handed over is no EV sold.
     */
    private static boolean handedOver(Sentence s, int i, String w) {
        return (w.equals("handed") || w.equals("hands") || w.equals("handing") || w.equals("hand"))
                && anyOf(s, i + 1, Math.min(s.size(), i + 10), "customers", "buyers", "owners", "over", "drivers",
                "motorists", "cabbies", "clients")
                && !anyOf(s, i + 1, Math.min(s.size(), i + 8), CueWords.COMBUSTION);
    }

    /** The comma that closes a short apposition begun before {@code from}, or -1. */
    private static int closingComma(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 4); k++) {
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** An apposition "the solar-powered electric car" / "its first SUV": a car named as such before any clause. */
    private static boolean describedAsCar(Sentence s, int from, int to) {
        if (!s.lower(from).equals("the") && !s.lower(from).equals("its") && !s.lower(from).equals("a")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("car") || l.equals("cars") || l.equals("vehicle") || VehicleWords.isSingularBody(l)) {
                return !anyOf(s, from, k, CueWords.COMBUSTION);
            }
            if (!s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "abandoned its electric pick-up truck", "is shelving its electric sedan", in a headline "shelves
     * electric Fusilier": the firm's own electric model, by its body style or its name, is the object.
     */
    private static boolean ownElectricModel(Sentence s, int from) {
        int k = from;
        if (s.lower(k).equals("its") || s.lower(k).equals("their")) {
            k++;
        } else if (!s.title()) {
            return false;
        }
        boolean electric = false;
        for (int end = Math.min(s.size(), k + 6); k < end; k++) {
            String l = s.lower(k);
            if (CueWords.COMBUSTION.contains(l)) {
                return false;
            }
            if (EvTerms.isEvTerm(s, k) || l.equals("electric") || l.equals("all-electric")) {
                electric = true;
            } else if (VehicleWords.isSingularBody(l) || l.equals("pick") && s.lower(k + 1).equals("-")
                    && s.lower(k + 2).equals("up")) {
                return electric;
            } else if (electric && s.token(k).isCapitalised() && s.token(k).isWord() && s.title() && k == from + 1) {
                return true; // "shelves electric Fusilier": a headline's model name after the EV word
            } else if (!s.token(k).isWord() && !l.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "abandoned its Sion solar car", "scrapped the Aster crossover": the exit verb's object is one
     * named vehicle of the subject's own ("its"), so it is the firm's whole effort only if it sells no
     * other EVs (decided per firm by the finder).
     */
    private static boolean ownNamedProduct(Sentence s, int from, int to) {
        boolean own = false;
        boolean named = false;
        boolean workOf = false;
        for (int k = from; k < Math.min(to, s.size()); k++) {
            String l = s.lower(k);
            if (l.equals("its") || l.equals("their") || l.equals("the") && workOf) {
                own = true; // "ending development of the Sion": the development is the firm's own
            } else if (s.token(k).isCapitalised() && s.token(k).isWord()) {
                named = true;
                if (k == from + 1 && s.lower(from).equals("the") && s.lower(k + 1).equals(",")
                        && describedAsCar(s, k + 2, Math.min(s.size(), k + 10))) {
                    return true; // "cancelled the Hibari, the two-seat electric city car it had planned to sell"
                }
                if (own && k == from + 3 && workOf && s.lower(k + 1).equals(",")
                        && describedAsCar(s, k + 2, Math.min(s.size(), k + 10))) {
                    return true; // "ending development of the Sion, the solar-powered electric car"
                }
                if (own && k == from + 1 && !l.equals(l.toUpperCase(java.util.Locale.ROOT))
                        && (!s.token(k + 1).isWord() && !s.lower(k + 1).equals("-") || NP_FOLLOWERS.contains(s.lower(k + 1)))) {
                    // "scrapped its Sion earlier this year": the firm's own named model, the noun phrase ends there
                    return true;
                }
            } else if ((l.equals("development") || l.equals("production") || l.equals("work")) && s.lower(k + 1).equals("of")
                    || l.equals("plans") && s.lower(k + 1).equals("for")) {
                workOf = k == from;
                continue; // "abandoned development of its Sion", "dropped plans for its Aster"
            }
            if (l.equals("car") || l.equals("cars") || l.equals("vehicle") || VehicleWords.isSingularBody(l)) {
                return own && named && !anyOf(s, from, k, CueWords.COMBUSTION);
            }
            if (!s.token(k).isWord() && !l.equals("-") || JOINT.contains(l)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "terminating the Sion programme", "discontinues Sion programme", "ended its Aster passenger car project":
     * the object is a programme named after one model (in an EV story), the firm's effort for that car.
     * Like a named product, it is the whole effort only for a firm that sells no other EVs.
     */
    private static boolean namedProgramme(Sentence s, int from) {
        int k = from;
        if (s.lower(k).equals("down") || s.lower(k).equals("off") || s.lower(k).equals("up")) {
            k++; // "wound down", "called off"
        }
        if (s.lower(k).equals("project") && s.token(k).isCapitalised() && k + 1 < s.size()
                && s.token(k + 1).isWord() && s.token(k + 1).isCapitalised()) {
            return true; // "wound down Project Titan": a code-named programme
        }
        if (s.lower(k).equals("the") || s.lower(k).equals("its") || s.lower(k).equals("their")) {
            k++;
        }
        if (k >= s.size() || !(s.token(k).isWord() && s.token(k).isCapitalised())) {
            return false;
        }
        int name = k;
        while (k < s.size() && k < name + 2 && s.token(k).isWord() && s.token(k).isCapitalised()) {
            k++;
        }
        for (int j = k; j < Math.min(s.size(), k + 3); j++) {
            String l = s.lower(j);
            if (l.equals("programme") || l.equals("program") || l.equals("project")) {
                return true;
            }
            if (!(l.equals("passenger") || l.equals("car") || l.equals("vehicle") || l.equals("ev")
                    || l.equals("electric") || l.equals("-") || l.equals("solar"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "ceased production in April", "halted manufacturing", "stopped making cars": the firm stopped
     * producing altogether -- not at one site ("ceased manufacturing in Brazil", "at its plant"),
     * not for a while, and not one model ("production of the Fiesta").
     */
    private static boolean productionStopped(Sentence s, int i) {
        String w = s.lower(i);
        if (!(w.startsWith("ceas") || w.startsWith("halt") || w.startsWith("stop") || w.startsWith("end")
                || w.startsWith("suspend"))) {
            return false;
        }
        String o = s.lower(i + 1);
        boolean production = o.equals("production") || o.equals("manufacturing") || o.equals("operations")
                || o.equals("making") && EvTerms.anyEvOrCar(s, i + 2, Math.min(s.size(), i + 5))
                || o.equals("all") && s.lower(i + 2).equals("production");
        if (!production || temporary(s, i, Math.min(s.size(), i + 10))) {
            return false;
        }
        if (s.title()) {
            return false; // a headline's "halts production" leaves out where and for how long
        }
        String next = s.lower(i + 2);
        if (i + 2 < s.size() && s.token(i + 2).isWord() && !AFTER_PRODUCTION.contains(next)) {
            return false; // "ends production contract", "production of the Fiesta", "production at its plant"
        }
        if ((next.equals("in") || next.equals("across")) && i + 3 < s.size() && s.token(i + 3).isCapitalised()
                && !evradar.extract.text.Lexicon.isCalendarWord(s.token(i + 3).text())) {
            return false; // "in Brazil": one country's plants
        }
        return true;
    }

    private static final Set<String> AFTER_PRODUCTION = Set.of("in", "on", "after", "and", "last", "this", "since",
            "as", "across", "entirely", "altogether", "indefinitely", "permanently", "completely", "earlier", "when",
            "following", "amid", "because", "while", "once", "for");

    /** Verbs of an effort failing by itself: "the car project collapsed", "its EV ambitions fizzled out". */
    private static final Set<String> INTRANSITIVE_EXIT = Set.of("collapsed", "collapses", "fizzled", "foundered",
            "failed", "faltered");

    /**
     * A passive exit verb whose subject is a car effort: "Dyson's electric car project was shelved",
     * "the programme has been cancelled". Returns the possessor token, MAX_VALUE for a plain subject,
     * or -1.
     */
    private static int passiveExit(Sentence s, int i) {
        return passiveExit(s, i, false);
    }

    private static int passiveExit(Sentence s, int i, boolean intransitive) {
        String aux = s.lower(i - 1);
        boolean passive = aux.equals("was") || aux.equals("were") || aux.equals("been") || aux.equals("being")
                || aux.equals("is") || aux.equals("are") || aux.equals("be")
                || aux.endsWith("ly") && (s.lower(i - 2).equals("was") || s.lower(i - 2).equals("been"));
        String w = s.lower(i);
        if (!intransitive && (!passive || !(w.endsWith("ed") || w.equals("shut") || w.equals("axed") || w.equals("wound")))) {
            return -1;
        }
        for (int k = i - (intransitive && !passive ? 1 : 2); k >= 0 && k >= i - 9; k--) {
            String l = s.lower(k);
            if (l.equals(",") || l.equals(";") || SUBORDINATE.contains(l) || l.equals("that") && k < i - 3) {
                return -1;
            }
            if (EFFORT_NOUNS.contains(l) || l.equals("plans") || l.equals("plan") || l.equals("programme")) {
                if (!EvTerms.anyEvOrCar(s, Math.max(0, k - 4), k + 1) || anyOf(s, Math.max(0, k - 4), k, JOINT)) {
                    return -1;
                }
                for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                    if (s.token(j).isPossessive() && j > 0) {
                        return j - 1;
                    }
                    if (s.lower(j).equals("its") || s.lower(j).equals("the") || s.lower(j).equals("their")) {
                        return Integer.MAX_VALUE;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> MODIFIED_BY_VEHICLE = Set.of("sales", "outlook", "forecast", "forecasts",
            "target", "targets", "prices", "price", "tariff", "tariffs", "subsidies", "subsidy", "demand", "market",
            "exports", "imports", "batteries", "battery", "tax", "credits", "charging", "chargers", "insurance",
            "loans", "loan", "dealers", "dealership", "dealerships", "components", "parts", "chips", "plant",
            "factory", "plants", "factories", "registrations");

    private static final Set<String> SUBORDINATE = Set.of("after", "as", "because", "when", "while", "since",
            "following", "amid", "once", "unless", "although", "though");

    /** "for four days", "temporarily", "until further notice": a pause, not an exit. */
    private static boolean temporary(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String l = s.lower(k);
            if (l.equals("temporarily") || l.equals("briefly") || l.equals("until") || l.equals("pause")
                    || l.equals("paused")) {
                return true;
            }
            if (l.equals("for") && k + 2 < s.size() && Set.of("days", "day", "weeks", "week", "months", "month",
                    "hours").contains(s.lower(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AVERTED = Set.of("avoid", "avoided", "avoiding", "avert", "averted", "stave",
            "staved", "fears", "fear", "risk", "risks", "threat", "threatened", "brink", "verge", "warned", "warns",
            "emerged", "emerges", "emerge", "exit", "exits", "exited", "exiting", "out", "without", "rescue");

    /**
     * An exit participle used as an adjective before a car effort: "its shelved electric-car project",
     * "Dyson's abandoned car programme". Returns the possessor's token (the firm), or -1.
     */
    private static int attributiveExit(Sentence s, int i) {
        String w = s.lower(i);
        if (!(w.equals("shelved") || w.equals("abandoned") || w.equals("scrapped") || w.equals("cancelled")
                || w.equals("canceled") || w.equals("axed") || w.equals("mothballed") || w.equals("aborted"))) {
            return -1;
        }
        String det = s.lower(i - 1);
        int owner;
        if (det.equals("its") || det.equals("their")) {
            owner = i - 1;
        } else if (i >= 2 && s.token(i - 1).isPossessive()) {
            owner = i - 2;
        } else {
            return -1;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
            if (EFFORT.contains(s.lower(k))) {
                return carMaking(s, i + 1, k + 1) || EvTerms.anyEvOrCar(s, i + 1, k) ? owner : -1;
            }
            if (!s.token(k).isWord() && !s.lower(k).equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** "startups that have collapsed", "carmakers that went under": firms described by their failure. */
    private static boolean collapsedFirms(Sentence s, int i) {
        String w = s.lower(i);
        if ((w.equals("fail") || w.equals("collapse") || w.equals("fold") || w.equals("founder"))
                && s.lower(i - 1).equals("to") && i >= 2 && (isFirmPlural(s.lower(i - 2))
                || s.lower(i - 2).equals("ups") && s.lower(i - 3).equals("-") && s.lower(i - 4).equals("start"))) {
            return true; // "the latest of the start-ups to fail, following X and Y": firms described by their failure
        }
        if (!(w.equals("collapsed") || w.equals("folded") || w.equals("failed") || w.equals("foundered"))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String l = s.lower(k);
            if (l.equals("that") || l.equals("which") || l.equals("have") || l.equals("has") || l.equals("had")) {
                continue;
            }
            // "start-ups", split by the tokenizer
            return isFirmPlural(l) || l.equals("ups") && k >= 2 && s.lower(k - 1).equals("-")
                    && s.lower(k - 2).equals("start");
        }
        return false;
    }

    private static boolean isFirmPlural(String l) {
        return l.equals("startups") || l.equals("carmakers") || l.equals("automakers") || l.equals("makers")
                || l.equals("companies") || l.equals("firms") || l.equals("newcomers") || l.equals("brands");
    }

    private static final Set<String> SEEK = Set.of("seek", "seeks", "seeking", "sought");

    /** "seeks bankruptcy protection", "sought creditor protection": a filing, in the words for it. */
    private static boolean soughtProtection(Sentence s, int i) {
        int verb = SEEK.contains(s.lower(i - 1)) ? i - 1 : SEEK.contains(s.lower(i - 2)) ? i - 2 : -1;
        return verb > 0 && !negatedBefore(s, verb) || verb == 0;
    }

    private static boolean bankrupt(Sentence s, int i) {
        String w = s.lower(i);
        boolean proceeding = w.equals("bankruptcy") || w.equals("insolvency") || w.equals("liquidation")
                || w.equals("rehabilitation") && s.lower(i - 1).equals("civil") // Japan's court-led proceeding
                || w.equals("receivership") || w.equals("administration") && !s.token(i).isCapitalised()
                || w.equals("chapter") && (s.lower(i + 1).equals("11") || s.lower(i + 1).equals("7"))
                // Canada's CCAA proceeding: "sought creditor protection", "filed for protection from its creditors"
                || (w.equals("creditor") || w.equals("creditors")) && s.lower(i + 1).equals("protection")
                || w.equals("protection") && s.lower(i + 1).equals("from") && anyOf(s, i + 2, Math.min(s.size(), i + 4),
                "creditors");
        if (proceeding && anyOf(s, Math.max(0, i - 4), i, AVERTED)) {
            return false; // "to avoid insolvency", "exits administration", "on the brink of bankruptcy"
        }
        if (proceeding && anyOf(s, 0, s.size(), CueWords.AIRCRAFT) && !EvTerms.anyEvOrCar(s, 0, s.size())) {
            return false; // "Electric-jet developer Lilium files for insolvency": no car-maker fails
        }
        if (proceeding && !w.equals("administration")
                && Set.of("filing", "filings", "proceedings", "petition", "protection", "restructuring", "reorganisation",
                "reorganization").contains(s.lower(i + (w.equals("chapter") ? 2 : 1)))) {
            return true; // "its second insolvency filing", "Chapter 11 protection", "bankruptcy restructuring"
        }
        if (proceeding) {
            // "filed for bankruptcy", "entered administration", "went into liquidation", "was placed in receivership";
            // not "doubt about ... bankruptcy risk" or "the Biden administration"
            return anyOf(s, Math.max(0, i - 5), i, "filed", "files", "file", "filing", "declared", "entered", "enters",
                    "entering", "seek", "seeks", "sought", "into", "placed", "went", "goes", "gone", "collapsed",
                    "collapses", "put", "ordered", "orders", "ordering", "approved", "approves")
                    && !(w.equals("administration") && s.lower(i - 1).equals("the"));
        }
        if (CueWords.OFFICE_HOLDERS.contains(w) && !s.lower(i + 1).equals("for") && anyOf(s, Math.max(0, i - 3), i,
                "appointed", "appoints", "appoint", "appointing", "called", "calls", "call", "calling")) {
            return true; // "has appointed administrators", "calls in administrators": the UK form of insolvency
        }
        if (w.equals("bankrupt") && i > 0 && (s.lower(i - 1).startsWith("go") || s.lower(i - 1).equals("went")
                || s.lower(i - 1).equals("gone") || s.lower(i - 1).equals("declared"))) {
            return true;
        }
        return (w.equals("operating") || w.equals("trading")) && i > 0 && (s.lower(i - 1).startsWith("stop")
                || s.lower(i - 1).startsWith("ceas") || s.lower(i - 1).equals("halts") || s.lower(i - 1).equals("halted"));
    }
}
