package dev.gridbot.engine.model;

/** Order or trade side. */
public enum Side {
    BUY(1),
    SELL(-1);

    private static final Side[] VALUES = values();

    private final int sign;

    Side(int sign) {
        this.sign = sign;
    }

    /** +1 for a buy, -1 for a sell: the sign a fill of this side adds to a position. */
    public int sign() {
        return sign;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** Decodes {@link #ordinal()} without allocating. */
    public static Side of(int ordinal) {
        return VALUES[ordinal];
    }
}
