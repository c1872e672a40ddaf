package evradar.topology;

import evradar.avro.ArticleEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops an article whose id was already processed, so a re-sent article costs no extraction and
 * emits nothing. Correctness does not depend on it (the status fold treats evidence as a set), so
 * an id that reaches two partitions under different keys is harmless, only redundant.
 */
public final class ArticleDeduplicator implements FixedKeyProcessor<String, ArticleEvent, ArticleEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDeduplicator.class);

    private KeyValueStore<String, Long> seen;
    private FixedKeyProcessorContext<String, ArticleEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleEvent> context) {
        this.context = context;
        this.seen = context.getStateStore(TopologyNames.ARTICLE_IDS_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ArticleEvent> record) {
        String id = record.value().getId();
        if (seen.get(id) != null) {
            LOG.debug("Duplicate article {} skipped", id);
            return;
        }
        seen.put(id, record.value().getPublishedAt().toEpochMilli());
        context.forward(record);
    }
}
