package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'extract' is not built yet", CliErrors.FAILURE);
    }
}
