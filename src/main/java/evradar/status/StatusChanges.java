package evradar.status;

import evradar.avro.FirmEvidence;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a firm's new status is an alert: only a change of status is, and it is marked as
 * a correction when the article that caused it is older than evidence already applied (history was
 * rewritten by a late arrival), and as replay when it comes from reprocessing history.
 */
public final class StatusChanges {

    private StatusChanges() {
    }

    /**
     * @param before      the firm's status before the new evidence, or null if it had none
     * @param folded      the firm's status after it, with the evidence that set that status
     * @param trigger     the evidence just added
     * @param replayUntil articles published at or before this instant are history being replayed (null: no replay)
     */
    public static Optional<StatusChange> between(FirmStatus before, StatusFold.Folded folded, FirmEvidence trigger,
                                                 Instant replayUntil) {
        FirmStatus after = folded.status();
        if (before != null && before.getStatus() == after.getStatus()) {
            return Optional.empty();
        }
        FirmEvidence cause = folded.cause();
        boolean correction = before != null && trigger.getPublishedAt().isBefore(before.getUpdatedAt());
        boolean replay = replayUntil != null && !trigger.getPublishedAt().isAfter(replayUntil);
        return Optional.of(StatusChange.newBuilder()
                .setCompanyId(after.getCompanyId())
                .setCompanyName(after.getCompanyName())
                .setFrom(before == null ? null : before.getStatus())
                .setTo(after.getStatus())
                .setArticleId(cause.getArticleId())
                .setSource(cause.getSource())
                .setAt(cause.getPublishedAt())
                .setSnippet(cause.getSignal() == null ? "" : cause.getSignal().getEvidence())
                .setReplay(replay)
                .setCorrection(correction)
                .build());
    }
}
