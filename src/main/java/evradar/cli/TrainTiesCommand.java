package evradar.cli;

import evradar.extract.CompanyDictionary;
import evradar.extract.evaluation.TieTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "train-ties", mixinStandardHelpOptions = true,
        description = {"Fits the tie model (the inferred partnerships the rules leave out) to labelled sets: every pair "
                + "of firms an article names that the rules did not tie is an example, tied when gold ties it. "
                + "Each --set is a directory holding articles.jsonl and gold.json (or the two files, comma-separated). "
                + "Without --threshold, the threshold "
                + "is chosen by leaving each set out in turn. Writes the model file that "
                + "src/main/resources/evradar/extract/tie-model.tsv bundles."})
final class TrainTiesCommand implements Callable<Integer> {

    @Option(names = "--set", required = true, paramLabel = "DIR|ARTICLES,GOLD",
            description = {"A labelled set: a directory with articles.jsonl and gold.json, or the two files "
                    + "separated by a comma. Repeat for more sets."})
    List<String> sets;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Add pairs whose probability is at least P (0..1); default: chosen by leaving each set out.")
    Double threshold;

    @Mixin
    ExtractorOptions extractorOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new UserException("--threshold must be between 0 and 1, got " + threshold);
        }
        if (threshold == null && sets.size() < 2) {
            throw new UserException("choosing a threshold needs at least two --set directories (or give --threshold)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserException("no such directory: " + parent);
        }
        List<TieTraining.LabelledSet> labelled = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String given : sets) {
            TieTraining.LabelledSet set = labelledSet(given, err);
            if (!names.add(set.name())) {
                throw new UserException("two --set directories are both named " + set.name()
                        + ": each set is left out by its directory's name, so each needs its own");
            }
            labelled.add(set);
        }
        CompanyDictionary dict = extractorOptions.dictionary();
        TieTraining.Result r = TieTraining.train(labelled, dict, threshold, line -> {
            err.println("evradar: train-ties: " + line);
            err.flush();
        });
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            r.model().write(w);
        }
        stdout.printf(Locale.ROOT, "%d candidate pairs from %d sets, %d tied in gold; %d features%n", r.examples(),
                labelled.size(), r.tied(), r.model().weights().size());
        stdout.printf(Locale.ROOT, "rules alone: mean partnership F1 %.3f%n", r.baseMeanF1());
        for (Map.Entry<Double, Double> e : r.meanF1ByThreshold().entrySet()) {
            stdout.printf(Locale.ROOT, "threshold %.2f: mean left-out partnership F1 %.3f%n", e.getKey(), e.getValue());
        }
        for (TieTraining.SetFigures f : r.perSet()) {
            stdout.printf(Locale.ROOT, "%-12s partnership F1: rules %.3f, with the model fitted to the other sets %.3f%n",
                    f.set(), f.rulesF1(), f.leftOutF1());
        }
        stdout.printf(Locale.ROOT, "threshold %.2f (%s); model written to %s%n", r.model().threshold(),
                threshold == null ? "chosen by leaving each set out" : "given", out);
        stdout.flush();
        return 0;
    }

    /** A set from "DIR" or "ARTICLES,GOLD"; its name is the directory that holds the gold file. */
    private static TieTraining.LabelledSet labelledSet(String spec, PrintWriter err) throws IOException {
        Path articles;
        Path gold;
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            articles = Path.of(spec.substring(0, comma));
            gold = Path.of(spec.substring(comma + 1));
        } else {
            articles = Path.of(spec).resolve("articles.jsonl");
            gold = Path.of(spec).resolve("gold.json");
        }
        if (!Files.isRegularFile(articles) || !Files.isRegularFile(gold)) {
            throw new UserException(spec + " is not a labelled set: it needs " + articles + " and " + gold);
        }
        Path dir = gold.toAbsolutePath().normalize().getParent();
        String name = dir == null || dir.getFileName() == null ? spec : dir.getFileName().toString();
        return new TieTraining.LabelledSet(name, EvaluateCommand.readArticles(articles, err), EvaluateCommand.readGold(gold));
    }
}
