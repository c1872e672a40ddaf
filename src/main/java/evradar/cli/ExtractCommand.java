package evradar.cli;

import evradar.app.ArticleArchive;
import evradar.avro.ArticleEvent;
import evradar.extract.Extraction;
import evradar.extract.ExtractionJson;
import evradar.extract.Extractor;
import evradar.extract.RuleBasedExtractor;
import evradar.topology.ExtractionMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Offline, no Kafka: reads article events (JSON lines, as in corpus/articles.jsonl) and prints "
                + "one JSON line of extraction per article (companies, partnerships, EV signals).",
                "A malformed input line is reported on stderr with its line number and skipped; the exit status is 0 "
                        + "unless input lines were given and none could be read (then 1)."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "FILE", description = "Articles, one JSON object per line (default: standard input).")
    Path input;

    @Mixin
    ExtractorOptions extractorOptions;

    @Mixin
    TieModelOption tieModelOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Extractor extractor = new RuleBasedExtractor(extractorOptions.dictionary(), tieModelOption.model());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String where = input == null ? "" : input + ": ";
        long[] read = {0};
        long[] bad = {0};
        long[] failed = {0};
        try (InputStream in = input == null ? System.in : ArticleArchive.open(input)) {
            ArticleArchive.read(in, new ArticleArchive.Visitor() {
                @Override
                public void article(long line, ArticleEvent article) {
                    Extraction x = GuardedExtraction.extract(extractor, ExtractionMapper.article(article), err,
                            where + "line " + line + ": ");
                    if (x == null) {
                        failed[0]++;
                        return;
                    }
                    out.println(ExtractionJson.line(x));
                    read[0]++;
                }

                @Override
                public void malformed(long line, String reason) {
                    bad[0]++;
                    err.println("evradar: " + where + "line " + line + ": " + reason + " (skipped)");
                }
            });
        }
        out.flush();
        if (bad[0] > 0) {
            err.println("evradar: " + bad[0] + " malformed line(s) skipped, " + read[0] + " article(s) extracted");
        }
        if (failed[0] > 0) {
            // not bad input but a fault in the extractor: the exit status says the output is incomplete
            err.println("evradar: extraction failed on " + failed[0] + " article(s), " + read[0] + " extracted");
        }
        err.flush();
        return failed[0] > 0 || bad[0] > 0 && read[0] == 0 ? CliErrors.FAILURE : 0;
    }
}
