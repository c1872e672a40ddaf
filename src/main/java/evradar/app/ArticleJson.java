package evradar.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import evradar.avro.ArticleEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads one article from its JSON form (one line of an archive, format in corpus/README.md):
 * {@code id} and {@code publishedAt} are required, the other fields default. Unknown fields are
 * ignored so archives may carry more than evradar uses.
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
        String published = text(node, "publishedAt");
        if (published == null) {
            throw new MalformedArticleException("article " + id + ": missing \"publishedAt\"");
        }
        Instant publishedAt;
        try {
            publishedAt = Instant.parse(published);
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException("article " + id + ": \"publishedAt\" is not an ISO-8601 instant: " + published);
        }
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
