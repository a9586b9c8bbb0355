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
    ORDER_CANCELED,
    /**
     * The fate of a request about an order is unknown (timeout, disconnect, HTTP 503 "execution
     * status unknown"): the order stays in flight until a query settles it; never assume it failed.
     */
    ORDER_UNKNOWN,
    /** The venue's answer to a query of one order: its status, cumulative filled and open quantity. */
    ORDER_STATUS,
    /** The venue's position on an instrument (a snapshot: after a query or an account update). */
    POSITION,
    /** The venue's mark price. */
    MARK_PRICE,
    /** The best bid and ask. */
    BOOK_TICKER,
    /** The venue connection's state changed, or the venue said something not about one order. */
    VENUE_STATUS,
    /** An operator's command to one strategy (pause, resume, stop, start). */
    CONTROL;

    private static final InboundType[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static InboundType of(int ordinal) {
        return VALUES[ordinal];
    }
}
