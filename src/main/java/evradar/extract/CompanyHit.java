package evradar.extract;

/** A firm named in an article, with how often it is referred to (names plus resolved references). */
public record CompanyHit(String id, String name, int mentions) {
}
