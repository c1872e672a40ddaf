package evradar.extract.evaluation;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.avro.PartnershipType;
import evradar.extract.Article;
import evradar.extract.CompanyHit;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.SignalHit;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scoring itself, on a two-article fixture. */
class EvaluationTest {

    private static final String GOLD = """
            {"entities": {
               "gwm": {"name": "Great Wall Motors", "aliases": ["Great Wall Motors", "GWM"]},
               "xiaomi": {"name": "Xiaomi", "aliases": ["Xiaomi"]},
               "bmw": {"name": "BMW", "aliases": ["BMW"]}},
             "articles": {
               "a1": {"companies": ["xiaomi", "gwm"], "partnerships": [["gwm", "xiaomi", "IN_TALKS"]],
                      "signals": [["xiaomi", "RUMORED"], ["gwm", "LAUNCHED"]]},
               "a2": {"companies": ["xiaomi"], "partnerships": [], "signals": [["xiaomi", "EXPLORING"]]}},
             "final": {"xiaomi": {"status": "EXPLORING", "partners": ["gwm"]}, "gwm": {"status": "LAUNCHED", "partners": ["xiaomi"]}}}
            """;

    @Test
    void scoresByAliasMicroAveragedAndFoldsInEventTime() throws Exception {
        GoldStandard gold = GoldStandard.read(new StringReader(GOLD));
        Article a1 = new Article("a1", "", Instant.parse("2021-02-19T09:00:00Z"), "", "");
        Article a2 = new Article("a2", "", Instant.parse("2021-02-19T13:00:00Z"), "", "");
        // the extractor's own id for Great Wall differs from the gold id but its name is an alias
        Extraction x1 = new Extraction("a1",
                List.of(new CompanyHit("xiaomi", "Xiaomi", 3), new CompanyHit("great-wall-motors", "Great Wall Motors", 2),
                        new CompanyHit("bmw", "BMW", 1)),
                List.of(new PartnershipHit("great-wall-motors", "xiaomi", PartnershipType.PARTNERSHIP, Certainty.CONFIRMED, "")),
                List.of(new SignalHit("xiaomi", EvStatus.RUMORED, Certainty.REPORTED, 2023, ""),
                        new SignalHit("great-wall-motors", EvStatus.DEVELOPING, Certainty.CONFIRMED, null, "")));
        Extraction x2 = new Extraction("a2", List.of(new CompanyHit("xiaomi", "Xiaomi", 1)), List.of(),
                List.of(new SignalHit("xiaomi", EvStatus.EXPLORING, Certainty.CONFIRMED, null, "")));
        // given out of order: the fold must sort by publication time
        EvaluationReport r = Evaluation.evaluate(List.of(a2, a1), Map.of("a1", x1, "a2", x2), gold);
        assertEquals(new Score(3, 1, 0), r.companies());
        assertEquals(new Score(1, 0, 0), r.partnerships());
        assertEquals(0, r.pairsWithRightType());
        assertEquals(new Score(2, 1, 1), r.signals());
        assertEquals(0.5, r.finalAccuracy());
        assertEquals(1.0, r.companies().recall());
        assertEquals(0.75, r.companies().precision());
    }
}
