package evradar.extract.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.extract.text.Lexicon;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made labels in the corpus format ({@code gold.json}): entities with aliases, per-article
 * companies, partnerships and signals, and the expected final table.
 */
public record GoldStandard(Map<String, Entity> entities, Map<String, ArticleLabels> articles, Map<String, FinalRow> finalTable) {

    public record Entity(String id, String name, List<String> aliases) {
    }

    public record Pair(String a, String b, String type) {
        public Pair {
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
        }

        public String key() {
            return a + "|" + b;
        }
    }

    public record ArticleLabels(List<String> companies, List<Pair> partnerships, Map<String, String> signals) {
    }

    public record FinalRow(String status, List<String> partners) {
    }

    public static GoldStandard read(Reader in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject() || !root.has("articles")) {
            throw new IOException("not a gold file: expected an object with \"entities\", \"articles\" and \"final\"");
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        root.path("entities").properties().forEach(e -> {
            List<String> aliases = new ArrayList<>();
            e.getValue().path("aliases").forEach(a -> aliases.add(a.asText()));
            entities.put(e.getKey(), new Entity(e.getKey(), e.getValue().path("name").asText(e.getKey()), aliases));
        });
        Map<String, ArticleLabels> articles = new LinkedHashMap<>();
        root.path("articles").properties().forEach(e -> {
            JsonNode a = e.getValue();
            List<String> companies = new ArrayList<>();
            a.path("companies").forEach(c -> companies.add(c.asText()));
            List<Pair> pairs = new ArrayList<>();
            a.path("partnerships").forEach(p -> pairs.add(new Pair(p.get(0).asText(), p.get(1).asText(), p.get(2).asText())));
            Map<String, String> signals = new LinkedHashMap<>();
            a.path("signals").forEach(sg -> signals.put(sg.get(0).asText(), sg.get(1).asText()));
            articles.put(e.getKey(), new ArticleLabels(companies, pairs, signals));
        });
        Map<String, FinalRow> fin = new LinkedHashMap<>();
        root.path("final").properties().forEach(e -> {
            List<String> partners = new ArrayList<>();
            e.getValue().path("partners").forEach(p -> partners.add(p.asText()));
            fin.put(e.getKey(), new FinalRow(e.getValue().path("status").asText(), partners));
        });
        return new GoldStandard(Collections.unmodifiableMap(entities), Collections.unmodifiableMap(articles),
                Collections.unmodifiableMap(fin));
    }

    /** Normalised forms (lowercase letters and digits) that identify each entity: its aliases, name and id. */
    public Map<String, String> aliasIndex() {
        Map<String, String> index = new LinkedHashMap<>();
        for (Entity e : entities.values()) {
            Set<String> forms = new LinkedHashSet<>(e.aliases());
            forms.add(e.name());
            forms.add(e.id());
            for (String f : forms) {
                index.putIfAbsent(Lexicon.lettersAndDigits(f), e.id());
            }
        }
        return index;
    }
}
