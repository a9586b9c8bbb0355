package dev.gridbot.engine.model;

/** Venue order type. */
public enum OrderType {
    LIMIT,
    MARKET;

    private static final OrderType[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static OrderType of(int ordinal) {
        return VALUES[ordinal];
    }
}
