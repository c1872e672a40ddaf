package evradar.topology;

import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Node, store and internal-topic names are deployed state: changelog and repartition topics are
 * named after them, so renaming one orphans its data. This pins every one of them.
 */
class TopologyNamesTest {

    @Test
    void everyNodeStoreAndInternalTopicKeepsItsName() {
        try (TopologyFixture f = new TopologyFixture(new FixedExtractions())) {
            TopologyDescription description = f.topology.describe();
            Set<String> nodes = new TreeSet<>();
            Set<String> stores = new TreeSet<>();
            Set<String> topics = new TreeSet<>();
            for (TopologyDescription.Subtopology sub : description.subtopologies()) {
                for (TopologyDescription.Node node : sub.nodes()) {
                    nodes.add(node.name());
                    if (node instanceof TopologyDescription.Processor p) {
                        stores.addAll(p.stores());
                    }
                    if (node instanceof TopologyDescription.Source s && s.topicSet() != null) {
                        topics.addAll(s.topicSet());
                    }
                    if (node instanceof TopologyDescription.Sink s && s.topic() != null) {
                        topics.add(s.topic());
                    }
                }
            }
            for (TopologyDescription.GlobalStore g : description.globalStores()) {
                nodes.add(g.source().name());
                nodes.add(g.processor().name());
                stores.addAll(g.processor().stores());
                topics.addAll(g.source().topicSet());
            }
            assertEquals(new TreeSet<>(Set.of(
                    "articles-source", "validate-article", "dedupe-article", "extract-article", "extractions-sink",
                    "split-by-firm", "firm-evidence-repartition-filter", "firm-evidence-repartition-sink",
                    "firm-evidence-repartition-source", "fold-firm-status", "status-values", "market-status-sink",
                    "changes-only", "change-values", "status-changes-sink",
                    "companies-update-source", "companies-update")), nodes);
            assertEquals(new TreeSet<>(Set.of("article-ids", "firm-evidence-store", "firm-status-store", "companies-store")),
                    stores);
            assertEquals(new TreeSet<>(Set.of("news.articles", "companies.reference", "news.extractions",
                    "firm-evidence-repartition", "ev.market-status", "ev.status-changes")), topics);
        }
    }
}
