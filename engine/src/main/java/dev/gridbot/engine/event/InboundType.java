package dev.gridbot.engine.event;

/** What an inbound event says. */
public enum InboundType {
    /** A market trade printed (price, amount). */
    TRADE,
    /** The venue accepted an order of ours and it is working. */
    ORDER_ACCEPTED,
    /** The venue refused an order (or a cancel) of ours; the event carries the venue's code. */
    ORDER_REJECTED,
    /** An order of ours filled, wholly or partly. */
    ORDER_FILLED,
    /** An order of ours left the book unfilled or partly filled (cancelled or expired). */
    ORDER_CANCELED;

    private static final InboundType[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static InboundType of(int ordinal) {
        return VALUES[ordinal];
    }
}
