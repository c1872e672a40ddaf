package evradar.cli;

/**
 * A problem the user can fix (a missing file, an unreachable broker, a bad value): reported as one
 * line without a stack trace.
 */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(String message) {
        this(message, CliErrors.FAILURE);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
