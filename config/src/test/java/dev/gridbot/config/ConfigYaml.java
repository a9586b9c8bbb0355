package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: the demo configuration as editable sections, rendered to YAML. Values are raw
 * YAML text, so a test can write anything a user could ({@code "abc"}, {@code 5.5}, {@code [1]}).
 */
final class ConfigYaml {

    static final String SOURCE = "test.yaml";
    static final String STRATEGY = "btc-neutral";
    static final String SYMBOL = "BTCUSDT";

    private final Map<String, String> venue = new LinkedHashMap<>();
    private final Map<String, String> instrument = new LinkedHashMap<>();
    private final List<Map<String, String>> strategies = new ArrayList<>();
    private final Map<String, String> extraTopLevel = new LinkedHashMap<>();
    private final List<String> omittedSections = new ArrayList<>();

    private ConfigYaml() {
    }

    /** The demo configuration: valid, every key written out. */
    static ConfigYaml valid() {
        ConfigYaml yaml = new ConfigYaml();
        yaml.venue.put("kind", "sim");
        yaml.instrument.put("tickSize", "0.01");
        yaml.instrument.put("stepSize", "0.001");
        yaml.instrument.put("minQty", "0.001");
        yaml.instrument.put("makerFee", "0.0002");
        yaml.instrument.put("takerFee", "0.0005");
        Map<String, String> grid = new LinkedHashMap<>();
        grid.put("name", STRATEGY);
        grid.put("type", "grid");
        grid.put("symbol", SYMBOL);
        grid.put("mode", "neutral");
        grid.put("lower", "720");
        grid.put("upper", "1240");
        grid.put("levels", "53");
        grid.put("spacing", "arithmetic");
        grid.put("quantity", "0.01");
        grid.put("maxPosition", "0.2");
        grid.put("stopLossBufferPct", "0.5");
        grid.put("timeInForce", "GTX");
        grid.put("partialFillTimeoutSec", "600");
        grid.put("rejectCooldownSec", "5");
        yaml.strategies.add(grid);
        return yaml;
    }

    /**
     * A valid configuration whose only strategy is a target strategy of {@code type} (YAML type)
     * named {@code name}, with only its required keys: maxPosition 0.05, maxLoss 25 and, for
     * {@code target}, a constant target of 0.02.
     */
    static ConfigYaml target(String type, String name) {
        ConfigYaml yaml = valid();
        yaml.strategies.clear();
        Map<String, String> strategy = new LinkedHashMap<>();
        strategy.put("name", name);
        strategy.put("type", type);
        strategy.put("symbol", SYMBOL);
        strategy.put("maxPosition", "0.05");
        strategy.put("maxLoss", "25");
        if (type.equals("target")) {
            strategy.put("target", "0.02");
        }
        yaml.strategies.add(strategy);
        return yaml;
    }

    ConfigYaml venue(String key, String rawValue) {
        venue.put(key, rawValue);
        return this;
    }

    ConfigYaml instrument(String key, String rawValue) {
        instrument.put(key, rawValue);
        return this;
    }

    ConfigYaml withoutInstrumentKey(String key) {
        instrument.remove(key);
        return this;
    }

    /** Sets a key of the first strategy. */
    ConfigYaml strategy(String key, String rawValue) {
        strategies.get(0).put(key, rawValue);
        return this;
    }

    /** Sets a key of the strategy at {@code index}, counted from 0. */
    ConfigYaml strategyAt(int index, String key, String rawValue) {
        strategies.get(index).put(key, rawValue);
        return this;
    }

    ConfigYaml withoutStrategyKey(String key) {
        strategies.get(0).remove(key);
        return this;
    }

    /** Appends a copy of the first strategy under another name. */
    ConfigYaml withSecondStrategy(String name) {
        Map<String, String> copy = new LinkedHashMap<>(strategies.get(0));
        copy.put("name", name);
        strategies.add(copy);
        return this;
    }

    ConfigYaml withoutStrategies() {
        strategies.clear();
        return this;
    }

    ConfigYaml topLevel(String key, String rawValue) {
        extraTopLevel.put(key, rawValue);
        return this;
    }

    ConfigYaml withoutSection(String key) {
        omittedSections.add(key);
        return this;
    }

    String render() {
        StringBuilder yaml = new StringBuilder();
        if (!omittedSections.contains("venue")) {
            yaml.append("venue:\n");
            venue.forEach((k, v) -> yaml.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        if (!omittedSections.contains("instruments")) {
            yaml.append("instruments:\n  ").append(SYMBOL).append(":\n");
            instrument.forEach((k, v) -> yaml.append("    ").append(k).append(": ").append(v).append('\n'));
        }
        if (!omittedSections.contains("strategies")) {
            yaml.append(strategies.isEmpty() ? "strategies: []\n" : "strategies:\n");
            for (Map<String, String> strategy : strategies) {
                String prefix = "  - ";
                for (Map.Entry<String, String> entry : strategy.entrySet()) {
                    yaml.append(prefix).append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
                    prefix = "    ";
                }
            }
        }
        extraTopLevel.forEach((k, v) -> yaml.append(k).append(": ").append(v).append('\n'));
        return yaml.toString();
    }

    GridbotConfig parse() throws ConfigException {
        return ConfigLoader.parse(render(), SOURCE);
    }

    /** The first strategy, parsed, as the type a test expects. */
    <T extends StrategyConfig> T first(Class<T> type) throws ConfigException {
        return type.cast(parse().strategies().get(0));
    }

    /** The only grid strategy, parsed. */
    GridStrategyConfig grid() throws ConfigException {
        return (GridStrategyConfig) parse().strategies().get(0);
    }

    /** Parses, expecting a refusal, and checks the message is one line that starts with the source. */
    ConfigException refused() {
        ConfigException e = assertThrows(ConfigException.class, this::parse);
        assertTrue(e.getMessage().startsWith(SOURCE + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(SOURCE, e.source());
        return e;
    }

    /** Expects a refusal of {@code key} in the first strategy whose message contains {@code problem}. */
    void assertStrategyRefused(String key, String problem) {
        assertStrategyPartRefused(null, key, problem);
    }

    /**
     * Expects a refusal of {@code key} inside {@code part} of the first strategy (e.g.
     * {@code schedule step #2}; null for the strategy itself) whose message contains {@code problem}.
     */
    void assertStrategyPartRefused(String part, String key, String problem) {
        String name = strategies.get(0).get("name");
        String label = "strategy '" + name + "'" + (part == null ? "" : ": " + part);
        assertRefused(refused(), label, name, null, key, problem);
    }

    /** Expects a refusal of {@code key} in the BTCUSDT instrument whose message contains {@code problem}. */
    void assertInstrumentRefused(String key, String problem) {
        assertRefused(refused(), "instrument '" + SYMBOL + "'", null, SYMBOL, key, problem);
    }

    static void assertRefused(ConfigException e, String label, String strategy, String instrument, String key,
            String problem) {
        String expectedStart = SOURCE + ": " + (label == null ? "" : label + ": ")
                + (key == null ? "" : "key '" + key + "': ");
        assertTrue(e.getMessage().startsWith(expectedStart),
                () -> "expected to start with [" + expectedStart + "] but was [" + e.getMessage() + "]");
        assertTrue(e.getMessage().contains(problem),
                () -> "expected to contain [" + problem + "] but was [" + e.getMessage() + "]");
        assertEquals(strategy, e.strategy(), "strategy()");
        assertEquals(instrument, e.instrument(), "instrument()");
        assertEquals(key, e.key(), "key()");
    }
}
