package evradar.extract.relations;

import evradar.avro.Certainty;
import evradar.avro.PartnershipType;
import evradar.extract.CompanyDictionary;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import evradar.extract.RuleBasedExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static evradar.extract.ExtractionAssert.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieModelTest {

    private static final String NEIGHBOURS = "Volvo Cars reported higher quarterly sales on Tuesday. Separately, Bosch "
            + "said it would supply motors from a new plant in Hungary.";

    /** Ties pairs named in neighbouring sentences, and nothing else. */
    private static final TieModel NEIGHBOURS_TIED = new TieModel(Map.of("bias", -5.0, "dist1", 10.0), 0.5,
            List.of("test model"));

    private static TieModel read(String text) throws IOException {
        return TieModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesAndReadsBack() throws IOException {
        StringWriter out = new StringWriter();
        NEIGHBOURS_TIED.write(out);
        assertEquals("# test model\n#threshold\t0.5\nbias\t-5.000000\ndist1\t10.000000\n", out.toString());
        TieModel back = read(out.toString());
        assertEquals(NEIGHBOURS_TIED.weights(), back.weights());
        assertEquals(0.5, back.threshold());
        StringWriter odd = new StringWriter();
        new TieModel(Map.of("bias", -1.0), 0.333, List.of()).write(odd);
        assertTrue(odd.toString().contains("#threshold\t0.333\n"), odd::toString);
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        IOException e = assertThrows(IOException.class, () -> read("#threshold\t0.5\nbias\t-1\ndist1 ten\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IOException.class, () -> read("#threshold\tlow\n"));
    }

    @Test
    void theThresholdIsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new TieModel(Map.of(), -0.1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TieModel(Map.of(), Double.NaN, List.of()));
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedSumAndUnknownFeaturesWeighNothing() {
        assertEquals(1 / (1 + Math.exp(5.0)), NEIGHBOURS_TIED.probability(Map.of("bias", 1.0, "unknown", 1.0)), 1e-12);
        assertEquals(1 / (1 + Math.exp(-5.0)), NEIGHBOURS_TIED.probability(Map.of("bias", 1.0, "dist1", 1.0)), 1e-12);
    }

    @Test
    void aPairAboveTheThresholdIsAddedAsAnInferredTie() {
        RuleBasedExtractor x = new RuleBasedExtractor(CompanyDictionary.bundled(), NEIGHBOURS_TIED);
        Extraction e = x.extract(article("2023-03-01", "Volvo results", NEIGHBOURS));
        PartnershipHit h = e.partnerships().stream().filter(p -> p.a().equals("bosch")).findFirst()
                .orElseThrow(() -> new AssertionError(e));
        assertEquals("volvo-cars", h.b());
        assertEquals(PartnershipType.SUPPLY, h.type());
        assertEquals(Certainty.SPECULATIVE, h.certainty());
        assertTrue(h.evidence().contains("Volvo Cars reported") && h.evidence().contains("Bosch said"), h.evidence());
    }

    @Test
    void theRulesAloneAddNothing() {
        Extraction e = new RuleBasedExtractor(CompanyDictionary.bundled(), TieModel.NONE)
                .extract(article("2023-03-01", "Volvo results", NEIGHBOURS));
        assertEquals(List.of(), e.partnerships());
        assertTrue(TieModel.NONE.isEmpty());
    }

    @Test
    void theBundledModelLoads() {
        TieModel m = TieModel.bundled();
        assertFalse(m.isEmpty());
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        assertTrue(m.weights().containsKey("bias"));
    }
}
