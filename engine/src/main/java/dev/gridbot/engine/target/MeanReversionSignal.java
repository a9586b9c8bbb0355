package dev.gridbot.engine.target;

import dev.gridbot.engine.strategy.StateHash;

/**
 * Leans against a price that strays from its recent mean. The price is sampled every
 * {@code sampleNanos} of event time (see {@link SampleClock}), and the last {@code window}
 * samples give a mean and a population standard deviation. Each trade's own price is measured
 * against them: {@code z = (price − mean) / sd}. So z moves with every trade, while mean and sd
 * move only when a sample is taken.
 *
 * <p>The target: 0 until {@code window} samples exist, or while the samples are all equal (sd 0),
 * or while {@code |z| < exitZ}; otherwise {@code −sign(z) × floor(maxPositionLots × min(1, |z| / entryZ))}:
 * short above the mean, long below, full size from {@code entryZ} on.
 *
 * <p>Sums are exact integers ({@link ExactMoments}), so z is {@code (n·price − Σp) / sqrt(n·Σp² − (Σp)²)}
 * with an exact numerator; the square root is taken once per sample, not per trade. Prices must
 * lie in {@code [0, 2^46)} ticks; a price outside is an invariant breach and throws.
 *
 * <p>Owned by the business-logic thread. No allocation after construction.
 */
public final class MeanReversionSignal implements TargetSignal {
    /** The largest window the exact sums allow. */
    public static final int MAX_WINDOW = ExactMoments.MAX_COUNT;

    private final double entryZ;
    private final double exitZ;
    /** Not final: a kept signal takes a changed cap ({@link #resize}). */
    private long maxPositionLots;
    private final SampleClock clock;
    private final SampleRing samples;
    private final ExactMoments moments = new ExactMoments();
    /** {@code n × sd} of the samples, recomputed from the exact sums at each sample; never accumulated. */
    private double scaledDeviation;
    private long targetLots;

    /**
     * @param sampleNanos     event time between samples, above zero
     * @param window          samples the mean and deviation span, 2 to {@link #MAX_WINDOW}
     * @param entryZ          the |z| from which the target is full size, above zero
     * @param exitZ           the |z| below which the target is flat, in {@code [0, entryZ)}
     * @param maxPositionLots the full size, in lots, not negative
     */
    public MeanReversionSignal(long sampleNanos, int window, double entryZ, double exitZ, long maxPositionLots) {
        if (window < 2 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window must be 2 to " + MAX_WINDOW + ": " + window);
        }
        if (!(entryZ > 0) || Double.isInfinite(entryZ)) {
            throw new IllegalArgumentException("entryZ must be above zero and finite: " + entryZ);
        }
        if (!(exitZ >= 0) || exitZ >= entryZ) {
            throw new IllegalArgumentException("exitZ must be in [0, entryZ): " + exitZ);
        }
        if (maxPositionLots < 0) {
            throw new IllegalArgumentException("maxPositionLots must not be negative: " + maxPositionLots);
        }
        this.entryZ = entryZ;
        this.exitZ = exitZ;
        this.maxPositionLots = maxPositionLots;
        this.clock = new SampleClock(sampleNanos, window);
        this.samples = new SampleRing(window);
    }

    @Override
    public long onTrade(long timestampNanos, long priceTicks) {
        if (priceTicks < 0 || priceTicks >= ExactMoments.MAX_VALUE) {
            throw new IllegalArgumentException("price out of range [0, 2^46) ticks: " + priceTicks);
        }
        int due = clock.onTrade(timestampNanos, priceTicks);
        if (due > 0) {
            long sample = clock.samplePriceTicks();
            for (int i = 0; i < due; i++) {
                boolean full = samples.full();
                long dropped = samples.push(sample);
                if (full) {
                    moments.remove(dropped);
                }
                moments.add(sample);
            }
            scaledDeviation = moments.scaledDeviation();
        }
        targetLots = target(priceTicks);
        return targetLots;
    }

    private long target(long priceTicks) {
        if (!samples.full() || scaledDeviation == 0) {
            return 0;
        }
        long scaledDistance = Math.subtractExact(Math.multiplyExact(moments.count(), priceTicks), moments.sum());
        double z = scaledDistance / scaledDeviation;
        double size = Math.abs(z);
        if (size < exitZ) {
            return 0;
        }
        // The product can round past the cap when maxPositionLots exceeds 2^53; the cap still holds.
        long lots = Math.min(maxPositionLots, (long) Math.floor(maxPositionLots * Math.min(1.0, size / entryZ)));
        return z > 0 ? -lots : lots;
    }

    @Override
    public void resize(long maxPositionLots) {
        if (maxPositionLots < 0) {
            throw new IllegalArgumentException("maxPositionLots must not be negative: " + maxPositionLots);
        }
        this.maxPositionLots = maxPositionLots; // the target is worked out afresh on every trade
    }

    @Override
    public long stateHash(long h) {
        h = clock.stateHash(h);
        h = samples.stateHash(h);
        return StateHash.mix(h, targetLots);
    }
}
