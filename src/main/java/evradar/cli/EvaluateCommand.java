package evradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import evradar.app.ArticleArchive;
import evradar.avro.ArticleEvent;
import evradar.extract.Article;
import evradar.extract.Extraction;
import evradar.extract.Extractor;
import evradar.extract.RuleBasedExtractor;
import evradar.extract.evaluation.Evaluation;
import evradar.extract.evaluation.EvaluationReport;
import evradar.extract.evaluation.GoldStandard;
import evradar.extract.evaluation.Score;
import evradar.topology.ExtractionMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs the extractor over an article archive and scores it against gold labels (gold.json format): "
                + "precision, recall and F1 for companies, partnerships (unordered pairs; type accuracy on matched pairs) "
                + "and signals (firm, status), micro-averaged over articles; the accuracy of the final status table "
                + "(signals folded in event-time order with the precedence rules); and the worst misses."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles, one JSON object per line.")
    Path articles;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold labels (gold.json).")
    Path gold;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "20", description = "How many misses to list (default: ${DEFAULT-VALUE}).")
    int misses;

    @Mixin
    ExtractorOptions extractorOptions;

    @Mixin
    TieModelOption tieModelOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> list = readArticles(articles, spec.commandLine().getErr());
        GoldStandard labels = readGold(gold);
        Extractor extractor = new RuleBasedExtractor(extractorOptions.dictionary(), tieModelOption.model());
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Article a : list) {
            Extraction x = GuardedExtraction.extract(extractor, a, err, articles + ": ");
            if (x == null) {
                failed++; // scored as an article where nothing was found, so the figures stay honest
                x = Extraction.empty(a.id());
            }
            extractions.put(a.id(), x);
        }
        EvaluationReport report = Evaluation.evaluate(list, extractions, labels);
        if (json) {
            out.println(toJson(report));
        } else {
            out.print(report.format(misses));
        }
        out.flush();
        if (failed > 0) {
            err.println("evradar: extraction failed on " + failed + " article(s), scored as finding nothing");
            err.flush();
            return CliErrors.FAILURE;
        }
        return 0;
    }

    /** The archive's articles; malformed lines are reported on {@code err} and skipped. */
    static List<Article> readArticles(Path articles, PrintWriter err) throws IOException {
        List<Article> list = new ArrayList<>();
        try (InputStream in = ArticleArchive.open(articles)) {
            ArticleArchive.read(in, new ArticleArchive.Visitor() {
                @Override
                public void article(long line, ArticleEvent article) {
                    list.add(ExtractionMapper.article(article));
                }

                @Override
                public void malformed(long line, String reason) {
                    err.println("evradar: " + articles + ": line " + line + ": " + reason + " (skipped)");
                }
            });
        }
        if (list.isEmpty()) {
            throw new UserException("no articles could be read from " + articles);
        }
        return list;
    }

    static GoldStandard readGold(Path gold) {
        try (Reader r = open(gold)) {
            return GoldStandard.read(r);
        } catch (IOException e) {
            throw new UserException("cannot read gold labels " + gold + ": " + e.getMessage().split("\n")[0]);
        }
    }

    private static Reader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        }
    }

    private String toJson(EvaluationReport r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("articles", r.articles());
        o.set("companies", score(m, r.companies()));
        o.set("partnerships", score(m, r.partnerships()));
        o.put("partnershipTypeAccuracy", r.typeAccuracy());
        o.set("signals", score(m, r.signals()));
        o.put("finalStatusAccuracy", r.finalAccuracy());
        o.put("finalRows", r.finalRows());
        ArrayNode ms = o.putArray("misses");
        for (EvaluationReport.Miss x : r.misses().subList(0, Math.min(misses, r.misses().size()))) {
            ObjectNode e = ms.addObject();
            e.put("articleId", x.articleId());
            e.put("kind", x.kind());
            e.put("expected", x.expected());
            e.put("found", x.found());
        }
        return o.toString();
    }

    private static ObjectNode score(ObjectMapper m, Score s) {
        ObjectNode o = m.createObjectNode();
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        return o;
    }
}
