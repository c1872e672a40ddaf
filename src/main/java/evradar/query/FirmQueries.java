package evradar.query;

import evradar.avro.FirmEvidenceSet;
import evradar.avro.FirmStatus;
import evradar.status.StatusFold;
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
import java.util.Optional;
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
        Lookup<FirmEvidenceSet> set = lookup(companyId, TopologyNames.FIRM_EVIDENCE_STORE, FirmEvidenceSet.class);
        if (set instanceof Lookup.Found<FirmEvidenceSet> found) {
            Optional<FirmStatus> status = StatusFold.fold(companyId, found.value().getItems(), asOf);
            return status.<Lookup<FirmStatus>>map(Lookup.Found::new).orElseGet(() -> new Lookup.NotFound<>(companyId));
        }
        if (set instanceof Lookup.Elsewhere<FirmEvidenceSet> e) {
            return new Lookup.Elsewhere<>(companyId, e.host(), e.port());
        }
        if (set instanceof Lookup.Unavailable<FirmEvidenceSet> u) {
            return new Lookup.Unavailable<>(u.reason());
        }
        return new Lookup.NotFound<>(companyId);
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
        if (!streams.state().isRunningOrRebalancing()) {
            return new Lookup.Unavailable<>("the application is " + streams.state());
        }
        StateQueryRequest<V> request = StateQueryRequest.inStore(store).withQuery(KeyQuery.<String, V>withKey(companyId));
        if (self != null) {
            // Several instances: ask only the partition that holds the key, or point to its owner.
            KeyQueryMetadata where = streams.queryMetadataForKey(store, companyId, Serdes.String().serializer());
            if (where == null || where.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                return new Lookup.Unavailable<>("store " + store + " is not available yet");
            }
            if (!self.equals(where.activeHost()) && !where.standbyHosts().contains(self)) {
                return new Lookup.Elsewhere<>(companyId, where.activeHost().host(), where.activeHost().port());
            }
            request = request.withPartitions(Set.of(where.partition()));
        }
        // Alone (no application.server), this instance holds every partition: ask them all.
        StateQueryResult<V> result = streams.query(request.withPositionBound(PositionBound.unbounded()));
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
}
