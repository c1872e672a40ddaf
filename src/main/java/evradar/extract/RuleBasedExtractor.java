package evradar.extract;

import evradar.extract.discourse.Discourse;
import evradar.extract.discourse.Mention;
import evradar.extract.discourse.ReferenceResolver;
import evradar.extract.names.CompanyRecognizer;
import evradar.extract.relations.PartnershipFinder;
import evradar.extract.relations.TieModel;
import evradar.extract.signals.SignalFinder;
import evradar.extract.text.ArticleText;
import evradar.extract.text.Sentence;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard extractor: boilerplate removal and sentences, dictionary and form-based company
 * recognition, reference resolution, partnerships, EV signals. Pure and thread-safe; all state
 * is built in the constructor from an immutable dictionary (one Aho-Corasick automaton).
 */
public final class RuleBasedExtractor implements Extractor {

    /** Bump when the rules change, so stored extractions say which rules made them. */
    public static final String RULES_VERSION = "rules-11";

    /**
     * The most body text analysed per article. Every stage is linear, but a megabyte of dense names
     * still costs about a second; a news story is rarely a tenth of this, so the rest of an
     * oversized body is not read, which bounds the work one record can cost the stream thread.
     */
    public static final int MAX_ANALYSED_CHARS = 200_000;

    private final CompanyDictionary dictionary;
    private final CompanyRecognizer recognizer;
    private final TieModel ties;

    /** The rules and the bundled tie model. */
    public RuleBasedExtractor(CompanyDictionary dictionary) {
        this(dictionary, BundledTies.MODEL);
    }

    /** @param ties the model that infers ties the rules left out; {@link TieModel#NONE} for the rules alone */
    public RuleBasedExtractor(CompanyDictionary dictionary, TieModel ties) {
        this.dictionary = dictionary;
        this.recognizer = new CompanyRecognizer(dictionary);
        this.ties = ties;
    }

    private static final class BundledTies {
        static final TieModel MODEL = TieModel.bundled();
    }

    @Override
    public Extraction extract(Article article) {
        Discourse d = analyse(article);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : d.companies().keySet()) {
            counts.put(id, 0);
        }
        for (int si = 0; si < d.sentences().size(); si++) {
            int lastStart = -1;
            String lastId = null;
            for (Mention m : d.mentions(si)) {
                if (counts.containsKey(m.companyId()) && !(m.start() == lastStart && m.companyId().equals(lastId))) {
                    counts.merge(m.companyId(), 1, Integer::sum);
                }
                lastStart = m.start();
                lastId = m.companyId();
            }
        }
        List<CompanyHit> companies = new ArrayList<>();
        for (Company c : d.companies().values()) {
            companies.add(new CompanyHit(c.id(), c.name(), Math.max(1, counts.get(c.id()))));
        }
        List<SignalHit> signals = SignalFinder.find(d);
        Extraction rules = new Extraction(article.id(), companies, PartnershipFinder.find(d), signals);
        return ties.isEmpty() ? rules : new Extraction(article.id(), companies, ties.addTo(d, rules), signals);
    }

    /** The analysed article (sentences, mentions, ownership ties): what the rules read. */
    public Discourse analyse(Article article) {
        List<Sentence> sentences = ArticleText.sentences(article.title(), bounded(article.body()));
        CompanyRecognizer.Result names = recognizer.recognise(sentences);
        int year = article.publishedAt() == null ? java.time.Year.now(ZoneOffset.UTC).getValue()
                : article.publishedAt().atZone(ZoneOffset.UTC).getYear();
        return ReferenceResolver.resolve(sentences, names, year, id -> dictionary.byId(id).orElse(null));
    }

    /** The body up to {@link #MAX_ANALYSED_CHARS}, cut at the last paragraph or sentence end before it. */
    static String bounded(String body) {
        if (body.length() <= MAX_ANALYSED_CHARS) {
            return body;
        }
        String head = body.substring(0, MAX_ANALYSED_CHARS);
        int cut = Math.max(head.lastIndexOf("\n\n"), head.lastIndexOf(". "));
        return cut > MAX_ANALYSED_CHARS / 2 ? head.substring(0, cut + 1) : head;
    }

    @Override
    public String version() {
        return RULES_VERSION + "+dict-" + dictionary.size();
    }

    public CompanyDictionary dictionary() {
        return dictionary;
    }
}
