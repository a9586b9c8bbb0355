package dev.gridbot.engine.time;

/**
 * The one clock producers stamp events with (epoch nanoseconds). The engine itself never reads a
 * clock: it takes time from the events. Implementations live at the edges (the system clock in the
 * gateway) or in tests ({@link ManualClock}).
 */
@FunctionalInterface
public interface Clock {
    /** Nanoseconds since the epoch. */
    long epochNanos();
}
