package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ReplayCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'replay' is not built yet", CliErrors.FAILURE);
    }
}
