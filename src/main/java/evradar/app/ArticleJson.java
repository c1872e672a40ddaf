package evradar.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.avro.ArticleEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads one article from its JSON form (one line of an archive, format in corpus/README.md):
 * {@code id} and {@code publishedAt} (ISO-8601, or epoch milliseconds) are required, the other
 * fields default. Unknown fields are ignored so archives may carry more than evradar uses. The one
 * parser of archive lines, for ingest, demo, extract and evaluate alike.
 */
public final class ArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    /** @throws MalformedArticleException with a one-line reason */
    public static ArticleEvent parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedArticleException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedArticleException("expected a JSON object");
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            throw new MalformedArticleException("missing \"id\"");
        }
        Instant publishedAt = publishedAt(id, node.get("publishedAt"));
        return ArticleEvent.newBuilder()
                .setId(id)
                .setSource(orEmpty(text(node, "source")))
                .setUrl(text(node, "url"))
                .setPublishedAt(publishedAt)
                .setLanguage(text(node, "language") == null ? "en" : text(node, "language"))
                .setTitle(orEmpty(text(node, "title")))
                .setBody(orEmpty(text(node, "body")))
                .build();
    }

    /** An ISO-8601 instant, or epoch milliseconds. */
    private static Instant publishedAt(String id, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new MalformedArticleException("article " + id + ": missing \"publishedAt\"");
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException("article " + id + ": \"publishedAt\" is not an ISO-8601 instant: " + value.asText());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedArticleException("\"" + field + "\" must be a string, got " + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An archive line that is not a usable article. */
    public static final class MalformedArticleException extends RuntimeException {
        public MalformedArticleException(String message) {
            super(message, null, false, false);
        }
    }
}
