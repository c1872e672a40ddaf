package evradar.app;

import evradar.config.EvradarConfig;
import evradar.config.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates evradar's topics when they are missing, with the settings their meaning needs:
 * <ul>
 *   <li>the status table and the company reference are compacted: one current record per key;</li>
 *   <li>the article topic is the archive that replays and backfills read, and its record times are
 *       publication dates, often years old: time-based retention would delete a backfill the moment it
 *       lands, so it keeps everything ({@code retention.ms=-1});</li>
 *   <li>extractions, alerts and dead letters carry event times too, so their retention counts from
 *       when they were written ({@code message.timestamp.type=LogAppendTime}); the event time stays
 *       in the values.</li>
 * </ul>
 * Existing topics without those settings are reported, not changed.
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final Map<String, String> COMPACT = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    private static final Map<String, String> ARCHIVE = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    private static final Map<String, String> APPEND_TIME = Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");

    private TopicSetup() {
    }

    public static List<NewTopic> topicsFor(EvradarConfig config) {
        Topics t = config.topics();
        int p = config.partitions();
        short rf = config.replicationFactor();
        return List.of(
                new NewTopic(t.articles(), p, rf).configs(ARCHIVE),
                new NewTopic(t.companies(), 1, rf).configs(COMPACT),
                new NewTopic(t.extractions(), p, rf).configs(APPEND_TIME),
                new NewTopic(t.marketStatus(), p, rf).configs(COMPACT),
                new NewTopic(t.statusChanges(), p, rf).configs(APPEND_TIME),
                new NewTopic(t.deadLetter(), p, rf).configs(APPEND_TIME));
    }

    /** Creates the missing topics; returns the names it created. */
    public static List<String> ensure(Admin admin, EvradarConfig config) {
        List<String> created = new ArrayList<>();
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topicsFor(config).stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                var result = admin.createTopics(missing);
                for (NewTopic topic : missing) {
                    try {
                        result.values().get(topic.name()).get(30, TimeUnit.SECONDS);
                        created.add(topic.name());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
                LOG.info("Created topics {}", created);
            }
            checkSettings(admin, config.topics());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topics: the cluster did not answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
        return created;
    }

    private static void checkSettings(Admin admin, Topics topics) throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource status = new ConfigResource(ConfigResource.Type.TOPIC, topics.marketStatus());
        ConfigResource articles = new ConfigResource(ConfigResource.Type.TOPIC, topics.articles());
        Map<ConfigResource, Config> configs = describeWhenVisible(admin, List.of(status, articles));
        String policy = value(configs.get(status), TopicConfig.CLEANUP_POLICY_CONFIG);
        if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            LOG.warn("Topic {} has cleanup.policy={}: consumers will see its whole history, not a table; set it to compact",
                    topics.marketStatus(), policy);
        }
        String retention = value(configs.get(articles), TopicConfig.RETENTION_MS_CONFIG);
        String timestampType = value(configs.get(articles), TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG);
        if (!"-1".equals(retention) && "CreateTime".equals(timestampType)) {
            LOG.warn("Topic {} has retention.ms={} on publication-time timestamps: articles older than that are deleted as "
                    + "soon as they are written, and replays lose them; set retention.ms=-1", topics.articles(), retention);
        }
    }

    /** How long a topic just created may stay invisible to other broker requests (KRaft metadata propagation). */
    private static final long VISIBLE_WITHIN_MS = 10_000;

    /**
     * The topics' configs; a topic created a moment ago can still be unknown to the broker that answers,
     * so "unknown topic" is retried for a few seconds before it counts as an error.
     */
    private static Map<ConfigResource, Config> describeWhenVisible(Admin admin, List<ConfigResource> resources)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + VISIBLE_WITHIN_MS;
        while (true) {
            try {
                return admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static String value(Config config, String key) {
        ConfigEntry entry = config == null ? null : config.get(key);
        return entry == null || entry.value() == null ? "?" : entry.value();
    }
}
