package evradar.config;

/** A configuration value that cannot be used; the message names the key and what was wrong. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
