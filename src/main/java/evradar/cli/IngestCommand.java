package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not built yet.")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'ingest' is not built yet", CliErrors.FAILURE);
    }
}
