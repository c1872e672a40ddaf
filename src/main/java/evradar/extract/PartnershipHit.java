package evradar.extract;

import evradar.avro.Certainty;
import evradar.avro.PartnershipType;

/** A tie between two firms; the pair is unordered and always stored with {@code a < b}. */
public record PartnershipHit(String a, String b, PartnershipType type, Certainty certainty, String evidence) {

    public PartnershipHit {
        if (a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
    }
}
