package dev.gridbot.gateway;

import dev.gridbot.engine.time.Clock;

/**
 * The system clock for producers: epoch nanoseconds from one wall-clock reading at start plus the
 * monotonic nanosecond clock since, so stamps never go backwards when the wall clock is adjusted.
 * Thread-safe (immutable).
 */
public final class SystemEpochClock implements Clock {
    private final long baseEpochNanos;
    private final long baseNanoTime;

    public SystemEpochClock() {
        this.baseNanoTime = System.nanoTime();
        this.baseEpochNanos = System.currentTimeMillis() * 1_000_000L;
    }

    @Override
    public long epochNanos() {
        return baseEpochNanos + (System.nanoTime() - baseNanoTime);
    }
}
