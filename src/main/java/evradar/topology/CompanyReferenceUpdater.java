package evradar.topology;

import evradar.avro.CompanyProfile;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global companies store and the live dictionary in step with the compacted
 * companies.reference topic: a profile adds or replaces a firm, a tombstone removes it.
 */
public final class CompanyReferenceUpdater implements Processor<String, CompanyProfile, Void, Void> {

    private final LiveExtractor live;
    private KeyValueStore<String, CompanyProfile> store;

    public CompanyReferenceUpdater(LiveExtractor live) {
        this.live = live;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(TopologyNames.COMPANIES_STORE);
        // A restart restores the global store straight from the topic, without this processor:
        // bring the live dictionary up to date from what was restored.
        try (var all = store.all()) {
            all.forEachRemaining(entry -> live.upsert(entry.value));
        }
    }

    @Override
    public void process(Record<String, CompanyProfile> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            live.remove(record.key());
        } else {
            store.put(record.key(), record.value());
            live.upsert(record.value());
        }
    }
}
