package dev.gridbot.engine.model;

/**
 * An operator's command to one strategy of a running engine. It enters the engine as a journaled
 * inbound event, so a replay reproduces it at the same point of the event sequence.
 */
public enum ControlCommand {
    /** Place nothing new; working orders and positions are kept (the stop-loss still watches). */
    PAUSE,
    /** Carry on from the current state, without re-initialising. */
    RESUME,
    /** Cancel the strategy's orders, close its position (reduce-only where the account allows), then STOPPED. */
    STOP,
    /** Start a STOPPED strategy again from its configuration. */
    START,
    /**
     * Take the parameters of a changed configuration (a journaled revision, numbered in the event):
     * only while the strategy is paused or stopped; see {@code RunDefinition#reconfigure}.
     */
    RECONFIGURE;

    private static final ControlCommand[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating; null when out of range. */
    public static ControlCommand of(int ordinal) {
        return ordinal >= 0 && ordinal < VALUES.length ? VALUES[ordinal] : null;
    }
}
