package evradar.extract;

import evradar.app.ArticleArchive;
import evradar.avro.ArticleEvent;
import evradar.extract.evaluation.Evaluation;
import evradar.extract.evaluation.EvaluationReport;
import evradar.extract.evaluation.GoldStandard;
import evradar.topology.ExtractionMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the standard extractor over a labelled corpus on the test classpath and scores it. */
public final class CorpusRun {

    private CorpusRun() {
    }

    public static List<Article> articles(String resource) throws IOException {
        List<Article> out = new ArrayList<>();
        ArticleArchive.read(open(resource), new ArticleArchive.Visitor() {
            @Override
            public void article(long line, ArticleEvent article) {
                out.add(ExtractionMapper.article(article));
            }

            @Override
            public void malformed(long line, String reason) {
                throw new IllegalArgumentException(resource + " line " + line + ": " + reason);
            }
        });
        return out;
    }

    public static GoldStandard gold(String resource) throws IOException {
        try (InputStreamReader r = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            return GoldStandard.read(r);
        }
    }

    public static EvaluationReport evaluate(String articlesResource, String goldResource) throws IOException {
        List<Article> articles = articles(articlesResource);
        GoldStandard gold = gold(goldResource);
        Extractor x = Extractors.standard();
        Map<String, Extraction> out = new LinkedHashMap<>();
        for (Article a : articles) {
            out.put(a.id(), x.extract(a));
        }
        return Evaluation.evaluate(articles, out, gold);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = CorpusRun.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("test resource not found: " + resource);
        }
        return in;
    }
}
