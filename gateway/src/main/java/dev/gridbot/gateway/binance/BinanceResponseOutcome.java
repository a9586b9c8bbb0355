package dev.gridbot.gateway.binance;

/** What {@link BinanceResponses} made of one REST response (or of its absence). Immutable. */
public enum BinanceResponseOutcome {
    /** ORDER_ACCEPTED published: the venue took the new order. */
    ACCEPTED,
    /** ORDER_REJECTED published with the venue's error code. */
    REJECTED,
    /** ORDER_UNKNOWN published: the request may or may not have been executed; a query settles it. */
    UNKNOWN,
    /** ORDER_CANCELED published: the venue cancelled the order before anything of it filled. */
    CANCELED,
    /** ORDER_STATUS published: a query's answer (NOT_FOUND for an order the venue never saw). */
    STATUS,
    /** One POSITION event published per position of a run instrument. */
    POSITIONS,
    /** Success with nothing to publish: the user-data stream reports what follows. */
    OK,
    /** A request that is not about one order failed: VENUE_STATUS (NOTICE) published with the code. */
    VENUE_ERROR
}
