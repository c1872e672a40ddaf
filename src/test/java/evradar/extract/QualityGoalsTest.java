package evradar.extract;

import evradar.extract.evaluation.EvaluationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails when extraction quality drops below the goals of issue 4 on the development corpus and on
 * our own held-out-style paraphrase sets (written in other words, about other firms, before any
 * rule was tuned on them): companies F1 >= 0.95, partnerships F1 >= 0.85, signals F1 >= 0.85,
 * final-status accuracy >= 0.90 (and partnership type accuracy on matched pairs >= 0.85).
 */
class QualityGoalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "development corpus, evradar/sample/articles.jsonl, corpus/gold.json",
        "paraphrase set 1, evradar/extract/paraphrase/articles.jsonl, evradar/extract/paraphrase/gold.json",
        "paraphrase set 2, evradar/extract/paraphrase/articles-2.jsonl, evradar/extract/paraphrase/gold-2.json",
        "paraphrase set 3, evradar/extract/paraphrase/articles-3.jsonl, evradar/extract/paraphrase/gold-3.json",
        "paraphrase set 4, evradar/extract/paraphrase/articles-4.jsonl, evradar/extract/paraphrase/gold-4.json",
        "paraphrase set 5, evradar/extract/paraphrase/articles-5.jsonl, evradar/extract/paraphrase/gold-5.json",
        "paraphrase set 6, evradar/extract/paraphrase/articles-6.jsonl, evradar/extract/paraphrase/gold-6.json",
    })
    void meetsTheGoals(String name, String articles, String gold) throws IOException {
        EvaluationReport r = CorpusRun.evaluate(articles, gold);
        String figures = name + "\n" + r.format(30);
        System.out.println(figures);
        assertTrue(r.companies().f1() >= 0.95, figures);
        assertTrue(r.partnerships().f1() >= 0.85, figures);
        assertTrue(r.signals().f1() >= 0.85, figures);
        assertTrue(r.finalAccuracy() >= 0.90, figures);
        // not a goal of the issue, but a drop here is a regression in partnership typing
        assertTrue(r.typeAccuracy() >= 0.85, figures);
    }
}
