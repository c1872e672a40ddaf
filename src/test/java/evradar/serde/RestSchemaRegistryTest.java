package evradar.serde;

import com.sun.net.httpserver.HttpServer;
import evradar.avro.ArticleEvent;
import evradar.avro.FirmStatus;
import evradar.embedded.EmbeddedSchemaRegistry;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static evradar.serde.SchemaRegistryFixtures.closedPort;
import static evradar.serde.SchemaRegistryFixtures.firmStatus;
import static evradar.serde.SchemaRegistryFixtures.withExtraStringField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our REST client against our embedded server, and against small fake servers for what ours never does. */
class RestSchemaRegistryTest {

    private static final String SUBJECT = "ev.market-status-value";

    private EmbeddedSchemaRegistry server;
    private RestSchemaRegistry client;
    private HttpServer fake;

    @BeforeEach
    void start() {
        server = EmbeddedSchemaRegistry.builder().build().start();
        client = new RestSchemaRegistry(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
        if (fake != null) {
            fake.stop(0);
        }
    }

    private static int code(Runnable call) {
        return assertThrows(SchemaRegistryException.class, call::run).errorCode();
    }

    @Test
    void registersLooksUpAndFetches() {
        int id = client.register(SUBJECT, FirmStatus.getClassSchema());
        assertEquals(id, client.register(SUBJECT, FirmStatus.getClassSchema()));
        assertEquals(id, client.register("copy-value", FirmStatus.getClassSchema()), "same schema, same id");
        assertEquals(FirmStatus.getClassSchema(), client.schemaById(id));
        assertEquals(FirmStatus.getClassSchema().toString(), client.schemaById(id).toString(), "docs and props kept");
        assertEquals(new RegisteredSchema(SUBJECT, 1, id, FirmStatus.getClassSchema()), client.lookup(SUBJECT, FirmStatus.getClassSchema()));
        assertEquals(Optional.of(new RegisteredSchema(SUBJECT, 1, id, FirmStatus.getClassSchema())), client.latest(SUBJECT));
        assertEquals(List.of("copy-value", SUBJECT), client.subjects());

        Schema v2 = withExtraStringField(FirmStatus.getClassSchema(), "region", "");
        assertTrue(client.isCompatible(SUBJECT, v2));
        int id2 = client.register(SUBJECT, v2);
        assertEquals(2, client.latest(SUBJECT).orElseThrow().version());
        assertEquals(id2, client.latest(SUBJECT).orElseThrow().id());
        assertEquals(server.store().latest(SUBJECT), client.latest(SUBJECT));
    }

    @Test
    void confluentErrorCodesComeThrough() {
        assertEquals(40401, code(() -> client.lookup(SUBJECT, FirmStatus.getClassSchema())));
        client.register(SUBJECT, FirmStatus.getClassSchema());
        assertEquals(40403, code(() -> client.lookup(SUBJECT, ArticleEvent.getClassSchema())));
        SchemaRegistryException unknown = assertThrows(SchemaRegistryException.class, () -> client.schemaById(4242));
        assertEquals(40403, unknown.errorCode());
        assertEquals("Schema 4242 not found", unknown.getMessage());

        assertFalse(client.isCompatible(SUBJECT, ArticleEvent.getClassSchema()));
        SchemaRegistryException incompatible = assertThrows(SchemaRegistryException.class,
                () -> client.register(SUBJECT, ArticleEvent.getClassSchema()));
        assertEquals(409, incompatible.errorCode());
        assertTrue(incompatible.getMessage().startsWith(
                "Schema being registered is incompatible with an earlier schema for subject \"ev.market-status-value\""),
                incompatible.getMessage());
    }

    @Test
    void missingSubjectsAreEmptyOrCompatible() {
        assertEquals(Optional.empty(), client.latest("nothing-value"));
        assertTrue(client.isCompatible("nothing-value", FirmStatus.getClassSchema()));
        assertEquals(List.of(), client.subjects());
    }

    @Test
    void subjectsAreUrlEncoded() {
        String odd = "odd subject/with+plus?and#hash%and ünïcode";
        int id = client.register(odd, FirmStatus.getClassSchema());
        assertEquals(List.of(odd), client.subjects());
        assertEquals(id, client.lookup(odd, FirmStatus.getClassSchema()).id());
        assertEquals(odd, client.latest(odd).orElseThrow().subject());
        assertEquals(List.of(odd), server.store().subjects());
    }

    @Test
    void serdeWorksThroughTheClient() {
        SchemaRegistry registry = SchemaRegistries.forUrl(server.url());
        assertInstanceOf(CachingSchemaRegistry.class, registry);
        SpecificAvroSerde<FirmStatus> serde = new AvroSerdes(registry, true).value(FirmStatus.class);
        byte[] bytes = serde.serialize("ev.market-status", firmStatus());
        assertEquals(firmStatus(), serde.deserialize("ev.market-status", bytes));
        // a second client, with an empty cache, reads it by id
        SpecificAvroSerde<FirmStatus> other = new AvroSerdes(new RestSchemaRegistry(server.url()), false).value(FirmStatus.class);
        assertEquals(firmStatus(), other.deserialize("ev.market-status", bytes));
    }

    @Test
    void unreachableRegistryIsOneClearLine() {
        String url = "http://127.0.0.1:" + closedPort();
        RestSchemaRegistry nowhere = new RestSchemaRegistry(url);
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, nowhere::subjects);
        assertEquals(SchemaRegistryException.UNREACHABLE, e.errorCode());
        assertEquals("cannot reach schema registry at " + url + ": connection refused", e.getMessage());
        assertEquals(503, e.httpStatus());
        assertEquals(SchemaRegistryException.UNREACHABLE,
                code(() -> nowhere.register(SUBJECT, FirmStatus.getClassSchema())));
    }

    @Test
    void unknownHostIsNamed() {
        RestSchemaRegistry nowhere = new RestSchemaRegistry("http://no-such-host.invalid:8081", null, Duration.ofSeconds(5));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, nowhere::subjects);
        assertEquals(SchemaRegistryException.UNREACHABLE, e.errorCode());
        assertEquals("cannot reach schema registry at http://no-such-host.invalid:8081: unknown host", e.getMessage());
    }

    @Test
    void aRefusedConnectionIsRetriedBriefly() throws Exception {
        int port = closedPort();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(30);
                fake = fakeServer(port, 200, "[\"late-value\"]", new CopyOnWriteArrayList<>());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();
        try {
            assertEquals(List.of("late-value"), new RestSchemaRegistry("http://127.0.0.1:" + port).subjects());
        } finally {
            late.join();
        }
    }

    @Test
    void basicAuthFromTheUrlOrTheConstructorAndNeverInMessages() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        fake = fakeServer(0, 200, "[]", authorizations);
        int port = fake.getAddress().getPort();

        RestSchemaRegistry fromUrl = new RestSchemaRegistry("http://svc-user:p%40ss%3Aw+rd@127.0.0.1:" + port + "/");
        fromUrl.subjects();
        assertEquals("http://127.0.0.1:" + port, fromUrl.url());
        RestSchemaRegistry fromArgument = new RestSchemaRegistry("http://127.0.0.1:" + port, "key:secret", Duration.ofSeconds(5));
        fromArgument.subjects();
        new RestSchemaRegistry("http://127.0.0.1:" + port).subjects();

        assertEquals(List.of(basic("svc-user:p@ss:w+rd"), basic("key:secret"), "none"), authorizations);
        assertEquals("http://127.0.0.1:" + port, SchemaRegistries.forUrl("http://svc-user:pw@127.0.0.1:" + port).url());
    }

    @Test
    void aBasePathIsKept() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        fake.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getRawPath());
            reply(exchange, 200, "[]");
        });
        fake.start();
        new RestSchemaRegistry("http://127.0.0.1:" + fake.getAddress().getPort() + "/registry/").subjects();
        assertEquals(List.of("/registry/subjects"), paths);
    }

    @Test
    void errorsWithoutAConfluentBodyKeepTheHttpStatus() throws Exception {
        fake = fakeServer(0, 502, "<html><body>Bad Gateway</body></html>", new CopyOnWriteArrayList<>());
        RestSchemaRegistry behindProxy = new RestSchemaRegistry("http://127.0.0.1:" + fake.getAddress().getPort());
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, behindProxy::subjects);
        assertEquals(502, e.errorCode());
        assertEquals("schema registry at " + behindProxy.url() + " answered GET /subjects with HTTP 502: "
                + "<html><body>Bad Gateway</body></html>", e.getMessage());
    }

    @Test
    void serverErrorBodiesAreMapped() throws Exception {
        fake = fakeServer(0, 500, "{\"error_code\":50001,\"message\":\"Error in the backend datastore\"}", new CopyOnWriteArrayList<>());
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> new RestSchemaRegistry("http://127.0.0.1:" + fake.getAddress().getPort()).schemaById(1));
        assertEquals(50001, e.errorCode());
        assertEquals(500, e.httpStatus());
        assertEquals("Error in the backend datastore", e.getMessage());
    }

    @Test
    void aSlowRegistryTimesOut() throws Exception {
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        fake.createContext("/", exchange -> {
            try {
                answer.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, "[]");
        });
        fake.start();
        RestSchemaRegistry slow = new RestSchemaRegistry("http://127.0.0.1:" + fake.getAddress().getPort(), null, Duration.ofMillis(200));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, slow::subjects);
        answer.countDown();
        assertEquals(SchemaRegistryException.UNREACHABLE, e.errorCode());
        assertEquals("cannot reach schema registry at " + slow.url() + ": no answer to GET /subjects within 200 ms", e.getMessage());
    }

    @Test
    void badUrlsAreRefusedUpFront() {
        assertThrows(IllegalArgumentException.class, () -> new RestSchemaRegistry("ftp://host:21"));
        assertThrows(IllegalArgumentException.class, () -> new RestSchemaRegistry(""));
        assertThrows(IllegalArgumentException.class, () -> SchemaRegistries.forUrl("registry:8081"));
    }

    private static String basic(String userInfo) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpServer fakeServer(int port, int status, String body, List<String> authorizations) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        http.createContext("/", exchange -> {
            authorizations.add(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("none"));
            reply(exchange, status, body);
        });
        http.start();
        return http;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
