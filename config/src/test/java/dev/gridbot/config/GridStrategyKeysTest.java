package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which keys a grid strategy must, may and may not have, and their types. */
class GridStrategyKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"type", "symbol", "mode", "lower", "upper", "levels", "quantity", "maxPosition",
            "stopLossBufferPct"})
    void shouldRefuseMissingStrategyKey(String key) {
        ConfigException e = ConfigYaml.valid().withoutStrategyKey(key).refused();

        assertEquals("test.yaml: strategy 'btc-neutral': key '" + key + "': missing", e.getMessage());
    }

    @Test
    void shouldRefuseStrategyWithoutNameNamingItsPosition() {
        ConfigException e = ConfigYaml.valid().withSecondStrategy("other").withoutStrategyKey("name").refused();

        assertEquals("test.yaml: strategy #1: key 'name': missing", e.getMessage());
        assertNull(e.strategy());
        assertEquals("name", e.key());
    }

    @Test
    void shouldRefuseStrategyThatIsNotAMapping() {
        ConfigException e = ConfigYaml.valid().withoutSection("strategies")
                .topLevel("strategies", "[ btc-neutral ]").refused();

        assertEquals("test.yaml: strategy #1: must be a mapping with a name and a type (was text 'btc-neutral')",
                e.getMessage());
    }

    @Test
    void shouldRefuseUnknownStrategyKey() {
        ConfigYaml.valid().strategy("levles", "53")
                .assertStrategyRefused("levles", "unknown key (did you mean 'levels'?)");
    }

    @Test
    void shouldRefuseUnknownStrategyKeyFarFromAnyKnownOne() {
        ConfigYaml.valid().strategy("leverage", "10")
                .assertStrategyRefused("leverage", "unknown key (expected name, type, symbol, mode, lower,");
    }

    @Test
    void shouldRefuseLevelsThatAreText() {
        ConfigYaml.valid().strategy("levels", "\"abc\"")
                .assertStrategyRefused("levels", "must be a whole number (was text 'abc')");
    }

    @Test
    void shouldRefuseLevelsThatAreFractional() {
        ConfigYaml.valid().strategy("levels", "5.5")
                .assertStrategyRefused("levels", "must be a whole number (was 5.5)");
    }

    @Test
    void shouldRefuseLevelsBeyondAnInt() {
        ConfigYaml.valid().strategy("levels", "99999999999")
                .assertStrategyRefused("levels", "must be at most 2147483647 (was 99999999999)");
    }

    @Test
    void shouldRefuseNumberTooLargeBeforeDoingArithmeticOnIt() {
        ConfigYaml.valid().strategy("upper", "1e999999999")
                .assertStrategyRefused("upper", "is too large: must be below 1e18 (was 1E+999999999)");
    }

    @Test
    void shouldRefuseNumberWithMoreThanEighteenDecimals() {
        ConfigYaml.valid().strategy("quantity", "1e-99999999")
                .assertStrategyRefused("quantity", "must have at most 18 decimals (was 1E-99999999)");
    }

    @Test
    void shouldRefuseQuotedNumber() {
        ConfigYaml.valid().strategy("lower", "\"720\"")
                .assertStrategyRefused("lower", "must be a number (was text '720')");
    }

    @Test
    void shouldRefuseListWhereANumberBelongs() {
        ConfigYaml.valid().strategy("quantity", "[0.01]")
                .assertStrategyRefused("quantity", "must be a number (was a list)");
    }

    @Test
    void shouldRefuseNameThatIsNotText() {
        ConfigException e = ConfigYaml.valid().strategy("name", "[a]").refused();

        assertEquals("test.yaml: strategy #1: key 'name': must be text (was a list)", e.getMessage());
    }

    @Test
    void shouldRefuseDuplicateStrategyName() {
        ConfigException e = ConfigYaml.valid().withSecondStrategy(ConfigYaml.STRATEGY).refused();

        assertEquals("test.yaml: strategy 'btc-neutral': key 'name': duplicate strategy name"
                + " (strategy #1 has it too)", e.getMessage());
        assertEquals("btc-neutral", e.strategy());
    }

    @Test
    void shouldRefuseUnknownStrategyType() {
        ConfigYaml.valid().strategy("type", "dca")
                .assertStrategyRefused("type", "unknown strategy type 'dca' "
                        + "(expected grid, mean-reversion, breakout or target)");
    }

    @Test
    void shouldSuggestTheNearestStrategyTypeForATypo() {
        ConfigYaml.valid().strategy("type", "mean-revert")
                .assertStrategyRefused("type", "unknown strategy type 'mean-revert' (did you mean 'mean-reversion'?)");
    }

    @Test
    void shouldRefuseSymbolNotAmongInstruments() {
        ConfigYaml.valid().strategy("symbol", "ETHUSDT")
                .assertStrategyRefused("symbol", "unknown instrument 'ETHUSDT' (instruments: BTCUSDT)");
    }

    @Test
    void shouldRefuseUnknownMode() {
        ConfigYaml.valid().strategy("mode", "sideways")
                .assertStrategyRefused("mode", "unknown value 'sideways' (expected short, neutral or long)");
    }

    @Test
    void shouldRefuseUnknownSpacing() {
        ConfigYaml.valid().strategy("spacing", "logarithmic")
                .assertStrategyRefused("spacing", "unknown value 'logarithmic' (expected arithmetic or geometric)");
    }

    @Test
    void shouldRefuseUnknownTimeInForce() {
        ConfigYaml.valid().strategy("timeInForce", "IOC")
                .assertStrategyRefused("timeInForce", "unknown value 'IOC' (expected GTX or GTC)");
    }

    @Test
    void shouldRefuseModeThatIsNotText() {
        ConfigYaml.valid().strategy("mode", "true")
                .assertStrategyRefused("mode", "must be text (was true)");
    }

    @Test
    void shouldAcceptEnumValuesInEitherCase() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().strategy("mode", "LONG").strategy("spacing", "Geometric")
                .strategy("timeInForce", "gtc").grid();

        assertEquals(GridMode.LONG, grid.mode());
        assertEquals(Spacing.GEOMETRIC, grid.spacing());
        assertEquals(EntryTimeInForce.GTC, grid.timeInForce());
    }

    @Test
    void shouldNameTheFailingStrategyAmongSeveral() {
        ConfigException e = ConfigYaml.valid().withSecondStrategy("btc-wide").strategyAt(1, "levels", "3").refused();

        assertEquals("test.yaml: strategy 'btc-wide': key 'levels': must be at least 5 (was 3)", e.getMessage());
        assertEquals("btc-wide", e.strategy());
    }
}
