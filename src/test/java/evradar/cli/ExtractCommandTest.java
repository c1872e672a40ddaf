package evradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    private static final String ARTICLE = "{\"id\": \"a1\", \"source\": \"Wire\", \"publishedAt\": \"2021-02-19T09:00:00Z\", "
            + "\"title\": \"Xiaomi in talks with Great Wall\", \"body\": \"According to Reuters, Xiaomi is in talks with "
            + "Great Wall Motors to build electric cars from 2023.\"}";

    @Test
    void printsOneJsonLinePerArticleInTheDocumentedShape(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, ARTICLE + "\n\n" + ARTICLE.replace("a1", "a2") + "\n");
        assertEquals(0, run("extract", "--input", in.toString()), err::toString);
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        String line = lines.get(0);
        assertTrue(line.startsWith("{\"articleId\": \"a1\", \"companies\": [{\"id\": "), line);
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals(List.of("articleId", "companies", "partnerships", "signals"), fieldNames(n));
        assertEquals(List.of("id", "name", "mentions"), fieldNames(n.get("companies").get(0)));
        assertEquals(List.of("a", "b", "type", "certainty"), fieldNames(n.get("partnerships").get(0)));
        assertEquals(List.of("companyId", "status", "certainty", "targetYear", "evidence"), fieldNames(n.get("signals").get(0)));
        assertEquals("IN_TALKS", n.get("partnerships").get(0).get("type").asText());
        assertTrue(line.contains("\"companyId\": \"xiaomi\", \"status\": \"RUMORED\", \"certainty\": \"REPORTED\", \"targetYear\": 2023"), line);
    }

    @Test
    void skipsMalformedLinesWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, ARTICLE + "\n{not json\n{\"title\": \"no id\", \"publishedAt\": \"2021-01-01T00:00:00Z\"}\n");
        assertEquals(0, run("extract", "--input", in.toString()));
        assertEquals(1, out.toString().lines().count());
        String e = err.toString();
        assertTrue(e.contains("line 2: not valid JSON"), e);
        assertTrue(e.contains("line 3: missing \"id\""), e);
        assertTrue(e.contains("2 malformed line(s) skipped, 1 article(s) extracted"), e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void failsWhenNothingCouldBeRead(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "garbage\n");
        assertEquals(1, run("extract", "--input", in.toString()));
    }

    @Test
    void missingFileIsOneLine() {
        assertEquals(2, run("extract", "--input", "/no/such/file.jsonl"));
        assertEquals("evradar: no such file: /no/such/file.jsonl", err.toString().strip());
    }

    @Test
    void extraDictionaryEntriesAreRecognised(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("extra.jsonl");
        Files.writeString(dict, "{\"id\": \"zentro\", \"name\": \"Zentro\", \"kind\": \"EV_STARTUP\", \"aliases\": [\"Zentro\"]}\n");
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"z\", \"publishedAt\": \"2024-01-01T00:00:00Z\", \"title\": \"\", "
                + "\"body\": \"Zentro delivered its first electric vans.\"}\n");
        assertEquals(0, run("extract", "--input", in.toString(), "--dictionary", dict.toString()), err::toString);
        assertTrue(out.toString().contains("{\"id\": \"zentro\", \"name\": \"Zentro\", \"mentions\": 2}"), out::toString);
    }

    @Test
    void hasHelp() {
        assertEquals(0, run("extract", "--help"));
        assertTrue(out.toString().contains("--input"));
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
