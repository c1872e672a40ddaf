package evradar.extract.evaluation;

import evradar.avro.EvStatus;
import evradar.extract.Article;
import evradar.extract.CompanyHit;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.SignalHit;
import evradar.extract.text.Lexicon;
import evradar.status.StatusRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extractions against gold labels. Pure: the command and the tests share it.
 * <ul>
 *   <li>An extracted company is a gold entity when its id or name equals one of the entity's
 *       aliases after normalisation (lowercase, letters and digits only).</li>
 *   <li>Companies, partnerships (unordered pairs) and signals (firm, status) are scored per article
 *       and summed (micro-average); partnership types are scored separately on matched pairs.</li>
 *   <li>The final table folds the extracted signals in event-time order (ties by article id) with
 *       {@link StatusRules}, and is scored as the share of gold final rows whose status it matches.</li>
 * </ul>
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static EvaluationReport evaluate(List<Article> articles, Map<String, Extraction> extractions, GoldStandard gold) {
        Map<String, String> aliases = gold.aliasIndex();
        Score companies = Score.ZERO;
        Score partnerships = Score.ZERO;
        Score signals = Score.ZERO;
        int matchedPairs = 0;
        int rightType = 0;
        List<EvaluationReport.Miss> misses = new ArrayList<>();
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::publishedAt).thenComparing(Article::id));
        Map<String, EvStatus> folded = new TreeMap<>();
        List<Article> byId = new ArrayList<>(articles);
        byId.sort(Comparator.comparing(Article::id));
        for (Article a : byId) {
            GoldStandard.ArticleLabels g = gold.articles().get(a.id());
            Extraction x = extractions.get(a.id());
            if (g == null || x == null) {
                continue;
            }
            Map<String, String> idMap = goldIds(x, aliases);
            Set<String> found = new LinkedHashSet<>(idMap.values());
            Set<String> expected = new LinkedHashSet<>(g.companies());
            companies = companies.plus(compare(a.id(), "company", expected, found, misses));

            Map<String, String> goldPairs = new LinkedHashMap<>();
            for (GoldStandard.Pair p : g.partnerships()) {
                goldPairs.put(p.key(), p.type());
            }
            Map<String, String> foundPairs = new LinkedHashMap<>();
            for (PartnershipHit p : x.partnerships()) {
                GoldStandard.Pair q = new GoldStandard.Pair(map(idMap, p.a()), map(idMap, p.b()), p.type().name());
                foundPairs.put(q.key(), q.type());
            }
            partnerships = partnerships.plus(compare(a.id(), "partnership", goldPairs.keySet(), foundPairs.keySet(), misses));
            for (Map.Entry<String, String> e : goldPairs.entrySet()) {
                String t = foundPairs.get(e.getKey());
                if (t != null) {
                    matchedPairs++;
                    if (t.equals(e.getValue())) {
                        rightType++;
                    } else {
                        misses.add(new EvaluationReport.Miss(a.id(), "partnership type " + e.getKey(), e.getValue(), t));
                    }
                }
            }

            Set<String> goldSignals = new LinkedHashSet<>();
            g.signals().forEach((k, v) -> goldSignals.add(k + "=" + v));
            Set<String> foundSignals = new LinkedHashSet<>();
            for (SignalHit s : x.signals()) {
                foundSignals.add(map(idMap, s.companyId()) + "=" + s.status().name());
            }
            signals = signals.plus(compare(a.id(), "signal", goldSignals, foundSignals, misses));
        }
        for (Article a : ordered) {
            Extraction x = extractions.get(a.id());
            if (x == null) {
                continue;
            }
            Map<String, String> idMap = goldIds(x, aliases);
            for (SignalHit s : x.signals()) {
                String id = map(idMap, s.companyId());
                folded.put(id, StatusRules.next(folded.get(id), s.status()));
            }
        }
        int finalRight = 0;
        for (Map.Entry<String, GoldStandard.FinalRow> e : gold.finalTable().entrySet()) {
            EvStatus st = folded.get(e.getKey());
            if (st != null && st.name().equals(e.getValue().status())) {
                finalRight++;
            } else {
                misses.add(new EvaluationReport.Miss("final", "status of " + e.getKey(), e.getValue().status(),
                        st == null ? "none" : st.name()));
            }
        }
        return new EvaluationReport(articles.size(), companies, partnerships, matchedPairs, rightType, signals,
                gold.finalTable().size(), finalRight, List.copyOf(misses));
    }

    /**
     * Each extracted firm's gold id: the gold entity whose alias equals its id or name after
     * normalisation, else its own id (an extra firm).
     *
     * @param aliases {@link GoldStandard#aliasIndex()}
     */
    static Map<String, String> goldIds(Extraction x, Map<String, String> aliases) {
        Map<String, String> idMap = new LinkedHashMap<>();
        for (CompanyHit c : x.companies()) {
            String gid = aliases.get(Lexicon.lettersAndDigits(c.id()));
            if (gid == null) {
                gid = aliases.get(Lexicon.lettersAndDigits(c.name()));
            }
            idMap.put(c.id(), gid == null ? c.id() : gid);
        }
        return idMap;
    }

    private static String map(Map<String, String> idMap, String id) {
        return idMap.getOrDefault(id, id);
    }

    private static Score compare(String article, String kind, Set<String> expected, Set<String> found,
                                 List<EvaluationReport.Miss> misses) {
        int tp = 0;
        for (String e : expected) {
            if (found.contains(e)) {
                tp++;
            } else {
                misses.add(new EvaluationReport.Miss(article, "missed " + kind, e, "nothing"));
            }
        }
        for (String f : found) {
            if (!expected.contains(f)) {
                misses.add(new EvaluationReport.Miss(article, "extra " + kind, "nothing", f));
            }
        }
        return new Score(tp, found.size() - tp, expected.size() - tp);
    }
}
