package evradar.cli;

import evradar.extract.Article;
import evradar.extract.ArticleJson;
import evradar.extract.Extraction;
import evradar.extract.ExtractionJson;
import evradar.extract.Extractor;
import evradar.extract.RuleBasedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Extra firms (JSON lines in the companies.jsonl format) added to the bundled dictionary; same ids replace bundled entries.")
    Path dictionary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Extractor extractor = new RuleBasedExtractor(ExtractorOptions.dictionary(dictionary));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int read = 0;
        int bad = 0;
        try (BufferedReader in = new BufferedReader(open(input))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Article a;
                try {
                    a = ArticleJson.parse(line);
                } catch (IllegalArgumentException e) {
                    bad++;
                    err.println("evradar: " + where(input) + "line " + n + ": " + e.getMessage() + " (skipped)");
                    continue;
                }
                Extraction x = extractor.extract(a);
                out.println(ExtractionJson.line(x));
                read++;
            }
        }
        out.flush();
        if (bad > 0) {
            err.println("evradar: " + bad + " malformed line(s) skipped, " + read + " article(s) extracted");
        }
        err.flush();
        return bad > 0 && read == 0 ? CliErrors.FAILURE : 0;
    }

    static Reader open(Path file) throws IOException {
        if (file == null) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        }
    }

    private static String where(Path file) {
        return file == null ? "" : file + ": ";
    }
}
