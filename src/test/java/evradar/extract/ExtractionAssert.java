package evradar.extract;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.avro.PartnershipType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Domain assertions on an extraction (after Lucene's assertTokenStreamContents): each failure
 * message shows the whole extraction, so a broken rule is visible at a glance.
 */
public final class ExtractionAssert {

    /**
     * The rules alone: each test sentence is written for a rule, so the tie model's inferences
     * (SPECULATIVE ties the rules did not state) would blur what it checks. The model has its own
     * tests ({@code TieModelTest}) and is measured on the labelled sets.
     */
    private static final Extractor RULES = new RuleBasedExtractor(CompanyDictionary.bundled(),
            evradar.extract.relations.TieModel.NONE);

    private final Extraction x;

    private ExtractionAssert(Extraction x) {
        this.x = x;
    }

    public static ExtractionAssert assertThat(Extraction x) {
        return new ExtractionAssert(x);
    }

    /** Extracts a one-off article (title and body, published on the given day) with the rules alone. */
    public static ExtractionAssert extract(String day, String title, String body) {
        return new ExtractionAssert(RULES.extract(article(day, title, body)));
    }

    public static Article article(String day, String title, String body) {
        return new Article("test", "Test Wire", Instant.parse(day + "T12:00:00Z"), title, body);
    }

    public Extraction extraction() {
        return x;
    }

    public ExtractionAssert hasCompanies(String... ids) {
        List<String> found = x.companies().stream().map(CompanyHit::id).sorted().toList();
        List<String> expected = Arrays.stream(ids).sorted().toList();
        assertEquals(expected, found, () -> "companies of " + describe());
        return this;
    }

    public ExtractionAssert mentions(String id) {
        assertTrue(x.companies().stream().anyMatch(c -> c.id().equals(id)), () -> "expected " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasMentionCount(String id, int count) {
        mentions(id);
        int actual = x.companies().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().mentions();
        assertTrue(actual == count, () -> "expected " + count + " mentions of " + id + ", found " + actual);
        return this;
    }

    public ExtractionAssert doesNotMention(String id) {
        assertTrue(x.companies().stream().noneMatch(c -> c.id().equals(id)), () -> "did not expect " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasSignal(String id, EvStatus status) {
        Optional<SignalHit> s = signal(id);
        if (s.isEmpty()) {
            fail("expected " + id + "=" + status + " but no signal for it in " + describe());
        }
        assertEquals(status, s.get().status(), () -> "signal of " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasSignal(String id, EvStatus status, Certainty certainty) {
        hasSignal(id, status);
        assertEquals(certainty, signal(id).orElseThrow().certainty(), () -> "certainty of " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasNoSignal(String id) {
        assertTrue(signal(id).isEmpty(), () -> "expected no signal for " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasNoSignal(String id, EvStatus status) {
        assertTrue(x.signals().stream().noneMatch(s -> s.companyId().equals(id) && s.status() == status),
                () -> "did not expect " + id + "=" + status + " in " + describe());
        return this;
    }

    public ExtractionAssert hasNoSignals() {
        assertTrue(x.signals().isEmpty(), () -> "expected no signals in " + describe());
        return this;
    }

    public ExtractionAssert hasTargetYear(String id, Integer year) {
        assertEquals(year, signal(id).map(SignalHit::targetYear).orElse(null), () -> "target year of " + id + " in " + describe());
        return this;
    }

    public ExtractionAssert hasPartnership(String a, String b, PartnershipType type) {
        Optional<PartnershipHit> p = pair(a, b);
        if (p.isEmpty()) {
            fail("expected " + a + "-" + b + " " + type + " but no such pair in " + describe());
        }
        assertEquals(type, p.get().type(), () -> "type of " + a + "-" + b + " in " + describe());
        return this;
    }

    public ExtractionAssert hasNoPartnership(String a, String b) {
        assertTrue(pair(a, b).isEmpty(), () -> "expected no tie " + a + "-" + b + " in " + describe());
        return this;
    }

    public ExtractionAssert hasNoPartnerships() {
        assertTrue(x.partnerships().isEmpty(), () -> "expected no partnerships in " + describe());
        return this;
    }

    private Optional<SignalHit> signal(String id) {
        return x.signals().stream().filter(s -> s.companyId().equals(id)).findFirst();
    }

    private Optional<PartnershipHit> pair(String a, String b) {
        String lo = a.compareTo(b) < 0 ? a : b;
        String hi = a.compareTo(b) < 0 ? b : a;
        return x.partnerships().stream().filter(p -> p.a().equals(lo) && p.b().equals(hi)).findFirst();
    }

    private String describe() {
        return "\n  companies: " + x.companies().stream().map(CompanyHit::id).collect(Collectors.joining(", "))
                + "\n  partnerships: " + x.partnerships().stream().map(p -> p.a() + "-" + p.b() + " " + p.type()
                + " (" + p.certainty() + ")").collect(Collectors.joining(", "))
                + "\n  signals: " + x.signals().stream().map(s -> s.companyId() + "=" + s.status() + " (" + s.certainty()
                + (s.targetYear() == null ? "" : ", " + s.targetYear()) + ")").collect(Collectors.joining(", ")) + "\n";
    }
}
