package evradar.extract.evaluation;

import evradar.extract.Article;
import evradar.extract.CompanyDictionary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static evradar.extract.ExtractionAssert.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieTrainingTest {

    @Test
    void solvesASymmetricPositiveDefiniteSystem() {
        double[] x = TieTraining.solve(new double[][] {{4, 2}, {2, 3}}, new double[] {10, 8});
        assertArrayEquals(new double[] {1.75, 1.5}, x, 1e-12);
    }

    @Test
    void aFeatureThatGoesWithTiesGetsAPositiveWeight() {
        List<TieTraining.Example> ex = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ex.add(new TieTraining.Example("s", Map.of("bias", 1.0, "near", 1.0), i % 4 != 0));
            ex.add(new TieTraining.Example("s", Map.of("bias", 1.0), i % 8 == 0));
        }
        TieTraining.Index index = new TieTraining.Index(ex);
        double[] w = TieTraining.fit(index, ex, e -> true);
        int near = index.names.indexOf("near");
        int bias = index.names.indexOf("bias");
        assertTrue(w[near] > 2 && w[bias] < -1, java.util.Arrays.toString(w));
        // the fit is the penalised optimum: the gradient vanishes there
        double g = TieTraining.L2 * w[near];
        for (int i = 0; i < ex.size(); i++) {
            if (ex.get(i).features().containsKey("near")) {
                g += index.probability(w, i) - (ex.get(i).tied() ? 1 : 0);
            }
        }
        assertEquals(0, g, 1e-6);
    }

    /** Two firms in neighbouring sentences, tied in gold or not. */
    private static TieTraining.LabelledSet set(String name, boolean... tied) {
        List<Article> articles = new ArrayList<>();
        Map<String, GoldStandard.ArticleLabels> labels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tied.length; i++) {
            Article a = article("2023-03-0" + (1 + i % 9), "Story " + i, "Volvo Cars reported higher quarterly sales on "
                    + "Tuesday. Separately, Bosch said it would open a plant in Hungary.");
            a = new Article(name + "-" + i, a.source(), a.publishedAt(), a.title(), a.body());
            articles.add(a);
            labels.put(a.id(), new GoldStandard.ArticleLabels(List.of("volvo-cars", "bosch"),
                    tied[i] ? List.of(new GoldStandard.Pair("volvo-cars", "bosch", "SUPPLY")) : List.of(), Map.of()));
        }
        Map<String, GoldStandard.Entity> entities = Map.of(
                "volvo-cars", new GoldStandard.Entity("volvo-cars", "Volvo Cars", List.of("Volvo Cars")),
                "bosch", new GoldStandard.Entity("bosch", "Bosch", List.of("Bosch")));
        return new TieTraining.LabelledSet(name, articles, new GoldStandard(entities, labels, Map.of()));
    }

    @Test
    void trainsOnLabelledSetsAndChoosesTheThresholdOnTheSetsLeftOut() {
        List<TieTraining.LabelledSet> sets = List.of(set("a", true, true, true, false), set("b", true, true, false));
        List<String> progress = new ArrayList<>();
        TieTraining.Result r = TieTraining.train(sets, CompanyDictionary.bundled(), null, progress::add);
        assertEquals(7, r.examples());
        assertEquals(5, r.tied());
        assertEquals(0.0, r.baseMeanF1());
        assertEquals(TieTraining.THRESHOLDS.length, r.meanF1ByThreshold().size());
        // tying every such pair is right 5 times in 7: the chosen threshold keeps them, and is the highest
        // that scores best
        double chosen = r.model().threshold();
        double best = r.meanF1ByThreshold().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(best, r.meanF1ByThreshold().get(chosen), 1e-12);
        assertTrue(best > 0.8, r.meanF1ByThreshold()::toString);
        r.meanF1ByThreshold().forEach((t, f1) -> assertTrue(t <= chosen || f1 < best, r.meanF1ByThreshold()::toString));
        assertTrue(chosen >= 0.5, "threshold " + chosen);
        assertTrue(progress.contains("leaving out a"), progress::toString);
        assertEquals(List.of("a", "b"), r.perSet().stream().map(TieTraining.SetFigures::set).toList());
        for (TieTraining.SetFigures f : r.perSet()) {
            assertEquals(0.0, f.rulesF1());
            assertTrue(f.leftOutF1() >= 0.8, f::toString);
        }
        // the same sets give the same model
        TieTraining.Result again = TieTraining.train(sets, CompanyDictionary.bundled(), null, line -> { });
        assertEquals(r.model().weights(), again.model().weights());
    }

    @Test
    void aGivenThresholdIsKeptAndStillReportedOnTheSetsLeftOut() {
        List<TieTraining.LabelledSet> sets = List.of(set("a", true, true, true, false), set("b", true, true, false));
        TieTraining.Result r = TieTraining.train(sets, CompanyDictionary.bundled(), 0.99, line -> { });
        assertEquals(0.99, r.model().threshold());
        assertEquals(2, r.perSet().size());
        // nothing reaches 0.99, so the left-out figures are the rules' own
        r.perSet().forEach(f -> assertEquals(f.rulesF1(), f.leftOutF1(), 1e-12));
    }

    @Test
    void aGivenThresholdIsKeptAndOneSetCannotChooseOne() {
        List<TieTraining.LabelledSet> one = List.of(set("a", true, false));
        assertEquals(0.9, TieTraining.train(one, CompanyDictionary.bundled(), 0.9, line -> { }).model().threshold());
        assertThrows(IllegalArgumentException.class, () -> TieTraining.train(one, CompanyDictionary.bundled(), null, line -> { }));
        List<TieTraining.LabelledSet> twins = List.of(set("a", true), set("a", false));
        assertThrows(IllegalArgumentException.class, () -> TieTraining.train(twins, CompanyDictionary.bundled(), 0.5, line -> { }));
    }
}
