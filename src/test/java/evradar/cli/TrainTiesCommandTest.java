package evradar.cli;

import evradar.extract.relations.TieModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainTiesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    /** A labelled set directory with articles.jsonl and gold.json copied from the test class path. */
    private static Path set(Path root, String name, String articles, String gold) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        try (InputStream a = TrainTiesCommandTest.class.getClassLoader().getResourceAsStream(articles);
             InputStream g = TrainTiesCommandTest.class.getClassLoader().getResourceAsStream(gold)) {
            Files.copy(a, dir.resolve("articles.jsonl"));
            Files.copy(g, dir.resolve("gold.json"));
        }
        return dir;
    }

    @Test
    void trainsOnTwoSetsAndWritesAModelThatLoads(@TempDir Path tmp) throws Exception {
        Path corpus = set(tmp, "corpus", "evradar/sample/articles.jsonl", "corpus/gold.json");
        Path other = set(tmp, "holdout", "holdout/articles.jsonl", "holdout/gold.json");
        Path model = tmp.resolve("model.tsv");
        assertEquals(0, run("train-ties", "--set", corpus.toString(),
                "--set", other.resolve("articles.jsonl") + "," + other.resolve("gold.json"), "--out", model.toString()),
                err::toString);
        String text = out.toString();
        assertTrue(text.contains("candidate pairs from 2 sets"), text);
        assertTrue(text.contains("threshold 0.45: mean left-out partnership F1"), text);
        assertTrue(err.toString().contains("leaving out holdout"), err::toString);
        TieModel m;
        try (InputStream in = Files.newInputStream(model)) {
            m = TieModel.read(in);
        }
        assertFalse(m.isEmpty());
        assertTrue(Files.readString(model).contains("Trained on 2 labelled sets: corpus holdout"), Files.readString(model));
    }

    @Test
    void badInputGetsAOneLineError(@TempDir Path tmp) throws Exception {
        Path corpus = set(tmp, "corpus", "evradar/sample/articles.jsonl", "corpus/gold.json");
        String model = tmp.resolve("m.tsv").toString();
        assertEquals(1, run("train-ties", "--set", corpus.toString(), "--set", tmp.resolve("nowhere").toString(),
                "--out", model));
        assertTrue(err.toString().contains("is not a labelled set"), err::toString);
        assertEquals(1, run("train-ties", "--set", corpus.toString(), "--out", model));
        assertTrue(err.toString().contains("at least two --set"), err::toString);
        assertEquals(1, run("train-ties", "--set", corpus.toString(), "--threshold", "1.5", "--out", model));
        assertTrue(err.toString().contains("--threshold must be between 0 and 1"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
        assertEquals(1, run("train-ties", "--set", corpus.toString(), "--set", corpus.toString(),
                "--out", tmp.resolve("no/such/dir/m.tsv").toString()));
        assertTrue(err.toString().contains("no such directory"), err::toString);
        assertEquals(1, run("train-ties", "--set", corpus.toString(), "--set", corpus.toString(), "--out", model));
        assertTrue(err.toString().contains("both named corpus"), err::toString);
        assertEquals(5, err.toString().strip().lines().count(), err::toString);
        assertFalse(Files.exists(tmp.resolve("m.tsv")));
    }

    @Test
    void hasHelp() {
        assertEquals(0, run("train-ties", "--help"));
        assertTrue(out.toString().contains("--set"), out::toString);
    }
}
