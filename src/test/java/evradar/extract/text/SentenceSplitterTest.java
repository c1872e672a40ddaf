package evradar.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("Xiaomi said so.", "The company declined to comment!", "Why?"),
                SentenceSplitter.split("Xiaomi said so. The company declined to comment! Why?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Apple Inc. unveiled a car. It was red.|2",
        "Mr. Li said so. He left.|2",
        "Shares of Xiaomi Corp. fell.|1",
        "Ford Motor Co. and SK On Co. Ltd. agreed.|1",
        "It sells cars in the U.S. and Europe.|1",
        "It sells cars in the U.S. The company said so.|2",
        "J. Smith joined Tesla Inc. in 2019.|1",
        "Revenue rose 1.5 percent. Costs fell.|2",
        "\"We will build cars.\" Lei said.|2",
        "It was founded by Dr. Ferdinand Porsche.|1",
    })
    void abbreviationsAndSentenceEnds(String text, int sentences) {
        assertEquals(sentences, SentenceSplitter.split(text).size(), () -> SentenceSplitter.split(text).toString());
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("Headline without a stop", "Body text."), SentenceSplitter.split("Headline without a stop\nBody text."));
    }

    @Test
    void runawayTextIsCut() {
        String s = "word ".repeat(5_000);
        for (String part : SentenceSplitter.split(s)) {
            assertTrue(part.length() <= SentenceSplitter.MAX_SENTENCE_CHARS + 16);
        }
    }
}
