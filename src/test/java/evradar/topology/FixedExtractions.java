package evradar.topology;

import evradar.avro.CompanyProfile;
import evradar.extract.Article;
import evradar.extract.Extraction;
import evradar.extract.Extractor;

import java.util.HashMap;
import java.util.Map;

/** A live extractor whose answers are given per article id, to test the topology apart from extraction quality. */
final class FixedExtractions implements LiveExtractor, Extractor {

    private final Map<String, Extraction> byArticle = new HashMap<>();
    final Map<String, CompanyProfile> profiles = new HashMap<>();

    FixedExtractions answer(Extraction extraction) {
        byArticle.put(extraction.articleId(), extraction);
        return this;
    }

    @Override
    public Extraction extract(Article article) {
        return byArticle.getOrDefault(article.id(), Extraction.empty(article.id()));
    }

    @Override
    public String version() {
        return "fixed";
    }

    @Override
    public Extractor current() {
        return this;
    }

    @Override
    public void upsert(CompanyProfile profile) {
        profiles.put(profile.getId(), profile);
    }

    @Override
    public void remove(String companyId) {
        profiles.remove(companyId);
    }
}
