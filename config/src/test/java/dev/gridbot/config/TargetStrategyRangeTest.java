package dev.gridbot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which values each target strategy type refuses, and how the refusal reads. */
class TargetStrategyRangeTest {

    private static ConfigYaml yaml(String type) {
        return ConfigYaml.target(type, "quant");
    }

    @ParameterizedTest
    @CsvSource({"mean-reversion, maxLoss", "breakout, maxLoss", "target, maxLoss",
            "mean-reversion, maxPosition", "breakout, maxPosition", "target, maxPosition",
            "mean-reversion, symbol", "target, symbol"})
    void shouldRefuseAMissingRequiredKey(String type, String key) {
        yaml(type).withoutStrategyKey(key).assertStrategyRefused(key, "missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mean-reversion | maxPosition  | 0.0505 | must be a multiple of stepSize 0.001 (was 0.0505)",
            "breakout       | maxPosition  | 0.0505 | must be a multiple of stepSize 0.001 (was 0.0505)",
            "target         | maxPosition  | 0.0505 | must be a multiple of stepSize 0.001 (was 0.0505)",
            "breakout       | maxPosition  | 0      | must be above zero (was 0)",
            "target         | maxPosition  | -0.05  | must be above zero (was -0.05)",
            "mean-reversion | maxLoss      | 0      | must be above zero (was 0)",
            "breakout       | maxLoss      | -25    | must be above zero (was -25)",
            "target         | maxLoss      | 1e9    | is too large: at most 92233720.36854775807 with this",
            "mean-reversion | threshold    | 0.0015 | must be a multiple of stepSize 0.001 (was 0.0015)",
            "breakout       | threshold    | 0.06   | must be at most maxPosition 0.05 (was 0.06)",
            "target         | threshold    | 0      | must be at least minQty 0.001 (was 0)",
            "mean-reversion | chaseAfterMs | -1     | must not be negative (was -1)",
            "breakout       | chaseAfterMs | 2.5    | must be a whole number (was 2.5)",
            "target         | chaseAfterMs | 9223372036855 | must be at most 9223372036854 (was 9223372036855)",
            "mean-reversion | chaseTicks   | 0      | must be at least 1 (was 0)",
            "target         | chaseTicks   | -3     | must be at least 1 (was -3)",
            "breakout       | symbol       | ETHUSDT | unknown instrument 'ETHUSDT' (instruments: BTCUSDT)"})
    void shouldRefuseASharedKeyOutOfRange(String type, String key, String value, String problem) {
        yaml(type).strategy(key, value).assertStrategyRefused(key, problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mean-reversion", "breakout", "target"})
    void shouldRefuseAMaxPositionBelowMinQty(String type) {
        yaml(type).instrument("minQty", "0.005").strategy("maxPosition", "0.004")
                .assertStrategyRefused("maxPosition", "must be at least minQty 0.005 (was 0.004)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mean-reversion", "breakout", "target"})
    void shouldRefuseAThresholdBelowMinQty(String type) {
        yaml(type).instrument("minQty", "0.005").strategy("threshold", "0.002")
                .assertStrategyRefused("threshold", "must be at least minQty 0.005 (was 0.002)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mean-reversion", "breakout", "target"})
    void shouldRefuseAnUnknownKeyWithASuggestion(String type) {
        yaml(type).strategy("maxLos", "25").assertStrategyRefused("maxLos", "unknown key (did you mean 'maxLoss'?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mean-reversion", "breakout", "target"})
    void shouldRefuseAGridKeyInATargetStrategy(String type) {
        yaml(type).strategy("levels", "20")
                .assertStrategyRefused("levels", "unknown key (expected name, type, symbol, maxPosition, maxLoss,");
    }

    @Test
    void shouldRefuseAnEntryKeyOfMeanReversionInABreakout() {
        yaml("breakout").strategy("entryZ", "2").assertStrategyRefused("entryZ", "unknown key (expected ");
    }

    @Test
    void shouldRefuseAnAccountTheFileDoesNotName() {
        yaml("breakout").strategy("account", "quant")
                .assertStrategyRefused("account", "unknown account 'quant' (the file names no accounts)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mean-reversion | window    | 1      | must be at least 2 (was 1)",
            "mean-reversion | window    | 100001 | must be at most 100000 (was 100001)",
            "breakout       | window    | 1      | must be at least 2 (was 1)",
            "breakout       | window    | 100001 | must be at most 100000 (was 100001)",
            "mean-reversion | sampleSec | 0      | must be at least 1 (was 0)",
            "breakout       | sampleSec | -60    | must be at least 1 (was -60)",
            "mean-reversion | entryZ    | 0      | must be above zero (was 0)",
            "mean-reversion | exitZ     | -0.1   | must not be negative (was -0.1)",
            "mean-reversion | exitZ     | 2      | must be below entryZ 2 (was 2)",
            "mean-reversion | exitZ     | 2.5    | must be below entryZ 2 (was 2.5)"})
    void shouldRefuseASamplingOrZKeyOutOfRange(String type, String key, String value, String problem) {
        yaml(type).strategy(key, value).assertStrategyRefused(key, problem);
    }

    @Test
    void shouldRefuseAnEntryZBelowTheDefaultExitZOnTheExitZ() {
        yaml("mean-reversion").strategy("entryZ", "0.4")
                .assertStrategyRefused("exitZ", "must be below entryZ 0.4 (was 0.5)");
    }
}
