package evradar.status;

import evradar.avro.FirmEvidence;
import evradar.avro.Certainty;
import evradar.avro.FirmStatus;
import evradar.avro.Partner;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static evradar.avro.EvStatus.*;
import static evradar.avro.PartnershipType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusFoldTest {

    private static FirmStatus fold(FirmEvidence... items) {
        return StatusFold.fold("acme", List.of(items)).orElseThrow();
    }

    @Test
    void appliesSignalsInEventTimeOrderNotArrivalOrder() {
        FirmStatus status = fold(
                Evidence.of("b", "2022-01-01").signal(EXITED).build(),
                Evidence.of("a", "2021-01-01").signal(ANNOUNCED).build());
        assertEquals(EXITED, status.getStatus());
        assertEquals(Instant.parse("2022-01-01T00:00:00Z"), status.getSince());
    }

    @Test
    void rumoursDoNotUndoAnAnnouncementButAnExitDoes() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(ANNOUNCED).build(),
                Evidence.of("b", "2021-02-01").signal(RUMORED).build());
        assertEquals(ANNOUNCED, status.getStatus());
        assertEquals(Instant.parse("2021-01-01T00:00:00Z"), status.getSince(), "since stays with the announcement");

        status = fold(
                Evidence.of("a", "2021-01-01").signal(ANNOUNCED).build(),
                Evidence.of("b", "2021-02-01").signal(RUMORED).build(),
                Evidence.of("c", "2021-03-01").signal(EXITED).build(),
                Evidence.of("d", "2021-04-01").signal(EXPLORING).build());
        assertEquals(EXITED, status.getStatus());
    }

    @Test
    void sameTimeIsOrderedByArticleId() {
        FirmStatus status = fold(
                Evidence.of("b", "2021-01-01").signal(DENIED).build(),
                Evidence.of("a", "2021-01-01").signal(EXPLORING).build());
        assertEquals(DENIED, status.getStatus(), "a then b: DENIED is the later signal");
    }

    @Test
    void aFirmWithOnlyTiesHasNoRow() {
        Optional<FirmStatus> status = StatusFold.fold("acme", List.of(
                Evidence.of("a", "2021-01-01").tie("bolt", SUPPLY).build()));
        assertTrue(status.isEmpty());
    }

    @Test
    void partnersFollowTheLatestTypeAndEndedRemovesThem() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(LAUNCHED).tie("bolt", IN_TALKS).tie("cog", INVESTMENT).build(),
                Evidence.of("b", "2021-06-01").tie("bolt", JOINT_VENTURE).build(),
                Evidence.of("c", "2022-01-01").tie("cog", ENDED).build());
        assertEquals(List.of(new Partner("bolt", "BOLT", JOINT_VENTURE, Instant.parse("2021-01-01T00:00:00Z"),
                Certainty.CONFIRMED)), status.getPartners());
        assertEquals(Instant.parse("2022-01-01T00:00:00Z"), status.getUpdatedAt());
    }

    @Test
    void aGuessNeitherRetypesNorEndsAStatedTieButAddsAPartnerAndAFirmerReportConfirmsIt() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(LAUNCHED).tie("bolt", SUPPLY).tie("cog", PARTNERSHIP, Certainty.SPECULATIVE)
                        .tie("dax", IN_TALKS, Certainty.REPORTED).build(),
                Evidence.of("b", "2021-06-01").tie("bolt", PARTNERSHIP, Certainty.SPECULATIVE)
                        .tie("dax", ENDED, Certainty.SPECULATIVE).build(),
                Evidence.of("c", "2022-01-01").tie("cog", INVESTMENT, Certainty.CONFIRMED).build());
        assertEquals(List.of(
                new Partner("bolt", "BOLT", SUPPLY, Instant.parse("2021-01-01T00:00:00Z"), Certainty.CONFIRMED),
                new Partner("cog", "COG", INVESTMENT, Instant.parse("2021-01-01T00:00:00Z"), Certainty.CONFIRMED),
                new Partner("dax", "DAX", IN_TALKS, Instant.parse("2021-01-01T00:00:00Z"), Certainty.REPORTED)),
                status.getPartners());
    }

    @Test
    void aGuessAloneIsAPartnerMarkedSpeculativeAndAReportedEndStillEndsAConfirmedTie() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(LAUNCHED).tie("bolt", SUPPLY, Certainty.SPECULATIVE)
                        .tie("cog", PARTNERSHIP).build(),
                Evidence.of("b", "2021-06-01").tie("bolt", MANUFACTURING, Certainty.SPECULATIVE)
                        .tie("cog", ENDED, Certainty.REPORTED).build());
        assertEquals(List.of(new Partner("bolt", "BOLT", MANUFACTURING, Instant.parse("2021-01-01T00:00:00Z"),
                Certainty.SPECULATIVE)), status.getPartners());
    }

    @Test
    void aTieRenewedAfterEndingCountsFromTheRenewal() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(LAUNCHED).tie("bolt", PARTNERSHIP).build(),
                Evidence.of("b", "2021-06-01").tie("bolt", ENDED).build(),
                Evidence.of("c", "2022-01-01").tie("bolt", SUPPLY).build());
        assertEquals(Instant.parse("2022-01-01T00:00:00Z"), status.getPartners().get(0).getSince());
        assertEquals(SUPPLY, status.getPartners().get(0).getType());
    }

    @Test
    void sourceCountCountsDistinctSourcesBehindTheCurrentStatus() {
        FirmStatus status = fold(
                Evidence.of("a", "2021-01-01").signal(RUMORED).source("Wire A").build(),
                Evidence.of("b", "2021-02-01").signal(ANNOUNCED).source("Wire A").build(),
                Evidence.of("c", "2021-02-02").signal(ANNOUNCED).source("Wire B").build(),
                Evidence.of("d", "2021-02-03").signal(ANNOUNCED).source("Wire B").build(),
                Evidence.of("e", "2021-02-04").signal(RUMORED).source("Wire C").build());
        assertEquals(ANNOUNCED, status.getStatus());
        assertEquals(2, status.getSourceCount());
    }

    @Test
    void aCopyResentUnderANewIdIsOneElementWhicheverIdCameFirst() {
        FirmEvidence original = Evidence.of("x-1", "2021-01-01").signal(RUMORED).source("Wire").fingerprint("same").build();
        FirmEvidence copy = Evidence.of("x-2", "2021-01-02").signal(RUMORED).source("Wire").fingerprint("same").build();
        FirmEvidence syndicated = Evidence.of("y-1", "2021-01-03").signal(RUMORED).source("Other").fingerprint("same").build();
        FirmStatus status = fold(original, copy, syndicated);
        assertEquals(List.of("y-1", "x-1"), status.getEvidence().stream().map(evradar.avro.Evidence::getArticleId).toList());
        assertEquals(2, status.getSourceCount(), "the syndicated copy from another outlet corroborates");
        assertEquals(status, fold(syndicated, copy, original));
    }

    @Test
    void keepsTheLatestTargetYearAndAtMostTwentyEvidenceItemsNewestFirst() {
        FirmEvidence[] items = new FirmEvidence[25];
        for (int i = 0; i < items.length; i++) {
            Integer year = switch (i) {
                case 3 -> 2025;
                case 7 -> 2027;
                default -> null;
            };
            items[i] = Evidence.of(String.format("a%02d", i), String.format("2021-01-%02d", i + 1)).signal(LAUNCHED, year).build();
        }
        FirmStatus status = fold(items);
        assertEquals(2027, status.getTargetYear());
        assertEquals(StatusFold.MAX_EVIDENCE, status.getEvidence().size());
        assertEquals("a24", status.getEvidence().get(0).getArticleId());
        assertEquals("a05", status.getEvidence().get(19).getArticleId());
        assertEquals(25, status.getSourceCount(), "every article has its own source in this fixture");
    }

    @Test
    void asOfIgnoresLaterEvidence() {
        List<FirmEvidence> items = List.of(
                Evidence.of("a", "2021-01-01").signal(RUMORED).build(),
                Evidence.of("b", "2022-01-01").signal(ANNOUNCED).build(),
                Evidence.of("c", "2023-01-01").signal(LAUNCHED).build());
        assertEquals(ANNOUNCED, StatusFold.fold("acme", items, Instant.parse("2022-06-30T00:00:00Z")).orElseThrow().getStatus());
        assertTrue(StatusFold.fold("acme", items, Instant.parse("2020-01-01T00:00:00Z")).isEmpty());
    }

    @Test
    void statusSetterIsTheArticleThatMovedTheStatusLast() {
        List<FirmEvidence> items = List.of(
                Evidence.of("a", "2021-01-01").signal(ANNOUNCED).build(),
                Evidence.of("b", "2021-02-01").signal(RUMORED).build());
        assertEquals("a", StatusFold.folded("acme", items, null).orElseThrow().cause().getArticleId());
        assertTrue(StatusFold.folded("acme", List.of(Evidence.of("t", "2021-01-01").tie("x", SUPPLY).build()), null).isEmpty());
    }
}
