package evradar.status;

import evradar.avro.EvStatus;
import evradar.avro.FirmEvidence;
import evradar.avro.PartnershipType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status is a function of the evidence set: order and repetition must not matter. */
class StatusFoldPropertiesTest {

    @Property(tries = 500)
    void anyPermutationWithDuplicatesGivesTheSameStatus(@ForAll("evidenceSets") List<FirmEvidence> items,
                                                        @ForAll Random random) {
        List<FirmEvidence> shuffled = new ArrayList<>(items);
        for (int i = 0; i < items.size() / 2; i++) {
            shuffled.add(items.get(random.nextInt(items.size())));
        }
        Collections.shuffle(shuffled, random);
        assertEquals(StatusFold.fold("acme", items), StatusFold.fold("acme", shuffled));
    }

    @Property(tries = 300)
    void foldingEqualsApplyingTheRulesOneByOneInEventOrder(@ForAll("evidenceSets") List<FirmEvidence> items) {
        List<FirmEvidence> ordered = new ArrayList<>(items);
        ordered.sort(StatusFold.EVENT_ORDER);
        EvStatus expected = null;
        for (FirmEvidence item : ordered) {
            if (item.getSignal() != null) {
                expected = StatusRules.next(expected, item.getSignal().getStatus());
            }
        }
        assertEquals(expected, StatusFold.fold("acme", items).map(s -> s.getStatus()).orElse(null));
    }

    @Provide
    Arbitrary<List<FirmEvidence>> evidenceSets() {
        Arbitrary<EvStatus> statuses = Arbitraries.of(EvStatus.RUMORED, EvStatus.EXPLORING, EvStatus.ANNOUNCED,
                EvStatus.DEVELOPING, EvStatus.LAUNCHED, EvStatus.EXITED, EvStatus.DENIED);
        Arbitrary<PartnershipType> types = Arbitraries.of(PartnershipType.IN_TALKS, PartnershipType.PARTNERSHIP,
                PartnershipType.JOINT_VENTURE, PartnershipType.ENDED);
        Arbitrary<FirmEvidence> item = Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 28),
                statuses.injectNull(0.2),
                types.injectNull(0.6),
                Arbitraries.of("bolt", "cog"),
                Arbitraries.of("Wire A", "Wire B", "Wire C"))
                .as((n, day, status, tieType, partner, source) -> {
                    Evidence e = Evidence.of("art-" + n, String.format("2021-03-%02d", day)).source(source);
                    if (status != null) {
                        e.signal(status);
                    }
                    if (tieType != null) {
                        e.tie(partner, tieType);
                    }
                    return e.build();
                });
        // one element per article id, as in the store
        return item.list().ofMinSize(1).ofMaxSize(15).uniqueElements(FirmEvidence::getArticleId);
    }
}
