package dev.gridbot.config;

/**
 * A configuration the loader refuses. The message is one line that names the file, the strategy
 * or instrument, and the key, e.g.
 * {@code demo.yaml: strategy 'btc-neutral': key 'levels': must be at least 5 (was 3)}; callers
 * print it as it is.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String strategy;
    private final String instrument;
    private final String key;

    ConfigException(ConfigScope scope, String key, String problem, Throwable cause) {
        super(oneLine(format(scope, key, problem)), cause);
        this.source = scope.source();
        this.strategy = scope.strategy();
        this.instrument = scope.instrument();
        this.key = key;
    }

    /** The file (or journal entry) that was being read. */
    public String source() {
        return source;
    }

    /** The name of the strategy at fault, or null if the fault is not inside a named strategy. */
    public String strategy() {
        return strategy;
    }

    /** The symbol of the instrument at fault, or null if the fault is not inside an instrument. */
    public String instrument() {
        return instrument;
    }

    /** The key at fault, or null if the fault is not about one key (e.g. the file is missing). */
    public String key() {
        return key;
    }

    private static String format(ConfigScope scope, String key, String problem) {
        StringBuilder message = new StringBuilder(scope.source());
        if (scope.label() != null) {
            message.append(": ").append(scope.label());
        }
        if (key != null) {
            message.append(": key '").append(key).append('\'');
        }
        return message.append(": ").append(problem).toString();
    }

    // Quoted YAML strings may carry line breaks; the CLI prints exactly one line.
    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n\\t\\f\\u000B]+\\s*", " ");
    }
}
