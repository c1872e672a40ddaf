package evradar.cli;

import evradar.app.ArticleArchive;
import evradar.app.ArticlePublisher;
import evradar.config.EvradarConfig;
import evradar.serde.AvroSerdes;
import evradar.serde.SchemaRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publishes article archives (one ArticleEvent JSON object per line) to the article topic, as Avro "
                + "in the Confluent wire format, keyed by article id, with the publication time as record time.",
                "Malformed lines are reported with their line number and skipped; progress goes to stderr."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every readable article was published", "1:some articles could not be published, or no input",
                "2:bad usage or configuration"})
final class IngestCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE.jsonl", required = true, arity = "1..*",
            description = "Archive file(s) to publish; '-' reads stdin.")
    List<Path> inputs;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!input.toString().equals("-") && !java.nio.file.Files.isReadable(input)) {
                throw new UserException("cannot read input " + input, CliErrors.USAGE);
            }
        }
        EvradarConfig config = connection.load();
        try (SchemaRegistry registry = Registries.open(config);
             ArticlePublisher publisher = new ArticlePublisher(config, new AvroSerdes(registry, config.autoRegisterSchemas()), System.err)) {
            long published = 0;
            long failed = 0;
            for (Path input : inputs) {
                try (InputStream in = input.toString().equals("-") ? System.in : ArticleArchive.open(input)) {
                    ArticlePublisher.Result result = publisher.publish(in, input.toString());
                    published += result.published();
                    failed += result.failed();
                }
            }
            if (failed > 0) {
                throw new UserException(failed + " articles could not be published (see above)");
            }
            return published == 0 ? 1 : 0;
        }
    }
}
