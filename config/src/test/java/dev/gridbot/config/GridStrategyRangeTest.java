package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values of a grid strategy that have the right type but are out of range for the grid or its instrument. */
class GridStrategyRangeTest {

    @Test
    void shouldRefuseLowerOfZero() {
        ConfigYaml.valid().strategy("lower", "0").assertStrategyRefused("lower", "must be above zero (was 0)");
    }

    @Test
    void shouldRefuseNegativeLower() {
        ConfigYaml.valid().strategy("lower", "-720").assertStrategyRefused("lower", "must be above zero (was -720)");
    }

    @Test
    void shouldRefuseLowerOffTheTick() {
        ConfigYaml.valid().strategy("lower", "720.005")
                .assertStrategyRefused("lower", "must be a multiple of tickSize 0.01 (was 720.005)");
    }

    @Test
    void shouldRefuseUpperEqualToLower() {
        ConfigYaml.valid().strategy("upper", "720")
                .assertStrategyRefused("upper", "must be above lower 720 (was 720)");
    }

    @Test
    void shouldRefuseUpperBelowLower() {
        ConfigYaml.valid().strategy("lower", "1240").strategy("upper", "720")
                .assertStrategyRefused("upper", "must be above lower 1240 (was 720)");
    }

    @Test
    void shouldRefuseUpperTooLargeToCountInTicks() {
        ConfigYaml.valid().strategy("upper", "100000000000000000").assertStrategyRefused("upper",
                "is too large: more than 9223372036854775807 times tickSize 0.01 (was 100000000000000000)");
    }

    @Test
    void shouldRefuseLevelsBelowFive() {
        ConfigException e = ConfigYaml.valid().strategy("levels", "3").refused();

        assertEquals("test.yaml: strategy 'btc-neutral': key 'levels': must be at least 5 (was 3)", e.getMessage());
        assertEquals("btc-neutral", e.strategy());
        assertEquals("levels", e.key());
    }

    @Test
    void shouldAcceptFiveLevels() throws ConfigException {
        assertEquals(5, ConfigYaml.valid().strategy("levels", "5").grid().levels());
    }

    @Test
    void shouldRefuseLevelsAboveTheCap() {
        ConfigYaml.valid().strategy("levels", "10001")
                .assertStrategyRefused("levels", "must be at most 10000 (was 10001)");
    }

    @Test
    void shouldRefuseArithmeticLevelsDenserThanTheTick() {
        ConfigYaml.valid().instrument("tickSize", "1").strategy("levels", "600").assertStrategyRefused("levels",
                "too dense: 600 arithmetic levels from 720 to 1240 at tickSize 1: the range holds only 521 ticks");
    }

    @Test
    void shouldRefuseGeometricLevelsWhoseLowestTwoShareATick() {
        // 449 equal steps over 520 ticks are over a tick each, but geometric steps start at
        // 720 * ((1240 / 720)^(1/449) - 1) = 0.87 of a tick: 720, 720.87, 721.75, 722.62, 723.50.
        ConfigYaml.valid().instrument("tickSize", "1").strategy("levels", "450").strategy("spacing", "geometric")
                .assertStrategyRefused("levels", "too dense: 450 geometric levels from 720 to 1240 at tickSize 1:"
                        + " levels 3 and 4 (0 is lower) both round to 723; use fewer levels or a wider range");
    }

    @Test
    void shouldAcceptTheSameLevelsWhenArithmetic() throws ConfigException {
        assertEquals(450, ConfigYaml.valid().instrument("tickSize", "1").strategy("levels", "450").grid().levels());
    }

    @Test
    void shouldRefuseQuantityBelowMinQty() {
        ConfigYaml.valid().strategy("quantity", "0.0005")
                .assertStrategyRefused("quantity", "must be at least minQty 0.001 (was 0.0005)");
    }

    @Test
    void shouldRefuseQuantityNotAMultipleOfStepSize() {
        ConfigYaml.valid().strategy("quantity", "0.0105")
                .assertStrategyRefused("quantity", "must be a multiple of stepSize 0.001 (was 0.0105)");
    }

    @Test
    void shouldRefuseMaxPositionBelowQuantity() {
        ConfigYaml.valid().strategy("maxPosition", "0.005")
                .assertStrategyRefused("maxPosition", "must be at least quantity 0.01 (was 0.005)");
    }

    @Test
    void shouldRefuseMaxPositionNotAMultipleOfStepSize() {
        ConfigYaml.valid().strategy("maxPosition", "0.2005")
                .assertStrategyRefused("maxPosition", "must be a multiple of stepSize 0.001 (was 0.2005)");
    }

    @Test
    void shouldRefuseLowestLevelBelowMinNotional() {
        ConfigYaml.valid().instrument("minNotional", "10").assertStrategyRefused("quantity",
                "an order at the lowest level is worth 720 * 0.01 = 7.2, below minNotional 10");
    }

    @Test
    void shouldAcceptLowestLevelExactlyAtMinNotional() throws ConfigException {
        assertEquals(720, ConfigYaml.valid().instrument("minNotional", "7.2").grid().lower().intValueExact());
    }

    @Test
    void shouldRefuseStopLossBufferOfZero() {
        ConfigYaml.valid().strategy("stopLossBufferPct", "0")
                .assertStrategyRefused("stopLossBufferPct", "must be above zero (was 0)");
    }

    @Test
    void shouldRefuseNegativeStopLossBuffer() {
        ConfigYaml.valid().strategy("stopLossBufferPct", "-0.5")
                .assertStrategyRefused("stopLossBufferPct", "must be above zero (was -0.5)");
    }

    @Test
    void shouldRefuseStopLossBufferOfAHundredPercent() {
        ConfigYaml.valid().strategy("stopLossBufferPct", "100")
                .assertStrategyRefused("stopLossBufferPct", "must be below 100, it is a percentage");
    }

    @Test
    void shouldRefuseEmptyStopLossBuffer() {
        ConfigYaml.valid().strategy("stopLossBufferPct", "").assertStrategyRefused("stopLossBufferPct", "missing");
    }

    @Test
    void shouldRefuseNegativePartialFillTimeout() {
        ConfigYaml.valid().strategy("partialFillTimeoutSec", "-1")
                .assertStrategyRefused("partialFillTimeoutSec", "must not be negative (was -1)");
    }

    @Test
    void shouldRefuseNegativeRejectCooldown() {
        ConfigYaml.valid().strategy("rejectCooldownSec", "-5")
                .assertStrategyRefused("rejectCooldownSec", "must not be negative (was -5)");
    }

    @Test
    void shouldAcceptZeroTimeouts() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().strategy("partialFillTimeoutSec", "0")
                .strategy("rejectCooldownSec", "0").grid();

        assertEquals(0, grid.partialFillTimeoutSec());
        assertEquals(0, grid.rejectCooldownSec());
    }
}
