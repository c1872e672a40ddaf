package evradar.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Apache Kafka broker running inside this JVM: KRaft, one node in the combined
 * broker and controller roles, a PLAINTEXT listener for clients and a CONTROLLER listener, both on
 * 127.0.0.1. It backs the zero-infrastructure {@code demo} command and the broker-backed tests.
 *
 * <p>The data dir is formatted once (see {@link KraftStorage}); a broker started again on the same
 * directory finds its cluster id, topics, committed offsets and transactions where it left them.
 * The settings suit one node and a small heap: every internal topic has replication factor 1, the
 * log cleaner's dedupe buffer is 8 MiB instead of 128 MiB, group rebalances start without delay and
 * topics are never created implicitly.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.builder().dataDir(dir).build().start()) {
 *     String bootstrap = kafka.bootstrapServers();
 *     ...
 * }
 * }</pre>
 *
 * <p>An instance starts once; to restart, build another one on the same data dir.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    public static final String HOST = "127.0.0.1";
    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final int DEFAULT_NODE_ID = 1;
    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Defaults for one node in a small heap; {@link Builder#property} overrides any of them.
     * Replication factor 1 and min ISR 1 are what a single broker can satisfy: Kafka's defaults (3
     * and 2) would leave consumer groups, transactions and share groups waiting forever.
     */
    static final Map<String, String> SINGLE_NODE_DEFAULTS = Map.ofEntries(
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "5"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "5"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.num.partitions", "5"),
            Map.entry("default.replication.factor", "1"),
            Map.entry("min.insync.replicas", "1"),
            Map.entry("num.partitions", "1"),
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            // the 128 MiB default is allocated up front and fills a small heap
            Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
            Map.entry("num.network.threads", "2"),
            Map.entry("num.io.threads", "4"));

    /** Keys this class derives from its own settings; overriding them would break {@link #bootstrapServers()}. */
    static final Set<String> OWNED_KEYS = Set.of(
            "process.roles", "node.id", "listeners", "advertised.listeners", "listener.security.protocol.map",
            "inter.broker.listener.name", "controller.listener.names", "controller.quorum.voters",
            "controller.quorum.bootstrap.servers", "log.dirs", "log.dir", "metadata.log.dir",
            "server.max.startup.time.ms");

    private enum State { NEW, RUNNING, CLOSED }

    private final Path requestedDataDir;
    private final int requestedPort;
    private final int requestedControllerPort;
    private final int nodeId;
    private final Optional<String> requestedClusterId;
    private final Map<String, String> overrides;
    private final Duration startTimeout;

    // guarded by this
    private State state = State.NEW;
    private boolean started;
    private Path dataDir;
    private boolean temporaryDataDir;
    private int port;
    private int controllerPort;
    private String clusterId;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Builder builder) {
        this.requestedDataDir = builder.dataDir;
        this.requestedPort = builder.port;
        this.requestedControllerPort = builder.controllerPort;
        this.nodeId = builder.nodeId;
        this.requestedClusterId = Optional.ofNullable(builder.clusterId);
        this.overrides = Map.copyOf(builder.properties);
        this.startTimeout = builder.startTimeout;
        this.dataDir = builder.dataDir;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the data dir if it is new, starts the broker and returns once a client can talk to
     * it (an admin client's {@code describeCluster} has answered).
     *
     * @return this broker, for {@code try (var kafka = builder().build().start())}
     * @throws EmbeddedBrokerException for a cause the user can fix: port in use, data dir not
     *                                 writable or formatted for another cluster or node, timeout
     * @throws IllegalStateException   if this instance was started (or closed) before
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (state != State.NEW) {
            throw new IllegalStateException("An EmbeddedKafkaBroker starts once; build a new one to start again");
        }
        long startNanos = System.nanoTime();
        long deadlineNanos = startNanos + startTimeout.toNanos();
        try {
            choosePorts();
            if (requestedDataDir == null) {
                dataDir = Files.createTempDirectory("evradar-kafka-");
                temporaryDataDir = true;
            }
            KraftStorage.Identity identity =
                    KraftStorage.formatOnce(dataDir, nodeId, requestedClusterId, CONTROLLER_LISTENER);
            clusterId = identity.clusterId();

            server = new KafkaRaftServer(new KafkaConfig(brokerConfig(), false), Time.SYSTEM);
            server.startup();
            awaitClientsServed(deadlineNanos);

            state = State.RUNNING;
            started = true;
            log.info("Kafka broker ready at {} in {} ms (cluster {}, {} data dir {})", bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), clusterId,
                    identity.freshlyFormatted() ? "new" : "existing", dataDir);
            return this;
        } catch (IOException e) {
            throw failStart(new EmbeddedBrokerException("Cannot create a temporary data dir: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            throw failStart(e);
        } catch (Error e) {
            // e.g. OutOfMemoryError: still stop the threads Kafka started, or the JVM cannot exit
            RuntimeException cleanup = failStart(new EmbeddedBrokerException(e.toString(), e));
            for (Throwable suppressed : cleanup.getSuppressed()) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public synchronized String bootstrapServers() {
        requireStarted();
        return HOST + ":" + port;
    }

    /** The port of the client (PLAINTEXT) listener. */
    public synchronized int port() {
        requireStarted();
        return port;
    }

    /** The port of the controller (KRaft quorum) listener. */
    public synchronized int controllerPort() {
        requireStarted();
        return controllerPort;
    }

    /** The broker's storage directory: the one given to the builder, or the temporary one. */
    public synchronized Path dataDir() {
        if (dataDir == null) {
            throw new IllegalStateException("The temporary data dir is created by start()");
        }
        return dataDir;
    }

    /** The cluster id stored in the data dir. */
    public synchronized String clusterId() {
        requireStarted();
        return clusterId;
    }

    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Shuts the broker down and waits for it to stop; deletes the data dir if it was temporary.
     * Calling it again, or on a broker never started, does nothing. Called from another thread
     * during {@link #start()}, it waits for the start to end first.
     */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean wasRunning = state == State.RUNNING;
        state = State.CLOSED;
        long startNanos = System.nanoTime();
        stopServer();
        deleteTemporaryDataDir();
        if (wasRunning) {
            log.info("Kafka broker at {}:{} stopped in {} ms", HOST, port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        }
    }

    private Map<String, String> brokerConfig() {
        Map<String, String> config = new LinkedHashMap<>(SINGLE_NODE_DEFAULTS);
        config.putAll(overrides);
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(nodeId));
        config.put("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port);
        config.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", CLIENT_LISTENER);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        // a static voter set: matches the storage format (kraft.version 0) and lets the
        // controller port change between restarts on the same data dir
        config.put("controller.quorum.voters", nodeId + "@" + HOST + ":" + controllerPort);
        config.put("log.dirs", dataDir.toString());
        config.put("metadata.log.dir", dataDir.toString());
        // bounds the broker's own wait (for the controller to unfence it) inside startup()
        config.put("server.max.startup.time.ms", String.valueOf(startTimeout.toMillis()));
        return config;
    }

    private void choosePorts() {
        // every socket stays bound until both ports are known, so that a free port picked for one
        // listener is neither the other's free port nor a port the user gave
        try (ServerSocket client = reserve(requestedPort, "client");
             ServerSocket controller = reserve(requestedControllerPort, "controller")) {
            port = client.getLocalPort();
            controllerPort = controller.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedBrokerException("Cannot reserve a port on " + HOST + ": " + e.getMessage(), e);
        }
    }

    /** Binds {@code port} (0: any free port) to prove it free; Kafka binds it again, with SO_REUSEADDR like this. */
    private static ServerSocket reserve(int port, String listener) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return socket;
        } catch (BindException e) {
            socket.close();
            throw new EmbeddedBrokerException("Port " + port + " on " + HOST + " (Kafka " + listener
                    + " listener) is already in use: choose another one, or 0 for a free one", e);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void awaitClientsServed(long deadlineNanos) {
        long remainingMs = Math.max(1_000, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HOST + ":" + port,
                AdminClientConfig.CLIENT_ID_CONFIG, "evradar-embedded-readiness",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, remainingMs),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(5_000, remainingMs));
        try (Admin admin = Admin.create(adminConfig)) {
            Collection<Node> nodes = admin.describeCluster().nodes().get(remainingMs, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new EmbeddedBrokerException("Kafka broker at " + HOST + ":" + port + " started but reports no nodes");
            }
        } catch (TimeoutException e) {
            throw new EmbeddedBrokerException("Kafka broker at " + HOST + ":" + port + " did not answer within "
                    + startTimeout.toSeconds() + " s of starting", e);
        } catch (ExecutionException e) {
            throw new EmbeddedBrokerException("Kafka broker at " + HOST + ":" + port + " does not serve clients: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedBrokerException("Interrupted while waiting for the Kafka broker to start", e);
        }
    }

    /** Stops whatever did start, and turns Kafka's own start failures into one-line messages. */
    private RuntimeException failStart(RuntimeException failure) {
        state = State.CLOSED;
        try {
            stopServer();
            deleteTemporaryDataDir();
        } catch (RuntimeException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
        if (failure instanceof EmbeddedBrokerException) {
            return failure;
        }
        String reason = rootMessage(failure);
        if (hasCause(failure, BindException.class) || reason.contains("Address already in use")) {
            return new EmbeddedBrokerException("Cannot start the embedded Kafka broker, port "
                    + port + " or " + controllerPort + " on " + HOST + " is already in use: " + reason, failure);
        }
        if (reason.contains("Failed to acquire lock")) {
            return new EmbeddedBrokerException("Data dir " + dataDir + " is in use by another Kafka broker", failure);
        }
        return new EmbeddedBrokerException("Cannot start the embedded Kafka broker: " + reason, failure);
    }

    private void stopServer() {
        KafkaRaftServer running = server;
        server = null;
        if (running != null) {
            running.shutdown();
            running.awaitShutdown();
        }
    }

    private void deleteTemporaryDataDir() {
        if (temporaryDataDir) {
            try {
                Utils.delete(dataDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete temporary Kafka data dir " + dataDir, e);
            }
        }
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("The embedded Kafka broker has not started");
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String outer = failure.getMessage();
        // Kafka's outer message usually names the host and port; the root one says why
        if (outer != null && root != failure) {
            message = outer.contains(message) ? outer : outer + ": " + message;
        }
        return message.replace('\n', ' ');
    }

    /** Settings of an {@link EmbeddedKafkaBroker}; nothing happens until {@link EmbeddedKafkaBroker#start()}. */
    public static final class Builder {
        private Path dataDir;
        private int port;
        private int controllerPort;
        private int nodeId = DEFAULT_NODE_ID;
        private String clusterId;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder() {
        }

        /**
         * The broker's own storage directory, created if missing and kept on close; it must be
         * empty or formatted by an earlier embedded broker. Null (the default): a temporary
         * directory, deleted on close.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
            return this;
        }

        /** The client (PLAINTEXT) port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** The controller (KRaft) port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = checkPort(controllerPort);
            return this;
        }

        /** The node id, 1 by default; a data dir is formatted for one node id. */
        public Builder nodeId(int nodeId) {
            if (nodeId < 0) {
                throw new IllegalArgumentException("node id must be >= 0: " + nodeId);
            }
            this.nodeId = nodeId;
            return this;
        }

        /**
         * The cluster id a new data dir is formatted with and an existing one must hold. Null (the
         * default): random for a new data dir, whatever is stored for an existing one.
         */
        public Builder clusterId(String clusterId) {
            if (clusterId != null) {
                try {
                    Uuid.fromString(clusterId);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cluster id must be a base64 UUID such as "
                            + Uuid.randomUuid() + ": " + clusterId, e);
                }
            }
            this.clusterId = clusterId;
            return this;
        }

        /**
         * A broker setting, overriding this class's single-node defaults. Listeners, roles, node id
         * and directories come from the other builder methods and cannot be set here.
         */
        public Builder property(String key, Object value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value of " + key);
            if (OWNED_KEYS.contains(key)) {
                throw new IllegalArgumentException(key + " is set by the embedded broker itself"
                        + " (use dataDir(), port(), controllerPort() or nodeId())");
            }
            properties.put(key, value.toString());
            return this;
        }

        /** Several broker settings at once; see {@link #property}. */
        public Builder properties(Map<String, ?> properties) {
            properties.forEach(this::property);
            return this;
        }

        /** How long {@link EmbeddedKafkaBroker#start()} may take before it gives up; 60 s by default. */
        public Builder startTimeout(Duration startTimeout) {
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("start timeout must be positive: " + startTimeout);
            }
            this.startTimeout = startTimeout;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            if (port != 0 && port == controllerPort) {
                throw new IllegalArgumentException("client and controller ports must differ: " + port);
            }
            return new EmbeddedKafkaBroker(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 (any free port) or 1..65535: " + port);
            }
            return port;
        }
    }
}
