package evradar.status;

import evradar.avro.EvStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The precedence rules between EV-market statuses (DESIGN.md, corpus/README.md): the latest signal
 * wins, except that unconfirmed talk does not undo confirmed facts, a denial does not undo work
 * under way, and after an exit only a confirmed restart counts.
 */
public final class StatusRules {

    private static final Set<EvStatus> CONFIRMED = EnumSet.of(EvStatus.ANNOUNCED, EvStatus.DEVELOPING, EvStatus.LAUNCHED);
    private static final Set<EvStatus> UNDER_WAY = EnumSet.of(EvStatus.DEVELOPING, EvStatus.LAUNCHED);

    private StatusRules() {
    }

    /**
     * The status a firm has after a newer signal {@code incoming} arrives on top of {@code current}.
     *
     * @param current  the status so far, or null when the firm has none
     * @param incoming the newer signal, or null / UNKNOWN for none (then nothing changes)
     */
    public static EvStatus next(EvStatus current, EvStatus incoming) {
        if (incoming == null || incoming == EvStatus.UNKNOWN) {
            return current;
        }
        if (current == null || current == EvStatus.UNKNOWN) {
            return incoming;
        }
        return switch (incoming) {
            case EXITED, ANNOUNCED, DEVELOPING, LAUNCHED -> incoming;
            case RUMORED, EXPLORING -> CONFIRMED.contains(current) || current == EvStatus.EXITED ? current : incoming;
            case DENIED -> UNDER_WAY.contains(current) || current == EvStatus.EXITED ? current : incoming;
            case UNKNOWN -> current;
        };
    }

    /** Whether the status is a confirmed stage (ANNOUNCED, DEVELOPING, LAUNCHED). */
    public static boolean isConfirmed(EvStatus status) {
        return status != null && CONFIRMED.contains(status);
    }
}
