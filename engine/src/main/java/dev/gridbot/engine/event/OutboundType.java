package dev.gridbot.engine.event;

/** What an outbound event says. */
public enum OutboundType {
    /** Place a new order at the venue. */
    PLACE,
    /** Cancel a working order at the venue (by client order id). */
    CANCEL,
    /** A strategy booked a fill: the accounting record behind trades.csv. Not sent to the venue. */
    FILL_REPORT,
    /** A strategy's stop-loss completed (trigger, position, close). Not sent to the venue. */
    STOP_REPORT,
    /** Ask the venue for one order's status (by client order id): settles unknown outcomes. */
    QUERY_ORDER,
    /** Ask the venue for the position on an instrument. */
    QUERY_POSITION,
    /**
     * A netting book crossed two opposite wishes internally (no venue order, no fee): the audit
     * record behind internalCrossVolume and feesSaved. Not sent to the venue.
     */
    CROSS_REPORT;

    private static final OutboundType[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static OutboundType of(int ordinal) {
        return VALUES[ordinal];
    }

    /** True for what a sender forwards to the venue: orders, cancels and queries. */
    public boolean isOrderCommand() {
        return this == PLACE || this == CANCEL || this == QUERY_ORDER || this == QUERY_POSITION;
    }
}
