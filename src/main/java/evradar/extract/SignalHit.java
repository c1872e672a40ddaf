package evradar.extract;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;

/** What an article says about one firm's move into the EV market, and the sentence that says it. */
public record SignalHit(String companyId, EvStatus status, Certainty certainty, Integer targetYear, String evidence) {
}
