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
            description = "The model that infers the ties the rules leave out: a file written by train-ties, "
                    + "'none' for the rules alone, or 'bundled' (the default).")
    String tieModel;

    TieModel model() {
        return tieModel == null ? TieModel.bundled() : load(tieModel);
    }

    /** "bundled", "none" or a model file: the one place both this option and {@code extract.tie.model} are read. */
    static TieModel load(String value) {
        if (value.equals("bundled")) {
            return TieModel.bundled();
        }
        if (value.equals("none")) {
            return TieModel.NONE;
        }
        Path file = Path.of(value);
        try (InputStream in = Files.newInputStream(file)) {
            return TieModel.read(in);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserException("cannot read tie model " + file + ": " + e.getMessage());
        }
    }
}
