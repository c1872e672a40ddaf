package evradar.extract.bench;

import evradar.extract.Article;
import evradar.app.ArticleArchive;
import evradar.avro.ArticleEvent;
import evradar.topology.ExtractionMapper;
import evradar.extract.CompanyDictionary;
import evradar.extract.Extractor;
import evradar.extract.RuleBasedExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction throughput over the development corpus (articles per second, one thread), the cost of
 * building an extractor over the bundled dictionary (what the topology pays when the
 * companies.reference table changes), and the time for a 1 MB hostile body.
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat cp-test.txt)
 * evradar.extract.bench.ExtractorBenchmark} (cp-test.txt from {@code mvn dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=cp-test.txt}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractorBenchmark {

    static final int CORPUS = 46;

    private List<Article> articles;
    private Extractor extractor;
    private Article hostile;

    @Setup
    public void setUp() throws IOException {
        articles = new ArrayList<>();
        try (InputStream in = ArticleArchive.sample()) {
            ArticleArchive.read(in, new ArticleArchive.Visitor() {
                @Override
                public void article(long line, ArticleEvent article) {
                    articles.add(ExtractionMapper.article(article));
                }

                @Override
                public void malformed(long line, String reason) {
                    throw new IllegalStateException("sample line " + line + ": " + reason);
                }
            });
        }
        if (articles.size() != CORPUS) {
            throw new IllegalStateException("expected " + CORPUS + " articles, found " + articles.size());
        }
        extractor = new RuleBasedExtractor(CompanyDictionary.bundled());
        String unit = "Tesla Ford GM Honda Nissan BYD NIO Xiaomi talks with invest in venture between ";
        hostile = new Article("hostile", "", Instant.parse("2024-01-01T00:00:00Z"), "t", unit.repeat((1 << 20) / unit.length() + 1));
    }

    /** Articles per second: each invocation extracts the whole corpus. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CORPUS)
    public void extractCorpus(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(extractor.extract(a));
        }
    }

    /** Milliseconds to build an extractor (automaton and all) over the bundled dictionary. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Extractor buildExtractor() {
        return new RuleBasedExtractor(CompanyDictionary.bundled());
    }

    /** Milliseconds for one 1 MB body dense with names and cue words. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 3)
    public Object hostileMegabyte() {
        return extractor.extract(hostile);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ExtractorBenchmark.class.getSimpleName()).build()).run();
    }
}
