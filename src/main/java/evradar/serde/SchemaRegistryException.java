package evradar.serde;

/**
 * A registry call that failed, with Confluent's error code when the server gave one (40401 subject
 * not found, 40402 version not found, 40403 schema not found, 40404/40405 subject (not) soft-deleted,
 * 40408 no subject-level compatibility, 409 incompatible, 42201 invalid schema, 42202 invalid
 * version, 42203 invalid compatibility level), the HTTP status when it gave no Confluent error
 * body, or -1 when the registry could not be reached.
 */
public class SchemaRegistryException extends RuntimeException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_SOFT_DELETED = 40404;
    public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int NOT_FOUND = 404;
    public static final int UNREACHABLE = -1;

    private final int errorCode;

    public SchemaRegistryException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    /** The HTTP status that goes with the error code (Confluent's codes start with it). */
    public int httpStatus() {
        if (errorCode < 0) {
            return 503;
        }
        int status = errorCode;
        while (status >= 1000) {
            status /= 10;
        }
        return status;
    }
}
