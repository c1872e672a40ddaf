package evradar.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden fixtures under {@code evradar/extract/boilerplate/}: a "title:" line, the scraped body,
 * then "=== kept" and the paragraphs that must survive (blank-line separated).
 */
class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"teaser-and-comment-form", "read-more-inline", "related-list", "plain-article", "section-label",
        "wire-furniture", "publisher-notices", "wire-brief", "label-with-colon"})
    void keepsOnlyProse(String fixture) throws IOException {
        String text = read("/evradar/extract/boilerplate/" + fixture + ".txt");
        String[] parts = text.split("\n=== kept\n", 2);
        String head = parts[0];
        String title = head.substring("title: ".length(), head.indexOf('\n'));
        String body = head.substring(head.indexOf('\n') + 1);
        List<String> expected = new ArrayList<>(List.of(parts[1].strip().split("\n\n")));
        assertEquals(expected, Boilerplate.proseParagraphs(title, body));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BoilerplateTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
