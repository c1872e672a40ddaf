package evradar.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A client of any server speaking the Confluent Schema Registry REST API (Confluent's own, the
 * embedded one, Redpanda, Karapace, Apicurio's ccompat), over {@link HttpClient}.
 *
 * <p>Every failure is a {@link SchemaRegistryException}: the server's {@code error_code} and
 * {@code message} when it sent a Confluent error body, the HTTP status when it sent something else,
 * and {@link SchemaRegistryException#UNREACHABLE} with one readable line when there was no answer.
 * Credentials come from {@code user:password@} in the URL or from the constructor; they never
 * appear in {@link #url()} or in messages.
 *
 * <p>Retries: a call whose connection is refused is tried twice more, 100 ms and 400 ms later.
 * That is safe for every call, POSTs included, because a refused connection means the request never
 * left this process (and registering is idempotent in the Confluent API anyway); it rides out a
 * registry that is restarting. Nothing is retried once a request has been sent (timeouts, 5xx):
 * waiting for a registry that is still starting is the caller's business.
 *
 * <p>No caching here: wrap it in {@link CachingSchemaRegistry}, as {@link SchemaRegistries#forUrl}
 * does. Thread-safe.
 */
public final class RestSchemaRegistry implements SchemaRegistry {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistry.class);
    private static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5";
    private static final long[] RETRY_DELAYS_MS = {100, 400};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String displayUrl;
    private final Optional<String> authorization;
    private final Duration timeout;
    private final HttpClient http;

    /** A client for {@code url} ({@code http(s)://[user:password@]host:port[/path]}), default timeouts. */
    public RestSchemaRegistry(String url) {
        this(url, null, DEFAULT_TIMEOUT);
    }

    /**
     * @param url               the registry's base URL, optionally with {@code user:password@}
     * @param basicAuthUserInfo {@code user:password} for HTTP basic auth, or null to use the URL's (if any)
     * @param timeout           for connecting and for each whole request
     */
    public RestSchemaRegistry(String url, String basicAuthUserInfo, Duration timeout) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no schema registry URL given");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid schema registry URL '" + url + "': " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("invalid schema registry URL '" + url + "': expected http(s)://host:port");
        }
        String userInfo = basicAuthUserInfo != null ? basicAuthUserInfo : uri.getRawUserInfo() == null
                ? null : decodeUserInfo(uri.getRawUserInfo());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        this.base = URI.create(scheme + "://" + hostPort + path);
        this.displayUrl = base.toString();
        this.authorization = Optional.ofNullable(userInfo).filter(u -> !u.isEmpty())
                .map(u -> "Basic " + Base64.getEncoder().encodeToString(u.getBytes(StandardCharsets.UTF_8)));
        this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public int register(String subject, Schema schema) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        return requiredInt(answer, "id", "register");
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        return registered(answer, subject);
    }

    @Override
    public Schema schemaById(int id) {
        JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        return parse(requiredText(answer, "schema", "schema " + id), "schema id " + id);
    }

    @Override
    public Optional<RegisteredSchema> latest(String subject) {
        try {
            return Optional.of(registered(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null), subject));
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Confluent's check against the latest version ({@code /versions/latest}), which every server
     * has; under a transitive level a registration can still be refused for an older version.
     */
    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
            JsonNode verdict = answer.get("is_compatible");
            if (verdict == null || !verdict.isBoolean()) {
                throw malformed("compatibility check", answer);
            }
            return verdict.booleanValue();
        } catch (SchemaRegistryException e) {
            // Older registries answer 40401 for a subject with no versions; anything fits there.
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public List<String> subjects() {
        JsonNode answer = send("GET", "/subjects", null);
        if (!answer.isArray()) {
            throw malformed("subject list", answer);
        }
        List<String> subjects = new ArrayList<>();
        answer.forEach(s -> subjects.add(s.asText()));
        subjects.sort(null);
        return List.copyOf(subjects);
    }

    /** The base URL, without credentials. */
    @Override
    public String url() {
        return displayUrl;
    }

    private ObjectNode schemaBody(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.toString());
        return body;
    }

    private RegisteredSchema registered(JsonNode answer, String subject) {
        String what = "subject " + subject;
        int id = requiredInt(answer, "id", what);
        int version = requiredInt(answer, "version", what);
        String returnedSubject = answer.hasNonNull("subject") ? answer.get("subject").asText() : subject;
        return new RegisteredSchema(returnedSubject, version, id, parse(requiredText(answer, "schema", what), what));
    }

    /** One request, retried only while the connection is refused; the parsed JSON answer. */
    private JsonNode send(String method, String path, JsonNode body) {
        URI uri = URI.create(displayUrl + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", ACCEPT);
        authorization.ifPresent(a -> request.header("Authorization", a));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                LOG.debug("{} {} -> {}", method, uri, response.statusCode());
                return answer(method, path, response);
            } catch (ConnectException e) {
                if (attempt < RETRY_DELAYS_MS.length && !unknownHost(e)) {
                    LOG.debug("{} {}: connection refused, retrying in {} ms", method, uri, RETRY_DELAYS_MS[attempt]);
                    sleep(RETRY_DELAYS_MS[attempt]);
                    continue;
                }
                throw unreachable(reason(e), e);
            } catch (HttpConnectTimeoutException e) {
                throw unreachable("no connection within " + timeout.toMillis() + " ms", e);
            } catch (HttpTimeoutException e) {
                throw unreachable("no answer to " + method + " " + path + " within " + timeout.toMillis() + " ms", e);
            } catch (IOException e) {
                throw unreachable(reason(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unreachable("interrupted", e);
            }
        }
    }

    private JsonNode answer(String method, String path, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode json = null;
        try {
            json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            // handled below: a 2xx must be JSON, an error may come from a proxy as HTML or text
        }
        if (status >= 200 && status < 300) {
            if (json == null) {
                throw new SchemaRegistryException(500, "schema registry at " + displayUrl + " answered " + method + " "
                        + path + " with HTTP " + status + " but no JSON: " + abbreviate(response.body()));
            }
            return json;
        }
        if (json != null && json.has("error_code") && json.get("error_code").canConvertToInt()) {
            String message = json.hasNonNull("message") ? json.get("message").asText() : "HTTP " + status;
            throw new SchemaRegistryException(json.get("error_code").intValue(), message);
        }
        throw new SchemaRegistryException(status, "schema registry at " + displayUrl + " answered " + method + " " + path
                + " with HTTP " + status + ": " + abbreviate(response.body()));
    }

    private SchemaRegistryException unreachable(String reason, Exception cause) {
        return new SchemaRegistryException(SchemaRegistryException.UNREACHABLE,
                "cannot reach schema registry at " + displayUrl + ": " + reason, cause);
    }

    private static String reason(IOException e) {
        if (unknownHost(e)) {
            return "unknown host";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** HttpClient reports an unresolvable host as a ConnectException caused (maybe indirectly) by this. */
    private static boolean unknownHost(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException | NullPointerException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_SCHEMA,
                    "the registry returned an unparsable Avro schema for " + what + ": " + e.getMessage(), e);
        }
    }

    private int requiredInt(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw malformed(what, answer);
        }
        return value.intValue();
    }

    private String requiredText(JsonNode answer, String field, String what) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual()) {
            throw malformed(what, answer);
        }
        return value.textValue();
    }

    private SchemaRegistryException malformed(String what, JsonNode answer) {
        return new SchemaRegistryException(500, "schema registry at " + displayUrl + " sent an unexpected answer for "
                + what + ": " + abbreviate(answer.toString()));
    }

    /** Percent-encodes one path segment ({@code +} and {@code /} included, space as %20). */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(empty)";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decodes percent-escapes in URL user info (where {@code +} is a plus, not a space). */
    private static String decodeUserInfo(String raw) {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
