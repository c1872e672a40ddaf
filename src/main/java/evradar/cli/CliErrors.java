package evradar.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * How the command line reports failure: one line on stderr and a non-zero exit, never a stack
 * trace (set EVRADAR_DEBUG=1 to get one). Usage errors exit with 2, failures at run time with 1.
 */
final class CliErrors {

    static final int USAGE = 2;
    static final int FAILURE = 1;

    private CliErrors() {
    }

    /** Bad flags or arguments. */
    static final class BadUsage implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("evradar: " + ex.getMessage());
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return USAGE;
        }
    }

    /** An exception thrown while a command ran. */
    static final class Failure implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UserException) {
                err.println("evradar: " + ex.getMessage());
                err.flush();
                return ((UserException) ex).exitCode();
            }
            if (ex instanceof evradar.config.ConfigException || ex instanceof IllegalArgumentException) {
                // bad configuration or input (a missing file, no bootstrap servers): the user's to fix
                err.println("evradar: " + describe(ex));
                err.flush();
                return USAGE;
            }
            err.println("evradar: error: " + describe(ex));
            if (System.getenv("EVRADAR_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        }
    }

    /** The message of an exception and of its causes, on one line. */
    static String describe(Throwable ex) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (sb.indexOf(msg) >= 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(msg.replace('\n', ' '));
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
