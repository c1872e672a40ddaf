package evradar.cli;

import evradar.extract.CompanyDictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The dictionary the offline extract and evaluate commands use: the bundled one, optionally extended from a file. */
final class ExtractorOptions {

    private ExtractorOptions() {
    }

    static CompanyDictionary dictionary(Path extra) {
        CompanyDictionary bundled = CompanyDictionary.bundled();
        if (extra == null) {
            return bundled;
        }
        try (Reader r = Files.newBufferedReader(extra, StandardCharsets.UTF_8)) {
            return bundled.with(CompanyDictionary.read(r).companies());
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + extra);
        } catch (IOException e) {
            throw new UserException("cannot read dictionary " + extra + ": " + e.getMessage());
        }
    }
}
