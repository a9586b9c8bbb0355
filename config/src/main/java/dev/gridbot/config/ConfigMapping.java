package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One YAML mapping of the configuration with typed, checked reads. Every read either returns a
 * value of the right type or throws a {@link ConfigException} naming the scope and the key, so
 * no message ever comes from Jackson's databind.
 */
final class ConfigMapping {

    private static final int MAX_SHOWN_CHARS = 40;
    /** Bounds every number so that exact arithmetic on it stays cheap, whatever a file says. */
    static final int MAX_DECIMALS = 18;
    private static final BigDecimal TOO_LARGE = BigDecimal.ONE.movePointRight(18);

    private final JsonNode node;
    private final ConfigScope scope;

    private ConfigMapping(JsonNode node, ConfigScope scope) {
        this.node = node;
        this.scope = scope;
    }

    /** Wraps {@code node}, refusing it with {@code what} if it is not a mapping. */
    static ConfigMapping of(JsonNode node, ConfigScope scope, String key, String what)
            throws ConfigException {
        if (node == null || !node.isObject()) {
            throw scope.error(key, "must be " + what + " (was " + describe(node) + ")");
        }
        return new ConfigMapping(node, scope);
    }

    /** The same mapping, read under another scope, e.g. once a strategy's name is known. */
    ConfigMapping withScope(ConfigScope other) {
        return new ConfigMapping(node, other);
    }

    /**
     * The mapping under {@code key}, read under {@code inner}; refused under this scope, naming
     * {@code key}, if it is missing or not a mapping.
     */
    ConfigMapping mapping(String key, ConfigScope inner, String what) throws ConfigException {
        return of(required(key), scope, key, what).withScope(inner);
    }

    ConfigScope scope() {
        return scope;
    }

    /** Refuses the first key not in {@code allowed}, suggesting the nearest allowed one. */
    void refuseUnknownKeys(List<String> allowed) throws ConfigException {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            if (!allowed.contains(key)) {
                throw scope.error(key, "unknown key (" + KeySuggestion.suggest(key, allowed) + ")");
            }
        }
    }

    /** The entries of this mapping in file order. */
    List<Map.Entry<String, JsonNode>> entries() {
        return new ArrayList<>(node.properties());
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    /** The value of a key that must be present; a key with an empty value counts as missing. */
    JsonNode required(String key) throws ConfigException {
        if (!has(key)) {
            throw scope.error(key, "missing");
        }
        return node.get(key);
    }

    /** A non-blank text value. */
    String text(String key) throws ConfigException {
        JsonNode value = required(key);
        if (!value.isTextual()) {
            throw scope.error(key, "must be text (was " + describe(value) + ")");
        }
        if (value.asText().isBlank()) {
            throw scope.error(key, "must not be blank");
        }
        return value.asText();
    }

    /** An exact decimal number, exactly as written, below 1e18 in size and with at most 18 decimals. */
    BigDecimal decimal(String key) throws ConfigException {
        JsonNode value = required(key);
        if (!value.isNumber()) {
            throw scope.error(key, "must be a number (was " + describe(value) + ")");
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(TOO_LARGE) >= 0) {
            throw scope.error(key, "is too large: must be below 1e18 (was " + describe(value) + ")");
        }
        if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw scope.error(key, "must have at most " + MAX_DECIMALS + " decimals (was " + describe(value) + ")");
        }
        return number;
    }

    BigDecimal decimal(String key, BigDecimal absent) throws ConfigException {
        return has(key) ? decimal(key) : absent;
    }

    /** A whole number that fits an {@code int}; {@code 5.0} is accepted, {@code 5.5} is not. */
    int wholeNumber(String key) throws ConfigException {
        return (int) whole(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    int wholeNumber(String key, int absent) throws ConfigException {
        return has(key) ? wholeNumber(key) : absent;
    }

    /** A whole number that fits a {@code long}; {@code 5.0} is accepted, {@code 5.5} is not. */
    long longNumber(String key) throws ConfigException {
        return whole(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    long longNumber(String key, long absent) throws ConfigException {
        return has(key) ? longNumber(key) : absent;
    }

    private long whole(String key, long min, long max) throws ConfigException {
        JsonNode value = required(key);
        if (!value.isNumber() || value.decimalValue().stripTrailingZeros().scale() > 0) {
            throw scope.error(key, "must be a whole number (was " + describe(value) + ")");
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw scope.error(key, "must be at most " + max + " (was " + describe(value) + ")");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw scope.error(key, "must be at least " + min + " (was " + describe(value) + ")");
        }
        return number.longValueExact();
    }

    /**
     * The list under {@code key}, each entry a mapping read under its own scope, e.g.
     * {@code schedule step #2}; an entry that is not a mapping is refused as not being {@code what}.
     */
    List<ConfigMapping> mappings(String key, String entryName, String what) throws ConfigException {
        JsonNode list = required(key);
        if (!list.isArray()) {
            throw scope.error(key, "must be a list of " + entryName + "s (was " + describe(list) + ")");
        }
        List<ConfigMapping> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ConfigScope inner = scope.part(key + " " + entryName + " #" + (i + 1));
            entries.add(of(list.get(i), inner, null, what));
        }
        return entries;
    }

    /**
     * One of the constants of an enum, written in either case. Messages list the constants in
     * lower case when {@code lowerCase}, as the YAML is documented.
     */
    <E extends Enum<E>> E choice(String key, E[] constants, boolean lowerCase) throws ConfigException {
        String written = text(key);
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(written)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : constants) {
            names.add(lowerCase ? constant.name().toLowerCase(Locale.ROOT) : constant.name());
        }
        throw scope.error(key, "unknown value '" + written + "' (expected " + KeySuggestion.oneOf(names) + ")");
    }

    <E extends Enum<E>> E choice(String key, E[] constants, boolean lowerCase, E absent) throws ConfigException {
        return has(key) ? choice(key, constants, lowerCase) : absent;
    }

    /** How a value reads in a message: the number or quoted text as written, or its kind. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            // Plain digits read best, but 1e-99999999 written out would flood the terminal.
            return Math.abs(number.scale()) <= MAX_SHOWN_CHARS ? number.toPlainString() : number.toString();
        }
        if (value.isTextual()) {
            return "text '" + shorten(value.asText()) + "'";
        }
        return shorten(value.asText());
    }

    static String shorten(String text) {
        return text.length() <= MAX_SHOWN_CHARS ? text : text.substring(0, MAX_SHOWN_CHARS) + "...";
    }
}
