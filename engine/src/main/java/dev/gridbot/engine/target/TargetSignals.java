package dev.gridbot.engine.target;

import dev.gridbot.config.BreakoutConfig;
import dev.gridbot.config.FixedTargetConfig;
import dev.gridbot.config.MeanReversionConfig;
import dev.gridbot.config.TargetStep;
import dev.gridbot.config.TargetStrategyConfig;
import dev.gridbot.engine.model.Instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Builds the {@link TargetSignal} a target strategy's configuration describes, in engine units. Stateless. */
public final class TargetSignals {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TargetSignals() {
    }

    /**
     * The signal for {@code config} on {@code instrument}: quantities become whole lots (toward
     * zero), seconds become nanoseconds, z thresholds become doubles.
     *
     * @throws ArithmeticException if a value does not fit engine units (the loader refuses such configs)
     */
    public static TargetSignal of(TargetStrategyConfig config, Instrument instrument) {
        long maxPositionLots = lotsTowardZero(config.maxPosition(), instrument);
        return config.accept(new TargetStrategyConfig.Visitor<TargetSignal>() {
            @Override
            public TargetSignal meanReversion(MeanReversionConfig c) {
                return new MeanReversionSignal(nanos(c.sampleSec()), c.window(), c.entryZ().doubleValue(),
                        c.exitZ().doubleValue(), maxPositionLots);
            }

            @Override
            public TargetSignal breakout(BreakoutConfig c) {
                return new BreakoutSignal(nanos(c.sampleSec()), c.window(), maxPositionLots);
            }

            @Override
            public TargetSignal fixedTarget(FixedTargetConfig c) {
                List<TargetStep> steps = c.schedule();
                long[] afterNanos = new long[steps.size()];
                long[] targetLots = new long[steps.size()];
                for (int i = 0; i < afterNanos.length; i++) {
                    afterNanos[i] = nanos(steps.get(i).afterSec());
                    long lots = lotsTowardZero(steps.get(i).target(), instrument);
                    targetLots[i] = Math.max(-maxPositionLots, Math.min(maxPositionLots, lots));
                }
                return new ScheduleSignal(afterNanos, targetLots);
            }
        });
    }

    /** A signed quantity in whole lots, rounded toward zero so a target never grows by rounding. */
    static long lotsTowardZero(BigDecimal qty, Instrument instrument) {
        return qty.divide(instrument.stepSize(), 0, RoundingMode.DOWN).longValueExact();
    }

    private static long nanos(long seconds) {
        return Math.multiplyExact(seconds, NANOS_PER_SECOND);
    }
}
