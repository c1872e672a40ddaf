package evradar.extract.signals;

/**
 * A word or phrase in a sentence that bears on a firm's EV status.
 *
 * @param at        the predicate token (where the agent and mood are read)
 * @param agentHint a token whose firm is the agent regardless of syntax ("ends Baidu's attempt"), or -1
 * @param selfMood  whether the cue fixes its own mood (a denial is negative by nature; "plans to
 *                  start production" is future by nature)
 */
record Cue(Stage stage, int at, int agentHint, boolean selfMood) {

    static Cue of(Stage stage, int at) {
        return new Cue(stage, at, -1, false);
    }

    static Cue fixed(Stage stage, int at) {
        return new Cue(stage, at, -1, true);
    }
}
