package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gridbot.config.BreakoutConfig;
import dev.gridbot.config.ExecutionConfig;
import dev.gridbot.config.FixedTargetConfig;
import dev.gridbot.config.MeanReversionConfig;
import dev.gridbot.config.TargetStep;
import dev.gridbot.engine.model.Instrument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configurations become signals in engine units: 0.05 at step 0.001 is 50 lots, seconds are nanoseconds. */
class TargetSignalsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final Instrument BTC = new Instrument(0, "BTCUSDT", new BigDecimal("0.01"),
            new BigDecimal("0.001"), new BigDecimal("0.001"), BigDecimal.ZERO, 200, 500);
    private static final ExecutionConfig EXECUTION = new ExecutionConfig(new BigDecimal("0.001"), 5000, 10);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void shouldBuildAMeanReversionSignalInLotsAndNanoseconds() {
        TargetSignal s = TargetSignals.of(new MeanReversionConfig("r", "BTCUSDT", d("0.05"), d("25"), EXECUTION,
                1, 4, d("2"), d("0.5"), null), BTC);

        assertInstanceOf(MeanReversionSignal.class, s);
        // Samples 96, 96, 104, 104 one second apart: mean 100, sd 4.
        s.onTrade(0, 96);
        s.onTrade(1_500 * MS, 104);
        s.onTrade(2_500 * MS, 104);
        s.onTrade(3_500 * MS, 101);
        assertEquals(-12, s.onTrade(3_600 * MS, 102), "z 0.5: floor(50 × 0.25)");
        assertEquals(50, s.onTrade(3_700 * MS, 90));
    }

    @Test
    void shouldBuildABreakoutSignalInLotsAndNanoseconds() {
        TargetSignal s = TargetSignals.of(new BreakoutConfig("b", "BTCUSDT", d("0.05"), d("25"), EXECUTION, 2, 2,
                null), BTC);

        assertInstanceOf(BreakoutSignal.class, s);
        s.onTrade(0, 100);
        assertEquals(0, s.onTrade(SECOND, 110), "one sample so far: boundary 2 s not passed");
        assertEquals(50, s.onTrade(2 * SECOND + 1, 111), "samples 100, 110");
    }

    @Test
    void shouldBuildAScheduleInLotsAndNanoseconds() {
        TargetSignal s = TargetSignals.of(new FixedTargetConfig("t", "BTCUSDT", d("0.05"), d("25"), EXECUTION,
                List.of(new TargetStep(0, d("0.020")), new TargetStep(60, d("-0.05"))), null), BTC);

        assertInstanceOf(ScheduleSignal.class, s);
        assertEquals(20, s.onTrade(5 * SECOND, 100));
        assertEquals(20, s.onTrade(65 * SECOND - 1, 100));
        assertEquals(-50, s.onTrade(65 * SECOND, 100));
    }

    @Test
    void shouldRoundQuantitiesTowardZero() {
        assertEquals(1, TargetSignals.lotsTowardZero(d("0.0019"), BTC));
        assertEquals(-1, TargetSignals.lotsTowardZero(d("-0.0019"), BTC));
        assertEquals(-50, TargetSignals.lotsTowardZero(d("-0.050"), BTC));
    }
}
