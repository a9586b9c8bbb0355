package dev.gridbot.engine.target;

import dev.gridbot.engine.strategy.StateHash;

/**
 * Wants targets fixed in advance, by event time since the first trade it sees: the target of the
 * last step whose time has come ({@code elapsed ≥ afterNanos}), and 0 before the first step.
 * Time that runs backwards never takes a step back.
 *
 * <p>Owned by the business-logic thread. No allocation after construction.
 */
public final class ScheduleSignal implements TargetSignal {
    private final long[] afterNanos;
    private final long[] targetLots;
    private boolean started;
    private long firstTradeNanos;
    /** The step in force, or -1 before the first. */
    private int step = -1;

    /**
     * @param afterNanos each step's time after the first trade, not negative, strictly increasing
     * @param targetLots each step's signed target in lots, as many as {@code afterNanos}
     */
    public ScheduleSignal(long[] afterNanos, long[] targetLots) {
        if (afterNanos.length == 0 || afterNanos.length != targetLots.length) {
            throw new IllegalArgumentException("need as many targets as times, at least one: "
                    + afterNanos.length + " times, " + targetLots.length + " targets");
        }
        if (afterNanos[0] < 0) {
            throw new IllegalArgumentException("step times must not be negative: " + afterNanos[0]);
        }
        for (int i = 1; i < afterNanos.length; i++) {
            if (afterNanos[i] <= afterNanos[i - 1]) {
                throw new IllegalArgumentException("step times must rise strictly: step " + i + " at "
                        + afterNanos[i] + " after " + afterNanos[i - 1]);
            }
        }
        this.afterNanos = afterNanos.clone();
        this.targetLots = targetLots.clone();
    }

    @Override
    public long onTrade(long timestampNanos, long priceTicks) {
        if (!started) {
            started = true;
            firstTradeNanos = timestampNanos;
        }
        long elapsed = Math.subtractExact(timestampNanos, firstTradeNanos);
        while (step + 1 < afterNanos.length && afterNanos[step + 1] <= elapsed) {
            step++;
        }
        return step < 0 ? 0 : targetLots[step];
    }

    /** Nothing to do: its targets are the schedule's own, which the loader keeps within any cap it accepts. */
    @Override
    public void resize(long maxPositionLots) {
    }

    @Override
    public long stateHash(long h) {
        h = StateHash.mix(h, started ? 1 : 0);
        h = StateHash.mix(h, firstTradeNanos);
        return StateHash.mix(h, step);
    }
}
