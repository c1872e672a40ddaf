package evradar.status;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.avro.FirmEvidence;
import evradar.avro.PartnershipType;
import evradar.avro.SignalMention;
import evradar.avro.Tie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds FirmEvidence for tests: {@code Evidence.of("a1", "2021-01-01").signal(LAUNCHED).tie("honda", JOINT_VENTURE).build()}. */
public final class Evidence {

    private final FirmEvidence.Builder builder;
    private final List<Tie> ties = new ArrayList<>();

    private Evidence(String articleId, String day) {
        builder = FirmEvidence.newBuilder()
                .setCompanyId("acme")
                .setCompanyName("Acme")
                .setArticleId(articleId)
                .setSource("Wire " + articleId)
                .setPublishedAt(Instant.parse(day + "T00:00:00Z"))
                .setFingerprint("fp-" + articleId);
    }

    public static Evidence of(String articleId, String day) {
        return new Evidence(articleId, day);
    }

    public Evidence signal(EvStatus status) {
        builder.setSignal(new SignalMention("acme", status, Certainty.CONFIRMED, null, "Acme is " + status + "."));
        return this;
    }

    public Evidence signal(EvStatus status, Integer targetYear) {
        builder.setSignal(new SignalMention("acme", status, Certainty.CONFIRMED, targetYear, "Acme is " + status + "."));
        return this;
    }

    public Evidence source(String source) {
        builder.setSource(source);
        return this;
    }

    public Evidence fingerprint(String fingerprint) {
        builder.setFingerprint(fingerprint);
        return this;
    }

    public Evidence tie(String partnerId, PartnershipType type) {
        return tie(partnerId, type, Certainty.CONFIRMED);
    }

    public Evidence tie(String partnerId, PartnershipType type, Certainty certainty) {
        ties.add(new Tie(partnerId, partnerId.toUpperCase(), type, certainty));
        return this;
    }

    public FirmEvidence build() {
        return builder.setTies(List.copyOf(ties)).build();
    }
}
