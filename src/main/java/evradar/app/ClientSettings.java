package evradar.app;

import evradar.config.EvradarConfig;
import org.apache.kafka.clients.CommonClientConfigs;

import java.util.HashMap;
import java.util.Map;

/** Settings shared by every plain Kafka client evradar opens: where the cluster is, plus kafka.* passthrough. */
public final class ClientSettings {

    private ClientSettings() {
    }

    public static Map<String, Object> common(EvradarConfig config, String clientId) {
        if (config.bootstrapServers() == null || config.bootstrapServers().isBlank()) {
            throw new IllegalArgumentException("no Kafka bootstrap servers configured (bootstrap.servers, EVRADAR_BOOTSTRAP_SERVERS or --bootstrap)");
        }
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(CommonClientConfigs.CLIENT_ID_CONFIG, config.applicationId() + "-" + clientId);
        props.putAll(config.kafka());
        return props;
    }
}
