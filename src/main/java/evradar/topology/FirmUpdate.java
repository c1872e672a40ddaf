package evradar.topology;

import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;

/** A firm's new status and, when its status (not just its details) changed, the alert for it. */
public record FirmUpdate(FirmStatus status, StatusChange change) {
}
