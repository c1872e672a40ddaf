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
    void theTieModelCanBeSwitchedOffOrReplaced(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        Path gold = dir.resolve("gold.json");
        Files.copy(copy("holdout32/articles.jsonl", Files.createDirectories(dir.resolve("a"))), articles);
        Files.copy(copy("holdout32/gold.json", Files.createDirectories(dir.resolve("g"))), gold);
        String[] base = {"evaluate", "--articles", articles.toString(), "--gold", gold.toString(), "--json"};
        double bundled = partnershipF1(base);
        double rulesAlone = partnershipF1(append(base, "--tie-model", "none"));
        assertTrue(bundled > rulesAlone, bundled + " vs " + rulesAlone);
        Path model = dir.resolve("model.tsv");
        Files.writeString(model, "#threshold\t0.5\nbias\t-20\n");
        assertEquals(rulesAlone, partnershipF1(append(base, "--tie-model", model.toString())), 1e-12);

        Files.writeString(model, "bias minus twenty\n");
        assertEquals(1, run(append(base, "--tie-model", model.toString())));
        assertTrue(err.toString().contains("cannot read tie model") && err.toString().contains("line 1"), err::toString);
        assertEquals(1, run(append(base, "--tie-model", dir.resolve("missing.tsv").toString())));
        assertTrue(err.toString().contains("no such file"), err::toString);
    }

    private double partnershipF1(String... args) throws Exception {
        out.getBuffer().setLength(0);
        assertEquals(0, run(args), err::toString);
        return new ObjectMapper().readTree(out.toString()).get("partnerships").get("f1").asDouble();
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
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
