package evradar.topology;

import evradar.avro.ArticleExtraction;
import evradar.avro.CompanyMention;
import evradar.avro.FirmEvidence;
import evradar.avro.PartnershipMention;
import evradar.avro.SignalMention;
import evradar.avro.Tie;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an article's extraction into one {@link FirmEvidence} per firm that has a signal or a tie
 * in it, keyed by company id, ready to be repartitioned so each firm's evidence meets in one task.
 * A tie is recorded on both firms.
 */
public final class FirmEvidenceSplitter
        implements KeyValueMapper<String, ArticleExtraction, Iterable<KeyValue<String, FirmEvidence>>> {

    @Override
    public Iterable<KeyValue<String, FirmEvidence>> apply(String articleId, ArticleExtraction extraction) {
        Map<String, String> names = new HashMap<>();
        for (CompanyMention c : extraction.getCompanies()) {
            names.put(c.getId(), c.getName());
        }
        Map<String, SignalMention> signals = new TreeMap<>();
        for (SignalMention s : extraction.getSignals()) {
            signals.putIfAbsent(s.getCompanyId(), s);
        }
        Map<String, Map<String, Tie>> ties = new TreeMap<>();
        for (PartnershipMention p : extraction.getPartnerships()) {
            addTie(ties, p.getA(), new Tie(p.getB(), names.getOrDefault(p.getB(), p.getB()), p.getType(), p.getCertainty()));
            addTie(ties, p.getB(), new Tie(p.getA(), names.getOrDefault(p.getA(), p.getA()), p.getType(), p.getCertainty()));
        }
        TreeMap<String, Boolean> firms = new TreeMap<>();
        signals.keySet().forEach(id -> firms.put(id, true));
        ties.keySet().forEach(id -> firms.put(id, true));

        List<KeyValue<String, FirmEvidence>> out = new ArrayList<>(firms.size());
        for (String companyId : firms.keySet()) {
            out.add(KeyValue.pair(companyId, FirmEvidence.newBuilder()
                    .setCompanyId(companyId)
                    .setCompanyName(names.getOrDefault(companyId, companyId))
                    .setArticleId(extraction.getArticleId())
                    .setSource(extraction.getSource())
                    .setPublishedAt(extraction.getPublishedAt())
                    .setFingerprint(extraction.getFingerprint())
                    .setSignal(signals.get(companyId))
                    .setTies(new ArrayList<>(ties.getOrDefault(companyId, Map.of()).values()))
                    .build()));
        }
        return out;
    }

    private static void addTie(Map<String, Map<String, Tie>> ties, String firm, Tie tie) {
        ties.computeIfAbsent(firm, f -> new TreeMap<>()).putIfAbsent(tie.getPartnerId(), tie);
    }
}
