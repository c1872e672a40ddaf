package evradar.extract.signals;

import java.util.Set;

/**
 * Word lists for the newer cues of {@link SignalCues}, kept in a class of their own so that its static
 * initialiser stays under the 8,000 bytes of bytecode HotSpot compiles (see {@code CompiledMethodSizeTest}).
 */
final class CueWords {

    /** "a foray into", "its entry into", "jumps into", "is wading into": a move into a market. */
    static final Set<String> FORAYS = Set.of("foray", "entry", "entrance", "leap", "leaps", "leaped", "leapt",
            "leaping", "plunge", "plunges", "plunged", "plunging", "jump", "jumps", "jumped", "jumping", "wade", "wades",
            "waded", "wading", "dive", "dives", "dived", "diving");
    /** "a possible entry": an entry no one has made. */
    static final Set<String> DOUBTED = Set.of("possible", "potential", "rumoured", "rumored", "mooted",
            "speculated", "hypothetical", "any");
    /** Goods a production start then makes, when they are no car. */
    static final Set<String> CELL_GOODS = Set.of("battery", "cell", "cells", "batteries", "chips");
    /** "appointed administrators": the people a British insolvency puts in charge. */
    static final Set<String> OFFICE_HOLDERS = Set.of("administrators", "receivers", "liquidators");
    /** "went into hibernation", "putting its operations into hibernation". */
    static final Set<String> INTO_STATE_VERBS = Set.of("went", "goes", "go", "gone", "entered", "enters",
            "entering", "put", "puts", "putting", "placed");
    /** "pledged to keep funding the carmaker": money for another firm. */
    static final Set<String> FUNDING = Set.of("funding", "fund", "financing", "finance", "bankrolling",
            "bankroll", "backing", "supporting");

    /** Aircraft, whose makers are no carmakers: "the developer of an electric jet", "its two-seat air taxi". */
    static final Set<String> AIRCRAFT = Set.of("jet", "jets", "aircraft", "plane", "planes", "airliner", "airliners",
            "evtol", "evtols", "drone", "drones", "helicopter", "helicopters", "aviation");

    /** "its stake plan", "the listing plan": a plan for a deal about a business, not for the business. */
    /** Verbs of making known: "has not confirmed any plan", "never disclosed any plan" negate the telling. */
    static final Set<String> DISCLOSING = Set.of("confirmed", "confirm", "acknowledged", "acknowledge", "disclosed",
            "disclose", "announced", "announce", "revealed", "reveal", "detailed", "detail", "outlined", "outline");
    static final Set<String> DEAL_NOUNS = Set.of("stake", "investment", "listing", "ipo", "merger", "takeover",
            "acquisition", "purchase", "funding", "flotation", "spin-off", "buyout", "share", "sale");

    /** Verbs of weighing a move: what a denied report may say a firm is doing. */
    static final Set<String> WEIGHING = Set.of("studying", "considering", "weighing", "exploring", "eyeing",
            "mulling", "evaluating", "examining", "reviewing");

    /** Nouns for a firm's part made a firm of its own. */
    static final Set<String> UNIT_NOUNS = Set.of("unit", "company", "business", "subsidiary", "entity", "arm",
            "division", "operations");
    /** "spin off", "carve out", "is separating", "hive off": verbs of making a unit a firm. */
    static final Set<String> SEPARATING = Set.of("spin", "spinning", "separating", "separate", "carve",
            "carving", "hive", "hiving", "split", "splitting", "list", "float");

    /** What a model is added to: "its lineup", "its range". */
    static final Set<String> LINEUPS = Set.of("lineup", "line-up", "range", "portfolio", "offering", "offerings");

    /** Words that make a car a combustion one: "petrol-powered cars", "its diesel pickup". */
    static final Set<String> COMBUSTION = Set.of("petrol", "diesel", "gasoline", "combustion");

    /** Spans of time whose end is a date, not an exit: "by the end of this year", "the end of the quarter". */
    static final Set<String> PERIODS = Set.of("year", "month", "quarter", "decade", "week", "season", "summer",
            "winter", "spring", "autumn", "fall", "half", "century", "day");
    /** What may stand between "the end of" and the period: "the end of this fiscal year", "of the first half". */
    static final Set<String> PERIOD_MODIFIERS = Set.of("this", "next", "last", "the", "a", "its", "fiscal",
            "financial", "calendar", "first", "second", "third", "fourth", "current");

    private CueWords() {
    }
}
