package evradar.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Not built yet.")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'evaluate' is not built yet", CliErrors.FAILURE);
    }
}
