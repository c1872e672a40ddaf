package evradar.query;

import evradar.avro.FirmEvidence;
import evradar.avro.FirmStatus;
import evradar.status.StatusFold;
import evradar.topology.EvidenceKeys;
import evradar.topology.TopologyNames;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Interactive queries over the running topology's stores (IQv2): a firm's current status, its
 * status as of a past instant (folded from its evidence set), and every firm this instance holds.
 */
public final class FirmQueries {

    private final KafkaStreams streams;
    private final HostInfo self;

    /** @param self this instance's application.server address, or null when it runs alone */
    public FirmQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public Lookup<FirmStatus> status(String companyId) {
        return lookup(companyId, TopologyNames.FIRM_STATUS_STORE, FirmStatus.class);
    }

    /** The firm's status as the evidence published at or before {@code asOf} made it. */
    public Lookup<FirmStatus> statusAsOf(String companyId, Instant asOf) {
        Lookup<Set<Integer>> where = partitionsFor(companyId, TopologyNames.FIRM_EVIDENCE_STORE);
        if (!(where instanceof Lookup.Found<Set<Integer>> partitions)) {
            return retype(where);
        }
        StateQueryRequest<KeyValueIterator<String, FirmEvidence>> request = StateQueryRequest
                .inStore(TopologyNames.FIRM_EVIDENCE_STORE)
                .withQuery(RangeQuery.<String, FirmEvidence>withRange(EvidenceKeys.prefix(companyId), EvidenceKeys.upperBound(companyId)))
                .withPositionBound(PositionBound.unbounded());
        if (!partitions.value().isEmpty()) {
            request = request.withPartitions(partitions.value());
        }
        List<FirmEvidence> items = new ArrayList<>();
        for (QueryResult<KeyValueIterator<String, FirmEvidence>> partition : streams.query(request).getPartitionResults().values()) {
            if (partition.isFailure()) {
                return new Lookup.Unavailable<>(partition.getFailureMessage());
            }
            try (KeyValueIterator<String, FirmEvidence> it = partition.getResult()) {
                // the range's upper bound is exclusive by key order, but some stores treat it inclusively: check the prefix
                it.forEachRemaining(kv -> {
                    if (EvidenceKeys.companyOf(kv.key).equals(companyId)) {
                        items.add(kv.value);
                    }
                });
            }
        }
        return StatusFold.fold(companyId, items, asOf).<Lookup<FirmStatus>>map(Lookup.Found::new)
                .orElseGet(() -> new Lookup.NotFound<>(companyId));
    }

    /** Every firm whose status this instance holds, sorted by company id. */
    public List<FirmStatus> localStatuses() {
        StateQueryRequest<KeyValueIterator<String, FirmStatus>> request =
                StateQueryRequest.inStore(TopologyNames.FIRM_STATUS_STORE).withQuery(RangeQuery.<String, FirmStatus>withNoBounds());
        StateQueryResult<KeyValueIterator<String, FirmStatus>> result = streams.query(request);
        List<FirmStatus> out = new ArrayList<>();
        for (QueryResult<KeyValueIterator<String, FirmStatus>> partition : result.getPartitionResults().values()) {
            if (partition.isSuccess()) {
                try (KeyValueIterator<String, FirmStatus> it = partition.getResult()) {
                    it.forEachRemaining(kv -> out.add(kv.value));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(FirmStatus::getCompanyId));
        return out;
    }

    private <V> Lookup<V> lookup(String companyId, String store, Class<V> type) {
        Lookup<Set<Integer>> where = partitionsFor(companyId, store);
        if (!(where instanceof Lookup.Found<Set<Integer>> partitions)) {
            return retype(where);
        }
        StateQueryRequest<V> request = StateQueryRequest.inStore(store).withQuery(KeyQuery.<String, V>withKey(companyId))
                .withPositionBound(PositionBound.unbounded());
        if (!partitions.value().isEmpty()) {
            request = request.withPartitions(partitions.value());
        }
        StateQueryResult<V> result = streams.query(request);
        String failure = null;
        for (QueryResult<V> partition : result.getPartitionResults().values()) {
            if (partition.isFailure()) {
                failure = partition.getFailureMessage();
            } else if (partition.getResult() != null) {
                return new Lookup.Found<>(type.cast(partition.getResult()));
            }
        }
        if (failure != null || result.getPartitionResults().isEmpty()) {
            return new Lookup.Unavailable<>(failure == null ? "store " + store + " has no partitions here yet" : failure);
        }
        return new Lookup.NotFound<>(companyId);
    }

    /**
     * Which local partitions to ask about a firm: all of them (an empty set) when this instance runs
     * alone, the one that holds the firm when several share the work, or where else to ask.
     */
    private Lookup<Set<Integer>> partitionsFor(String companyId, String store) {
        if (!streams.state().isRunningOrRebalancing()) {
            return new Lookup.Unavailable<>("the application is " + streams.state());
        }
        if (self == null) {
            return new Lookup.Found<>(Set.of());
        }
        KeyQueryMetadata where = streams.queryMetadataForKey(store, companyId, Serdes.String().serializer());
        if (where == null || where.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return new Lookup.Unavailable<>("store " + store + " is not available yet");
        }
        if (!self.equals(where.activeHost()) && !where.standbyHosts().contains(self)) {
            return new Lookup.Elsewhere<>(companyId, where.activeHost().host(), where.activeHost().port());
        }
        return new Lookup.Found<>(Set.of(where.partition()));
    }

    /** A lookup that found no value, carried over to another value type. */
    private static <A, B> Lookup<B> retype(Lookup<A> lookup) {
        if (lookup instanceof Lookup.Elsewhere<A> e) {
            return new Lookup.Elsewhere<>(e.companyId(), e.host(), e.port());
        }
        if (lookup instanceof Lookup.Unavailable<A> u) {
            return new Lookup.Unavailable<>(u.reason());
        }
        if (lookup instanceof Lookup.NotFound<A> n) {
            return new Lookup.NotFound<>(n.companyId());
        }
        throw new IllegalArgumentException("a found value cannot be retyped");
    }
}
