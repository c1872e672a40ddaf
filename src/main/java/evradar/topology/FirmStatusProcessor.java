package evradar.topology;

import evradar.avro.FirmEvidence;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;
import evradar.status.StatusChanges;
import evradar.status.StatusFold;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds one article's evidence to its firm's evidence set (one store entry per article, see
 * {@link EvidenceKeys}) and re-folds the firm's status from the whole set. Emits the new
 * {@link FirmStatus} only when it differs from the stored one, with a {@link StatusChange} when the
 * status itself moved. Adding an element already in the set changes nothing and emits nothing.
 */
public final class FirmStatusProcessor implements Processor<String, FirmEvidence, String, FirmUpdate> {

    private final Instant replayUntil;
    private ProcessorContext<String, FirmUpdate> context;
    private static final StringSerializer KEYS = new StringSerializer();

    private KeyValueStore<String, FirmEvidence> evidenceStore;
    private KeyValueStore<String, FirmStatus> statusStore;

    /** @param replayUntil articles published at or before it are history being replayed (null: none) */
    public FirmStatusProcessor(Instant replayUntil) {
        this.replayUntil = replayUntil;
    }

    @Override
    public void init(ProcessorContext<String, FirmUpdate> context) {
        this.context = context;
        this.evidenceStore = context.getStateStore(TopologyNames.FIRM_EVIDENCE_STORE);
        this.statusStore = context.getStateStore(TopologyNames.FIRM_STATUS_STORE);
    }

    @Override
    public void process(Record<String, FirmEvidence> record) {
        String companyId = record.key();
        FirmEvidence evidence = record.value();
        if (companyId == null || evidence == null) {
            return;
        }
        String key = EvidenceKeys.key(evidence);
        if (evidence.equals(evidenceStore.get(key))) {
            return; // already in the set: nothing can change
        }
        evidenceStore.put(key, evidence);
        List<FirmEvidence> items = new ArrayList<>();
        try (KeyValueIterator<String, FirmEvidence> it = evidenceStore.prefixScan(EvidenceKeys.prefix(companyId), KEYS)) {
            it.forEachRemaining(kv -> items.add(kv.value));
        }

        FirmStatus before = statusStore.get(companyId);
        StatusFold.Folded folded = StatusFold.folded(companyId, items, null).orElse(null);
        if (folded == null || folded.status().equals(before)) {
            return;
        }
        statusStore.put(companyId, folded.status());
        StatusChange change = StatusChanges.between(before, folded, evidence, replayUntil).orElse(null);
        context.forward(record.withValue(new FirmUpdate(folded.status(), change)));
    }
}
