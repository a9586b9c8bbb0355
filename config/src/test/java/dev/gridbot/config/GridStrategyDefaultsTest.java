package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a grid strategy reads as, written in full and with the optional keys left out. */
class GridStrategyDefaultsTest {

    @Test
    void shouldApplyDefaultsForOptionalKeys() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().withoutStrategyKey("spacing").withoutStrategyKey("timeInForce")
                .withoutStrategyKey("partialFillTimeoutSec").withoutStrategyKey("rejectCooldownSec").grid();

        assertEquals(Spacing.ARITHMETIC, grid.spacing());
        assertEquals(EntryTimeInForce.GTX, grid.timeInForce());
        assertEquals(600, grid.partialFillTimeoutSec());
        assertEquals(5, grid.rejectCooldownSec());
    }

    @Test
    void shouldTreatEmptyOptionalKeyAsAbsent() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().strategy("spacing", "").strategy("rejectCooldownSec", "~").grid();

        assertEquals(Spacing.ARITHMETIC, grid.spacing());
        assertEquals(5, grid.rejectCooldownSec());
    }

    @Test
    void shouldReadEveryValueExactly() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().grid();

        assertEquals(new GridStrategyConfig("btc-neutral", "BTCUSDT", GridMode.NEUTRAL, new BigDecimal("720"),
                new BigDecimal("1240"), 53, Spacing.ARITHMETIC, new BigDecimal("0.01"), new BigDecimal("0.2"),
                new BigDecimal("0.5"), EntryTimeInForce.GTX, 600, 5), grid);
        assertEquals("grid", grid.type());
    }

    @Test
    void shouldKeepDecimalsThatADoubleWouldLose() throws ConfigException {
        GridStrategyConfig grid = ConfigYaml.valid().strategy("stopLossBufferPct", "0.100000000000000006")
                .grid();

        assertEquals(new BigDecimal("0.100000000000000006"), grid.stopLossBufferPct());
    }

    @Test
    void shouldAcceptWholeNumberWrittenWithZeroFraction() throws ConfigException {
        assertEquals(53, ConfigYaml.valid().strategy("levels", "53.0").grid().levels());
    }
}
