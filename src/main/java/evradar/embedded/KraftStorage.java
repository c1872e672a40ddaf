package evradar.embedded;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The on-disk storage of the embedded broker: one directory that is both the data log dir and the
 * KRaft metadata log dir. It is formatted exactly once; afterwards its {@code meta.properties} is
 * the truth, so a restart keeps the cluster id, topics and offsets.
 */
final class KraftStorage {
    private static final Logger log = LoggerFactory.getLogger(KraftStorage.class);

    /**
     * Kafka's storage identity file. Read here as plain properties: Kafka's own reader lives in
     * kafka-server-common, which is only on the runtime class path.
     */
    static final String META_PROPERTIES = "meta.properties";

    /** What the directory holds once prepared. */
    record Identity(String clusterId, int nodeId, boolean freshlyFormatted) { }

    private KraftStorage() {
    }

    /**
     * Makes {@code dir} a usable, writable directory formatted for {@code nodeId}; formats it only
     * if it holds no {@code meta.properties} yet.
     *
     * @param clusterId the cluster id the caller insists on, or empty to accept the stored one
     *                  (or a random one for a fresh directory)
     */
    static Identity formatOnce(Path dir, int nodeId, Optional<String> clusterId, String controllerListenerName) {
        ensureWritableDirectory(dir);
        Path metaFile = dir.resolve(META_PROPERTIES);
        if (Files.exists(metaFile)) {
            return verifyFormatted(dir, metaFile, nodeId, clusterId);
        }
        if (!isEmpty(dir)) {
            // Kafka would try to load every sub-directory as a topic partition and fail obscurely.
            throw new EmbeddedBrokerException("Data dir " + dir + " is not empty but holds no Kafka storage ("
                    + META_PROPERTIES + " is missing): use an empty directory or one "
                    + "this broker formatted before");
        }
        String id = clusterId.orElseGet(() -> Uuid.randomUuid().toString());
        ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(formatterOutput, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(nodeId)
                    .setClusterId(id)
                    .setControllerListenerName(controllerListenerName)
                    .setMetadataLogDirectory(dir.toString())
                    .addDirectory(dir.toString())
                    // static quorum (controller.quorum.voters): the controller port lives in the
                    // config, not in the log, so a restart may pick a different free port
                    .setHasDynamicQuorum(false)
                    .run();
        } catch (Exception e) {
            throw new EmbeddedBrokerException("Cannot format Kafka storage in " + dir + ": " + e.getMessage(), e);
        }
        log.debug("Formatted {}: {}", dir, formatterOutput.toString(StandardCharsets.UTF_8).trim());
        return new Identity(id, nodeId, true);
    }

    private static Identity verifyFormatted(Path dir, Path metaFile, int nodeId, Optional<String> clusterId) {
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new EmbeddedBrokerException("Cannot read " + metaFile + ": " + e.getMessage(), e);
        }
        String storedCluster = stored.getProperty("cluster.id", "(none)").trim();
        String storedNode = stored.getProperty("node.id", "(none)").trim();
        boolean clusterMatches = stored.containsKey("cluster.id") && clusterId.map(storedCluster::equals).orElse(true);
        boolean nodeMatches = storedNode.equals(String.valueOf(nodeId));
        if (!clusterMatches || !nodeMatches) {
            String wanted = clusterId.map(id -> "cluster " + id + " node ").orElse("node ") + nodeId;
            throw new EmbeddedBrokerException("Data dir " + dir + " was formatted for cluster " + storedCluster
                    + " node " + storedNode + ", not for " + wanted + ": use another directory or delete this one");
        }
        return new Identity(storedCluster, nodeId, false);
    }

    private static void ensureWritableDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new EmbeddedBrokerException("Data dir " + dir + " is not a directory");
        }
        try {
            Files.createDirectories(dir);
            // isWritable() says yes to root on a read-only mount: really write
            Files.delete(Files.createTempFile(dir, ".write-probe", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new EmbeddedBrokerException("Data dir " + dir + " is not writable: " + describe(e), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new EmbeddedBrokerException("Cannot list data dir " + dir + ": " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        // NIO messages are often just the path; the exception type says what went wrong
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
