package evradar.extract.signals;

import evradar.extract.text.Sentence;
import evradar.extract.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetYearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "It plans to sell cars from 2023.|2021|2023",
        "Sales are due by 2025.|2021|2025",
        "It will release a car within a decade.|2021|2031",
        "The first model is due within three years.|2021|2024",
        "Production starts next year.|2021|2022",
        "Production is due in the fourth quarter of 2023.|2021|2023",
        "It aims to be a top-five carmaker within 15 to 20 years.|2023|2043",
        "It has sold cars since 2014.|2021|none",
        "It sold 3,000 cars in 2019.|2021|none",
    })
    void yearsRelativeToPublication(String text, int published, Integer expected) {
        Sentence s = new Sentence(1, 1, text, Tokenizer.tokenize(text), false);
        assertEquals(expected, TargetYear.in(s, published));
    }
}
