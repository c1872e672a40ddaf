package evradar.cli;

import evradar.extract.relations.TieModel;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The tie model an offline command extracts with (a picocli mixin): the bundled one, a trained file, or none. */
final class TieModelOption {

    @Option(names = "--tie-model", paramLabel = "FILE|none",
            description = "The model that infers the ties the rules leave out: a file written by train-ties, or "
                    + "'none' for the rules alone (default: the bundled model).")
    String tieModel;

    TieModel model() {
        if (tieModel == null) {
            return TieModel.bundled();
        }
        if (tieModel.equals("none")) {
            return TieModel.NONE;
        }
        Path file = Path.of(tieModel);
        try (InputStream in = Files.newInputStream(file)) {
            return TieModel.read(in);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException("cannot read tie model " + file + ": " + e.getMessage());
        }
    }
}
