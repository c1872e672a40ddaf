package evradar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./evradar}: parses the command line and hands over to one subcommand. */
@Command(
        name = "evradar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a stream of news articles into a live, replayable table of every firm's EV-market status.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            IngestCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            TrainTiesCommand.class,
            StatusCommand.class,
            ReplayCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(new CliErrors.BadUsage());
        cmd.setExecutionExceptionHandler(new CliErrors.Failure());
        return cmd;
    }

    @Override
    public void run() {
        // `evradar` alone: show what there is to do.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
