package evradar.extract.signals;

/**
 * A word or phrase in a sentence that bears on a firm's EV status.
 *
 * @param at        the predicate token (where the agent and mood are read)
 * @param agentHint a token whose firm is the agent regardless of syntax ("ends Baidu's attempt"), or -1
 * @param selfMood  whether the cue fixes its own mood (a denial is negative by nature; "plans to
 *                  start production" is future by nature)
 * @param productOnly an exit of one product or of production: not an exit for a firm already selling EVs
 */
record Cue(Stage stage, int at, int agentHint, boolean selfMood, boolean productOnly) {

    Cue(Stage stage, int at, int agentHint, boolean selfMood) {
        this(stage, at, agentHint, selfMood, false);
    }

    /**
     * An exit that ends one product or plant ("abandoned its Sion solar car", "ceased production"):
     * the whole EV effort for a firm that sells no other EVs, a model change for an incumbent.
     */
    Cue onlyForNewcomers() {
        return new Cue(stage, at, agentHint, selfMood, true);
    }

    static Cue of(Stage stage, int at) {
        return new Cue(stage, at, -1, false);
    }

    static Cue fixed(Stage stage, int at) {
        return new Cue(stage, at, -1, true);
    }
}
