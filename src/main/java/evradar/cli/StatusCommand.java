package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Not built yet.")
final class StatusCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'status' is not built yet", CliErrors.FAILURE);
    }
}
