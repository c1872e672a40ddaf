package evradar.extract.names;

import evradar.extract.Company;
import evradar.extract.CompanyDictionary;
import evradar.extract.CompanyKind;
import evradar.extract.text.ArticleText;
import evradar.extract.text.Sentence;
import evradar.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher's rules: boundaries, possessives, case, longest match, persons, brands. */
class DictionaryNameFinderTest {

    private static final CompanyDictionary DICT = CompanyDictionary.of(List.of(
            new Company("great-wall-motors", "Great Wall Motors", CompanyKind.AUTOMAKER, "CN",
                    List.of("Great Wall Motors", "Great Wall Motor", "Great Wall", "GWM"), List.of(), null,
                    List.of("ORA", "Tank"), 2018, List.of("automaker")),
            new Company("apple", "Apple", CompanyKind.TECH, "US", List.of("Apple", "Apple Inc"), List.of(), null,
                    List.of("iPhone", "Apple Car"), null, List.of("iPhone maker")),
            Company.named("nio", "NIO", CompanyKind.EV_STARTUP, "NIO"),
            Company.named("li-auto", "Li Auto", CompanyKind.EV_STARTUP, "Li Auto", "Li"),
            Company.named("ford", "Ford", CompanyKind.AUTOMAKER, "Ford", "Ford Motor"),
            Company.named("xpeng", "XPeng", CompanyKind.EV_STARTUP, "XPeng"),
            Company.named("xiaomi", "Xiaomi", CompanyKind.TECH, "Xiaomi", "Xiaomi EV")));
    private static final DictionaryNameFinder FINDER = new DictionaryNameFinder(DICT);

    /** "id:surface" for each span, with "~" for spans needing support and "brand:" for brands. */
    private static List<String> find(String text) {
        Sentence s = new Sentence(1, 1, text, Tokenizer.tokenize(text), false);
        return FINDER.find(s).stream()
                .map(n -> (n.isCompany() ? "" : "brand:") + n.companyId() + ":" + s.textOf(n.start(), n.end())
                        + (n.needsSupport() ? "~" : ""))
                .toList();
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("great-wall-motors:Great Wall Motors"), find("Shares of Great Wall Motors rose."));
    }

    @Test
    void possessivesAreBoundaries() {
        assertEquals(List.of("great-wall-motors:Great Wall"), find("one of Great Wall's factories"));
        assertEquals(List.of("xiaomi:Xiaomi"), find("Xiaomi’s car"));
    }

    @Test
    void wordBoundariesOnBothSides() {
        assertEquals(List.of(), find("Nios and Pineapple and Fordham"));
    }

    @Test
    void caseMustMatchForCommonWords() {
        assertEquals(List.of(), find("an apple a day and a river ford"));
        assertEquals(List.of("apple:Apple"), find("Shares of Apple fell."));
    }

    @Test
    void distinctiveNamesMatchOtherCapitalisations() {
        assertEquals(List.of("nio:Nio", "xpeng:XPENG"), find("Nio and XPENG rose."));
        assertEquals(List.of(), find("nio rose."));
    }

    @Test
    void sentenceInitialCommonWordNeedsSupport() {
        assertEquals(List.of("apple:Apple~"), find("Apple orchards are in bloom."));
        assertEquals(List.of("apple:Apple"), find("Apple said it would build cars."));
        assertEquals(List.of("apple:Apple"), find("Apple's car project ended."));
        // a time phrase may stand between the name and its verb
        assertEquals(List.of("apple:Apple"), find("Apple last year scrapped its car project."));
    }

    @Test
    void personsAreNotFirms() {
        assertEquals(List.of(), find("Henry Ford built the Model T."));
        assertEquals(List.of(), find("Founder Li Xiang spoke."));
        assertEquals(List.of(), find("chief executive Robin Li said"));
        assertEquals(List.of("li-auto:Li Auto"), find("Li Auto rose."));
    }

    @Test
    void brandsAreTypedAsBrands() {
        assertEquals(List.of("great-wall-motors:Great Wall", "brand:great-wall-motors:ORA"),
                find("Great Wall sells the ORA Good Cat."));
        assertEquals(List.of("brand:apple:Apple Car"), find("plans for the Apple Car"));
    }

    @Test
    void legalSuffixesAreAbsorbed() {
        List<String> found = find("Xiaomi EV Inc. was registered.");
        assertEquals(List.of("xiaomi:Xiaomi EV Inc"), found);
    }

    @Test
    void aTitleCaseHeadlineDoesNotProveNames() {
        List<Sentence> s = ArticleText.sentences("Apple Scraps Its Electric Car Project", "");
        assertTrue(FINDER.find(s.get(0)).stream().allMatch(NameSpan::needsSupport));
    }
}
