package evradar.topology;

import evradar.avro.ArticleEvent;
import evradar.avro.ArticleExtraction;
import evradar.avro.CompanyProfile;
import evradar.avro.FirmEvidence;
import evradar.avro.FirmStatus;
import evradar.avro.StatusChange;
import evradar.config.EvradarConfig;
import evradar.config.Topics;
import evradar.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The evradar topology, as a pure function of a {@link StreamsBuilder} and typed configuration: no
 * KafkaStreams, no I/O, so tests drive the very topology that runs in production.
 *
 * <pre>
 * articles -> validate -> dedupe -> extract -> news.extractions
 *                                      '-> split by firm -> repartition -> fold -> ev.market-status
 *                                                                              '-> ev.status-changes
 * companies.reference -> global store -> live dictionary
 * </pre>
 */
public final class EvradarTopology {

    private EvradarTopology() {
    }

    public static Topology build(StreamsBuilder builder, EvradarConfig config, AvroSerdes serdes,
                                 LiveExtractor extractor, Clock clock) {
        Topics topics = config.topics();
        Serde<String> keys = Serdes.String();
        Serde<ArticleEvent> articles = serdes.value(ArticleEvent.class);
        Serde<ArticleExtraction> extractions = serdes.value(ArticleExtraction.class);
        Serde<FirmEvidence> evidence = serdes.value(FirmEvidence.class);
        Serde<FirmStatus> statuses = serdes.value(FirmStatus.class);
        Serde<StatusChange> changes = serdes.value(StatusChange.class);
        Instant replayUntil = config.replayUntil().orElse(null);

        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TopologyNames.COMPANIES_STORE),
                        keys, serdes.value(CompanyProfile.class)).withLoggingDisabled(),
                topics.companies(),
                Consumed.with(keys, serdes.value(CompanyProfile.class)).withName(TopologyNames.COMPANIES_UPDATE),
                () -> new CompanyReferenceUpdater(extractor));

        builder.addStateStore(store(TopologyNames.ARTICLE_IDS_STORE, keys, Serdes.Long()));
        builder.addStateStore(store(TopologyNames.FIRM_EVIDENCE_STORE, keys, evidence));
        builder.addStateStore(store(TopologyNames.FIRM_STATUS_STORE, keys, statuses));

        ArticleValidation validation = new ArticleValidation(config.validation(), clock);
        ExtractionMapper extract = new ExtractionMapper(extractor);
        KStream<String, ArticleExtraction> extracted = builder
                .stream(topics.articles(), Consumed.with(keys, articles)
                        .withTimestampExtractor(new PublishedAtTimestampExtractor())
                        .withName(TopologyNames.ARTICLES_SOURCE))
                .processValues(() -> new ArticleValidator(validation), Named.as(TopologyNames.VALIDATE))
                .processValues(ArticleDeduplicator::new, Named.as(TopologyNames.DEDUPE), TopologyNames.ARTICLE_IDS_STORE)
                .map((key, article) -> KeyValue.pair(article.getId(), extract.apply(article)),
                        Named.as(TopologyNames.EXTRACT));
        extracted.to(topics.extractions(), Produced.with(keys, extractions).withName(TopologyNames.EXTRACTIONS_SINK));

        KStream<String, FirmUpdate> updates = extracted
                .flatMap(new FirmEvidenceSplitter(), Named.as(TopologyNames.SPLIT_BY_FIRM))
                .repartition(Repartitioned.with(keys, evidence).withName(TopologyNames.FIRM_EVIDENCE_REPARTITION))
                .process(() -> new FirmStatusProcessor(replayUntil), Named.as(TopologyNames.FOLD_STATUS),
                        TopologyNames.FIRM_EVIDENCE_STORE, TopologyNames.FIRM_STATUS_STORE);

        updates.mapValues(FirmUpdate::status, Named.as(TopologyNames.STATUS_VALUES))
                .to(topics.marketStatus(), Produced.with(keys, statuses).withName(TopologyNames.STATUS_SINK));
        updates.filter((companyId, update) -> update.change() != null, Named.as(TopologyNames.CHANGES_ONLY))
                .mapValues(FirmUpdate::change, Named.as(TopologyNames.CHANGES_VALUES))
                .to(topics.statusChanges(), Produced.with(keys, changes).withName(TopologyNames.CHANGES_SINK));

        return builder.build();
    }

    /**
     * The topics the application's consumer group reads (the article topic and its own repartition
     * topic): it has processed everything published so far when it has committed them to their ends.
     */
    public static List<String> consumedTopics(EvradarConfig config) {
        return List.of(config.topics().articles(),
                config.applicationId() + "-" + TopologyNames.FIRM_EVIDENCE_REPARTITION + "-repartition");
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<String> keys, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values);
    }
}
