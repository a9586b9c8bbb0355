package dev.gridbot.engine.target;

import dev.gridbot.engine.strategy.StateHash;

/**
 * Follows a price that leaves its recent channel. The price is sampled every {@code sampleNanos}
 * of event time (see {@link SampleClock}); the channel is the highest and lowest of the last
 * {@code window} samples. Every sample is a price from before the trade that takes it, so the
 * trade being judged is never part of the channel it is judged against.
 *
 * <p>The target: 0 until {@code window} samples exist. Then, flat: above the channel's high go long
 * {@code maxPositionLots}, below its low go short as much. Long: below the low go short, else
 * below the channel's midpoint go flat, else stay. Short: the mirror image. Prices are compared
 * to the midpoint as {@code 2·price} against {@code high + low}, so a half-tick midpoint is exact.
 *
 * <p>Owned by the business-logic thread. No allocation after construction; the channel is
 * rescanned, O(window), only on a trade that takes samples.
 */
public final class BreakoutSignal implements TargetSignal {
    /** Not final: a kept signal takes a changed cap ({@link #resize}). */
    private long maxPositionLots;
    private final SampleClock clock;
    private final SampleRing samples;
    private long highTicks;
    private long lowTicks;
    private long targetLots;

    /**
     * @param sampleNanos     event time between samples, above zero
     * @param window          samples the channel spans, at least 2
     * @param maxPositionLots the size of the position taken, in lots, not negative
     */
    public BreakoutSignal(long sampleNanos, int window, long maxPositionLots) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2: " + window);
        }
        if (maxPositionLots < 0) {
            throw new IllegalArgumentException("maxPositionLots must not be negative: " + maxPositionLots);
        }
        this.maxPositionLots = maxPositionLots;
        this.clock = new SampleClock(sampleNanos, window);
        this.samples = new SampleRing(window);
    }

    @Override
    public long onTrade(long timestampNanos, long priceTicks) {
        int due = clock.onTrade(timestampNanos, priceTicks);
        if (due > 0) {
            long sample = clock.samplePriceTicks();
            for (int i = 0; i < due; i++) {
                samples.push(sample);
            }
            highTicks = samples.max();
            lowTicks = samples.min();
        }
        if (samples.full()) {
            targetLots = next(priceTicks);
        }
        return targetLots;
    }

    private long next(long priceTicks) {
        if (priceTicks > highTicks) {
            return maxPositionLots;
        }
        if (priceTicks < lowTicks) {
            return -maxPositionLots;
        }
        long twicePrice = Math.multiplyExact(2, priceTicks);
        long twiceMid = Math.addExact(highTicks, lowTicks);
        if (targetLots > 0 && twicePrice < twiceMid) {
            return 0;
        }
        if (targetLots < 0 && twicePrice > twiceMid) {
            return 0;
        }
        return targetLots;
    }

    /** The position it holds (long, short or flat) becomes the new size at once: it stays until the price says otherwise. */
    @Override
    public void resize(long maxPositionLots) {
        if (maxPositionLots < 0) {
            throw new IllegalArgumentException("maxPositionLots must not be negative: " + maxPositionLots);
        }
        this.maxPositionLots = maxPositionLots;
        targetLots = Long.signum(targetLots) * maxPositionLots;
    }

    @Override
    public long stateHash(long h) {
        h = clock.stateHash(h);
        h = samples.stateHash(h);
        return StateHash.mix(h, targetLots);
    }
}
