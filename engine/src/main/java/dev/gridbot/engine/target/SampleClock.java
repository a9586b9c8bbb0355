package dev.gridbot.engine.target;

import dev.gridbot.engine.strategy.StateHash;

/**
 * Samples a stream of trades at fixed steps of event time. Boundaries fall every
 * {@code sampleNanos} after the first trade; the sample at a boundary is the price of the last
 * trade stamped at or before it. The first trade's price is sample 0.
 *
 * <p>A boundary's sample is taken when the first trade stamped after it arrives, so a trade on a
 * boundary still counts towards it, and every sample is a price from before the trade that takes
 * it. A trade after a gap passes several boundaries at once; they all take the same price, and
 * only the last {@code maxCatchUp} are reported, because a window of that many samples holds no
 * more: a gap of any length costs at most {@code maxCatchUp} samples.
 *
 * <p>Owned by the business-logic thread, through the signal that holds it.
 */
final class SampleClock {
    private final long sampleNanos;
    private final int maxCatchUp;
    private boolean started;
    /** The first boundary no trade has passed yet. */
    private long nextBoundaryNanos;
    private long lastPriceTicks;
    private long samplePriceTicks;

    SampleClock(long sampleNanos, int maxCatchUp) {
        if (sampleNanos <= 0) {
            throw new IllegalArgumentException("sampleNanos must be above zero: " + sampleNanos);
        }
        if (maxCatchUp < 1) {
            throw new IllegalArgumentException("maxCatchUp must be at least 1: " + maxCatchUp);
        }
        this.sampleNanos = sampleNanos;
        this.maxCatchUp = maxCatchUp;
    }

    /**
     * Takes a trade: counts the samples it makes due, then remembers its price.
     *
     * @return how many samples are due, 0 to {@code maxCatchUp}; each is {@link #samplePriceTicks()}
     */
    int onTrade(long timestampNanos, long priceTicks) {
        if (!started) {
            started = true;
            nextBoundaryNanos = Math.addExact(timestampNanos, sampleNanos);
            lastPriceTicks = priceTicks;
            samplePriceTicks = priceTicks;
            return 1;
        }
        int due = 0;
        if (timestampNanos > nextBoundaryNanos) {
            // Boundaries strictly before the trade: nextBoundary + k·sampleNanos < timestamp.
            long passed = (Math.subtractExact(timestampNanos, nextBoundaryNanos) - 1) / sampleNanos + 1;
            nextBoundaryNanos = Math.addExact(nextBoundaryNanos, Math.multiplyExact(passed, sampleNanos));
            samplePriceTicks = lastPriceTicks;
            due = (int) Math.min(passed, maxCatchUp);
        }
        lastPriceTicks = priceTicks;
        return due;
    }

    /** The price of the samples the last {@link #onTrade(long, long)} made due. */
    long samplePriceTicks() {
        return samplePriceTicks;
    }

    long stateHash(long h) {
        h = StateHash.mix(h, started ? 1 : 0);
        h = StateHash.mix(h, nextBoundaryNanos);
        h = StateHash.mix(h, lastPriceTicks);
        return StateHash.mix(h, samplePriceTicks);
    }
}
