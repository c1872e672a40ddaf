package evradar.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> tokens(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsItsOwnToken() {
        assertEquals(List.of("Xiaomi", "'s", "car"), tokens("Xiaomi's car"));
        assertEquals(List.of("Xiaomi", "’s", "car"), tokens("Xiaomi’s car"));
    }

    @Test
    void contractionsStayWhole() {
        assertEquals(List.of("It", "won't", "build", "cars"), tokens("It won't build cars"));
    }

    @Test
    void initialismsKeepTheirDots() {
        assertEquals(List.of("Koç", "Holding", "A.S.", "and", "the", "U.S.", "unit"), tokens("Koç Holding A.S. and the U.S. unit"));
        assertEquals(List.of("Renault", "S.A.", "."), tokens("Renault S.A.."));
        // one capital and a dot is an initial or the end of a sentence, not an initialism
        assertEquals(List.of("Plan", "B", ".", "It"), tokens("Plan B. It"));
        assertEquals(List.of("e.GO", "Mobile"), tokens("e.GO Mobile"));
    }

    @Test
    void modelNamesWithADotStayWhole() {
        assertEquals(List.of("the", "electric", "ID.4", "crossover"), tokens("the electric ID.4 crossover"));
        // a sentence that ends on capitals before a number still ends there
        assertEquals(List.of("by", "GM", ".", "It"), tokens("by GM. It"));
        assertEquals(List.of("Plan", "B", ".", "2024"), tokens("Plan B. 2024"));
    }

    @Test
    void hyphensSplitCompounds() {
        assertEquals(List.of("Ford", "-", "SK", "On", "venture"), tokens("Ford-SK On venture"));
        assertEquals(List.of("battery", "-", "electric"), tokens("battery-electric"));
    }

    @Test
    void numbersKeepSeparators() {
        assertEquals(List.of("$", "1.5", "billion", "and", "215,900", "yuan"), tokens("$1.5 billion and 215,900 yuan"));
    }

    @Test
    void ampersandNamesStayWhole() {
        assertEquals(List.of("M&M", "said"), tokens("M&M said"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "GM, Honda";
        for (Token t : Tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }
}
