package evradar.extract.signals;

/**
 * What a cue says about a firm's EV effort before attribution and mood are applied. The status
 * follows from the stage, who asserts it and how (see {@link SignalFinder#status}).
 */
enum Stage {
    /** It sells or delivers EVs. */
    SALES,
    /** Concrete development: prototypes, road tests, factory construction, production start, pre-orders. */
    DEVELOPMENT,
    /** A committed act: an EV unit set up, money committed, a confirmed effort. */
    COMMITMENT,
    /** A stated plan to build, sell or enter: firm if asserted, exploratory if only an intention. */
    PLAN,
    /** Interest: studying, considering, wishing to enter. */
    INTEREST,
    /** A plan the firm has not confirmed ("has never confirmed plans to build a car"). */
    UNCONFIRMED,
    /** A denial of plans to make EVs. */
    DENIAL,
    /** The EV effort cancelled, closed or bankrupt. */
    EXIT
}
