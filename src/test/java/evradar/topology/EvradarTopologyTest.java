package evradar.topology;

import evradar.avro.ArticleEvent;
import evradar.avro.CompanyProfile;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;
import evradar.avro.StatusChange;
import evradar.extract.CompanyHit;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.SignalHit;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static evradar.avro.Certainty.CONFIRMED;
import static evradar.avro.Certainty.REPORTED;
import static evradar.avro.EvStatus.*;
import static evradar.avro.PartnershipType.*;
import static evradar.topology.Articles.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvradarTopologyTest {

    private static Extraction xiaomiRumour(String articleId) {
        return new Extraction(articleId,
                List.of(new CompanyHit("xiaomi", "Xiaomi", 5), new CompanyHit("great-wall-motors", "Great Wall Motors", 3),
                        new CompanyHit("reuters", "Reuters", 2)),
                List.of(new PartnershipHit("xiaomi", "great-wall-motors", IN_TALKS, REPORTED, "Xiaomi is in talks with Great Wall Motors.")),
                List.of(new SignalHit("xiaomi", RUMORED, REPORTED, 2023, "According to Reuters, Xiaomi will enter the EV market."),
                        new SignalHit("great-wall-motors", LAUNCHED, CONFIRMED, null, "Great Wall Motors has launched an EV brand.")));
    }

    @Test
    void anArticleBecomesFirmRowsWithPartnersAndAlerts() {
        FixedExtractions extractor = new FixedExtractions().answer(xiaomiRumour("a1"));
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.send(article("a1", "2021-02-19T09:00:00Z"));

            Map<String, FirmStatus> table = f.table();
            assertEquals(List.of("great-wall-motors", "xiaomi"), table.keySet().stream().sorted().toList());
            FirmStatus xiaomi = table.get("xiaomi");
            assertEquals(RUMORED, xiaomi.getStatus());
            assertEquals(2023, xiaomi.getTargetYear());
            assertEquals(List.of(new Partner("great-wall-motors", "Great Wall Motors", IN_TALKS, Instant.parse("2021-02-19T09:00:00Z"),
                    REPORTED)),
                    xiaomi.getPartners());
            assertEquals("a1", xiaomi.getEvidence().get(0).getArticleId());
            assertEquals("xiaomi", table.get("great-wall-motors").getPartners().get(0).getCompanyId());
            assertFalse(table.containsKey("reuters"), "a firm with no signal has no row");

            List<StatusChange> changes = f.changes.readValuesToList();
            assertEquals(2, changes.size());
            StatusChange first = changes.stream().filter(c -> c.getCompanyId().equals("xiaomi")).findFirst().orElseThrow();
            assertNull(first.getFrom());
            assertEquals(RUMORED, first.getTo());
            assertEquals("a1", first.getArticleId());
            assertFalse(first.getReplay());
            assertFalse(first.getCorrection());

            assertEquals("a1", f.extractions.readKeyValue().key);
        }
    }

    @Test
    void aDuplicateArticleChangesNothing() {
        FixedExtractions extractor = new FixedExtractions().answer(xiaomiRumour("a1"));
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.send(article("a1", "2021-02-19T09:00:00Z"));
            f.status.readRecordsToList();
            f.changes.readRecordsToList();
            f.extractions.readRecordsToList();

            f.send(article("a1", "2021-02-19T09:00:00Z"));
            f.articles.pipeInput("other-key", article("a1", "2021-02-19T09:00:00Z"));

            assertTrue(f.status.isEmpty());
            assertTrue(f.changes.isEmpty());
            assertTrue(f.extractions.isEmpty());
            assertTrue(f.deadLetters.isEmpty());
        }
    }

    @Test
    void unreadableBytesGoToTheDeadLetterTopicIntactAndProcessingGoesOn() {
        FixedExtractions extractor = new FixedExtractions().answer(xiaomiRumour("a1"));
        // TopologyTestDriver under exactly-once loses the dead letters that deserialization failures produce
        // (they are sent outside any record's processing); the broker-backed test checks them under exactly-once.
        try (TopologyFixture f = new TopologyFixture(extractor, Map.of("processing.guarantee", "at_least_once"))) {
            byte[] garbage = "{\"id\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);
            f.rawArticles.pipeInput("bad-1", garbage);
            byte[] unknownSchema = {0, 0, 0, 0x7f, 0x7f, 1, 2, 3};
            f.rawArticles.pipeInput("bad-2", unknownSchema);
            f.send(article("a1", "2021-02-19T09:00:00Z"));

            List<TestRecord<byte[], byte[]>> dead = f.deadLetters.readRecordsToList();
            assertEquals(2, dead.size());
            assertArrayEquals(garbage, dead.get(0).value());
            assertArrayEquals("bad-1".getBytes(StandardCharsets.UTF_8), dead.get(0).key());
            assertTrue(header(dead.get(0), DeadLetters.HEADER_MESSAGE).contains("magic byte"));
            assertEquals(f.config.topics().articles(), header(dead.get(0), DeadLetters.HEADER_TOPIC));
            assertArrayEquals(unknownSchema, dead.get(1).value());
            assertTrue(header(dead.get(1), DeadLetters.HEADER_MESSAGE).contains("Schema id"), header(dead.get(1), DeadLetters.HEADER_MESSAGE));

            assertEquals(RUMORED, f.table().get("xiaomi").getStatus(), "the good article after the bad ones is processed");
        }
    }

    @Test
    void invalidArticlesGoToTheDeadLetterTopicWithTheirOriginalBytesAndAReason() {
        try (TopologyFixture f = new TopologyFixture(new FixedExtractions(), Map.of("validation.max.body.chars", "100"))) {
            ArticleEvent noId = article(" ", "2021-01-01T00:00:00Z");
            ArticleEvent noText = article("t1", "2021-01-01T00:00:00Z");
            noText.setTitle("");
            noText.setBody("  ");
            ArticleEvent future = article("t2", "2026-01-03T00:00:00Z");
            ArticleEvent tooLong = article("t3", "2021-01-01T00:00:00Z");
            tooLong.setBody("x".repeat(101));
            ArticleEvent epoch = article("t4", "1970-01-01T00:00:00Z");

            List<ArticleEvent> bad = List.of(noId, noText, future, tooLong, epoch);
            for (ArticleEvent a : bad) {
                f.send(a);
            }
            List<TestRecord<byte[], byte[]>> dead = f.deadLetters.readRecordsToList();
            assertEquals(bad.size(), dead.size());
            List<String> reasons = dead.stream().map(r -> header(r, DeadLetters.HEADER_MESSAGE)).toList();
            assertTrue(reasons.get(0).contains("missing article id"), reasons.get(0));
            assertTrue(reasons.get(1).contains("neither title nor body"), reasons.get(1));
            assertTrue(reasons.get(2).contains("in the future"), reasons.get(2));
            assertTrue(reasons.get(3).contains("over the limit of 100"), reasons.get(3));
            assertTrue(reasons.get(4).contains("no usable publishedAt"), reasons.get(4));
            for (int i = 0; i < bad.size(); i++) {
                assertArrayEquals(f.serdes.value(ArticleEvent.class).serialize(f.config.topics().articles(), bad.get(i)),
                        dead.get(i).value(), "original bytes of " + bad.get(i).getId());
                assertEquals(TopologyNames.VALIDATE, header(dead.get(i), DeadLetters.HEADER_STAGE));
                assertEquals(InvalidArticleException.class.getName(), header(dead.get(i), DeadLetters.HEADER_EXCEPTION));
            }
            assertTrue(f.extractions.isEmpty());
        }
    }

    @Test
    void statusIsEmittedOnlyWhenItsValueChangesAndAlertsOnlyWhenTheStatusDoes() {
        FixedExtractions extractor = new FixedExtractions()
                .answer(signal("a1", "acme", ANNOUNCED))
                .answer(signal("a2", "acme", RUMORED))
                .answer(new Extraction("a3", List.of(new CompanyHit("acme", "Acme", 1)), List.of(), List.of()));
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.send(article("a1", "2021-01-01T00:00:00Z"));
            f.send(article("a2", "2021-02-01T00:00:00Z"));
            f.send(article("a3", "2021-03-01T00:00:00Z"));

            List<FirmStatus> updates = f.status.readValuesToList();
            assertEquals(2, updates.size(), "the rumour adds nothing to the status but updates updatedAt, the mention-only article nothing");
            assertEquals(ANNOUNCED, updates.get(1).getStatus());
            assertEquals(1, f.changes.readValuesToList().size());
        }
    }

    @Test
    void aLateOlderArticleThatRewritesHistoryIsACorrection() {
        FixedExtractions extractor = new FixedExtractions()
                .answer(signal("new", "acme", RUMORED))
                .answer(signal("old", "acme", EXITED))
                .answer(signal("older", "acme", LAUNCHED));
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.send(article("new", "2023-01-01T00:00:00Z"));
            f.send(article("old", "2022-01-01T00:00:00Z"));
            f.send(article("older", "2021-01-01T00:00:00Z"));

            List<StatusChange> changes = f.changes.readValuesToList();
            assertEquals(2, changes.size());
            assertEquals(RUMORED, changes.get(0).getTo());
            assertFalse(changes.get(0).getCorrection());
            assertEquals(EXITED, changes.get(1).getTo());
            assertTrue(changes.get(1).getCorrection(), "an exit in 2022 now precedes the 2023 rumour");
            assertEquals("old", changes.get(1).getArticleId());
            assertEquals(EXITED, f.table().get("acme").getStatus());
        }
    }

    @Test
    void changesFromReplayedHistoryAreMarkedReplay() {
        FixedExtractions extractor = new FixedExtractions()
                .answer(signal("h", "acme", RUMORED))
                .answer(signal("live", "acme", ANNOUNCED));
        try (TopologyFixture f = new TopologyFixture(extractor, Map.of("replay.until", "2024-01-01T00:00:00Z"))) {
            f.send(article("h", "2023-06-01T00:00:00Z"));
            f.send(article("live", "2024-06-01T00:00:00Z"));
            List<StatusChange> changes = f.changes.readValuesToList();
            assertTrue(changes.get(0).getReplay());
            assertFalse(changes.get(1).getReplay());
        }
    }

    @Test
    void companyProfilesReachTheLiveDictionary() {
        FixedExtractions extractor = new FixedExtractions();
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            CompanyProfile profile = CompanyProfile.newBuilder().setId("newco").setName("NewCo").setAliases(List.of("NewCo")).build();
            f.companies.pipeInput("newco", profile);
            assertEquals(profile, extractor.profiles.get("newco"));
            f.companies.pipeInput("newco", null);
            assertFalse(extractor.profiles.containsKey("newco"));
        }
    }

    /** A firm written about thousands of times must not become one record too large for Kafka. */
    @Test
    void aFirmsHistoryIsStoredOneArticlePerEntry() {
        FixedExtractions extractor = new FixedExtractions();
        int articles = 2000;
        for (int i = 0; i < articles; i++) {
            extractor.answer(signal("t" + i, "acme", i % 2 == 0 ? LAUNCHED : RUMORED));
        }
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            for (int i = 0; i < articles; i++) {
                f.send(article("t" + i, java.time.Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * i).toString()));
            }
            var store = f.driver.<String, evradar.avro.FirmEvidence>getKeyValueStore(TopologyNames.FIRM_EVIDENCE_STORE);
            assertEquals(articles, store.approximateNumEntries());
            FirmStatus acme = f.table().get("acme");
            assertEquals(LAUNCHED, acme.getStatus());
            assertEquals(1, acme.getSourceCount(), "one source (Wire) behind LAUNCHED");
            assertEquals(20, acme.getEvidence().size());
        }
    }

    private static Extraction signal(String articleId, String firm, evradar.avro.EvStatus status) {
        return new Extraction(articleId, List.of(new CompanyHit(firm, "Acme", 1)), List.of(),
                List.of(new SignalHit(firm, status, CONFIRMED, null, firm + " " + status)));
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
