package evradar.extract.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static evradar.extract.ExtractionAssert.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Wire datelines are page furniture: cut off before names are found, credit kept apart. */
class DatelineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STUTTGART, Oct 2 (Newswire) - Brennel Motors said ...|Newswire|Brennel Motors said ...",
        "DETROIT, Mich., Feb 14 - Brennel Motors said ...||Brennel Motors said ...",
        "SEPTEMBER 3 (Agency) - Brennel said ...|Agency|Brennel said ...",
        "Gothenburg (Nordic Wire) — Brennel said ...|Nordic Wire|Brennel said ...",
        "SAO PAULO, 12 May — Brennel said ...||Brennel said ...",
        "OSAKA/NAGOYA, Thursday – Brennel said ...||Brennel said ...",
        "LYON, France, Dec 1 -- Brennel said ...||Brennel said ...",
        "(Wire Service) - Brennel said ...|Wire Service|Brennel said ...",
        "MUNICH - Brennel said ...||Brennel said ...",
    })
    void datelinesAreCut(String text, String credit, String rest) {
        Dateline.Split d = Dateline.split(text);
        assertEquals(credit == null ? "" : credit, d.credit());
        assertEquals(rest, d.rest());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brennel - the carmaker from Turin - said ...",
        "Brennel Motors, the maker of vans - and trucks - said ...",
        "Shares rose 3% - the most in a year.",
        "NIO - not Tesla - led the market.",
        "In March, sales rose - as expected.",
    })
    void proseIsNotADateline(String text) {
        assertNull(Dateline.split(text));
    }

    @Test
    void theDatelineDoesNotGlueOntoTheFirstName() {
        extract("2024-02-07", "Brennel starts deliveries",
                "LEIPZIG, Feb 7 (Newswire) - Brennel Motors began deliveries of its first electric van on Wednesday.")
                .hasCompanies("brennel");
        extract("2024-02-07", "Brennel starts deliveries",
                "FEBRUARY 7 - Quorra Technology said it had sold 900 electric vans in January.")
                .hasCompanies("quorra");
    }

    @Test
    void anAgencyInTheCreditIsNamed() {
        extract("2024-02-07", "Brennel starts deliveries",
                "LEIPZIG, Feb 7 (Reuters) - Brennel Motors began deliveries of its first electric van on Wednesday.")
                .hasCompanies("brennel", "reuters");
    }

    @Test
    void anAbbreviatedCountryBeforeAnAgencyNameDoesNotEndTheSentence() {
        assertEquals(List.of("It asked the U.S. Department of Energy for a loan and waited."),
                SentenceSplitter.split("It asked the U.S. Department of Energy for a loan and waited."));
        assertEquals(List.of("Vans went to the U.S. Postal Service last year.", "The company said so."),
                SentenceSplitter.split("Vans went to the U.S. Postal Service last year. The company said so."));
        assertEquals(2, SentenceSplitter.split("It sells cars in the U.S. Shares of Tesla fell.").size());
    }
}
