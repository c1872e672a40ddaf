package evradar.cli;

import evradar.extract.CompanyDictionary;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The option of the commands that run the extractor offline (extract, evaluate, train-ties), a picocli
 * mixin: the dictionary is the bundled one, optionally extended from a file.
 */
final class ExtractorOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "Extra firms (JSON lines in the companies.jsonl format) added to the bundled dictionary; "
                    + "same ids replace bundled entries.")
    Path dictionary;

    CompanyDictionary dictionary() {
        CompanyDictionary bundled = CompanyDictionary.bundled();
        if (dictionary == null) {
            return bundled;
        }
        try (Reader r = Files.newBufferedReader(dictionary, StandardCharsets.UTF_8)) {
            return bundled.with(CompanyDictionary.read(r).companies());
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + dictionary);
        } catch (IOException e) {
            throw new UserException("cannot read dictionary " + dictionary + ": " + e.getMessage());
        }
    }
}
