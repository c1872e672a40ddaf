package evradar.extract;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompanyDictionaryTest {

    @Test
    void bundledDictionaryLoadsOnceWithEveryGoldFirm() {
        CompanyDictionary d = CompanyDictionary.bundled();
        assertSame(d, CompanyDictionary.bundled());
        assertTrue(d.size() >= 330, "size " + d.size());
        for (String id : List.of("xiaomi", "great-wall-motors", "sony-honda-mobility", "lmc-automotive", "reuters")) {
            assertTrue(d.byId(id).isPresent(), id);
        }
    }

    @Test
    void recognisesTheFirmsAddedInRules16() {
        // real EV makers the first dictionary lacked: a national brand, a London cab maker, a bus maker
        ExtractionAssert.extract("2022-11-03", "Ceer",
                "Saudi Arabia launched Ceer, its first electric-car brand, on Thursday. Ceer will design and sell "
                        + "electric sedans from 2025.")
                .mentions("ceer")
                .hasSignal("ceer", evradar.avro.EvStatus.ANNOUNCED);
        ExtractionAssert.extract("2024-02-01", "Cabs",
                "LEVC added a second shift at its Ansty plant as orders for the electric TX cab grew, while Yutong "
                        + "shipped 200 electric buses to Chile.")
                .mentions("levc")
                .mentions("yutong");
        CompanyDictionary d = CompanyDictionary.bundled();
        assertEquals(CompanyKind.EV_STARTUP, d.byId("ceer").orElseThrow().kind());
        assertEquals("geely", d.byId("levc").orElseThrow().parent());
        // a person who shares a family name with a group is no mention of it
        Extraction x = ExtractionAssert.extract("2021-02-15", "Strategy",
                "Jaguar will sell only electric cars from 2025 under a plan by chief executive Thierry Bollore.")
                .extraction();
        assertTrue(x.companies().stream().noneMatch(c -> c.id().equals("bollore")), x.companies().toString());
    }

    @Test
    void recognisesAsianUnitsAsTheirParentsAndTheirOwnFirms() {
        // rules-16, second round: a unit named as its parent plus a descriptor is the parent (corpus
        // convention 4); a firm with a distinct name is its own
        ExtractionAssert.extract("2024-03-01", "India",
                "Hyundai Motor India will build electric SUVs in Chennai with cells from Exide Energy Solutions, "
                        + "while Tata Motors Passenger Electric Mobility expands its range.")
                .mentions("hyundai")
                .mentions("exide-industries")
                .mentions("tata-motors");
        ExtractionAssert.extract("2023-05-10", "Korea",
                "Lotte Energy Materials will supply copper foil to SK On, and Hyundai Transys will make the seats.")
                .mentions("lotte-energy-materials")
                .mentions("hyundai-transys");
    }

    @Test
    void recognisesEuropeanAndOtherFirmsOfTheThirdRound() {
        // rules-17: European, Latin American, Middle Eastern, African and Oceanian firms; a unit with its
        // own name keeps its parent
        ExtractionAssert.extract("2024-04-10", "Charging",
                "Atlante and Powerdot will add fast chargers in Portugal, Ebro Factory will assemble electric "
                        + "SUVs in Barcelona, and analysts at Kepler Cheuvreux and DNB Markets expect more deals, "
                        + "Dagens Industri reported.")
                .mentions("atlante")
                .mentions("powerdot")
                .mentions("ebro")
                .mentions("kepler-cheuvreux")
                .mentions("dnb-markets")
                .mentions("dagens-industri");
        CompanyDictionary d = CompanyDictionary.bundled();
        assertEquals("nhoa", d.byId("atlante").orElseThrow().parent());
    }

    @Test
    void withersChangeOneFactAndKeepTheRest() {
        Company c = new Company("bramford", "Bramford", CompanyKind.OTHER, "TH", List.of("Bramford"), List.of("Old Bramford"),
                "siam-group", List.of("Bram"), 2021, List.of("builder"), 2019);
        Company k = c.withKind(CompanyKind.CONTRACT_MANUFACTURER).withAliases(List.of("Bramford", "Bramford Assembly Ltd."));
        assertEquals(new Company("bramford", "Bramford", CompanyKind.CONTRACT_MANUFACTURER, "TH",
                List.of("Bramford", "Bramford Assembly Ltd."), List.of("Old Bramford"), "siam-group", List.of("Bram"), 2021,
                List.of("builder"), 2019), k);
        assertEquals(new Company("bramford", "Bramford", CompanyKind.OTHER, "MY", List.of("Bramford"), List.of("Old Bramford"),
                "siam-group", List.of("Bram"), 2021, List.of("assembler"), 2019),
                c.withCountryAndDescriptors("MY", List.of("assembler")));
    }

    @Test
    void bundledEntriesAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Company c : CompanyDictionary.bundled().companies()) {
            assertTrue(c.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), c.id());
            assertTrue(ids.add(c.id()), "duplicate " + c.id());
            assertFalse(c.aliases().isEmpty(), c.id());
        }
    }

    @Test
    void withReplacesSameIdsAndAddsNewOnes() {
        CompanyDictionary base = CompanyDictionary.of(List.of(Company.named("a", "A Corp", CompanyKind.OTHER, "A Corp")));
        CompanyDictionary more = base.with(List.of(Company.named("a", "A Group", CompanyKind.TECH, "A Group"),
                Company.named("b", "B Motors", CompanyKind.AUTOMAKER, "B Motors")));
        assertEquals(1, base.size());
        assertEquals("A Corp", base.byId("a").orElseThrow().name());
        assertEquals(2, more.size());
        assertEquals("A Group", more.byId("a").orElseThrow().name());
        assertEquals(1, more.without(List.of("b")).size());
    }

    @Test
    void readsJsonLinesAndReportsTheBadLine() throws Exception {
        CompanyDictionary d = CompanyDictionary.read(new StringReader(
                "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"NO_SUCH_KIND\",\"aliases\":[\"X\"]}\n\n# comment\n"));
        assertEquals(CompanyKind.OTHER, d.byId("x").orElseThrow().kind());
        Exception e = assertThrows(java.io.IOException.class, () -> CompanyDictionary.read(new StringReader("{\"id\":\"x\"}\nnot json\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void runtimeAdditionsAreRecognised() {
        CompanyDictionary d = CompanyDictionary.bundled().with(List.of(new Company("zentro", "Zentro", CompanyKind.EV_STARTUP,
                "DE", List.of("Zentro"), List.of(), null, List.of(), 2020, List.of("startup"))));
        Extraction x = new RuleBasedExtractor(d).extract(ExtractionAssert.article("2024-01-01", "Zentro delivers",
                "Zentro delivered its 1,000th electric van on Monday."));
        ExtractionAssert.assertThat(x).hasCompanies("zentro");
    }
}
