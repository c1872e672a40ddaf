package evradar.extract.relations;

import evradar.avro.PartnershipType;
import evradar.extract.CompanyDictionary;
import evradar.extract.CompanyKind;
import evradar.extract.Extraction;
import evradar.extract.RuleBasedExtractor;
import evradar.extract.discourse.Discourse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static evradar.extract.ExtractionAssert.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieFeaturesTest {

    private static final RuleBasedExtractor RULES = new RuleBasedExtractor(CompanyDictionary.bundled(), TieModel.NONE);

    private static List<TieFeatures.Candidate> candidates(String title, String body) {
        var a = article("2023-03-01", title, body);
        Discourse d = RULES.analyse(a);
        Extraction x = RULES.extract(a);
        return TieFeatures.candidates(d, x);
    }

    private static Optional<TieFeatures.Candidate> pair(List<TieFeatures.Candidate> cs, String a, String b) {
        return cs.stream().filter(c -> c.a().equals(a) && c.b().equals(b)).findFirst();
    }

    @Test
    void neighbouringSentencesGiveDistanceKindsAndTheWordsOfBoth() {
        List<TieFeatures.Candidate> cs = candidates("Volvo results",
                "Volvo Cars reported higher quarterly sales on Tuesday. Separately, Bosch said it would supply "
                        + "motors from a new plant in Hungary.");
        TieFeatures.Candidate c = pair(cs, "bosch", "volvo-cars").orElseThrow(() -> new AssertionError(cs));
        var f = c.features();
        assertEquals(1.0, f.get("bias"));
        assertEquals(1.0, f.get("dist1"), f::toString);
        assertFalse(f.containsKey("shared1"), f::toString);
        assertEquals(1.0, f.get("kind_AUTOMAKER"), f::toString);
        assertEquals(1.0, f.get("kind_SUPPLIER"), f::toString);
        assertEquals(1.0, f.get("cn_suppl"), f::toString);
        assertEquals(1.0, f.get("cn_sales"), f::toString);
        assertEquals(Math.log(2), f.get("logFirms"), 1e-9);
        // a component maker and a carmaker: parts
        assertEquals(PartnershipType.SUPPLY, c.type());
        assertTrue(c.evidence().startsWith("Volvo Cars reported") && c.evidence().contains("Bosch said"), c.evidence());
    }

    @Test
    void oneSentenceGivesSharedWordsAndCoordination() {
        List<TieFeatures.Candidate> cs = candidates("Europe",
                "Volvo Cars and Bosch were among the exhibitors at the Geneva show, where both showed electric models.");
        var f = pair(cs, "bosch", "volvo-cars").orElseThrow(() -> new AssertionError(cs)).features();
        assertEquals(1.0, f.get("shared1"), f::toString);
        assertEquals(1.0, f.get("sharedNamed1"), f::toString);
        assertEquals(1.0, f.get("coord"), f::toString);
        assertEquals(1.0, f.get("tokNear"), f::toString);
        assertEquals(1.0, f.get("cs_both"), f::toString);
    }

    @Test
    void pairsTheRulesTiedAreNoCandidates() {
        List<TieFeatures.Candidate> cs = candidates("Battery venture",
                "Volvo Cars and Northvolt formed a joint venture to make battery cells in Sweden.");
        assertTrue(pair(cs, "northvolt", "volvo-cars").isEmpty(), cs::toString);
    }

    @Test
    void aSentenceThatDeniesTheTieVetoesThePair() {
        List<TieFeatures.Candidate> cs = candidates("Xiaomi",
                "Shares of Great Wall Motor rose. Great Wall said it had not signed any agreement with Xiaomi on making vehicles.");
        assertTrue(pair(cs, "great-wall-motors", "xiaomi").isEmpty(), cs::toString);
        List<TieFeatures.Candidate> met = candidates("Xiaomi",
                "Shares of Great Wall Motor rose. Great Wall said its managers had met Xiaomi last week.");
        assertTrue(pair(met, "great-wall-motors", "xiaomi").isPresent(), met::toString);
    }

    @Test
    void aStoryThatListsTooManyFirmsGivesNoCandidates() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= TieFeatures.MAX_FIRMS; i++) {
            names.add("Zor" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + " Technologies");
        }
        String body = "The fair drew " + String.join(", ", names) + " and many others.";
        var a = article("2023-03-01", "Fair", body);
        Discourse d = RULES.analyse(a);
        assertTrue(d.companies().size() > TieFeatures.MAX_FIRMS, d.companies()::toString);
        assertEquals(List.of(), TieFeatures.candidates(d, RULES.extract(a)));
        var few = article("2023-03-01", "Fair", "The fair drew " + String.join(", ", names.subList(0, 5)) + " and many others.");
        assertEquals(10, TieFeatures.candidates(RULES.analyse(few), RULES.extract(few)).size());
    }

    @Test
    void theTypeComesFromTheKindsAndTheWords() {
        assertEquals(PartnershipType.INVESTMENT, TieFeatures.type(Set.of(), CompanyKind.AUTOMAKER, CompanyKind.INVESTOR, Set.of()));
        assertEquals(PartnershipType.INVESTMENT, TieFeatures.type(Set.of(), CompanyKind.AUTOMAKER, CompanyKind.TECH, Set.of("stake")));
        assertEquals(PartnershipType.JOINT_VENTURE, TieFeatures.type(Set.of(), CompanyKind.AUTOMAKER, CompanyKind.BATTERY, Set.of("joint")));
        assertEquals(PartnershipType.SUPPLY, TieFeatures.type(Set.of(), CompanyKind.EV_STARTUP, CompanyKind.SEMICONDUCTOR, Set.of()));
        assertEquals(PartnershipType.MANUFACTURING,
                TieFeatures.type(Set.of(), CompanyKind.EV_STARTUP, CompanyKind.CONTRACT_MANUFACTURER, Set.of()));
        assertEquals(PartnershipType.IN_TALKS, TieFeatures.type(Set.of(), CompanyKind.AUTOMAKER, CompanyKind.TECH, Set.of("talks")));
        assertEquals(PartnershipType.PARTNERSHIP, TieFeatures.type(Set.of(), CompanyKind.AUTOMAKER, CompanyKind.TECH, Set.of("with")));
    }

    @Test
    void aRelationWordInASentenceNamingBothTypesTheTieFirst() {
        var inv = CompanyKind.INVESTOR;
        var car = CompanyKind.AUTOMAKER;
        assertEquals(PartnershipType.SUPPLY,
                TieFeatures.type(Set.of(PartnershipType.SUPPLY, PartnershipType.PARTNERSHIP), car, inv, Set.of("stake")));
        assertEquals(PartnershipType.ENDED,
                TieFeatures.type(Set.of(PartnershipType.ENDED, PartnershipType.SUPPLY), car, inv, Set.of()));
        // an end word alone is no tie word: the kinds decide
        assertEquals(PartnershipType.INVESTMENT, TieFeatures.type(Set.of(PartnershipType.ENDED), car, inv, Set.of()));
        assertEquals(PartnershipType.IN_TALKS,
                TieFeatures.type(Set.of(PartnershipType.IN_TALKS, PartnershipType.INVESTMENT), car, inv, Set.of()));
        assertEquals(PartnershipType.JOINT_VENTURE,
                TieFeatures.type(Set.of(PartnershipType.JOINT_VENTURE, PartnershipType.SUPPLY), car, car, Set.of()));
    }

    @Test
    void cueStemsMatchWholeShortWordsAndTheStartOfLongOnes() {
        var s = RULES.analyse(article("2023-03-01", "", "The partners signed orders with a supplier, tied to andesite.")).sentence(0);
        Set<String> cues = TieFeatures.cuesIn(s);
        assertTrue(cues.containsAll(Set.of("partner", "sign", "order", "with", "suppl", "tie")), cues::toString);
        assertFalse(cues.contains("and"), cues::toString);
        assertTrue(cues.contains("rw:PARTNERSHIP"), cues::toString);
    }
}
