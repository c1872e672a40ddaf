package evradar.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as {@code ./evradar} would, writing to the given buffers. */
final class CliRun {

    private CliRun() {
    }

    static int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }
}
