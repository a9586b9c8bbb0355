package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where two configurations differ, as the paths a change names: numbers by value, records by
 * component, lists by position, maps by key; where a configuration was read from is no difference.
 */
class ConfigDiffTest {

    private static GridbotConfig parse(ConfigYaml yaml) throws ConfigException {
        return yaml.parse();
    }

    private static ConfigYaml schedule(String steps) {
        return ConfigYaml.target("target", "hold").withoutStrategyKey("target").strategy("schedule", steps);
    }

    @Test
    void shouldFindNothingBetweenTheSameConfigurationReadTwice() throws ConfigException {
        assertEquals(List.of(), ConfigDiff.differences(parse(ConfigYaml.valid()), parse(ConfigYaml.valid()), ""));
    }

    @Test
    void shouldCompareNumbersByValueNotByHowTheyAreWritten() throws ConfigException {
        GridbotConfig written = parse(ConfigYaml.valid().strategy("quantity", "0.010").strategy("maxPosition", "0.20"));
        GridbotConfig plain = parse(ConfigYaml.valid().strategy("quantity", "0.01").strategy("maxPosition", "0.2"));

        assertEquals(List.of(), ConfigDiff.differences(written, plain, ""));
        assertEquals(List.of(), ConfigDiff.differences(new BigDecimal("1.50"), new BigDecimal("1.5"), "x"));
        assertEquals(List.of("x"), ConfigDiff.differences(new BigDecimal("1.50"), new BigDecimal("1.51"), "x"));
    }

    @Test
    void shouldIgnoreWhereTheConfigurationWasReadFrom() throws ConfigException {
        String text = ConfigYaml.valid().render();

        assertEquals(List.of(), ConfigDiff.differences(ConfigLoader.parse(text, "a.yaml"),
                ConfigLoader.parse(text, "elsewhere/b.yaml"), ""));
    }

    @Test
    void shouldNameAStrategysSettingsByListIndexAndComponentInOrder() throws ConfigException {
        GridbotConfig before = parse(ConfigYaml.valid().withSecondStrategy("second"));
        GridbotConfig after = parse(ConfigYaml.valid().withSecondStrategy("second")
                .strategyAt(1, "maxPosition", "0.3").strategyAt(1, "quantity", "0.02"));

        assertEquals(List.of("strategies[1].quantity", "strategies[1].maxPosition"),
                ConfigDiff.differences(before, after, ""), "in component order, not in the order written");
        assertEquals(List.of("quantity", "maxPosition"),
                ConfigDiff.differences(before.strategies().get(1), after.strategies().get(1), ""));
    }

    @Test
    void shouldNameANestedSettingByItsDottedPath() throws ConfigException {
        MeanReversionConfig before = ConfigYaml.target("mean-reversion", "revert").first(MeanReversionConfig.class);
        MeanReversionConfig after = ConfigYaml.target("mean-reversion", "revert").strategy("threshold", "0.002")
                .strategy("chaseTicks", "3").strategy("entryZ", "2.5").first(MeanReversionConfig.class);

        assertEquals(List.of("execution.threshold", "execution.chaseTicks", "entryZ"),
                ConfigDiff.differences(before, after, ""));
        assertEquals(List.of("strategies[0].execution.threshold", "strategies[0].execution.chaseTicks",
                "strategies[0].entryZ"), ConfigDiff.differences(
                parse(ConfigYaml.target("mean-reversion", "revert")),
                parse(ConfigYaml.target("mean-reversion", "revert").strategy("threshold", "0.002")
                        .strategy("chaseTicks", "3").strategy("entryZ", "2.5")), ""));
    }

    @Test
    void shouldNameAMapEntryByItsKey() throws ConfigException {
        GridbotConfig before = parse(ConfigYaml.valid());
        GridbotConfig after = parse(ConfigYaml.valid().instrument("tickSize", "0.1").instrument("takerFee", "0.0004"));

        assertEquals(List.of("instruments.BTCUSDT.tickSize", "instruments.BTCUSDT.takerFee"),
                ConfigDiff.differences(before, after, ""));
        assertEquals(List.of("instruments.BTCUSDT.tickSize", "instruments.BTCUSDT.takerFee"),
                ConfigDiff.differences(before.instruments(), after.instruments(), "instruments"));
    }

    @Test
    void shouldNameTheWholeMapWhenItsKeysDiffer() throws ConfigException {
        GridbotConfig one = parse(ConfigYaml.valid().topLevel("accounts", "{ desk: { positionMode: ONE_WAY } }")
                .strategy("account", "desk"));
        GridbotConfig renamed = parse(ConfigYaml.valid().topLevel("accounts", "{ book: { positionMode: ONE_WAY } }")
                .strategy("account", "book"));

        assertEquals(List.of("strategies[0].account", "accounts"), ConfigDiff.differences(one, renamed, ""));
    }

    @Test
    void shouldNameTheIndexOfAStepAListGainsOrChanges() throws ConfigException {
        FixedTargetConfig two = schedule("[ { afterSec: 0, target: 0.01 }, { afterSec: 60, target: 0 } ]")
                .first(FixedTargetConfig.class);
        FixedTargetConfig changed = schedule("[ { afterSec: 0, target: 0.01 }, { afterSec: 60, target: 0.02 } ]")
                .first(FixedTargetConfig.class);
        FixedTargetConfig three = schedule(
                "[ { afterSec: 0, target: 0.01 }, { afterSec: 60, target: 0 }, { afterSec: 120, target: 0.01 } ]")
                .first(FixedTargetConfig.class);

        assertEquals(List.of("schedule[1].target"), ConfigDiff.differences(two, changed, ""));
        assertEquals(List.of("schedule[2]"), ConfigDiff.differences(two, three, ""), "a step added");
        assertEquals(List.of("schedule[2]"), ConfigDiff.differences(three, two, ""), "a step removed");
    }

    @Test
    void shouldCompareListsByContentWhateverTheirClass() {
        List<String> immutable = List.of("a", "b");
        List<String> array = new java.util.ArrayList<>(immutable);

        assertEquals(List.of(), ConfigDiff.differences(immutable, array, "names"));
        array.set(1, "c");
        assertEquals(List.of("names[1]"), ConfigDiff.differences(immutable, array, "names"));
    }

    @Test
    void shouldNameAStrategyThatChangesTypeAsAWhole() throws ConfigException {
        GridbotConfig grid = parse(ConfigYaml.valid());
        GridbotConfig target = parse(ConfigYaml.target("target", ConfigYaml.STRATEGY));

        assertEquals(List.of("strategies[0]"), ConfigDiff.differences(grid, target, ""));
    }
}
