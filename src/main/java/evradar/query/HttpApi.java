package evradar.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import evradar.app.AvroJson;
import evradar.avro.FirmStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The read-only HTTP API over the running topology:
 * <ul>
 *   <li>{@code GET /firms} — every firm's current status held by this instance (JSON array)</li>
 *   <li>{@code GET /firms/{id}} — one firm; {@code ?asOf=2022-06-30} (end of that day, UTC) or an
 *       instant gives its status as it stood then; 404 when unknown, 307 to the instance that holds it</li>
 *   <li>{@code GET /health} — 200 when the application is running, 503 otherwise</li>
 *   <li>{@code GET /metrics} — Prometheus text format</li>
 * </ul>
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final FirmQueries queries;
    private final Supplier<String> state;
    private final Supplier<String> metrics;

    public HttpApi(String host, int port, FirmQueries queries, Supplier<String> state, Supplier<String> metrics) throws IOException {
        this.queries = queries;
        this.state = state;
        this.metrics = metrics;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "evradar-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("HTTP API at {}", url());
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                sendError(exchange, 405, "only GET is supported");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/health")) {
                String s = state.get();
                ObjectNode body = JsonNodeFactory.instance.objectNode().put("state", s);
                send(exchange, "RUNNING".equals(s) || "REBALANCING".equals(s) ? 200 : 503, body);
            } else if (path.equals("/metrics")) {
                sendText(exchange, 200, metrics.get(), "text/plain; version=0.0.4; charset=utf-8");
            } else if (path.equals("/firms") || path.equals("/firms/")) {
                send(exchange, 200, AvroJson.toJson(queries.localStatuses()));
            } else if (path.startsWith("/firms/")) {
                firm(exchange, URLDecoder.decode(path.substring("/firms/".length()), StandardCharsets.UTF_8));
            } else {
                sendError(exchange, 404, "no such resource: " + path + " (try /firms, /firms/{id}, /health, /metrics)");
            }
        } catch (RuntimeException e) {
            LOG.warn("HTTP request {} failed", exchange.getRequestURI(), e);
            sendError(exchange, 500, e.getMessage());
        }
    }

    private void firm(HttpExchange exchange, String companyId) throws IOException {
        String asOfParam = queryParam(exchange, "asOf");
        Lookup<FirmStatus> result;
        if (asOfParam == null) {
            result = queries.status(companyId);
        } else {
            Instant asOf;
            try {
                asOf = asOfParam.length() == 10
                        ? LocalDate.parse(asOfParam).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                        : Instant.parse(asOfParam);
            } catch (DateTimeParseException e) {
                sendError(exchange, 400, "asOf must be a date (2022-06-30) or an instant (2022-06-30T12:00:00Z)");
                return;
            }
            result = queries.statusAsOf(companyId, asOf);
        }
        if (result instanceof Lookup.Found<FirmStatus> found) {
            send(exchange, 200, AvroJson.toJson(found.value()));
        } else if (result instanceof Lookup.Elsewhere<FirmStatus> elsewhere) {
            exchange.getResponseHeaders().add("Location", "http://" + elsewhere.host() + ":" + elsewhere.port()
                    + exchange.getRequestURI());
            sendError(exchange, 307, companyId + " is held by " + elsewhere.host() + ":" + elsewhere.port());
        } else if (result instanceof Lookup.Unavailable<FirmStatus> unavailable) {
            sendError(exchange, 503, unavailable.reason());
        } else {
            sendError(exchange, 404, "no status for " + companyId + (asOfParam == null ? "" : " as of " + asOfParam));
        }
    }

    private static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JsonNodeFactory.instance.objectNode().put("error", message));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        sendText(exchange, status, JSON.writeValueAsString(body), "application/json");
    }

    private static void sendText(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
