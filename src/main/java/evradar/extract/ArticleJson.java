package evradar.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads one article event from its JSON form (a line of an archive such as
 * {@code corpus/articles.jsonl}): {@code id}, {@code source}, {@code publishedAt} (ISO-8601 or epoch
 * milliseconds), {@code title}, {@code body}. Other fields (url, language) are ignored.
 */
public final class ArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    /** Parses one JSON object; throws IllegalArgumentException with a one-line reason when it is not an article. */
    public static Article parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode id = n.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        return new Article(id.asText(), text(n, "source"), instant(n.get("publishedAt")), text(n, "title"),
                text(n, "body"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static Instant instant(JsonNode v) {
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"publishedAt\"");
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"publishedAt\" is not an ISO-8601 instant: " + v.asText());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
