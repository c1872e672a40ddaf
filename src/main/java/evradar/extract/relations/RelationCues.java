package evradar.extract.relations;

import evradar.avro.PartnershipType;
import evradar.extract.cues.EvTerms;
import evradar.extract.discourse.Grammar;
import evradar.extract.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words that report a tie between firms, each with the syntax that says who the parties are:
 * "X is in talks with Y" (WITH), "X will invest ... in Y" / "X will build ... for Y" (OBJECT),
 * "the venture between X and Y" (BETWEEN), "backed by Y" / "built by Y" / "set up by X and Y"
 * (PASSIVE_BY), "X-Y venture" (HYPHEN), "X and Y will form a joint venture" (COORDINATED), and
 * "Y will build it" (BUILD_IT, the other party in focus).
 */
final class RelationCues {

    enum Pattern { WITH, OBJECT, BETWEEN, PASSIVE_BY, HYPHEN, COORDINATED, BUILD_IT, HOLDERS, HYPHEN_BACKED, RELATIVE_WITH, CAUSATIVE }

    /**
     * @param object         first token of the phrase naming the other party, or -1
     * @param needsArguments a weak cue ("deal") that links two firms only through its syntax
     * @param negationIsEnd  "not in talks": the negation ends the tie rather than cancelling the cue
     */
    record Found(PartnershipType type, int at, Pattern pattern, int object, boolean needsArguments,
                 boolean negationIsEnd, String left, String right) {
        static Found of(PartnershipType t, int at, Pattern p, int object) {
            return new Found(t, at, p, object, false, false, null, null);
        }
    }

    private static final Set<String> INVEST = Set.of("invest", "invests", "invested", "investing", "investment",
            "investments", "stake", "stakes", "backer", "backers", "investor", "investors", "shareholder",
            "shareholders", "funding", "financing", "injection", "placement", "holding", "shareholding");
    private static final Set<String> BUILD = Set.of("build", "builds", "built", "building", "assemble", "assembles",
            "assembled", "assembling", "produce", "produces", "produced", "producing", "manufacture", "manufactures",
            "manufactured", "manufacturing", "make", "makes", "made", "making");
    private static final Set<String> SUPPLY = Set.of("supply", "supplies", "supplied", "supplying", "supplier",
            "suppliers", "provide", "provides", "provided", "providing");
    private static final Set<String> PARTNER = Set.of("partnership", "partnerships", "partnered", "partnering",
            "partner", "alliance", "tie-up", "cooperation", "cooperate", "cooperating", "cooperative", "collaboration",
            "collaborate", "collaborating", "collaborations", "co-develop", "codevelop", "jointly", "together",
            "memorandum", "mou");
    private static final Set<String> TALKS = Set.of("talks", "discussions", "conversations", "negotiations", "negotiating", "talking",
            "negotiate", "approached", "approach", "courting", "courted");
    private static final Set<String> END = Set.of("ended", "ending", "end", "ends", "scrapped", "scrap", "scraps",
            "dropped", "drop", "drops", "terminated", "terminate", "terminates", "collapsed", "collapse", "collapses",
            "abandoned", "abandon", "abandons", "halted", "halt", "halts", "dissolved", "dissolve", "severed",
            "sever", "cancelled", "canceled", "cancel", "cancels", "cancelling", "canceling", "axed", "scrapping",
            "terminating", "rescinded", "shelved", "shelve", "shelves", "dissolving", "dissolves", "unwind",
            "unwinding", "unwound", "unwinds");
    private static final Set<String> TIE_NOUNS = Set.of("talks", "partnership", "collaboration", "alliance",
            "cooperation", "venture", "deal", "agreement", "merger", "plan", "plans", "tie-up", "memorandum",
            "negotiations", "discussions", "relationship", "ties", "project", "jointly", "joint", "partner",
            "contract", "contracts", "programme", "program", "order", "orders", "takeover", "acquisition",
            "sale", "purchase", "co-developed", "together");
    private static final Set<String> COMPONENT_OBJECTS = Set.of("system", "systems", "software", "platform",
            "chassis", "batteries", "battery", "cells", "chips", "technology", "architecture", "drive", "motors",
            "components", "parts", "sensors", "engines", "platforms", "inverters", "units", "modules", "packs",
            "gearboxes", "powertrains", "powertrain", "seats", "panels", "tyres", "tires", "electronics", "displays",
            "chargers", "lidar", "radars", "cameras", "processors", "semiconductors");

    static boolean isComponentNoun(String lower) {
        return COMPONENT_OBJECTS.contains(lower);
    }

    /** Goods one firm delivers to another; technology, platforms and software are licensed, not supplied. */
    private static final Set<String> PHYSICAL_PARTS = Set.of("batteries", "cells", "chips", "motors", "components",
            "parts", "sensors", "engines", "inverters", "modules", "packs", "gearboxes", "seats", "panels", "tyres",
            "tires", "displays", "radars", "cameras", "processors", "semiconductors");

    /** A part named in the singular, as the trade press writes of one car's parts: "a roof-mounted lidar from Hesai". */
    private static final Set<String> SINGLE_PARTS = Set.of("lidar", "chip", "sensor", "radar", "camera", "processor",
            "inverter", "motor", "pack", "cell");

    /** Nouns that describe a firm: "the startup's pickup" names the startup as owner. */
    private static final Set<String> FIRM_NOUNS = Set.of("startup", "company", "carmaker", "automaker", "firm",
            "maker", "brand", "group", "manufacturer", "venture", "partner");

    private RelationCues() {
    }

    static List<Found> find(Sentence s) {
        List<Found> out = new ArrayList<>();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            if (!s.token(i).isWord()) {
                continue; // every cue starts with a word
            }
            String w = s.lower(i);
            Found supply = supplyIdiom(s, i, w);
            Found investment = investmentIdiom(s, i, w);
            // ---- JOINT_VENTURE
            if (w.equals("venture") && !s.lower(i + 1).equals("capital") || w.equals("jv") || w.equals("ventures")
                    && s.lower(i - 1).equals("joint")) {
                out.add(ventureCue(s, i));
            } else if (w.equals("joint") && i > 0 && (s.lower(i - 1).equals("a") || s.lower(i - 1).equals("their"))
                    && nounWithin(s, i + 1, 4, "plant", "factory", "factories", "plants", "gigafactory", "company") >= 0
                    && BUILD_OR_FORM.contains(s.lower(i - 2))) {
                // "they will build a joint battery cell plant": a plant the two own together
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.COORDINATED, -1));
            } else if (w.equals("owned") && s.lower(i + 1).equals("by") && jointOwners(s, i + 2)) {
                // "Ultium Cells, owned by GM and LG Energy Solution": two owners of one company
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.PASSIVE_BY, i + 2));
            } else if (w.equals("jointly") && (s.lower(i + 1).equals("set") && s.lower(i + 2).equals("up")
                    || s.lower(i + 1).equals("form") || s.lower(i + 1).equals("establish") || s.lower(i + 1).equals("create"))
                    && nounWithin(s, i + 2, 5, "company", "firm", "entity", "venture") >= 0) {
                // "Toyota, Mazda and Denso will jointly set up a company": the founders own it together
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.COORDINATED, -1));
                continue;
            } else if (ENTITY_NOUNS.contains(w) && relativeClauseWith(s, i) >= 0 && settingUpBetween(s, i, relativeClauseWith(s, i))) {
                // "the vehicle company Foxconn set up with Yulon", "a firm that Baidu formed with Geely"
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.RELATIVE_WITH, relativeClauseWith(s, i)));
            } else if ((w.equals("set") && s.lower(i + 1).equals("up") || w.equals("form") || w.equals("forms")
                    || w.equals("formed") || w.equals("create") || w.equals("creates") || w.equals("establish")
                    || w.equals("founded") || w.equals("established") || w.equals("created") || w.equals("incorporated"))
                    && s.lower(i + 1).equals("by") || w.equals("up") && s.lower(i - 1).equals("set")
                    && s.lower(i + 1).equals("by")) {
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.PASSIVE_BY, i + 2));
            } else if ((w.equals("formed") || w.equals("founded") || w.equals("established") || w.equals("created")
                    || w.equals("incorporated") || w.equals("up") && s.lower(i - 1).equals("set")) && byAfterTime(s, i) >= 0) {
                // "the company formed last year by Sony and Honda", "set up in 2021 by Baidu and Geely"
                out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.PASSIVE_BY, byAfterTime(s, i) + 1));
            } else if ((w.equals("set") && s.lower(i + 1).equals("up") || w.equals("form") || w.equals("create")
                    || w.equals("establish") || w.equals("forming") || w.equals("setting"))
                    && nounWithin(s, i + 1, 5, "company", "entity", "firm") >= 0) {
                int with = wordWithin(s, i + 1, 14, "with");
                if (with >= 0) {
                    out.add(Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.WITH, with + 1));
                }
            }
            // ---- INVESTMENT
            if (INVEST.contains(w) && !controlling(s, i) && !soughtMoney(s, i) && !verbHolding(s, i)) {
                boolean holder = w.equals("backer") || w.equals("backers") || w.equals("investor")
                        || w.equals("investors") || w.equals("shareholder") || w.equals("shareholders");
                boolean verb = w.startsWith("invest") && !w.startsWith("investment");
                // a verb takes its object further away ("invest $500 million in Rivian"); a noun's
                // prepositional phrase follows it ("a stake of 40 percent in", "an investment in")
                int obj = holder ? (s.lower(i + 1).equals("in") || s.lower(i + 1).equals("of") ? i + 2 : -1)
                        : objectAfter(s, i, verb ? 10 : 3, "in", "into", "of");
                if (obj > 0 && obj < s.size() && s.lower(obj - 1).equals("in") && Character.isDigit(s.lower(obj).charAt(0))) {
                    obj = -1; // "invested 50 million dollars in 2022": a year, not the investee
                }
                if (obj > 0 && s.lower(obj - 1).equals("of") && obj < s.size() && !holder
                        && (AMOUNTS.contains(s.lower(obj)) || Character.isDigit(s.lower(obj).charAt(0))
                        || QUANTITY_WORDS.contains(s.lower(obj)))) {
                    // "an injection of £45 million into Kestrel": the amount, then the investee
                    int into = objectAfter(s, obj, 6, "in", "into");
                    obj = into >= 0 ? into : obj;
                }
                if (obj < 0 && !holder && MONEY_NOUNS.contains(w)) {
                    // "secured $245 million of new financing, including from Scania": the source of the money
                    obj = objectAfter(s, i, 4, "from");
                }
                if (obj < 0 && !holder && MONEY_NOUNS.contains(w) && (s.lower(i + 1).equals("deal")
                        || s.lower(i + 1).equals("agreement")) && objectAfter(s, i + 1, 10, "with") >= 0) {
                    // "agreed to a funding deal worth more than $1 billion with the Public Investment Fund"
                    out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.WITH, objectAfter(s, i + 1, 10, "with")));
                    continue;
                }
                if (verb && obj >= 0 && plantObject(s, obj)) {
                    // "Stellantis and CATL will invest 4.1 billion euros in a factory": firms that put money
                    // together into one plant own it together; a single investor's plant is no tie at all
                    out.add(new Found(PartnershipType.JOINT_VENTURE, i, Pattern.COORDINATED, -1, true, false, null, null));
                    continue;
                }
                Pattern p = obj >= 0 ? Pattern.OBJECT : Pattern.COORDINATED;
                if (holder && obj < 0 && i > 0 && possessedHolder(s, i)) {
                    // "which counts Amazon and Ford among its investors": the possessor is the investee
                    out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.HOLDERS, -1));
                } else if (holder) {
                    // "NIO is backed by Tencent, one of its largest shareholders": the tie is already read; "X, an investor in Y"
                    out.add(new Found(PartnershipType.INVESTMENT, i, p, obj, obj < 0, false, null, null));
                } else if (obj < 0 && amountBefore(s, i)) {
                    // "a 10 billion reais investment plan": the firm's own spending unless its syntax names a partner
                    out.add(new Found(PartnershipType.INVESTMENT, i, p, obj, true, false, null, null));
                } else {
                    out.add(Found.of(PartnershipType.INVESTMENT, i, p, obj));
                }
            } else if (investment != null) {
                out.add(investment);
                if (investment.pattern() == Pattern.WITH) {
                    continue; // a blank-check merger is no merger talk
                }
            } else if ((w.equals("led") || w.equals("leads") || w.equals("leading") || w.equals("co-led"))
                    && nounWithin(s, i + 1, 6, "round") >= 0 && objectAfter(s, i, 8, "in", "into") < 0
                    && !s.lower(i - 1).equals("round")) {
                // "SoftBank leads a 400 million euro funding round": the round's raiser is the firm in focus
                out.add(new Found(PartnershipType.INVESTMENT, i, Pattern.OBJECT, -1, true, false, null, null));
            } else if ((w.equals("backed") || w.equals("funded") || w.equals("financed"))
                    && (s.lower(i + 1).equals("by") || byAfterTime(s, i) >= 0)) {
                // "backed by Halvard Capital", "backed since last year by Halvard Capital"
                int by = s.lower(i + 1).equals("by") ? i + 1 : byAfterTime(s, i);
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.PASSIVE_BY, by + 1));
            } else if ((w.equals("backed") || w.equals("funded")) && s.lower(i - 1).equals("-") && i >= 2) {
                // "Microsoft-backed Cruise": the firm before the hyphen invests in the one after
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.HYPHEN_BACKED, i - 2));
            } else if (MONEY_VERBS.contains(w) && moneyInto(s, i) >= 0) {
                // "Hyundai and Kia poured 100 million euros into it", "is putting up to $5.8 billion into Rivian"
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, moneyInto(s, i)));
            } else if ((w.equals("money") || w.equals("cash") || w.equals("capital") || w.equals("backing"))
                    && s.lower(i + 1).equals("from") && i + 2 < s.size() && s.token(i + 2).isCapitalised()) {
                // "revived with money from Ardent Vale Capital"
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, i + 2));
            } else if ((w.equals("raised") || w.equals("raises") || w.equals("raising") || w.equals("raise"))
                    && objectAfter(s, i, 8, "from") >= 0) {
                // "Cruise raised $2 billion from investors including Microsoft"
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, objectAfter(s, i, 8, "from")));
            } else if (HOLD_VERBS.contains(w) && sharesWithin(s, i + 1, 7) >= 0 && !fractionWithin(s, i + 1, 5)) {
                // "Renault still holds a big block of Nissan shares", "owns shares in Rivian"
                int shares = sharesWithin(s, i + 1, 7);
                int in = objectAfter(s, shares, 2, "in", "of");
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, in >= 0 ? in : i + 1));
            } else if ((w.equals("owns") || w.equals("own") || w.equals("owned") || w.equals("holds")
                    || w.equals("held") || w.equals("hold")) && fractionWithin(s, i + 1, 5)) {
                // "owns about a fifth of the carmaker", "holds 17% of": a shareholding, not control
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, objectAfter(s, i, 7, "of", "in")));
            } else if ((w.equals("buy") || w.equals("buys") || w.equals("bought") || w.equals("acquire")
                    || w.equals("acquires") || w.equals("acquired") || w.equals("purchase") || w.equals("take")
                    || w.equals("takes") || w.equals("took")) && percentWithin(s, i + 1, 8)) {
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, objectAfter(s, i, 12, "of", "in")));
            }
            // ---- "making it a strategic shareholder": a causative make, an investment and no manufacturing
            if (causativeHolder(s, i) >= 0) {
                out.add(Found.of(PartnershipType.INVESTMENT, i, Pattern.CAUSATIVE, i + 1));
                continue;
            }
            // ---- MANUFACTURING
            if (BUILD.contains(w) && !resultativeMake(s, i)) {
                addBuildCues(s, i, out);
            } else if (w.equals("production") && s.lower(i - 1).equals("into") || (w.equals("production")
                    || w.equals("assembly")) && PRODUCTION_FOLLOWERS.contains(s.lower(i + 1))) {
                // "production is due at Valmet's plant", "assembly would begin in the autumn at Valmet
                // Automotive's plant in Uusikaupunki": made at another firm's plant
                int at = plantAt(s, i + 1, 14);
                if (at >= 0) {
                    out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.OBJECT, at));
                }
            } else if (outsourcedTo(s, i) >= 0) {
                // "Assembly has been contracted out to Magna Steyr": the maker named after "to" builds for the owner
                out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.PASSIVE_BY, outsourcedTo(s, i)));
            } else if (w.equals("contract") && (s.lower(i + 1).startsWith("manufactur") || s.lower(i + 1).equals("assembly"))) {
                int forObj = objectAfter(s, i, 8, "for");
                if (forObj >= 0) {
                    out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.OBJECT, forObj));
                }
            }
            // ---- SUPPLY
            if ((w.equals("customers") || w.equals("customer") || w.equals("clients") || w.equals("client"))
                    && possessedNoun(s, i)) {
                // "Qualcomm counts GM, BMW and Renault among its customers", "Bosch, one of Nexperia's largest
                // direct customers": the possessor supplies them
                out.add(new Found(PartnershipType.SUPPLY, i, Pattern.HOLDERS, -1, false, false, null, null));
            } else if ((w.equals("ordered") || w.equals("orders") || w.equals("order")) && objectAfter(s, i, 8, "from") >= 0) {
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, objectAfter(s, i, 8, "from")));
            } else if (BUY.contains(w) && vehicleWithin(s, i + 1, 8) && !percentWithin(s, i + 1, 6)) {
                // a fleet sale: "agreed to buy 4,500 electric delivery vans from Canoo", "to buy thousands of
                // its delivery vans" -- the seller supplies the buyer
                int from = objectAfter(s, i, 9, "from");
                int owner = from < 0 ? vehicleOwner(s, i + 1, 8) : -1;
                if (from >= 0 || owner >= 0) {
                    out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, from >= 0 ? from : owner));
                }
            } else if ((w.equals("supplier") || w.equals("suppliers")) && possessedNoun(s, i)) {
                // "became Tesla's second battery supplier": two modifiers between the possessor and the noun
                // "Tongda remains its cell supplier", "BYD, Lanxin's battery supplier": the possessor is supplied
                out.add(new Found(PartnershipType.SUPPLY, i, Pattern.HOLDERS, -1, false, false, null, null));
            } else if ((w.equals("supplied") || w.equals("provided"))
                    && s.lower(i + 1).equals("by") && componentWithin(s, Math.max(0, i - 6), 6)) {
                // "cells supplied by BYD", "software provided by Huawei": the maker supplies the user
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.PASSIVE_BY, i + 2));
            } else if (SUPPLY.contains(w) && !w.startsWith("supplier") && i + 1 < s.size() && s.token(i + 1).isCapitalised()
                    && s.token(i + 1).isWord()) {
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 1)); // "will supply BMW and Mercedes-Benz"
            } else if (SUPPLY.contains(w)) {
                int obj = objectAfter(s, i, 10, "to", "for", "with");
                if (obj >= 0 || w.startsWith("supplier") || definiteObject(s, i)) {
                    out.add(new Found(PartnershipType.SUPPLY, i, obj >= 0 ? Pattern.OBJECT : Pattern.COORDINATED, obj,
                            obj < 0, false, null, null));
                }
            } else if ((w.equals("uses") || w.equals("use") || w.equals("using") || w.equals("used"))
                    && (possessiveComponent(s, i + 1) || nameBeforeComponent(s, i + 1))) {
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 1));
            } else if (supply != null) {
                out.add(supply);
            } else if ((w.equals("buys") || w.equals("buy") || w.equals("bought") || w.equals("sources")
                    || w.equals("source") || w.equals("sourcing") || w.equals("purchases"))
                    && componentWithin(s, i + 1, 4)) {
                int from = objectAfter(s, i, 8, "from");
                if (from >= 0) {
                    out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, from));
                }
            } else if ((w.equals("licensed") || w.equals("license") || w.equals("licence") || w.equals("licensing")
                    || w.equals("licenses") || w.equals("licences")) && objectAfter(s, i, 4, "from", "to") >= 0) {
                // licensing a platform or technology is a cooperation over know-how, not a supply of goods
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.OBJECT, objectAfter(s, i, 4, "from", "to")));
            } else if ((w.equals("licensed") || w.equals("licence") || w.equals("license")) && i + 1 < s.size()
                    && s.token(i + 1).isCapitalised() && s.token(i + 1).isWord()) {
                // "build them on a licensed Chery platform": the platform's owner is the licensor
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.OBJECT, i + 1));
            } else if ((w.equals("comes") || w.equals("come") || w.equals("came") || w.equals("sourced")
                    || w.equals("supplied") || w.equals("bought")) && s.lower(i + 1).equals("from")
                    && componentWithin(s, Math.max(0, i - 10), Math.min(i, 10))) {
                // "the LFP pack comes from FinDreams", "cells sourced from CATL": the product's owner buys them
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 2));
            } else if ((w.equals("use") || w.equals("uses") || w.equals("using") || w.equals("used"))
                    && componentWithin(s, i + 1, 4) && objectAfter(s, i, 6, "from") >= 0) {
                // "will use cells from Nordcell AB"
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, objectAfter(s, i, 6, "from")));
            } else if ((PHYSICAL_PARTS.contains(w) || SINGLE_PARTS.contains(w)) && s.lower(i + 1).equals("from") && i + 2 < s.size()
                    && s.token(i + 2).isCapitalised() && s.token(i + 2).isWord()) {
                // "with components from Bosch, Continental and ZF", "cells from CATL": the maker supplies the user
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 2));
            } else if ((w.equals("runs") || w.equals("run") || w.equals("running") || w.equals("ran")
                    || w.equals("based") || w.equals("relies")) && s.lower(i + 1).equals("on") && i + 2 < s.size()
                    && s.token(i + 2 + countWord(s, i + 2)).isCapitalised() && componentWithin(s, i + 3, 4)) {
                // "its driver-assistance system runs on (two) Nvidia chips": the chips' maker supplies the
                // system's owner
                out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 2 + countWord(s, i + 2)));
            } else if (w.equals("relying") || w.equals("relies") || w.equals("rely")) {
                int on = objectAfter(s, i, 3, "on");
                if (on >= 0) {
                    out.add(Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, on));
                }
            }
            // ---- PARTNERSHIP
            if (jointlyOwned(s, i)) {
                // "a plant in Windsor, which the two companies will own jointly"
                out.add(new Found(PartnershipType.JOINT_VENTURE, i, Pattern.COORDINATED, -1, false, false, null, null));
            } else if ((w.equals("together") || w.equals("jointly")) && s.lower(i + 1).equals("with")) {
                // "agreed to engineer the RapidE ... together with the British sports-car maker"
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.WITH, i + 2));
            } else if ((w.equals("together") || w.equals("jointly")) && !jointAction(s, i)) {
                // "together account for most of the electric cars sold": a sum, not a tie
            } else if (developedWith(s, i) >= 0) {
                // "a hatchback that it designed with BYD", "the RapidE it developed with LeEco"
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.WITH, developedWith(s, i)));
            } else if (SELECT.contains(w) && chosenAs(s, i) != null) {
                // "named Swedish battery maker Norvik Cells as a second cell supplier": the role it is chosen for
                out.add(Found.of(chosenAs(s, i), i, Pattern.OBJECT, i + 1));
            } else if ((w.equals("hired") || w.equals("hires") || w.equals("hire") || w.equals("hiring")
                    || w.equals("contracted") || w.equals("commissioned") || w.equals("tapped") || w.equals("picked")
                    || w.equals("chose") || w.equals("chosen") || w.equals("selected")
                    || (w.equals("signed") || w.equals("signs") || w.equals("sign")) && i + 1 < s.size()
                    && s.token(i + 1).isCapitalised()) && hiredToBuild(s, i) >= 0) {
                // "Fisker, which has hired it to produce a car", "chose Magna to assemble the SUV", "signs
                // Mitsubishi Motors to build its first EV"
                out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.OBJECT, i + 1));
            } else if (PARTNER.contains(w) && !jobTitle(s, i) || coVerb(s, i) || w.equals("tie") && s.lower(i + 1).equals("up")
                    || (w.equals("team") || w.equals("teamed") || w.equals("teams")) && s.lower(i + 1).equals("up")
                    || (w.equals("work") || w.equals("working") || w.equals("works") || w.equals("worked"))
                    && (s.lower(i + 1).equals("with") || s.lower(i + 1).equals("together"))
                    || (w.equals("share") || w.equals("sharing")) && componentWithin(s, i + 1, 3)) {
                int with = objectAfter(s, i, 6, "with");
                int between = s.lower(i + 1).equals("between") ? i + 2 : -1;
                // "a supply partnership", "Tesla's longtime cell partner", "its manufacturing partner": the modifier types it
                PartnershipType typed = tieNoun(w) || w.equals("partner") || w.equals("partners") ? dealType(s, i)
                        : newCompanyPurpose(s, i) ? PartnershipType.JOINT_VENTURE : null;
                out.add(new Found(typed == null ? PartnershipType.PARTNERSHIP : typed, i, between >= 0 ? Pattern.BETWEEN : with >= 0 ? Pattern.WITH
                        : Pattern.COORDINATED, between >= 0 ? between : with, false, false, null, null));
            } else if (w.equals("agreement") || w.equals("deal") || w.equals("pact") || w.equals("accord")
                    || w.equals("contract") || w.equals("arrangement") || w.equals("arrangements")
                    || (w.equals("plan") || w.equals("programme")) && dealType(s, i) != null) {
                int with = objectAfter(s, i, 4, "with");
                // "a supply deal with", "a contract manufacturing agreement with": the modifier types the deal
                PartnershipType typed = dealType(s, i);
                if (typed != null || !w.equals("contract")) {
                    out.add(new Found(typed == null ? PartnershipType.PARTNERSHIP : typed, i,
                            with >= 0 ? Pattern.WITH : Pattern.COORDINATED, with, true, false, null, null));
                }
            }
            // ---- recruiting a member: "Huawei has signed BAIC Group and JAC Motors as the third and fourth automakers"
            if ((w.equals("signed") || w.equals("signs") || w.equals("sign") || w.equals("recruited")
                    || w.equals("enlisted")) && i + 1 < s.size() && s.token(i + 1).isCapitalised()
                    && wordWithin(s, i + 2, 8, "as") >= 0) {
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.OBJECT, i + 1));
            }
            // ---- joining an alliance or venture: "considering joining a partnership between Nissan and Honda"
            if ((w.equals("join") || w.equals("joins") || w.equals("joined") || w.equals("joining"))
                    && nounWithin(s, i + 1, 5, "partnership", "alliance", "venture", "tie-up", "group", "consortium") >= 0) {
                int noun = nounWithin(s, i + 1, 5, "partnership", "alliance", "venture", "tie-up", "group", "consortium");
                int members = s.lower(noun + 1).equals("between") || s.lower(noun + 1).equals("of")
                        || s.lower(noun + 1).equals("with") ? noun + 2 : i + 1;
                out.add(Found.of(PartnershipType.PARTNERSHIP, i, Pattern.OBJECT, members));
            }
            // ---- IN_TALKS
            if ((w.equals("sounded") || w.equals("sounding") || w.equals("sound") || w.equals("sounds"))
                    && s.lower(i + 1).equals("out") && i + 2 < s.size()) {
                // "had sounded out Mitsubishi Motors and its larger partner Nissan": an approach
                out.add(Found.of(PartnershipType.IN_TALKS, i, Pattern.WITH, i + 2));
            } else if (w.equals("talking") && (s.lower(i + 1).equals("to") || s.lower(i + 1).equals("with"))
                    && (s.lower(i - 1).equals("not") || s.lower(i - 1).endsWith("n't") || s.lower(i - 1).endsWith("n’t"))) {
                // "they were not talking to anyone about an Apple car": as "not in talks", the talks are over
                out.add(new Found(PartnershipType.ENDED, i, Pattern.COORDINATED, -1, false, true, null, null));
            } else if (TALKS.contains(w) || w.equals("merger") && (s.lower(i - 1).equals("possible")
                    || s.lower(i - 1).equals("potential")) || w.equals("eyes") && i > 0 && s.token(i - 1).isCapitalised()) {
                // "not in talks", "not in discussions", "there are no negotiations with": the talks are over
                boolean talksNoun = w.equals("talks") || w.equals("discussions") || w.equals("negotiations");
                boolean notIn = talksNoun && (s.lower(i - 1).equals("in") && (s.lower(i - 2).equals("not")
                        || s.lower(i - 2).endsWith("n't")) || s.lower(i - 1).equals("no"));
                int with = objectAfter(s, i, 6, "with");
                if ((w.equals("approached") || w.equals("approach") || w.equals("courting") || w.equals("courted")
                        || w.equals("eyes")) && with < 0) {
                    with = i + 1;
                }
                out.add(new Found(PartnershipType.IN_TALKS, i, with >= 0 ? Pattern.WITH : Pattern.COORDINATED, with,
                        false, notIn, null, null));
                if (notIn) {
                    out.add(new Found(PartnershipType.ENDED, i, with >= 0 ? Pattern.WITH : Pattern.COORDINATED, with,
                            false, true, null, null));
                }
            }
            // ---- ENDED
            if ((w.equals("walk") || w.equals("walked") || w.equals("walks") || w.equals("walking")) && s.lower(i + 1).equals("away")
                    || (w.equals("backed") || w.equals("backs") || w.equals("pulled") || w.equals("pulls") || w.equals("pull")
                    || w.equals("pulling")) && s.lower(i + 1).equals("out") && s.lower(i + 2).equals("of")) {
                int obj = objectAfter(s, i, 8, "from", "of", "with", "in");
                out.add(Found.of(PartnershipType.ENDED, i, obj >= 0 ? Pattern.OBJECT : Pattern.COORDINATED, obj));
            } else if (SOLD.contains(w) && s.lower(i + 1).equals("out") && s.lower(i + 2).equals("of")
                    && i + 3 < s.size() && s.token(i + 3).isCapitalised()) {
                // "had already sold out of Hozon": the seller holds nothing in the firm any more
                out.add(Found.of(PartnershipType.ENDED, i, Pattern.OBJECT, i + 3));
            } else if (divestment(s, i) >= 0) {
                // "sold its remaining stake in the venture it set up with BYD", "sold its holding in X": the
                // seller leaves; a partial sale ("part of its stake", "a 5 percent stake") is no exit
                int stake = divestment(s, i);
                int in = objectAfter(s, stake, 2, "in");
                out.add(in >= 0 && s.token(Math.min(in, s.size() - 1)).isCapitalised()
                        ? Found.of(PartnershipType.ENDED, i, Pattern.OBJECT, in)
                        : new Found(PartnershipType.ENDED, i, Pattern.COORDINATED, -1, false, false, null, null));
            } else if (w.equals("longer") && s.lower(i - 1).equals("no") && tieNounNear(s, i)) {
                // "the two companies no longer have any joint projects", "is no longer a partner"
                int with = objectAfter(s, i, 10, "with");
                out.add(Found.of(PartnershipType.ENDED, i, with >= 0 ? Pattern.WITH : Pattern.COORDINATED, with));
            } else if (buyout(s, i)) {
                // "took full ownership of their venture", "bought out its partner's share": one party leaves
                out.add(Found.of(PartnershipType.ENDED, i, Pattern.COORDINATED, -1));
            } else if (brokenPromise(s, i)) {
                // "accused Foxconn of reneging on its promise to invest", "had breached their agreement", "failing
                // to honour an investment deal": a deal that one side says the other broke is over
                out.add(Found.of(PartnershipType.ENDED, i, Pattern.COORDINATED, -1));
            } else if (END.contains(w) && !timeNoun(s, i) && !endsSomethingElse(s, i) || (w.equals("cut") || w.equals("cuts")) && s.lower(i + 1).equals("ties")
                    || w.equals("called") && s.lower(i + 1).equals("off")
                    || (w.equals("call") || w.equals("calls")) && s.lower(i + 1).equals("off")
                    || (w.equals("broke") || w.equals("break") || w.equals("breaks")) && s.lower(i + 1).equals("down")
                    || w.equals("fell") && s.lower(i + 1).equals("through")
                    || (w.equals("fell") || w.equals("fall") || w.equals("falls") || w.equals("fallen")
                    || w.equals("falling")) && s.lower(i + 1).equals("apart")
                    || w.equals("foundered") || w.equals("fizzled") || w.equals("unravelled") || w.equals("unraveled")
                    || (w.equals("pulled") || w.equals("pulls")) && s.lower(i + 1).equals("out")
                    || partsWays(s, i) || w.equals("hold") && s.lower(i - 1).equals("on") && s.lower(i - 2).equals("put")
                    || (w.equals("tore") || w.equals("tear") || w.equals("tears")) && s.lower(i + 1).equals("up")) {
                if ((tieNounNear(s, i) || partsWays(s, i)) && !ownPlanEnded(s, i)) {
                    int with = objectAfter(s, i, 10, "with");
                    out.add(Found.of(PartnershipType.ENDED, i, with >= 0 ? Pattern.WITH : Pattern.COORDINATED, with));
                }
            }
        }
        return out;
    }

    /**
     * A purpose clause that founds a firm: "teamed up with Alibaba ... to create a new company that will make
     * cars" is a joint venture.
     */
    private static boolean newCompanyPurpose(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size() - 3, i + 16); k++) {
            String l = s.lower(k);
            if (l.equals(".") || l.equals(";")) {
                return false;
            }
            if (l.equals("to") && FOUND.contains(s.lower(k + 1))) {
                int n = s.lower(k + 2).equals("up") ? k + 3 : k + 2;
                return (s.lower(n).equals("a") || s.lower(n).equals("an"))
                        && nounWithin(s, n + 1, 3, "company", "venture", "firm", "entity", "business") >= 0;
            }
        }
        return false;
    }

    private static final Set<String> FOUND = Set.of("create", "form", "set", "establish", "found", "launch");

    /**
     * "Assembly has been contracted out to X", "production is outsourced to X": the index of the maker's
     * name after "to", or -1. Making must be the matter: an assembly or production word before the verb.
     */
    private static int outsourcedTo(Sentence s, int i) {
        String w = s.lower(i);
        if (!w.equals("contracted") && !w.equals("outsourced") && !w.equals("subcontracted")) {
            return -1;
        }
        int to = s.lower(i + 1).equals("out") ? i + 2 : i + 1;
        if (!s.lower(to).equals("to") || to + 1 >= s.size() || !s.token(to + 1).isCapitalised()) {
            return -1;
        }
        return nounWithin(s, Math.max(0, i - 6), Math.min(6, i), "assembly", "production", "manufacturing", "output",
                "building") >= 0 ? to + 1 : -1;
    }

    /** "made it less likely", "makes it easier": a causative "make it" with an adjective builds nothing. */
    private static final Set<String> ADJECTIVES_OF_MAKING_IT = Set.of("less", "more", "easier", "harder", "possible",
            "impossible", "difficult", "clear", "clearer", "likely", "unlikely", "easy", "hard", "cheaper", "tougher",
            "simpler", "necessary", "attractive", "profitable", "viable", "worse", "better");

    /** "is parting ways with Hedin", "parted ways": the idiom names the ending of a tie by itself. */
    private static boolean partsWays(Sentence s, int i) {
        String w = s.lower(i);
        return (w.equals("part") || w.equals("parts") || w.equals("parted") || w.equals("parting"))
                && s.lower(i + 1).equals("ways");
    }

    private static Found ventureCue(Sentence s, int i) {
        int between = wordWithin(s, i + 1, 3, "between");
        if (between >= 0) {
            return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.BETWEEN, between + 1);
        }
        if (s.lower(i + 1).equals("of") && i + 2 < s.size() && s.token(i + 2).isCapitalised()) {
            return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.BETWEEN, i + 2); // "the venture of X and Y"
        }
        int relativeWith = relativeClauseWith(s, i);
        if (relativeWith >= 0) {
            // "the venture that Stellantis controls together with Leapmotor", "a venture it set up with BYD":
            // the relative clause's subject is one parent, the "with" object the other
            return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.RELATIVE_WITH, relativeWith);
        }
        int with = objectAfter(s, i, 4, "with");
        if (with >= 0) {
            return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.WITH, with);
        }
        for (int k = i - 1; k >= 1 && k >= i - 4; k--) {
            if (s.lower(k).equals("-") && s.token(k - 1).isCapitalised() && k + 1 < s.size()
                    && s.token(k + 1).isCapitalised()) {
                return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.HYPHEN, k);
            }
        }
        int by = objectAfter(s, i, 5, "by");
        if (by >= 0) {
            return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.PASSIVE_BY, by);
        }
        return Found.of(PartnershipType.JOINT_VENTURE, i, Pattern.COORDINATED, -1);
    }

    /** "the PEAR, a small electric car, ...": a comma-enclosed apposition right after a short object. */
    private static boolean appositionAfter(Sentence s, int from) {
        int comma = -1;
        for (int k = from; k < s.size() && k <= from + 3; k++) {
            if (s.lower(k).equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        for (int k = comma + 1; k < s.size() && k <= comma + 7; k++) {
            if (s.lower(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MONEY_VERBS = Set.of("poured", "pour", "pours", "pouring", "injected", "inject",
            "injects", "injecting", "ploughed", "plowed", "plough", "sank", "sunk", "sink", "put", "puts", "putting",
            "pumped", "pump", "pumping");

    /** "poured 100 million euros into it": an amount then "into" and its object; the object's index or -1. */
    private static int moneyInto(Sentence s, int i) {
        boolean amount = false;
        for (int k = i + 1; k < s.size() && k <= i + 8; k++) {
            String l = s.lower(k);
            if (isAmountWord(l) || l.equals("money") || l.equals("cash") || l.equals("capital")) {
                amount = true;
            }
            if (l.equals("into")) {
                return amount && k + 1 < s.size() ? k + 1 : -1;
            }
            if (l.equals(",") || l.equals(";") || l.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> HOLD_VERBS = Set.of("holds", "hold", "held", "holding", "owns", "own", "owned",
            "retains", "retained", "keeps", "kept");

    /** "shares" within the span after a verb of holding, before any clause break; its index or -1. */
    private static int sharesWithin(Sentence s, int from, int span) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            String l = s.lower(k);
            if (l.equals("shares") || l.equals("stock")) {
                return k;
            }
            if (l.equals(",") || l.equals(";") || l.equals(".") || l.equals("that") || l.equals("which")) {
                return -1;
            }
        }
        return -1;
    }

    /** "holding up", "holding talks": the verb, not a shareholding. */
    private static boolean verbHolding(Sentence s, int i) {
        if (!s.lower(i).equals("holding")) {
            return false;
        }
        String n = s.lower(i + 1);
        return n.equals("up") || n.equals("on") || n.equals("back") || n.equals("off") || n.equals("out")
                || n.equals("talks") || n.equals("a") || n.equals("an") || n.equals("the") || n.equals("its")
                || n.equals("steady") || n.equals("firm");
    }

    private static final Set<String> HOLDER_ROLES = Set.of("shareholder", "shareholders", "investor", "investors",
            "stakeholder", "owner", "co-owner", "backer");

    /** "making it a strategic shareholder": the index of the holder noun of a causative make, or -1. */
    static int causativeHolder(Sentence s, int i) {
        return Grammar.causativeComplement(s, i, s.size(), HOLDER_ROLES);
    }

    private static final Set<String> TIME_WORDS = Set.of("last", "this", "next", "early", "earlier", "late", "later",
            "in", "year", "years", "month", "months", "ago", "originally", "jointly", "together", "only", "back", "since",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "spring", "summer", "autumn", "fall", "winter");

    /** The "by" after a participle and a short time adverbial ("formed last year by"), or -1. */
    private static int byAfterTime(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 5; k++) {
            String l = s.lower(k);
            if (l.equals("by")) {
                return k > i + 1 ? k : -1;
            }
            if (!TIME_WORDS.contains(l) && !(s.token(k).isWord() && Character.isDigit(l.charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> PLANT_NOUNS = Set.of("plant", "plants", "factory", "factories", "gigafactory",
            "facility", "facilities", "site", "complex", "venture");

    /** "in a (new) (battery) factory": the object phrase is a plant, not a firm. */
    private static boolean plantObject(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 5; k++) {
            String l = s.lower(k);
            if (PLANT_NOUNS.contains(l)) {
                return true;
            }
            if (!s.token(k).isWord() && !l.equals("-") || s.token(k).isCapitalised() && k > from) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ENTITY_NOUNS = Set.of("company", "firm", "entity", "carmaker", "automaker",
            "maker", "business", "unit", "startup", "brand");

    /** A verb of founding between the noun and its "with": "set up", "formed", "created", "established", "founded". */
    private static boolean settingUpBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String l = s.lower(k);
            if (l.equals("set") && s.lower(k + 1).equals("up") || l.equals("formed") || l.equals("created")
                    || l.equals("established") || l.equals("founded") || l.equals("launched") || l.equals("started")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relative clause on a venture noun whose verb takes a "with" phrase: "the venture (that) X
     * set up with Y", "the venture which X runs jointly with Y". Returns the index of the token after
     * "with", or -1. The clause opens with a relative pronoun or straight with its subject (a
     * capitalised name or a pronoun), and no comma or clause boundary comes before "with".
     */
    private static int relativeClauseWith(Sentence s, int venture) {
        int k = venture + 1;
        if (k >= s.size()) {
            return -1;
        }
        String opener = s.lower(k);
        boolean relative = opener.equals("that") || opener.equals("which");
        if (relative) {
            k++;
        }
        if (k >= s.size() || !(s.token(k).isCapitalised() && s.token(k).isWord() || s.lower(k).equals("it")
                || s.lower(k).equals("they") || s.lower(k).equals("the"))) {
            return -1;
        }
        for (int j = k + 1; j < s.size() && j <= k + 9; j++) {
            String l = s.lower(j);
            if (l.equals(",") || l.equals(";") || l.equals(".") || l.equals("and") && !relative) {
                return -1;
            }
            if (l.equals("with") && j > k + 1) {
                return j + 1 < s.size() ? j + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The type a noun modifier gives a deal: "supply deal", "contract manufacturing agreement",
     * "production contract", "investment agreement", "joint-venture agreement"; null for a plain deal.
     */
    static PartnershipType dealType(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String l = s.lower(k);
            switch (l) {
                case "supply", "sourcing", "purchase", "procurement", "offtake", "off-take", "cell", "battery",
                     "chip", "component", "components", "parts" -> {
                    return PartnershipType.SUPPLY;
                }
                case "licensing", "licence", "license", "technology", "cooperation", "development" -> {
                    return PartnershipType.PARTNERSHIP;
                }
                case "manufacturing", "production", "assembly" -> {
                    return PartnershipType.MANUFACTURING;
                }
                case "investment", "financing", "funding" -> {
                    return PartnershipType.INVESTMENT;
                }
                case "venture", "jv" -> {
                    return PartnershipType.JOINT_VENTURE;
                }
                default -> {
                    if (!s.token(k).isWord() && !l.equals("-") || l.equals("a") || l.equals("an") || l.equals("the")
                            || l.equals("its") || l.equals("their")) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The agent phrase of a passive build verb: "built by X", "is assembled under contract by X",
     * "was made in Finland by X" (a by-phrase within a few words, no comma between); -1 if none.
     */
    private static int passiveAgent(Sentence s, int i) {
        if (s.lower(i + 1).equals("by")) {
            return i + 2;
        }
        String w = s.lower(i);
        boolean participle = w.endsWith("ed") || w.equals("built") || w.equals("made");
        String aux = s.lower(i - 1);
        boolean passive = aux.equals("is") || aux.equals("are") || aux.equals("was") || aux.equals("were")
                || aux.equals("be") || aux.equals("been") || aux.equals("being");
        if (!participle || !passive) {
            return -1;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 5); k++) {
            if (s.lower(k).equals("by")) {
                return k + 1;
            }
            if (!s.token(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** "will supply the battery cells": a definite object, whose buyer the context supplies. */
    private static boolean definiteObject(Sentence s, int i) {
        return !s.lower(i).startsWith("supplier") && (s.lower(i + 1).equals("the") || s.lower(i + 1).equals("its"));
    }

    private static final Set<String> SEEKING = Set.of("secure", "securing", "secured", "raise", "raising", "seek",
            "seeking", "sought", "need", "needs", "needed", "find", "finding", "lack", "lacks", "lacked", "attract",
            "failed", "failing", "more", "fresh", "new", "additional", "further");

    /**
     * "after failing to secure fresh funding", "needs more financing": money the firm is looking for,
     * from no named party (a tie needs a named investor: "secured funding from X" keeps its object).
     */
    private static boolean soughtMoney(Sentence s, int i) {
        String w = s.lower(i);
        if (!(w.equals("funding") || w.equals("financing") || w.equals("investment") || w.equals("investors")
                || w.equals("backers") || w.equals("investor") || w.equals("backer"))) {
            return false;
        }
        if (objectAfter(s, i, 3, "from", "by", "in", "into") >= 0) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (SEEKING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a controlling stake", "wholly owned": ownership, not a partnership. */
    private static boolean controlling(Sentence s, int i) {
        String p = s.lower(i - 1);
        return p.equals("controlling");
    }

    /** "GM and LG Energy Solution": two capitalised names joined by "and" right at {@code from}. */
    private static boolean jointOwners(Sentence s, int from) {
        if (s.lower(from).equals("the")) {
            from++; // "owned by the Public Investment Fund and Foxconn"
        }
        for (int k = from; k < s.size() && k <= from + 6; k++) {
            if (s.lower(k).equals("and")) {
                return k > from && s.token(k - 1).isCapitalised() && k + 1 < s.size() && (s.token(k + 1).isCapitalised()
                        || s.lower(k + 1).equals("the") && k + 2 < s.size() && s.token(k + 2).isCapitalised());
            }
            if (!s.token(k).isWord() || !s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Index of the token after the first of the given prepositions within {@code span} tokens of i, or -1. */
    static int objectAfter(Sentence s, int i, int span, String... preps) {
        for (int k = i + 1; k < s.size() && k <= i + span; k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".") || l.equals("which")) {
                return -1;
            }
            for (String p : preps) {
                if (l.equals(p)) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    private static int wordWithin(Sentence s, int from, int span, String word) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            if (s.lower(k).equals(word)) {
                return k;
            }
            if (s.lower(k).equals(";") || s.lower(k).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static int nounWithin(Sentence s, int from, int span, String... nouns) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            for (String n : nouns) {
                if (s.lower(k).equals(n)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** A minority share: "a fifth", "17%", "a 3.7 percent stake" (not "a majority", "all of"). */
    static boolean fractionWithin(Sentence s, int from, int span) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            String l = s.lower(k);
            if (l.equals("%") || l.equals("percent") || l.equals("fifth") || l.equals("third") || l.equals("quarter")
                    || l.equals("tenth") || l.equals("stake") || l.equals("minority")) {
                return !s.lower(k - 1).equals("100");
            }
            if (l.equals("of") || l.equals("in") || l.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean percentWithin(Sentence s, int from, int span) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            String l = s.lower(k);
            if (l.equals("percent") || l.equals("%") || l.equals("stake") || l.equals("shares") || l.equals("quarter")
                    || l.equals("half") || l.equals("third") || l.equals("per")) {
                return true;
            }
        }
        return false;
    }

    /** "at a Magna Steyr plant", "at Honda's factory": the token after such an "at" within the span, or -1. */
    private static int plantAt(Sentence s, int from, int span) {
        for (int k = from; k < s.size() && k < from + span; k++) {
            String l = s.lower(k);
            if (l.equals(";") || l.equals(".")) {
                return -1;
            }
            if (l.equals("at") && plantAfter(s, k + 1) && !formerSite(s, k + 1)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** A possessor ("Jaguar's", "the startup's") within the span, or -1. */
    static int possessorAfter(Sentence s, int from, int span) {
        for (int k = from; k + 1 < s.size() && k < from + span; k++) {
            if ((s.token(k).isCapitalised() || FIRM_NOUNS.contains(s.lower(k))) && s.token(k + 1).isPossessive()) {
                return k;
            }
            if (!s.token(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** "at the former Mercedes-Benz plant": a site another firm used to own is no tie with it. */
    private static boolean formerSite(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 3; k++) {
            String l = s.lower(k);
            if (l.equals("former") || l.equals("old") || l.equals("ex") || l.equals("disused") || l.equals("idle")
                    || l.equals("idled") || l.equals("shuttered") || l.equals("closed") || l.equals("abandoned")) {
                return true;
            }
        }
        return false;
    }

    private static boolean plantAfter(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 6; k++) {
            String l = s.lower(k);
            if (l.equals("plant") || l.equals("plants") || l.equals("factory") || l.equals("factories")
                    || l.equals("facility") || l.equals("facilities")) {
                return true;
            }
        }
        return false;
    }

    /** "to build cars for Honda" (infinitive) counts when the beneficiary is a capitalised name. */
    private static boolean buildForFirm(Sentence s, int obj) {
        return obj < s.size() && s.token(obj).isCapitalised();
    }

    /** "uses Huawei's DriveONE electric drive system": a possessive firm then a component noun. */
    private static boolean possessiveComponent(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 3; k++) {
            if (s.token(k).isPossessive() || k == from && s.lower(k).equals("its")) {
                // "would use its chips": the pronoun's firm, once resolved, is the maker
                return componentWithin(s, k + 1, 5);
            }
        }
        return false;
    }

    /** "uses Horizon Robotics chips": a capitalised name modifying a component noun. */
    private static boolean nameBeforeComponent(Sentence s, int from) {
        int k = from;
        while (k < s.size() && k < from + 4 && s.token(k).isWord() && s.token(k).isCapitalised()) {
            k++;
        }
        return k > from && k < s.size() && COMPONENT_OBJECTS.contains(s.lower(k));
    }

    /** 1 if token k is a number ("two", "4") that counts the goods after it, else 0. */
    private static int countWord(Sentence s, int k) {
        return k + 1 < s.size() && (Character.isDigit(s.token(k).text().charAt(0)) || Grammar.isNumberWord(s.lower(k))
                || s.lower(k).equals("twin") || s.lower(k).equals("dual")) ? 1 : 0;
    }

    /** A part, in lower case, among the five words before a passive verb: "the front motor is made by ...". */
    private static boolean partBefore(Sentence s, int i) {
        for (int k = Math.max(0, i - 5); k < i; k++) {
            if (!s.token(k).isCapitalised() && (COMPONENT_OBJECTS.contains(s.lower(k)) || SINGLE_PARTS.contains(s.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relational noun with its possessor at most two lower-case modifiers before it: "its customers",
     * "their suppliers", "Tesla's second battery supplier", "one of Nexperia's largest direct customers".
     */
    private static boolean possessedNoun(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.lower(k).equals("its") || s.lower(k).equals("their") || s.token(k).isPossessive()) {
                return true;
            }
            if (!s.token(k).isWord() || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    private static boolean componentWithin(Sentence s, int from, int span) {
        for (int k = Math.max(0, from); k < s.size() && k < from + span; k++) {
            if (COMPONENT_OBJECTS.contains(s.lower(k)) && !(s.lower(k).equals("battery") && s.lower(k + 1).equals("-"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AMOUNTS = Set.of("billion", "million", "bn", "mn", "reais", "dollars", "euros",
            "yuan", "rupees", "won", "yen", "pounds", "crore", "lakh", "$", "€", "£");

    /** A word of a sum of money: "$", "million", "euros", "crore". */
    static boolean isAmountWord(String lower) {
        return AMOUNTS.contains(lower);
    }

    /** "managing partner of Ardent Vale", "a founding partner at Foo": a person's title, not a tie. */
    private static boolean jobTitle(Sentence s, int i) {
        if (!s.lower(i).equals("partner") && !s.lower(i).equals("partners")) {
            return false;
        }
        String p = s.lower(i - 1);
        return p.equals("managing") || p.equals("general") || p.equals("senior") || p.equals("founding")
                || p.equals("junior") || p.equals("equity") || p.equals("limited") || p.equals("co-founding");
    }

    /** "a $1 billion investment", "10 billion reais investment plan": an amount right before the noun. */
    private static boolean amountBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (AMOUNTS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "supply batteries to Tesla for cars made at the automaker's Shanghai factory": a participle right
     * after the goods it describes says where they are made, not that the clause's subject has them made
     * there.
     */
    private static boolean reducedRelative(Sentence s, int i) {
        String w = s.lower(i);
        String p = s.lower(i - 1);
        return (w.equals("built") || w.equals("made") || w.endsWith("ed")) && i > 0
                && (EvTerms.isCarWord(s, i - 1) || p.equals("batteries") || p.equals("cells") || p.equals("packs"));
    }

    /** "domestically built electric SUV", "the locally made car": a participle modifying a noun, not a verb. */
    private static boolean attributiveParticiple(Sentence s, int i) {
        String p = s.lower(i - 1);
        String w = s.lower(i);
        return (w.equals("built") || w.equals("made") || w.endsWith("ed")) && (p.endsWith("ly") || p.equals("the")
                || p.equals("a") || p.equals("an") || p.equals("best-selling") || p.equals("-"));
    }

    /** "its first electric models will arrive in 2026, [it] will build them": "them" is the builder's own product. */
    private static boolean ownProductBefore(Sentence s, int i) {
        for (int k = Math.max(0, i - 16); k < i; k++) {
            if ((s.lower(k).equals("its") || s.lower(k).equals("their")) && k + 4 < s.size()) {
                for (int j = k + 1; j <= k + 4; j++) {
                    String l = s.lower(j);
                    if (l.equals("models") || l.equals("cars") || l.equals("car") || l.equals("model")
                            || l.equals("vehicles") || l.equals("vehicle")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An ending verb must be about a tie: talks, a partnership, a joint plan (in its clause). */
    private static final Set<String> PROMISES = Set.of("agreement", "deal", "contract", "promise", "pledge",
            "commitment", "terms", "investment", "obligations", "undertaking");

    /** "reneged on", "breached", "failed to honour" a deal or a promise: the breach of a tie, said by either side. */
    private static boolean brokenPromise(Sentence s, int i) {
        String w = s.lower(i);
        boolean verb = (w.equals("reneged") || w.equals("reneging") || w.equals("renege") || w.equals("reneges"))
                && s.lower(i + 1).equals("on")
                || w.equals("breached") || w.equals("breaching") || w.equals("breach") || w.equals("breaches")
                || (w.equals("honour") || w.equals("honor")) && s.lower(i - 1).equals("to")
                && (s.lower(i - 2).equals("failing") || s.lower(i - 2).equals("failed") || s.lower(i - 2).equals("fails")
                || s.lower(i - 2).equals("failure") || s.lower(i - 2).equals("refused") || s.lower(i - 2).equals("refusing"));
        if (!verb) {
            return false;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 7); k++) {
            if (PROMISES.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(".") || s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean tieNounNear(Sentence s, int i) {
        int from = i;
        while (from > 0 && i - from < 30 && !s.lower(from - 1).equals(";")) {
            from--;
        }
        for (int k = from; k < Math.min(s.size(), i + 18); k++) {
            if (k > i && (s.lower(k).equals(";") || s.lower(k).equals("."))) {
                break;
            }
            if (TIE_NOUNS.contains(s.lower(k)) || developedWith(s, k) >= 0 || coVerb(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "took full ownership of their venture", "took full control of the joint venture", "bought out
     * its partner's stake in the venture": a venture that one parent now owns alone has ended as a tie.
     */
    private static boolean buyout(Sentence s, int i) {
        String w = s.lower(i);
        boolean full = (w.equals("full") || w.equals("sole") || w.equals("100") || w.equals("complete"))
                && (s.lower(i + 1).equals("ownership") || s.lower(i + 1).equals("control"));
        boolean out = (w.equals("bought") || w.equals("buy") || w.equals("buys") || w.equals("buying"))
                && s.lower(i + 1).equals("out");
        if (!full && !out) {
            return false;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            String l = s.lower(k);
            if (l.equals("venture") || l.equals("jv") || l.equals("partner") || l.equals("partner's")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SOLD = Set.of("sold", "sells", "sell", "selling", "divested", "divests",
            "divest", "offloaded", "offload", "unloaded", "dumped");
    private static final Set<String> HOLDING_NOUNS = Set.of("stake", "holding", "holdings", "shareholding",
            "shares", "interest");
    private static final Set<String> WHOLE_HOLDING = Set.of("its", "their", "remaining", "entire", "whole", "all",
            "of", "percent", "per", "cent", "%", "residual", "last");

    /** The holding noun of a complete sale, "sold its (remaining) (10 percent) stake", or -1. */
    private static int divestment(Sentence s, int i) {
        if (!SOLD.contains(s.lower(i))) {
            return -1;
        }
        boolean owned = false;
        for (int k = i + 1; k < s.size() && k <= i + 6; k++) {
            String l = s.lower(k);
            if (HOLDING_NOUNS.contains(l)) {
                return owned ? k : -1;
            }
            owned |= l.equals("its") || l.equals("their");
            if (!WHOLE_HOLDING.contains(l) && !(s.token(k).isWord() && Character.isDigit(l.charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> OWN_EFFORTS = Set.of("plan", "plans", "project", "programme", "program", "effort",
            "efforts", "ambitions", "strategy");

    /**
     * "abandoned its plan to build an electric car of its own", "scrapped its EV project": a firm's own
     * effort ends, not a tie (unless a "with" phrase or a joint word names a partner).
     */
    private static boolean ownPlanEnded(Sentence s, int i) {
        int k = i + 1;
        if (!(s.lower(k).equals("its") || s.lower(k).equals("his") || s.lower(k).equals("her"))) {
            return false;
        }
        for (k = k + 1; k < s.size() && k <= i + 5; k++) {
            String l = s.lower(k);
            if (l.equals("joint") || l.equals("partnership") || l.equals("alliance") || l.equals("venture")
                    || l.equals("deal") || l.equals("talks")) {
                return false;
            }
            if (OWN_EFFORTS.contains(l)) {
                return objectAfter(s, k, 8, "with") < 0;
            }
        }
        return false;
    }

    private static final Set<String> NOT_TIES = Set.of("speculation", "uncertainty", "wait", "rumours", "rumors",
            "doubts", "guessing", "limbo", "questions", "search", "hunt");

    /**
     * "The deal ... ends more than a year of speculation": the verb's object is a state of doubt or a
     * search, which the tie (its subject) ends; the tie itself goes on.
     */
    private static boolean endsSomethingElse(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 7; k++) {
            String l = s.lower(k);
            if (NOT_TIES.contains(l)) {
                return true;
            }
            if (TIE_NOUNS.contains(l) || !s.token(k).isWord() && !Character.isDigit(l.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** "by the end of April", "at the end of the year": "end" as a noun of time, not the verb. */
    private static boolean timeNoun(Sentence s, int i) {
        String w = s.lower(i);
        return (w.equals("end") || w.equals("halt")) && (s.lower(i - 1).equals("the") || s.lower(i - 1).equals("an")
                || s.lower(i - 1).equals("a")) && !s.lower(i + 1).equals("to");
    }

    private static final Set<String> CO_ACTION_VERBS = Set.of("develop", "developed", "developing", "develops",
            "design", "designed", "designing", "designs", "engineer", "engineered", "engineering", "build", "built",
            "building", "builds", "work", "worked", "working", "works", "produce", "produced", "producing", "make",
            "made", "making", "manufacture", "manufactured", "invest", "invested", "investing", "own", "owned",
            "owns", "operate", "operated", "operating", "run", "running", "runs", "create", "created", "form",
            "formed", "launch", "launched", "test", "tested", "testing", "research", "market", "marketed",
            "explore", "exploring", "study", "studying", "fund", "funded", "found", "founded", "set", "establish",
            "established", "pursue", "pursuing", "co-develop", "cooperate");

    /**
     * "jointly develop", "will work together", "a plant the two will own jointly": an adverb of joint
     * action is a tie only beside a verb of doing something together, not beside a verb of measure
     * ("together account for most sales", "together hold 60 percent of the market").
     */
    private static boolean jointAction(Sentence s, int i) {
        for (int k = Math.max(0, i - 3); k <= Math.min(s.size() - 1, i + 3); k++) {
            if (k != i && CO_ACTION_VERBS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "own jointly", "jointly owned", "co-owned": a thing held together is a joint venture. */
    private static boolean jointlyOwned(Sentence s, int i) {
        String w = s.lower(i);
        if (w.equals("co-owned") || w.equals("co-own") || w.equals("co-owns")) {
            return true;
        }
        if (!w.equals("jointly")) {
            return false;
        }
        String p = s.lower(i - 1);
        String n = s.lower(i + 1);
        return p.equals("own") || p.equals("owned") || p.equals("owns") || n.equals("owned") || n.equals("own")
                || n.equals("owns") || n.equals("run") || n.equals("operated") || p.equals("operate");
    }

    /** "co-developing", "co-designed", "co-engineer": the prefix marks joint work. */
    /** "co-developed", also as the tokenizer splits it ("co - developed"), at the "co". */
    static boolean coVerb(Sentence s, int i) {
        String w = s.lower(i);
        if (w.equals("co") && s.lower(i + 1).equals("-")) {
            w = "co-" + s.lower(i + 2);
        }
        return w.startsWith("co-develop") || w.startsWith("codevelop") || w.startsWith("co-design")
                || w.startsWith("co-engineer") || w.startsWith("co-produc")
                || w.startsWith("co-invest") && !w.startsWith("co-investor"); // "with ADQ as co-investor": no tie
    }

    /** "designed with X", "developed together with X", "engineered jointly with X": joint development. */
    private static int developedWith(Sentence s, int i) {
        String w = s.lower(i);
        if (!(w.startsWith("develop") || w.startsWith("design") || w.startsWith("engineer"))
                || w.startsWith("developer") || w.startsWith("designer") || w.startsWith("engineers")) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
            String l = s.lower(k);
            if (l.equals("with") && k + 1 < s.size() && (s.token(k + 1).isCapitalised() || s.lower(k + 1).equals("the")
                    || s.lower(k + 1).equals("its") || s.lower(k + 1).equals("it"))) {
                return k + 1;
            }
            if (l.equals("and") && k == i + 1 && k + 2 < s.size() && s.lower(k + 1).endsWith("ed")) {
                k++; // "designed and marketed with Huawei": a second participle shares the "with"
                continue;
            }
            if (!(l.equals("together") || l.equals("jointly") || l.equals("closely") || l.equals("in")
                    || l.equals("partnership") || l.equals("cooperation") || l.equals("collaboration"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean tieNoun(String w) {
        return w.equals("partnership") || w.equals("partnerships") || w.equals("alliance") || w.equals("tie-up")
                || w.equals("cooperation") || w.equals("collaboration") || w.equals("memorandum");
    }

    /** States a "make" can put its object in ("made redundant", "made public"): a result, not a product. */
    private static final Set<String> RESULT_STATES = Set.of("redundant", "public", "available", "clear", "possible",
            "aware", "official", "sure", "obsolete", "profitable", "easier", "harder", "cheaper");

    /** "staff had been made redundant", "will make the figures public": a make with a result, nothing built. */
    private static boolean resultativeMake(Sentence s, int i) {
        String w = s.lower(i);
        boolean make = w.equals("make") || w.equals("makes") || w.equals("made") || w.equals("making");
        return make && RESULT_STATES.contains(s.lower(i + 1));
    }

    private static final Set<String> MAKE_VERBS = Set.of("build", "produce", "make", "manufacture", "assemble");

    private static final Set<String> BUY = Set.of("buy", "buys", "bought", "buying", "purchase", "purchases",
            "purchased", "purchasing", "lease", "leases", "leased", "leasing");

    static boolean vehicleWithin(Sentence s, int from, int span) {
        for (int k = from; k < Math.min(s.size(), from + span); k++) {
            if (VEHICLE_HEADS.contains(s.lower(k)) || s.lower(k).equals("fleet")) {
                return true;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "thousands of its delivery vans", "500 of Rivian's vans": the possessor of the vehicles bought. */
    private static int vehicleOwner(Sentence s, int from, int span) {
        for (int k = from; k < Math.min(s.size() - 1, from + span); k++) {
            if (s.lower(k).equals("its") || s.lower(k).equals("their")) {
                return k;
            }
            if (s.token(k).isCapitalised() && s.token(k + 1).isPossessive()) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> VEHICLE_HEADS = Set.of("vehicle", "vehicles", "car", "cars", "truck", "trucks",
            "van", "vans", "suv", "suvs", "sedan", "pickup", "hatchback", "model", "models", "coupe", "prototype",
            "prototypes", "crossover", "minivan", "bus", "buses");

    /** "the vehicle", "the new car", "the electric van": a definite vehicle without a possessor, already named. */
    static boolean definiteVehicle(Sentence s, int from) {
        if (!s.lower(from).equals("the") && !s.lower(from).equals("these") && !s.lower(from).equals("this")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(s.size(), from + 4); k++) {
            if (!s.token(k).isWord() && !s.lower(k).equals("-") || s.token(k).isCapitalised()) {
                return false; // "the Model 3": a named product, not the car just mentioned
            }
            if (VEHICLE_HEADS.contains(s.lower(k))) {
                return k + 1 >= s.size() || !s.lower(k + 1).equals("of") && !s.token(k + 1).isPossessive();
            }
        }
        return false;
    }

    private static final Set<String> BUILD_OR_FORM = Set.of("build", "building", "built", "builds", "open", "opened",
            "opens", "form", "formed", "establish", "established", "run", "runs", "operate", "operates");

    private static final Set<String> SELECT = Set.of("named", "names", "picked", "picks", "chose", "chooses",
            "selected", "selects", "appointed", "appoints", "tapped", "taps");

    /** "named X as its supplier": the tie the role noun after "as" stands for, or null. */
    private static PartnershipType chosenAs(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size() - 1, i + 9); k++) {
            if (s.lower(k).equals(",") || s.lower(k).equals(";") || s.lower(k).equals(".")) {
                return null;
            }
            if (!s.lower(k).equals("as")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.size(), k + 6); j++) {
                String l = s.lower(j);
                if (l.equals("supplier") || l.equals("suppliers")) {
                    return PartnershipType.SUPPLY;
                }
                if (l.equals("manufacturer") || l.equals("assembler") || l.equals("builder")) {
                    return PartnershipType.MANUFACTURING;
                }
                if (l.equals("partner") || l.equals("partners")) {
                    return PartnershipType.PARTNERSHIP;
                }
                if (!s.token(j).isWord() && !l.equals("-")) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /** "hired it to produce a car", "chose Magna to assemble the SUV": the hired firm makes it; -1 if not so. */
    private static int hiredToBuild(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size() - 1, i + 7); k++) {
            if (s.lower(k).equals("to") && MAKE_VERBS.contains(s.lower(k + 1))) {
                return k;
            }
            if (s.lower(k).equals(",") || s.lower(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> QUANTITY_WORDS = Set.of("up", "about", "around", "roughly", "nearly", "almost",
            "some", "as", "more", "less", "just", "over", "under", "a", "an");
    /**
     * The party after "with" (from token {@code with}) is a blank-check company: "blank-check", "SPAC"
     * or "special purpose acquisition" within a few words around it, or "Acquisition Corp" in its name.
     */
    private static boolean blankCheck(Sentence s, int with) {
        for (int k = with; k < Math.min(s.size(), with + 14); k++) {
            String l = s.lower(k);
            if (l.equals("spac") || l.equals("blank") && s.lower(k + 1).equals("-") && s.lower(k + 2).equals("check")
                    || l.equals("acquisition") && (s.token(k).isCapitalised() || s.lower(k - 1).equals("purpose"))) {
                return true;
            }
            if (l.equals(";") || l.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** The manufacturing cues of a build verb ("built by X", "X will build it", "builds cars for X", "at X's plant"). */
    private static void addBuildCues(Sentence s, int i, List<Found> out) {
        int by = passiveAgent(s, i);
        if (by >= 0) {
            // "the front motor is made by Inovance": a part made for the car's maker is supplied to it
            out.add(Found.of(partBefore(s, i) ? PartnershipType.SUPPLY : PartnershipType.MANUFACTURING, i,
                    Pattern.PASSIVE_BY, by));
        } else if ((s.lower(i + 1).equals("it") && !ADJECTIVES_OF_MAKING_IT.contains(s.lower(i + 2))
                || s.lower(i + 1).equals("them") || definiteVehicle(s, i + 1)) && !ownProductBefore(s, i)) {
            // "Foxconn will build it", "BYD will build the vehicle at one of its plants": the car just named
            out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.BUILD_IT, -1));
        } else {
            int with = objectAfter(s, i, 8, "with");
            if (with >= 0 && with < s.size() && s.token(with).isCapitalised()) {
                // "makes cars under the Aito brand with Huawei": making together; "is building a cell
                // plant in Indonesia with Hyundai": a plant owned together is a joint venture
                boolean plant = nounWithin(s, i + 1, Math.max(1, with - i - 1), "plant", "factory", "plants",
                        "factories", "gigafactory", "facility") >= 0;
                out.add(Found.of(plant ? PartnershipType.JOINT_VENTURE : PartnershipType.PARTNERSHIP, i,
                        Pattern.WITH, with));
            }
            int forObj = objectAfter(s, i, 8, "for");
            if (forObj < 0 && appositionAfter(s, i + 1)) {
                // "build the PEAR, a small electric car, there for Fisker": past the object's apposition
                forObj = objectAfter(s, i, 14, "for");
            }
            if (forObj >= 0 && !s.lower(i - 1).equals("to") || forObj >= 0 && buildForFirm(s, forObj)) {
                // making parts for a firm is supplying it: "makes inverters and control units for Toyota"
                boolean parts = componentWithin(s, i + 1, Math.max(0, forObj - 1 - (i + 1)));
                out.add(Found.of(parts ? PartnershipType.SUPPLY : PartnershipType.MANUFACTURING, i,
                        Pattern.OBJECT, forObj));
            }
            int at = reducedRelative(s, i) ? -1 : plantAt(s, i + 1, 16);
            if (at >= 0) {
                out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.OBJECT, at));
            }
            int owner = possessorAfter(s, i + 1, 4);
            if (owner >= 0 && !s.lower(i + 1).equals("its") && !s.lower(i + 1).equals("their")
                    && !componentWithin(s, owner + 2, 4) && !attributiveParticiple(s, i) && !reducedRelative(s, i)) {
                // "Magna Steyr to build Jaguar's first electric SUV": another firm's car
                out.add(Found.of(PartnershipType.MANUFACTURING, i, Pattern.OBJECT, owner));
            }
        }
    }

    /**
     * Trade-press ways of saying one firm supplies another, or null: "Geely picked Mobileye's chips", "its
     * truck runs Qualcomm's software", "CATL's cells power Tesla's Model 3", "powered by CATL's cells",
     * "a design win at Zeekr". Kept out of {@link #find} so that method stays small enough to be compiled.
     */
    private static Found supplyIdiom(Sentence s, int i, String w) {
        if (TAKE_UP.contains(w) && possessiveComponent(s, i + 1)) {
            return Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 1);
        }
        if ((w.equals("power") || w.equals("powers") || w.equals("powering")) && i >= 2
                && s.token(i - 2).isPossessive() && componentWithin(s, i - 1, 1) && possessorWithin(s, i + 1, 3) >= 0) {
            return Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, possessorWithin(s, i + 1, 3));
        }
        if (w.equals("powered") && s.lower(i + 1).equals("by") && possessiveComponent(s, i + 2)) {
            return Found.of(PartnershipType.SUPPLY, i, Pattern.PASSIVE_BY, i + 2);
        }
        if (w.equals("win") && s.lower(i - 1).equals("design") && (s.lower(i + 1).equals("at")
                || s.lower(i + 1).equals("with") || s.lower(i + 1).equals("from"))) {
            return Found.of(PartnershipType.SUPPLY, i, Pattern.OBJECT, i + 2);
        }
        return null;
    }

    /**
     * Investor-press ways of saying one firm invests in another, or null: "SoftBank led a $300 million
     * round in Nuro"; "a merger with Churchill Capital Corp IV, a blank-check company" (the SPAC's trust
     * money buys into the firm: an investment, not a union of two businesses).
     */
    private static Found investmentIdiom(Sentence s, int i, String w) {
        if ((w.equals("led") || w.equals("leads") || w.equals("leading") || w.equals("co-led"))
                && nounWithin(s, i + 1, 6, "round") >= 0 && objectAfter(s, i, 8, "in", "into") >= 0
                && !s.lower(i - 1).equals("round")) {
            return Found.of(PartnershipType.INVESTMENT, i, Pattern.OBJECT, objectAfter(s, i, 8, "in", "into"));
        }
        if ((w.equals("led") || w.equals("co-led")) && s.lower(i + 1).equals("by")
                && nounWithin(s, Math.max(0, i - 4), 4, "round", "funding", "financing", "investment", "raise") >= 0) {
            // "The round was led by Baillie Gifford": the leader invests in the raiser, the firm in focus
            return new Found(PartnershipType.INVESTMENT, i, Pattern.OBJECT, -1, true, false, null, null);
        }
        if ((w.equals("merger") || w.equals("merge") || w.equals("merged") || w.equals("merging")
                || w.equals("combination")) && objectAfter(s, i, 6, "with") >= 0
                && blankCheck(s, objectAfter(s, i, 6, "with") - 1)) {
            return Found.of(PartnershipType.INVESTMENT, i, Pattern.WITH, objectAfter(s, i, 6, "with"));
        }
        return null;
    }

    /**
     * Verbs of taking another firm's part or product into one's cars: "picked Mobileye's chips", "runs
     * Qualcomm's software", "will use Drive Thor", "adopts Snapdragon Ride".
     */
    static final Set<String> TAKE_UP = Set.of("use", "uses", "using", "used", "adopt", "adopts", "adopted",
            "adopting", "deploy", "deploys", "deployed", "deploying", "picked", "picks", "chose", "chosen", "selected",
            "selects", "carries", "carry", "features", "feature", "integrate", "integrates", "integrated", "runs",
            "run", "gets", "get", "fitted", "fits");

    /** The first token of a possessive name within the next few tokens ("Tesla's Model 3"), or -1. */
    private static int possessorWithin(Sentence s, int from, int span) {
        for (int k = from; k < Math.min(s.size(), from + span); k++) {
            if (s.token(k).isPossessive()) {
                int start = k - 1;
                while (start > from && s.token(start - 1).isCapitalised() && s.token(start - 1).isWord()) {
                    start--;
                }
                return start >= from && s.token(start).isCapitalised() ? start : -1;
            }
        }
        return -1;
    }

    private static final Set<String> MONEY_NOUNS = Set.of("funding", "financing", "investment", "investments",
            "injection", "placement");

    private static final Set<String> PRODUCTION_FOLLOWERS = Set.of("at", "is", "will", "would", "was", "begins",
            "began", "starts", "started", "to");

    /**
     * "its investors", "Didi's largest outside shareholder", "their main backers": a possessor before
     * the holder noun, over at most three modifiers, makes the possessor the investee.
     */
    private static boolean possessedHolder(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String l = s.lower(k);
            if (l.equals("its") || l.equals("their") || s.token(k).isPossessive()) {
                return true;
            }
            if (!s.token(k).isWord() && !l.equals("-") || s.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }
}
