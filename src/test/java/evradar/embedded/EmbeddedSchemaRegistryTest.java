package evradar.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import evradar.avro.ArticleEvent;
import evradar.avro.FirmStatus;
import evradar.serde.CompatibilityLevel;
import evradar.serde.InMemorySchemaRegistry;
import evradar.serde.RestSchemaRegistry;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded registry over raw HTTP: Confluent's paths, JSON shapes, status codes and error bodies. */
class EmbeddedSchemaRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "ev.market-status-value";
    private static final String V1 = FirmStatus.getClassSchema().toString();
    private static final String V2 = withRegion(true);
    private static final String INCOMPATIBLE = withRegion(false);

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedSchemaRegistry registry;

    /** A response: status, content type and the parsed JSON body (or null). */
    private record Answer(int status, String contentType, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeEach
    void start() {
        registry = EmbeddedSchemaRegistry.builder().build().start();
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private static String withRegion(boolean withDefault) {
        ObjectNode field = JSON.createObjectNode().put("name", "region").put("type", "string");
        if (withDefault) {
            field.put("default", "");
        }
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(V1);
            schema.withArray("fields").add(field);
            return schema.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Accept", "application/vnd.schemaregistry.v1+json");
        if (body != null) {
            request.header("Content-Type", "application/vnd.schemaregistry.v1+json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String path) {
        return call("GET", path, null);
    }

    private static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    private static void assertJson(String expected, Answer answer) {
        try {
            assertEquals(JSON.readTree(expected), answer.json(), answer.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertError(int status, int code, String message, Answer answer) {
        assertEquals(status, answer.status(), answer.text());
        JsonNode body = answer.json();
        assertEquals(List.of("error_code", "message"), fieldNames(body), answer.text());
        assertEquals(code, body.get("error_code").intValue(), answer.text());
        if (message != null) {
            assertEquals(message, body.get("message").asText());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private int register(String subject, String schema) {
        Answer answer = call("POST", "/subjects/" + subject + "/versions", schemaBody(schema));
        assertEquals(200, answer.status(), answer.text());
        return answer.json().get("id").intValue();
    }

    @Test
    void urlIsLoopbackWithTheBoundPort() {
        assertEquals("http://127.0.0.1:" + registry.port(), registry.url());
        assertTrue(registry.port() > 0);
        assertJson("{}", get("/"));
    }

    @Test
    void registerAnswersTheIdOnly() {
        Answer answer = call("POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V1));
        assertEquals(200, answer.status());
        assertEquals("application/vnd.schemaregistry.v1+json", answer.contentType());
        assertJson("{\"id\":1}", answer);
        // the same again, and with an explicit schemaType and empty references, as newer clients send
        assertJson("{\"id\":1}", call("POST", "/subjects/" + SUBJECT + "/versions",
                JSON.createObjectNode().put("schema", V1).put("schemaType", "AVRO").set("references", JSON.createArrayNode()).toString()));
        assertJson("{\"id\":1}", call("POST", "/subjects/other-value/versions?normalize=false", schemaBody(V1)));
        assertJson("{\"id\":2}", call("POST", "/subjects/" + SUBJECT + "/versions", schemaBody(V2)));
    }

    @Test
    void registerErrors() {
        assertError(422, 42201, null, call("POST", "/subjects/s/versions", schemaBody("{\"type\": \"record\"}")));
        assertError(422, 42201, null, call("POST", "/subjects/s/versions", schemaBody("not json at all")));
        assertError(422, 42201, "Empty schema", call("POST", "/subjects/s/versions", "{}"));
        assertError(422, 42201, "Invalid schema type PROTOBUF: this registry holds AVRO schemas only", call("POST",
                "/subjects/s/versions", JSON.createObjectNode().put("schema", "syntax = \"proto3\";").put("schemaType", "PROTOBUF").toString()));
        assertError(422, 42201, null, call("POST", "/subjects/s/versions", JSON.createObjectNode().put("schema", "{}")
                .put("schemaType", "JSON").toString()));
        assertError(400, 400, null, call("POST", "/subjects/s/versions", "{not json"));

        register(SUBJECT, V1);
        Answer incompatible = call("POST", "/subjects/" + SUBJECT + "/versions", schemaBody(INCOMPATIBLE));
        assertError(409, 409, null, incompatible);
        assertTrue(incompatible.json().get("message").asText().startsWith(
                "Schema being registered is incompatible with an earlier schema for subject \"ev.market-status-value\""));
    }

    @Test
    void lookupAnswersSubjectVersionIdSchema() {
        int id = register(SUBJECT, V1);
        register(SUBJECT, V2);
        Answer found = call("POST", "/subjects/" + SUBJECT, schemaBody(V1));
        assertEquals(200, found.status());
        assertEquals(List.of("subject", "version", "id", "schema"), fieldNames(found.json()));
        assertJson(JSON.createObjectNode().put("subject", SUBJECT).put("version", 1).put("id", id).put("schema", V1).toString(), found);

        assertError(404, 40403, "Schema not found under subject " + SUBJECT, call("POST", "/subjects/" + SUBJECT,
                schemaBody(ArticleEvent.getClassSchema().toString())));
        assertError(404, 40401, "Subject 'nope' not found.", call("POST", "/subjects/nope", schemaBody(V1)));
    }

    @Test
    void subjectsAndVersions() {
        assertJson("[]", get("/subjects"));
        int id1 = register(SUBJECT, V1);
        int id2 = register(SUBJECT, V2);
        register("news.articles-value", ArticleEvent.getClassSchema().toString());
        assertJson("[\"ev.market-status-value\",\"news.articles-value\"]", get("/subjects"));
        assertJson("[1,2]", get("/subjects/" + SUBJECT + "/versions"));
        assertJson(JSON.createObjectNode().put("subject", SUBJECT).put("version", 1).put("id", id1).put("schema", V1).toString(),
                get("/subjects/" + SUBJECT + "/versions/1"));
        Answer latest = get("/subjects/" + SUBJECT + "/versions/latest");
        assertEquals(List.of("subject", "version", "id", "schema"), fieldNames(latest.json()));
        assertJson(JSON.createObjectNode().put("subject", SUBJECT).put("version", 2).put("id", id2).put("schema", V2).toString(), latest);
        assertJson(latest.text(), get("/subjects/" + SUBJECT + "/versions/-1"));

        Answer raw = get("/subjects/" + SUBJECT + "/versions/1/schema");
        assertEquals(200, raw.status());
        assertEquals(new Schema.Parser().parse(V1), new Schema.Parser().parse(raw.text()));
        assertEquals(V2, get("/subjects/" + SUBJECT + "/versions/latest/schema").text());

        assertError(404, 40401, "Subject 'nope' not found.", get("/subjects/nope/versions"));
        assertError(404, 40401, "Subject 'nope' not found.", get("/subjects/nope/versions/latest"));
        assertError(404, 40401, "Subject 'nope' not found.", get("/subjects/nope/versions/1"));
        assertError(404, 40402, "Version 3 not found.", get("/subjects/" + SUBJECT + "/versions/3"));
        assertError(422, 42202, "The specified version 'zero' is not a valid version id. Allowed values are between "
                + "[1, 2^31-1] and the string \"latest\"", get("/subjects/" + SUBJECT + "/versions/zero"));
        assertError(422, 42202, null, get("/subjects/" + SUBJECT + "/versions/0"));
    }

    @Test
    void schemasById() {
        int id = register(SUBJECT, V1);
        register("copy-value", V1);
        Answer byId = get("/schemas/ids/" + id);
        assertEquals(List.of("schema"), fieldNames(byId.json()));
        assertJson(JSON.createObjectNode().put("schema", V1).toString(), byId);
        assertJson(byId.text(), get("/schemas/ids/" + id + "?subject=" + SUBJECT));
        assertJson(byId.text(), get("/schemas/ids/" + id + "?subject=unrelated-value&fetchMaxId=false"));
        assertEquals(V1, get("/schemas/ids/" + id + "/schema").text());
        assertJson("[\"copy-value\",\"ev.market-status-value\"]", get("/schemas/ids/" + id + "/subjects"));
        assertJson("[{\"subject\":\"copy-value\",\"version\":1},{\"subject\":\"ev.market-status-value\",\"version\":1}]",
                get("/schemas/ids/" + id + "/versions"));
        assertJson("[\"AVRO\"]", get("/schemas/types"));

        assertError(404, 40403, "Schema 77 not found", get("/schemas/ids/77"));
        assertError(404, 40403, "Schema 77 not found", get("/schemas/ids/77/versions"));
        assertError(404, 404, "HTTP 404 Not Found", get("/schemas/ids/seven"));
    }

    @Test
    void compatibilityChecks() {
        String path = "/compatibility/subjects/" + SUBJECT + "/versions/latest";
        assertJson("{\"is_compatible\":true}", call("POST", path, schemaBody(INCOMPATIBLE)));
        register(SUBJECT, V1);
        assertJson("{\"is_compatible\":true}", call("POST", path, schemaBody(V2)));
        assertJson("{\"is_compatible\":false}", call("POST", path, schemaBody(INCOMPATIBLE)));
        assertJson("{\"is_compatible\":false}", call("POST", "/compatibility/subjects/" + SUBJECT + "/versions/1", schemaBody(INCOMPATIBLE)));
        assertJson("{\"is_compatible\":false}", call("POST", "/compatibility/subjects/" + SUBJECT + "/versions", schemaBody(INCOMPATIBLE)));

        Answer verbose = call("POST", path + "?verbose=true", schemaBody(INCOMPATIBLE));
        assertEquals(List.of("is_compatible", "messages"), fieldNames(verbose.json()));
        assertTrue(verbose.json().get("messages").get(0).asText().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), verbose.text());
        assertJson("{\"is_compatible\":true,\"messages\":[]}", call("POST", path + "?verbose=true", schemaBody(V2)));

        assertError(404, 40402, "Version 9 not found.", call("POST", "/compatibility/subjects/" + SUBJECT + "/versions/9", schemaBody(V2)));
        assertError(422, 42202, null, call("POST", "/compatibility/subjects/" + SUBJECT + "/versions/x", schemaBody(V2)));
        assertError(422, 42201, null, call("POST", path, schemaBody("{\"type\":\"nonsense\"}")));
    }

    @Test
    void compatibilityConfig() {
        assertJson("{\"compatibilityLevel\":\"BACKWARD\"}", get("/config"));
        assertJson("{\"compatibility\":\"FULL\"}", call("PUT", "/config", "{\"compatibility\":\"full\"}"));
        assertJson("{\"compatibilityLevel\":\"FULL\"}", get("/config"));
        assertEquals(CompatibilityLevel.FULL, registry.store().globalCompatibility());

        assertError(404, 40408, "Subject '" + SUBJECT + "' does not have subject-level compatibility configured",
                get("/config/" + SUBJECT));
        assertJson("{\"compatibilityLevel\":\"FULL\"}", get("/config/" + SUBJECT + "?defaultToGlobal=true"));
        assertJson("{\"compatibility\":\"NONE\"}", call("PUT", "/config/" + SUBJECT, "{\"compatibility\":\"NONE\"}"));
        assertJson("{\"compatibilityLevel\":\"NONE\"}", get("/config/" + SUBJECT));

        assertError(422, 42203, null, call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"));
        assertError(422, 42203, null, call("PUT", "/config/" + SUBJECT, "{}"));

        register(SUBJECT, V1);
        assertEquals(200, call("POST", "/subjects/" + SUBJECT + "/versions", schemaBody(INCOMPATIBLE)).status(), "level NONE");
    }

    @Test
    void deleteSubjectSoftThenPermanent() {
        int id = register(SUBJECT, V1);
        register(SUBJECT, V2);
        assertError(404, 40405, null, call("DELETE", "/subjects/" + SUBJECT + "?permanent=true", null));
        assertJson("[1,2]", call("DELETE", "/subjects/" + SUBJECT, null));
        assertJson("[]", get("/subjects"));
        assertJson(JSON.createObjectNode().put("schema", V1).toString(), get("/schemas/ids/" + id));
        assertError(404, 40404, null, call("DELETE", "/subjects/" + SUBJECT, null));
        assertJson("[1,2]", call("DELETE", "/subjects/" + SUBJECT + "?permanent=true", null));
        assertError(404, 40401, null, call("DELETE", "/subjects/" + SUBJECT, null));
    }

    @Test
    void unknownPathsAnswerConfluentStyle404() {
        for (String path : List.of("/associations/subjects/x", "/contexts", "/mode", "/mode/x", "/exporters",
                "/subjects/x/versions/1/referencedby", "/schemas", "/dek-registry/v1/keks", "/nope")) {
            Answer answer = get(path);
            assertError(404, 404, "HTTP 404 Not Found", answer);
            assertEquals("application/vnd.schemaregistry.v1+json", answer.contentType(), path);
        }
        assertError(404, 404, "HTTP 404 Not Found", call("POST", "/associations", "{}"));
    }

    @Test
    void knownPathsWithAnotherMethodAnswer405() {
        assertError(405, 405, "HTTP 405 Method Not Allowed", call("DELETE", "/subjects", null));
        assertError(405, 405, "HTTP 405 Method Not Allowed", call("PUT", "/schemas/ids/1", "{}"));
        assertError(405, 405, "HTTP 405 Method Not Allowed", call("GET", "/compatibility/subjects/x/versions/latest", null));
    }

    @Test
    void servesConcurrentClients() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String subject = "topic-" + (i % 10) + "-value";
                ids.add(pool.submit(() -> new RestSchemaRegistry(registry.url()).register(subject, FirmStatus.getClassSchema())));
            }
            for (Future<Integer> id : ids) {
                assertEquals(1, id.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, registry.store().subjects().size());
    }

    @Test
    void givenPortAndStoreAreUsed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        InMemorySchemaRegistry store = new InMemorySchemaRegistry("mock://given");
        store.register("given-value", FirmStatus.getClassSchema());
        try (EmbeddedSchemaRegistry onPort = EmbeddedSchemaRegistry.builder().port(port).store(store).threads(1).build().start()) {
            assertEquals("http://127.0.0.1:" + port, onPort.url());
            assertEquals(List.of("given-value"), new RestSchemaRegistry(onPort.url()).subjects());
            // a second server on the same port fails with the port in the message
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> EmbeddedSchemaRegistry.builder().port(port).build().start());
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        }
    }

    @Test
    void closedServerRefusesAndCannotRestart() {
        String url = registry.url();
        registry.close();
        registry.close();
        assertThrows(IllegalStateException.class, registry::start);
        assertThrows(evradar.serde.SchemaRegistryException.class, () -> new RestSchemaRegistry(url).subjects());
    }
}
