package evradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path p = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = EvaluateCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void reportsFiguresOnTheDevelopmentCorpus(@TempDir Path dir) throws Exception {
        Path articles = copy("evradar/sample/articles.jsonl", dir);
        Path gold = copy("corpus/gold.json", dir);
        assertEquals(0, run("evaluate", "--articles", articles.toString(), "--gold", gold.toString()), err::toString);
        String text = out.toString();
        assertTrue(text.contains("articles: 46"), text);
        assertTrue(text.contains("companies"), text);
        assertTrue(text.contains("final-status accuracy"), text);
    }

    @Test
    void jsonOutput(@TempDir Path dir) throws Exception {
        Path articles = copy("evradar/sample/articles.jsonl", dir);
        Path gold = copy("corpus/gold.json", dir);
        assertEquals(0, run("evaluate", "--articles", articles.toString(), "--gold", gold.toString(), "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals(46, n.get("articles").asInt());
        assertTrue(n.get("companies").get("f1").asDouble() >= 0.95);
        assertTrue(n.has("finalStatusAccuracy"));
    }

    @Test
    void badGoldFileIsOneLine(@TempDir Path dir) throws Exception {
        Path articles = copy("evradar/sample/articles.jsonl", dir);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[1, 2]");
        assertEquals(1, run("evaluate", "--articles", articles.toString(), "--gold", gold.toString()));
        assertTrue(err.toString().startsWith("evradar: cannot read gold labels"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void requiresBothFiles() {
        assertEquals(2, run("evaluate", "--articles", "x.jsonl"));
    }
}
