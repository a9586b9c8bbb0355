package dev.gridbot.engine.model;

/** An order's status as the venue reports it to a query (Binance's names, plus NOT_FOUND). */
public enum OrderStatus {
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    REJECTED,
    EXPIRED,
    /** The venue does not know the order (Binance -2013): it never arrived. */
    NOT_FOUND;

    private static final OrderStatus[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static OrderStatus of(int ordinal) {
        return VALUES[ordinal];
    }

    /** True when the order can no longer fill. */
    public boolean isFinal() {
        return this != NEW && this != PARTIALLY_FILLED;
    }
}
