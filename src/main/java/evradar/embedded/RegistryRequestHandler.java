package evradar.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import evradar.serde.CompatibilityLevel;
import evradar.serde.InMemorySchemaRegistry;
import evradar.serde.RegisteredSchema;
import evradar.serde.SchemaRegistryException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP side of {@link EmbeddedSchemaRegistry}: Confluent Schema Registry REST endpoints over an
 * {@link InMemorySchemaRegistry}, with Confluent's JSON shapes, status codes and error bodies
 * ({@code {"error_code": 40401, "message": "Subject 'x' not found."}}).
 *
 * <pre>
 * GET    /                                         {}
 * GET    /subjects                                 ["a-value", ...]
 * POST   /subjects/{s}                             look a schema up: {subject, version, id, schema}
 * DELETE /subjects/{s}[?permanent=true]            [1, 2]  (soft, then permanent)
 * GET    /subjects/{s}/versions                    [1, 2]
 * POST   /subjects/{s}/versions                    register: {"id": N}
 * GET    /subjects/{s}/versions/{v|latest}         {subject, version, id, schema}
 * GET    /subjects/{s}/versions/{v|latest}/schema  the schema itself
 * GET    /schemas/ids/{id}[?subject=s]             {"schema": "..."}
 * GET    /schemas/ids/{id}/schema                  the schema itself
 * GET    /schemas/ids/{id}/subjects                ["a-value", ...]
 * GET    /schemas/ids/{id}/versions                [{"subject": "a-value", "version": 1}, ...]
 * GET    /schemas/types                            ["AVRO"]
 * POST   /compatibility/subjects/{s}/versions[/{v|latest}][?verbose=true]  {"is_compatible": bool[, "messages": [...]]}
 * GET    /config                                   {"compatibilityLevel": "BACKWARD"}
 * PUT    /config                                   {"compatibility": "FULL"} echoed
 * GET    /config/{s}[?defaultToGlobal=true]        {"compatibilityLevel": ...} or 40408
 * PUT    /config/{s}                               {"compatibility": "FULL"} echoed
 * </pre>
 *
 * Any other path answers 404 {@code {"error_code": 404, "message": "HTTP 404 Not Found"}} (clients
 * probe {@code /contexts}, {@code /mode}, {@code /associations/...}), a known path with another
 * method 405. Only Avro schemas without references are accepted; other schema types get 422/42201.
 */
final class RegistryRequestHandler implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryRequestHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final int NOT_FOUND = 404;
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int BAD_REQUEST = 400;
    private static final int UNPROCESSABLE = 422;
    private static final int SERVER_ERROR = 500;

    private final InMemorySchemaRegistry store;

    RegistryRequestHandler(InMemorySchemaRegistry store) {
        this.store = store;
    }

    /** What a route answers: a JSON value, or (for the raw-schema endpoints) a schema's own text. */
    private record Reply(int status, String body) {
        static Reply json(Object value) {
            try {
                return new Reply(200, JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply raw(String text) {
            return new Reply(200, text);
        }
    }

    /** One request: method, decoded path segments, query parameters and body. */
    private record Request(String method, List<String> path, Map<String, String> query, byte[] body) {
        String segment(int i) {
            return path.get(i);
        }

        boolean flag(String name) {
            return "true".equalsIgnoreCase(query.getOrDefault(name, "false"));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Reply reply;
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        try {
            Request request = new Request(method, segments(rawPath), query(exchange.getRequestURI().getRawQuery()),
                    readBody(exchange));
            reply = route(request);
        } catch (SchemaRegistryException e) {
            reply = error(e.httpStatus(), e.errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", method, rawPath, e);
            reply = error(SERVER_ERROR, SERVER_ERROR, "Internal server error: " + e);
        }
        try {
            send(exchange, reply);
        } finally {
            exchange.close();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} ({} ms)", method, exchange.getRequestURI(), reply.status(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Reply route(Request r) {
        List<String> p = r.path();
        int n = p.size();
        if (n == 0) {
            return on(r, Set.of("GET"), () -> Reply.json(JSON.createObjectNode()));
        }
        switch (p.get(0)) {
            case "subjects":
                if (n == 1) {
                    return on(r, Set.of("GET"), () -> Reply.json(store.subjects()));
                }
                String subject = r.segment(1);
                if (n == 2) {
                    return switch (r.method()) {
                        case "POST" -> lookup(subject, r);
                        case "DELETE" -> Reply.json(store.deleteSubject(subject, r.flag("permanent")));
                        default -> methodNotAllowed();
                    };
                }
                if (!p.get(2).equals("versions")) {
                    break;
                }
                if (n == 3) {
                    return switch (r.method()) {
                        case "GET" -> Reply.json(store.versions(subject).stream().map(RegisteredSchema::version).toList());
                        case "POST" -> register(subject, r);
                        default -> methodNotAllowed();
                    };
                }
                if (n == 4) {
                    return on(r, Set.of("GET"), () -> Reply.json(versionJson(version(subject, r.segment(3)))));
                }
                if (n == 5 && p.get(4).equals("schema")) {
                    return on(r, Set.of("GET"), () -> Reply.raw(version(subject, r.segment(3)).schema().toString()));
                }
                break;
            case "schemas":
                if (n == 2 && p.get(1).equals("types")) {
                    return on(r, Set.of("GET"), () -> Reply.json(List.of("AVRO")));
                }
                if (n >= 3 && n <= 4 && p.get(1).equals("ids")) {
                    Optional<Integer> id = parseId(p.get(2));
                    if (id.isEmpty()) {
                        break;
                    }
                    if (n == 3) {
                        // ?subject= names the context to look in; there is one context here, so ids are global.
                        return on(r, Set.of("GET"), () -> Reply.json(schemaJson(store.schemaById(id.get()))));
                    }
                    switch (p.get(3)) {
                        case "schema":
                            return on(r, Set.of("GET"), () -> Reply.raw(store.schemaById(id.get()).toString()));
                        case "subjects":
                            return on(r, Set.of("GET"), () -> Reply.json(usesOf(id.get()).stream()
                                    .map(RegisteredSchema::subject).distinct().toList()));
                        case "versions":
                            return on(r, Set.of("GET"), () -> Reply.json(usesOf(id.get()).stream()
                                    .map(v -> Map.of("subject", v.subject(), "version", v.version())).toList()));
                        default:
                            break;
                    }
                }
                break;
            case "compatibility":
                if ((n == 4 || n == 5) && p.get(1).equals("subjects") && p.get(3).equals("versions")) {
                    String s = r.segment(2);
                    return on(r, Set.of("POST"), () -> compatibility(s, n == 5 ? r.segment(4) : null, r));
                }
                break;
            case "config":
                if (n == 1) {
                    return switch (r.method()) {
                        case "GET" -> Reply.json(Map.of("compatibilityLevel", store.globalCompatibility().name()));
                        case "PUT" -> {
                            CompatibilityLevel level = levelIn(r);
                            store.setGlobalCompatibility(level);
                            yield Reply.json(Map.of("compatibility", level.name()));
                        }
                        default -> methodNotAllowed();
                    };
                }
                if (n == 2) {
                    String s = r.segment(1);
                    return switch (r.method()) {
                        case "GET" -> Reply.json(Map.of("compatibilityLevel", subjectLevel(s, r.flag("defaultToGlobal")).name()));
                        case "PUT" -> {
                            CompatibilityLevel level = levelIn(r);
                            store.setSubjectCompatibility(s, level);
                            yield Reply.json(Map.of("compatibility", level.name()));
                        }
                        default -> methodNotAllowed();
                    };
                }
                break;
            default:
                break;
        }
        throw new SchemaRegistryException(NOT_FOUND, "HTTP 404 Not Found");
    }

    private Reply register(String subject, Request r) {
        Schema schema = schemaIn(r);
        return Reply.json(Map.of("id", store.register(subject, schema)));
    }

    private Reply lookup(String subject, Request r) {
        Schema schema = schemaIn(r);
        return Reply.json(versionJson(store.lookup(subject, schema)));
    }

    private Reply compatibility(String subject, String version, Request r) {
        Schema candidate = schemaIn(r);
        List<String> problems;
        synchronized (store) {
            CompatibilityLevel level = store.compatibilityOf(subject);
            List<Schema> against;
            if (version == null) {
                // every live version, as registering would check
                against = liveVersions(subject).stream().map(RegisteredSchema::schema).toList();
            } else {
                Integer wanted = parseVersion(version);
                List<RegisteredSchema> versions = liveVersions(subject);
                Optional<RegisteredSchema> chosen = wanted == null
                        ? versions.stream().reduce((a, b) -> b)
                        : versions.stream().filter(v -> v.version() == wanted).findFirst();
                if (chosen.isEmpty() && wanted != null) {
                    throw new SchemaRegistryException(SchemaRegistryException.VERSION_NOT_FOUND, "Version " + wanted + " not found.");
                }
                // Against one version, as Confluent does: "latest" of a subject with none is compatible.
                against = chosen.map(v -> List.of(v.schema())).orElse(List.of());
            }
            problems = level.incompatibilities(candidate, against);
        }
        ObjectNode answer = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
        if (r.flag("verbose")) {
            ArrayNode messages = answer.putArray("messages");
            problems.forEach(messages::add);
        }
        return Reply.json(answer);
    }

    private List<RegisteredSchema> liveVersions(String subject) {
        try {
            return store.versions(subject);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private CompatibilityLevel subjectLevel(String subject, boolean defaultToGlobal) {
        Optional<CompatibilityLevel> own = store.subjectCompatibility(subject);
        if (own.isPresent()) {
            return own.get();
        }
        if (defaultToGlobal) {
            return store.globalCompatibility();
        }
        throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    private RegisteredSchema version(String subject, String text) {
        Integer wanted = parseVersion(text);
        if (wanted == null) {
            return store.latest(subject).orElseThrow(() -> new SchemaRegistryException(
                    SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found."));
        }
        return store.version(subject, wanted);
    }

    /** Every (subject, version) holding the schema with this id; 40403 if the id is unknown. */
    private List<RegisteredSchema> usesOf(int id) {
        synchronized (store) {
            store.schemaById(id);
            List<RegisteredSchema> uses = new ArrayList<>();
            for (String subject : store.subjects()) {
                store.versions(subject).stream().filter(v -> v.id() == id).forEach(uses::add);
            }
            return uses;
        }
    }

    /** Confluent's VersionId: a number in [1, 2^31-1], or "latest" (also -1); null stands for latest. */
    private static Integer parseVersion(String text) {
        if (text.equalsIgnoreCase("latest")) {
            return null;
        }
        try {
            int version = Integer.parseInt(text.trim());
            if (version == -1) {
                return null;
            }
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw new SchemaRegistryException(SchemaRegistryException.INVALID_VERSION, "The specified version '" + text
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    private static Optional<Integer> parseId(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> versionJson(RegisteredSchema v) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("subject", v.subject());
        out.put("version", v.version());
        out.put("id", v.id());
        out.put("schema", v.schema().toString());
        return out;
    }

    private static Map<String, Object> schemaJson(Schema schema) {
        return Map.of("schema", schema.toString());
    }

    /** The Avro schema in a register / lookup / compatibility body ({@code schema}, {@code schemaType}, {@code references}). */
    private static Schema schemaIn(Request r) {
        JsonNode body = jsonBody(r);
        String type = body.hasNonNull("schemaType") ? body.get("schemaType").asText() : "AVRO";
        if (!type.equalsIgnoreCase("AVRO")) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema type " + type + ": this registry holds AVRO schemas only");
        }
        JsonNode references = body.get("references");
        if (references != null && references.isArray() && !references.isEmpty()) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "Invalid schema: schema references are not supported by this registry");
        }
        JsonNode text = body.get("schema");
        if (text == null || !text.isTextual() || text.textValue().isBlank()) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Empty schema");
        }
        try {
            return new Schema.Parser().parse(text.textValue());
        } catch (RuntimeException e) {
            // SchemaParseException mostly, but a malformed schema can surface as other Avro or JSON errors
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA, "Invalid schema: " + e.getMessage());
        }
    }

    private static CompatibilityLevel levelIn(Request r) {
        JsonNode level = jsonBody(r).get("compatibility");
        if (level == null || !level.isTextual()) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, "
                            + "forward_transitive, and full_transitive");
        }
        return CompatibilityLevel.parse(level.textValue());
    }

    private static JsonNode jsonBody(Request r) {
        if (r.body().length == 0) {
            throw new SchemaRegistryException(UNPROCESSABLE, "Request body is missing");
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(BAD_REQUEST, "Unparsable JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SchemaRegistryException(BAD_REQUEST, "Unreadable body: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw new SchemaRegistryException(UNPROCESSABLE, "Request body must be a JSON object");
        }
        return body;
    }

    private static Reply on(Request r, Set<String> methods, java.util.function.Supplier<Reply> action) {
        if (!methods.contains(r.method())) {
            return methodNotAllowed();
        }
        return action.get();
    }

    private static Reply methodNotAllowed() {
        throw new SchemaRegistryException(METHOD_NOT_ALLOWED, "HTTP 405 Method Not Allowed");
    }

    private static Reply error(int status, int code, String message) {
        ObjectNode body = JSON.createObjectNode().put("error_code", code).put("message", message);
        return new Reply(status, body.toString());
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new SchemaRegistryException(413, "Request body larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    /** The path's segments, percent-decoded one by one (so an encoded {@code /} stays inside a subject). */
    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String raw : (rawPath == null ? "" : rawPath).split("/")) {
            if (!raw.isEmpty()) {
                out.add(decode(raw));
            }
        }
        return out;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }

    /** Percent-decoding for a path segment, where {@code +} is a plus sign, not a space. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(NOT_FOUND, "HTTP 404 Not Found");
        }
    }
}
