package evradar.status;

import evradar.avro.Certainty;
import evradar.avro.EvStatus;
import evradar.avro.Evidence;
import evradar.avro.FirmEvidence;
import evradar.avro.Partner;
import evradar.avro.PartnershipType;
import evradar.avro.SignalMention;
import evradar.avro.Tie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds a firm's evidence set into its {@link evradar.avro.FirmStatus}. The result depends only on
 * the set: elements are applied in event-time order (ties by article id), an article counted twice
 * is one element, and a syndicated copy (same source and content fingerprint under another id) is
 * one element too. That is what makes the status table the same whatever order articles arrive in.
 */
public final class StatusFold {

    /** Evidence items kept on the record itself; the full set stays in the state store. */
    public static final int MAX_EVIDENCE = 20;

    /** Event-time order of the set: publishedAt, then article id. */
    public static final Comparator<FirmEvidence> EVENT_ORDER =
            Comparator.comparing(FirmEvidence::getPublishedAt).thenComparing(FirmEvidence::getArticleId);

    private StatusFold() {
    }

    /**
     * The firm's status after all of {@code items}, or empty when none of them carries a signal
     * (a firm known only as someone's partner has no row in the table).
     */
    public static Optional<evradar.avro.FirmStatus> fold(String companyId, Collection<FirmEvidence> items) {
        return fold(companyId, items, null);
    }

    /** As {@link #fold(String, Collection)}, counting only evidence published at or before {@code asOf} (null: all). */
    public static Optional<evradar.avro.FirmStatus> fold(String companyId, Collection<FirmEvidence> items, Instant asOf) {
        return folded(companyId, items, asOf).map(Folded::status);
    }

    /** A folded status and the evidence that set it (the cause of the firm's latest status change). */
    public record Folded(evradar.avro.FirmStatus status, FirmEvidence cause) {
    }

    /** The fold with its cause, or empty when no item carries a signal. */
    public static Optional<Folded> folded(String companyId, Collection<FirmEvidence> items, Instant asOf) {
        List<FirmEvidence> ordered = canonical(items, asOf);

        EvStatus status = null;
        FirmEvidence setter = null;
        Integer targetYear = null;
        Instant updatedAt = null;
        String companyName = companyId;
        Map<String, TieState> ties = new TreeMap<>();
        for (FirmEvidence item : ordered) {
            companyName = item.getCompanyName();
            updatedAt = item.getPublishedAt();
            SignalMention signal = item.getSignal();
            if (signal != null) {
                EvStatus next = StatusRules.next(status, signal.getStatus());
                if (next != status) {
                    status = next;
                    setter = item;
                }
                if (signal.getTargetYear() != null) {
                    targetYear = signal.getTargetYear();
                }
            }
            for (Tie tie : item.getTies()) {
                ties.computeIfAbsent(tie.getPartnerId(), id -> new TieState()).apply(tie, item.getPublishedAt());
            }
        }
        if (status == null) {
            return Optional.empty();
        }

        List<Partner> partners = new ArrayList<>();
        ties.forEach((partnerId, state) -> {
            if (state.type != PartnershipType.ENDED) {
                partners.add(new Partner(partnerId, state.name, state.type, state.since, state.certainty));
            }
        });

        return Optional.of(new Folded(evradar.avro.FirmStatus.newBuilder()
                .setCompanyId(companyId)
                .setCompanyName(companyName)
                .setStatus(status)
                .setSince(setter.getPublishedAt())
                .setUpdatedAt(updatedAt)
                .setPartners(partners)
                .setTargetYear(targetYear)
                .setSourceCount(sourcesBehind(ordered, status, setter))
                .setEvidence(latestEvidence(ordered))
                .build(), setter));
    }

    /**
     * The set in event-time order with duplicates folded: one element per article id, and one per
     * (source, fingerprint) — a copy re-sent under a new id — keeping the smallest article id so
     * the choice does not depend on arrival order.
     */
    static List<FirmEvidence> canonical(Collection<FirmEvidence> items, Instant asOf) {
        Map<String, FirmEvidence> byArticle = new TreeMap<>();
        for (FirmEvidence item : items) {
            if (asOf == null || !item.getPublishedAt().isAfter(asOf)) {
                byArticle.merge(item.getArticleId(), item, (a, b) -> EVENT_ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, FirmEvidence> byCopy = new LinkedHashMap<>();
        for (FirmEvidence item : byArticle.values()) {
            String copyKey = item.getFingerprint().isEmpty()
                    ? "id:" + item.getArticleId()
                    : "fp:" + item.getSource() + '\u0000' + item.getFingerprint();
            byCopy.putIfAbsent(copyKey, item); // byArticle is sorted by id, so the smallest id wins
        }
        List<FirmEvidence> ordered = new ArrayList<>(byCopy.values());
        ordered.sort(EVENT_ORDER);
        return ordered;
    }

    /** Distinct sources of the articles that support the current status since it took effect. */
    private static int sourcesBehind(List<FirmEvidence> ordered, EvStatus status, FirmEvidence setter) {
        Set<String> sources = new HashSet<>();
        for (FirmEvidence item : ordered) {
            if (EVENT_ORDER.compare(item, setter) >= 0 && item.getSignal() != null && item.getSignal().getStatus() == status) {
                sources.add(item.getSource());
            }
        }
        return sources.size();
    }

    private static List<Evidence> latestEvidence(List<FirmEvidence> ordered) {
        List<Evidence> out = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0 && out.size() < MAX_EVIDENCE; i--) {
            FirmEvidence item = ordered.get(i);
            if (item.getSignal() != null) {
                out.add(new Evidence(item.getArticleId(), item.getSource(), item.getPublishedAt(),
                        item.getSignal().getStatus(), item.getSignal().getEvidence()));
            }
        }
        return out;
    }

    /** The state of one tie while folding: its latest type and when its current run began. */
    /**
     * One partner's tie, folded over the reports in event-time order: the latest type, since when the
     * tie has been in force, and the firmest certainty of the reports since then. A speculative report
     * (hedged, or inferred by the tie model) never changes the type of a tie in force that a firmer
     * report established, nor ends it: a guess does not overrule a statement.
     */
    private static final class TieState {
        PartnershipType type;
        String name = "";
        Instant since;
        Certainty certainty;

        void apply(Tie tie, Instant at) {
            if (tie.getType() == PartnershipType.UNKNOWN) {
                return;
            }
            if (!tie.getPartnerName().isEmpty()) {
                name = tie.getPartnerName();
            }
            boolean wasActive = type != null && type != PartnershipType.ENDED;
            Certainty c = tie.getCertainty() == null ? Certainty.CONFIRMED : tie.getCertainty();
            if (wasActive && c == Certainty.SPECULATIVE && firmness(certainty) > firmness(c)) {
                return;
            }
            type = tie.getType();
            if (!wasActive) {
                since = at;
                certainty = c;
            } else if (firmness(c) > firmness(certainty)) {
                certainty = c;
            }
        }

        private static int firmness(Certainty c) {
            return switch (c) {
                case CONFIRMED -> 3;
                case REPORTED -> 2;
                case SPECULATIVE -> 1;
                case UNKNOWN -> 0;
            };
        }
    }
}
