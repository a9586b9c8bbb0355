package dev.gridbot.engine.time;

/** A clock that moves only when told: for tests and drivers that replay time. Single-threaded. */
public final class ManualClock implements Clock {
    private long nanos;

    public ManualClock(long epochNanos) {
        this.nanos = epochNanos;
    }

    @Override
    public long epochNanos() {
        return nanos;
    }

    public void set(long epochNanos) {
        this.nanos = epochNanos;
    }

    public void advance(long deltaNanos) {
        this.nanos += deltaNanos;
    }
}
