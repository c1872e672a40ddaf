package evradar.embedded;

import com.sun.net.httpserver.HttpServer;
import evradar.serde.InMemorySchemaRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema registry in this process: the JDK's HTTP server on 127.0.0.1 speaking the part of the
 * Confluent Schema Registry REST API that real clients call, backed by an {@link InMemorySchemaRegistry}.
 * Any Confluent-compatible client (Confluent's Java, Python, Go, .NET and Node serializers, our own
 * {@link evradar.serde.RestSchemaRegistry}) can register and fetch schemas here; see
 * {@link RegistryRequestHandler} for the endpoints. Nothing is persisted: a new instance is empty.
 *
 * <pre>{@code
 * try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder().build().start()) {
 *     String url = registry.url();   // http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * Thread-safe; requests are served by a small fixed pool of daemon threads.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final String HOST = "127.0.0.1";
    /**
     * Without TCP_NODELAY the JDK server sends headers and body as two segments and every answer
     * waits ~40 ms for a delayed ACK. The JDK reads this once, when its first HttpServer is made in
     * the JVM, so it only helps if set before then; an explicit -D setting wins.
     */
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private final int requestedPort;
    private final int threads;
    private final InMemorySchemaRegistry store;
    private HttpServer server;
    private ExecutorService executor;
    private boolean closed;

    private EmbeddedSchemaRegistry(Builder builder) {
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.store = builder.store != null ? builder.store : new InMemorySchemaRegistry("embedded");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns this, for try-with-resources. */
    public synchronized EmbeddedSchemaRegistry start() {
        if (closed) {
            throw new IllegalStateException("embedded schema registry already closed");
        }
        if (server != null) {
            return this;
        }
        HttpServer created;
        try {
            created = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), requestedPort), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded schema registry on " + HOST + ":"
                    + (requestedPort == 0 ? "(any free port)" : requestedPort) + ": " + e.getMessage(), e);
        }
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads());
        created.setExecutor(executor);
        created.createContext("/", new RegistryRequestHandler(store));
        created.start();
        server = created;
        LOG.info("Embedded schema registry serving {}", url());
        return this;
    }

    /** {@code http://127.0.0.1:PORT}; only once started. */
    public String url() {
        return "http://" + HOST + ":" + port();
    }

    /** The bound port (the free one picked when the builder was given 0); only once started. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("embedded schema registry not started");
        }
        return server.getAddress().getPort();
    }

    /** The schemas behind the server, for checks in tests and for in-process use without HTTP. */
    public InMemorySchemaRegistry store() {
        return store;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            LOG.info("Embedded schema registry on port {} stopped", server.getAddress().getPort());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "schema-registry-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public static final class Builder {
        private int port;
        private int threads = 4;
        private InMemorySchemaRegistry store;

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Threads serving requests (default 4). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The registry to serve (default: a new, empty one). */
        public Builder store(InMemorySchemaRegistry store) {
            this.store = store;
            return this;
        }

        public EmbeddedSchemaRegistry build() {
            return new EmbeddedSchemaRegistry(this);
        }
    }
}
