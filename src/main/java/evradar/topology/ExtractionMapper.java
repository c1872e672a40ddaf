package evradar.topology;

import evradar.avro.ArticleEvent;
import evradar.avro.ArticleExtraction;
import evradar.avro.CompanyMention;
import evradar.avro.PartnershipMention;
import evradar.avro.SignalMention;
import evradar.extract.Article;
import evradar.extract.Extraction;
import evradar.extract.Extractor;
import org.apache.kafka.streams.kstream.ValueMapper;

/** Runs the extractor in force on an article and records the result as an {@link ArticleExtraction}. */
public final class ExtractionMapper implements ValueMapper<ArticleEvent, ArticleExtraction> {

    private final LiveExtractor extractors;

    public ExtractionMapper(LiveExtractor extractors) {
        this.extractors = extractors;
    }

    @Override
    public ArticleExtraction apply(ArticleEvent event) {
        Extractor extractor = extractors.current();
        Extraction found = extractor.extract(article(event));
        return toAvro(event, found, extractor.version());
    }

    /** The extractor's view of an article event. */
    public static Article article(ArticleEvent event) {
        return new Article(event.getId(), event.getSource(), event.getPublishedAt(), event.getTitle(), event.getBody());
    }

    public static ArticleExtraction toAvro(ArticleEvent event, Extraction found, String version) {
        return ArticleExtraction.newBuilder()
                .setArticleId(event.getId())
                .setSource(event.getSource())
                .setPublishedAt(event.getPublishedAt())
                .setFingerprint(ContentFingerprint.of(event))
                .setExtractorVersion(version)
                .setCompanies(found.companies().stream()
                        .map(c -> new CompanyMention(c.id(), c.name(), c.mentions())).toList())
                .setPartnerships(found.partnerships().stream()
                        .map(p -> new PartnershipMention(p.a(), p.b(), p.type(), p.certainty(), nonNull(p.evidence()))).toList())
                .setSignals(found.signals().stream()
                        .map(s -> new SignalMention(s.companyId(), s.status(), s.certainty(), s.targetYear(), nonNull(s.evidence())))
                        .toList())
                .build();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
