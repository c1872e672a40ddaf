package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Not built yet.")
final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'run' is not built yet", CliErrors.FAILURE);
    }
}
