package evradar.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A 1 MB hostile body must not hang the stream thread (no catastrophic backtracking, nothing
 * quadratic; and no more than {@link RuleBasedExtractor#MAX_ANALYSED_CHARS} of it is read). The
 * bound is generous for slow CI machines; ExtractorBenchmark measures real times.
 */
class AdversarialInputTest {

    private static final int MEGABYTE = 1 << 20;

    @org.junit.jupiter.api.Test
    void anOversizedBodyIsReadUpToTheLastSentenceEndWithinTheLimit() {
        String sentence = "Tesla said it delivered more cars. ";
        String body = sentence.repeat(RuleBasedExtractor.MAX_ANALYSED_CHARS / sentence.length() + 100);
        String read = RuleBasedExtractor.bounded(body);
        org.junit.jupiter.api.Assertions.assertTrue(read.length() <= RuleBasedExtractor.MAX_ANALYSED_CHARS);
        org.junit.jupiter.api.Assertions.assertTrue(read.endsWith("more cars."), read.substring(read.length() - 20));
        org.junit.jupiter.api.Assertions.assertSame(sentence, RuleBasedExtractor.bounded(sentence), "a normal body is read whole");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a ",
        "a",
        "a.",
        "Xiaomi ",
        "Aaaa Bbbb Motors Cccc ",
        "The company said it would build electric cars with the automaker, and the two companies said they are in talks with Tesla. ",
        "Tesla Ford GM Honda Nissan BYD NIO Xiaomi talks with invest in venture between ",
        "Read more\n\nXiaomi Tesla\n\n",
        "\"“'(",
        "Inc. Co. U.S. Mr. ",
        "it its they their the company the two companies ",
    })
    void oneMegabyteFinishesQuickly(String unit) {
        String body = unit.repeat(MEGABYTE / unit.length() + 1);
        Extractor x = Extractors.standard();
        x.extract(new Article("warm-up", "", Instant.parse("2024-01-01T00:00:00Z"), "t", body.substring(0, 10_000)));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            long t0 = System.nanoTime();
            Extraction e = x.extract(new Article("adversarial", "", Instant.parse("2024-01-01T00:00:00Z"), unit, body));
            System.out.printf("1 MB of %s: %d ms%n", unit.strip().replace("\n", "\\n"), (System.nanoTime() - t0) / 1_000_000);
            assertNotNull(e);
        });
    }
}
