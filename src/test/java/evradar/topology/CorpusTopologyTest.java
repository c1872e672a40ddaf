package evradar.topology;

import evradar.app.ArticleArchive;
import evradar.avro.ArticleEvent;
import evradar.avro.CompanyProfile;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;
import evradar.extract.CompanyDictionary;
import evradar.extract.RuleBasedExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static evradar.avro.EvStatus.RUMORED;
import static evradar.avro.PartnershipType.IN_TALKS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production topology with the real extractor over the development corpus. */
class CorpusTopologyTest {

    private static List<ArticleEvent> corpus;

    @BeforeAll
    static void load() {
        corpus = new ArrayList<>();
        ArticleArchive.read(ArticleArchive.sample(), new ArticleArchive.Visitor() {
            @Override
            public void article(long line, ArticleEvent article) {
                corpus.add(article);
            }

            @Override
            public void malformed(long line, String reason) {
                throw new AssertionError("sample line " + line + ": " + reason);
            }
        });
    }

    private static LiveExtractor extractor() {
        return new DictionaryLiveExtractor(CompanyDictionary.bundled(), RuleBasedExtractor::new);
    }

    @Test
    void theFoundingArticleGivesXiaomiARumourWithGreatWallAndBaiduWithGeely() {
        try (TopologyFixture f = new TopologyFixture(extractor())) {
            f.send(corpus.get(0));
            assertEquals("dev-000", corpus.get(0).getId());
            Map<String, FirmStatus> table = f.table();

            FirmStatus xiaomi = table.get("xiaomi");
            assertEquals(RUMORED, xiaomi.getStatus());
            Partner gwm = xiaomi.getPartners().stream().filter(p -> p.getCompanyId().equals("great-wall-motors")).findFirst().orElseThrow();
            assertEquals(IN_TALKS, gwm.getType());
            assertTrue(table.get("baidu").getPartners().stream().anyMatch(p -> p.getCompanyId().equals("geely")));
            assertFalse(table.containsKey("tesla"), "Tesla is named only in a related-article teaser");
        }
    }

    /** A firm the bundled dictionary does not know is recognised once companies.reference names it, without a restart. */
    @Test
    void theCompanyReferenceTopicExtendsTheDictionaryAtRuntime() {
        try (TopologyFixture f = new TopologyFixture(extractor())) {
            ArticleEvent before = article("r1", "2024-05-02T08:00:00Z",
                    "Qorvanta said on Thursday it has started deliveries of its first electric sedan to customers in Norway.");
            f.send(before);
            assertFalse(f.table().containsKey("qorvanta"), "an unknown single-word name is not a company by its form alone");

            f.companies.pipeInput("qorvanta", CompanyProfile.newBuilder().setId("qorvanta").setName("Qorvanta")
                    .setAliases(List.of("Qorvanta")).setKind("EV_STARTUP").setCountry("NO").build());
            f.send(article("r2", "2024-05-03T08:00:00Z",
                    "Qorvanta said on Friday it has started deliveries of its first electric sedan to customers in Sweden."));
            Map<String, FirmStatus> table = f.table();
            assertEquals(evradar.avro.EvStatus.LAUNCHED, table.get("qorvanta").getStatus());
            assertEquals("Qorvanta", table.get("qorvanta").getCompanyName());
        }
    }

    private static ArticleEvent article(String id, String publishedAt, String body) {
        return ArticleEvent.newBuilder().setId(id).setSource("Nordic Wire").setUrl(null)
                .setPublishedAt(java.time.Instant.parse(publishedAt)).setTitle("").setBody(body).build();
    }

    /**
     * The table is a function of the set of articles: publishedAt order, shuffled orders, and shuffles
     * with every article re-sent give the same records, byte for byte in the value.
     */
    @Test
    void theTableIsTheSameWhateverTheOrderAndDuplicates() {
        List<ArticleEvent> chronological = new ArrayList<>(corpus);
        chronological.sort((a, b) -> a.getPublishedAt().equals(b.getPublishedAt())
                ? a.getId().compareTo(b.getId()) : a.getPublishedAt().compareTo(b.getPublishedAt()));
        Map<String, byte[]> reference = tableBytes(chronological);
        assertTrue(reference.size() > 20, "the corpus gives a real table, not an empty one: " + reference.keySet());

        Random random = new Random(20261126);
        for (int run = 0; run < 4; run++) {
            List<ArticleEvent> shuffled = new ArrayList<>(corpus);
            if (run >= 2) {
                shuffled.addAll(corpus.subList(0, corpus.size() / 2 + run));
            }
            Collections.shuffle(shuffled, random);
            Map<String, byte[]> table = tableBytes(shuffled);
            assertEquals(reference.keySet(), table.keySet(), "run " + run);
            for (String firm : reference.keySet()) {
                assertArrayEquals(reference.get(firm), table.get(firm), "run " + run + ", firm " + firm);
            }
        }
    }

    private static Map<String, byte[]> tableBytes(List<ArticleEvent> articles) {
        try (TopologyFixture f = new TopologyFixture(extractor())) {
            articles.forEach(f::send);
            // the latest value per key, as written to the compacted topic; schema ids are per registry
            // scope, so the Avro body after the 5-byte header is compared
            Map<String, byte[]> bytes = new TreeMap<>(f.statusBytes.readKeyValuesToMap());
            bytes.replaceAll((firm, b) -> Arrays.copyOfRange(b, 5, b.length));
            return bytes;
        }
    }
}
