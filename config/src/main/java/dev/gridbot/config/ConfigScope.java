package dev.gridbot.config;

/**
 * Where in a configuration the loader is reading, so that a refusal can name it.
 *
 * @param source     the file or journal entry
 * @param label      the section as it appears in messages, e.g. {@code strategy 'btc-neutral'}; null at top level
 * @param strategy   the strategy's name when inside a named strategy, else null
 * @param instrument the instrument's symbol when inside an instrument, else null
 */
record ConfigScope(String source, String label, String strategy, String instrument) {

    static ConfigScope file(String source) {
        return new ConfigScope(source, null, null, null);
    }

    ConfigScope at(String label) {
        return new ConfigScope(source, label, null, null);
    }

    ConfigScope instrument(String symbol) {
        return new ConfigScope(source, "instrument '" + symbol + "'", null, symbol);
    }

    ConfigScope account(String name) {
        return new ConfigScope(source, "account '" + name + "'", null, null);
    }

    ConfigScope strategy(String name) {
        return new ConfigScope(source, "strategy '" + name + "'", name, null);
    }

    /** A part of this section, e.g. one step of a strategy's schedule; still inside the same strategy. */
    ConfigScope part(String name) {
        return new ConfigScope(source, label == null ? name : label + ": " + name, strategy, instrument);
    }

    /** A strategy whose name is not known yet, counted from 1 as a reader would. */
    ConfigScope strategyNumber(int index) {
        return new ConfigScope(source, "strategy #" + (index + 1), null, null);
    }

    ConfigException error(String key, String problem) {
        return new ConfigException(this, key, problem, null);
    }

    ConfigException error(String problem) {
        return new ConfigException(this, null, problem, null);
    }

    ConfigException error(String key, String problem, Throwable cause) {
        return new ConfigException(this, key, problem, cause);
    }
}
