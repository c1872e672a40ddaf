package evradar.extract.evaluation;

import evradar.extract.Article;
import evradar.extract.CompanyDictionary;
import evradar.extract.Extraction;
import evradar.extract.RuleBasedExtractor;
import evradar.extract.discourse.Discourse;
import evradar.extract.relations.TieFeatures;
import evradar.extract.relations.TieModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fits a {@link TieModel} to labelled sets: every pair of firms the rules found but left untied is an
 * example, tied when the gold labels tie the two entities. The fit is L2-regularised logistic
 * regression by Newton's method, so the same sets always give the same weights. The threshold is
 * the one that maximises the mean per-set partnership F1 when each set is scored by a model fitted
 * to the other sets (leave one set out): the threshold is chosen on text the model did not see. Of
 * thresholds that score the same, the highest is kept. A given threshold is kept, and the left-out
 * figures are still reported for it.
 */
public final class TieTraining {

    /** L2 penalty on the summed log loss: keeps rare cue words from getting large weights. */
    static final double L2 = 1.0;

    static final double[] THRESHOLDS = {0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80};

    /** One labelled set: its articles and gold labels. */
    public record LabelledSet(String name, List<Article> articles, GoldStandard gold) {
    }

    /** A candidate pair with its features and whether gold ties it. */
    record Example(String set, Map<String, Double> features, boolean tied) {
    }

    /** The rules' partnership score on one set, before any inferred tie. */
    record Base(int tp, int fp, int fn) {
        double f1(int addedTp, int addedFp) {
            int t = tp + addedTp;
            return t == 0 ? 0 : 2.0 * t / (2.0 * t + fp + addedFp + fn - addedTp);
        }
    }

    /**
     * @param model           the fitted model, fitted to all sets
     * @param meanF1ByThreshold for each threshold tried, the mean left-out-set partnership F1
     * @param baseMeanF1      the mean partnership F1 of the rules alone
     */
    public record Result(TieModel model, int examples, int tied, double baseMeanF1,
                         Map<Double, Double> meanF1ByThreshold, List<SetFigures> perSet) {
    }

    /**
     * One set's partnership F1 by the rules alone and with the ties a model fitted to the other sets
     * infers at the chosen threshold: what the model adds on text it did not see.
     */
    public record SetFigures(String set, double rulesF1, double leftOutF1) {
    }

    private TieTraining() {
    }

    /**
     * @param threshold a fixed threshold, or null to choose one by leaving each set out (needs two sets)
     * @param progress  one line per stage
     */
    public static Result train(List<LabelledSet> sets, CompanyDictionary dictionary, Double threshold,
                               Consumer<String> progress) {
        if (threshold == null && sets.size() < 2) {
            throw new IllegalArgumentException("choosing a threshold needs at least two labelled sets");
        }
        Set<String> names = new HashSet<>();
        for (LabelledSet s : sets) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two labelled sets are both named " + s.name()
                        + ": sets are left out by name, so each needs its own");
            }
        }
        RuleBasedExtractor rules = new RuleBasedExtractor(dictionary, TieModel.NONE);
        List<Example> examples = new ArrayList<>();
        Map<String, Base> bases = new LinkedHashMap<>();
        for (LabelledSet s : sets) {
            int before = examples.size();
            bases.put(s.name(), examples(s, rules, examples));
            progress.accept(String.format(Locale.ROOT, "%s: %d articles, %d candidate pairs", s.name(),
                    s.articles().size(), examples.size() - before));
        }
        Index index = new Index(examples);
        double baseMean = bases.values().stream().mapToDouble(b -> b.f1(0, 0)).average().orElse(0);
        // each example's probability under a model fitted to the other sets
        double[] heldOut = new double[examples.size()];
        if (sets.size() >= 2) {
            for (LabelledSet held : sets) {
                progress.accept("leaving out " + held.name());
                double[] w = fit(index, examples, e -> !e.set().equals(held.name()));
                for (int i = 0; i < examples.size(); i++) {
                    if (examples.get(i).set().equals(held.name())) {
                        heldOut[i] = index.probability(w, i);
                    }
                }
            }
        }
        Map<Double, Double> byThreshold = new TreeMap<>();
        double chosen = threshold == null ? THRESHOLDS[THRESHOLDS.length - 1] : threshold;
        if (sets.size() >= 2) {
            double best = -1;
            for (double t : THRESHOLDS) {
                double mean = leftOutF1(sets, bases, examples, heldOut, t).stream()
                        .mapToDouble(SetFigures::leftOutF1).average().orElse(0);
                byThreshold.put(t, mean);
                if (threshold == null && mean >= best - 1e-12) { // on a tie the higher threshold: fewer guesses
                    best = mean;
                    chosen = t;
                }
            }
        }
        List<SetFigures> perSet = sets.size() >= 2 ? leftOutF1(sets, bases, examples, heldOut, chosen) : List.of();
        double[] w = fit(index, examples, e -> true);
        Map<String, Double> weights = new TreeMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(index.names.get(f), w[f]);
        }
        int tied = (int) examples.stream().filter(Example::tied).count();
        List<String> comments = List.of(
                "Tie model for evradar: logistic weights over TieFeatures, written by ./evradar train-ties.",
                "Trained on " + sets.size() + " labelled sets: "
                        + String.join(" ", sets.stream().map(LabelledSet::name).toList()),
                String.format(Locale.ROOT, "%d candidate pairs, %d tied in gold; L2 %.1f; threshold %s", examples.size(),
                        tied, L2, threshold != null ? "given (--threshold)" : "chosen by leaving each set out"));
        return new Result(new TieModel(weights, chosen, comments), examples.size(), tied, baseMean, byThreshold,
                perSet);
    }

    /** Each set's partnership F1, by the rules and with the held-out probabilities at the threshold. */
    private static List<SetFigures> leftOutF1(List<LabelledSet> sets, Map<String, Base> bases, List<Example> examples,
                                              double[] heldOut, double threshold) {
        List<SetFigures> out = new ArrayList<>();
        for (LabelledSet s : sets) {
            int addedTp = 0;
            int addedFp = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).set().equals(s.name()) && heldOut[i] >= threshold) {
                    if (examples.get(i).tied()) {
                        addedTp++;
                    } else {
                        addedFp++;
                    }
                }
            }
            Base b = bases.get(s.name());
            out.add(new SetFigures(s.name(), b.f1(0, 0), b.f1(addedTp, addedFp)));
        }
        return out;
    }

    /** Adds the set's candidate pairs to {@code out}; returns the rules' partnership score on it. */
    static Base examples(LabelledSet s, RuleBasedExtractor rules, List<Example> out) {
        Map<String, String> aliases = s.gold().aliasIndex();
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        for (Article a : s.articles()) {
            Extraction x = rules.extract(a);
            extractions.put(a.id(), x);
            GoldStandard.ArticleLabels g = s.gold().articles().get(a.id());
            if (g == null) {
                continue;
            }
            Set<String> goldPairs = new HashSet<>();
            for (GoldStandard.Pair p : g.partnerships()) {
                goldPairs.add(p.key());
            }
            Map<String, String> ids = Evaluation.goldIds(x, aliases);
            Discourse d = rules.analyse(a);
            for (TieFeatures.Candidate c : TieFeatures.candidates(d, x)) {
                String ga = ids.getOrDefault(c.a(), c.a());
                String gb = ids.getOrDefault(c.b(), c.b());
                if (ga.equals(gb)) {
                    continue;
                }
                boolean tied = goldPairs.contains(new GoldStandard.Pair(ga, gb, "PARTNERSHIP").key());
                out.add(new Example(s.name(), c.features(), tied));
            }
        }
        Score p = Evaluation.evaluate(s.articles(), extractions, s.gold()).partnerships();
        return new Base(p.tp(), p.fp(), p.fn());
    }

    /** Feature names and the examples as sparse rows. */
    static final class Index {
        final List<String> names = new ArrayList<>();
        final int[][] columns;
        final double[][] values;

        Index(List<Example> examples) {
            Map<String, Integer> at = new TreeMap<>();
            for (Example e : examples) {
                for (String f : e.features().keySet()) {
                    at.putIfAbsent(f, 0);
                }
            }
            int n = 0;
            for (Map.Entry<String, Integer> e : at.entrySet()) {
                e.setValue(n++);
                names.add(e.getKey());
            }
            columns = new int[examples.size()][];
            values = new double[examples.size()][];
            for (int i = 0; i < examples.size(); i++) {
                Map<String, Double> f = examples.get(i).features();
                columns[i] = new int[f.size()];
                values[i] = new double[f.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : f.entrySet()) {
                    columns[i][k] = at.get(e.getKey());
                    values[i][k++] = e.getValue();
                }
            }
        }

        double probability(double[] w, int row) {
            double z = 0;
            for (int k = 0; k < columns[row].length; k++) {
                z += w[columns[row][k]] * values[row][k];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** Newton's method on the penalised log loss of the examples {@code use} accepts. */
    static double[] fit(Index index, List<Example> examples, java.util.function.Predicate<Example> use) {
        int n = index.names.size();
        double[] w = new double[n];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] g = new double[n];
            double[][] h = new double[n][n];
            for (int f = 0; f < n; f++) {
                g[f] = L2 * w[f];
                h[f][f] = L2;
            }
            for (int i = 0; i < examples.size(); i++) {
                if (!use.test(examples.get(i))) {
                    continue;
                }
                double p = index.probability(w, i);
                double r = p - (examples.get(i).tied() ? 1 : 0);
                double v = Math.max(p * (1 - p), 1e-12);
                int[] c = index.columns[i];
                double[] x = index.values[i];
                for (int k = 0; k < c.length; k++) {
                    g[c[k]] += r * x[k];
                    for (int m = 0; m < c.length; m++) {
                        h[c[k]][c[m]] += v * x[k] * x[m];
                    }
                }
            }
            double[] step = solve(h, g);
            double largest = 0;
            for (int f = 0; f < n; f++) {
                w[f] -= step[f];
                largest = Math.max(largest, Math.abs(step[f]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        return w;
    }

    /** Solves the symmetric positive-definite system {@code a x = b} by Cholesky decomposition. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
