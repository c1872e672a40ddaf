package evradar.cli;

import evradar.avro.Certainty;
import evradar.config.ConfigLoader;
import evradar.extract.Extraction;
import evradar.extract.PartnershipHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static evradar.extract.ExtractionAssert.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WiringTest {

    private static final String BODY = "Volvo Cars reported higher quarterly sales on Tuesday. Separately, Bosch said it "
            + "would supply motors from a new plant in Hungary.";

    private static List<PartnershipHit> ties(String tieModel) {
        var config = ConfigLoader.fromMap(Map.of("extract.tie.model", tieModel));
        Extraction x = Wiring.liveExtractor(config).current().extract(article("2023-03-01", "Volvo results", BODY));
        return x.partnerships();
    }

    @Test
    void theStreamExtractsWithTheTieModelTheConfigNames(@TempDir Path dir) throws Exception {
        Path everyPair = Files.writeString(dir.resolve("every-pair.tsv"), "#threshold\t0.5\nbias\t20\n");
        List<PartnershipHit> guessed = ties(everyPair.toString());
        assertEquals(1, guessed.size(), guessed::toString);
        assertEquals(Certainty.SPECULATIVE, guessed.get(0).certainty());
        assertEquals(List.of(), ties("none"));
    }

    @Test
    void anUnreadableModelIsAOneLineError(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "bias twenty\n");
        UserException e = assertThrows(UserException.class, () -> ties(bad.toString()));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
