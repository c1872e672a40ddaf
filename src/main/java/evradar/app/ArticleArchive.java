package evradar.app;

import evradar.avro.ArticleEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An archive of articles, one JSON object per line. Reading reports each good article and each
 * malformed line (with its 1-based number) to a visitor and never stops on a bad line.
 */
public final class ArticleArchive {

    /** Receives what an archive holds. */
    public interface Visitor {
        void article(long line, ArticleEvent article);

        void malformed(long line, String reason);
    }

    /** The bundled sample archive: the public development corpus. */
    public static final String SAMPLE_RESOURCE = "/evradar/sample/articles.jsonl";

    private ArticleArchive() {
    }

    public static InputStream sample() {
        InputStream in = ArticleArchive.class.getResourceAsStream(SAMPLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled sample archive " + SAMPLE_RESOURCE + " is missing from the jar");
        }
        return in;
    }

    public static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Reads every line; blank lines are skipped silently. */
    public static void read(InputStream in, Visitor visitor) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ArticleEvent article;
                try {
                    article = ArticleJson.parse(line);
                } catch (ArticleJson.MalformedArticleException e) {
                    visitor.malformed(number, e.getMessage());
                    continue;
                }
                visitor.article(number, article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive: " + e.getMessage(), e);
        }
    }
}
