package dev.gridbot.engine.model;

/** Time in force as the venue understands it; GTX is post-only (rejected if it would take). */
public enum TimeInForce {
    GTC,
    GTX,
    IOC;

    private static final TimeInForce[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static TimeInForce of(int ordinal) {
        return VALUES[ordinal];
    }
}
