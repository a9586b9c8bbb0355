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

    /**
     * In hedge mode, whether an order of this side trades the long leg: a buy that opens one, or a
     * sell that closes one ({@code closes}: it reduces a position rather than opening one).
     */
    public boolean longLeg(boolean closes) {
        return (this == BUY) != closes;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** Decodes {@link #ordinal()} without allocating. */
    public static Side of(int ordinal) {
        return VALUES[ordinal];
    }
}
