package dev.gridbot.engine.model;

/**
 * Binance USDT-M error codes the engine reacts to. Rejections carry the venue's code as an int;
 * these names only make the engine's reactions readable.
 */
public final class VenueCodes {
    /** Post-only (GTX) order would immediately match and take. */
    public static final int POST_ONLY_WOULD_TAKE = -5022;
    /** Reduce-only order rejected (it would increase the position). */
    public static final int REDUCE_ONLY_REJECTED = -2022;
    /** Unknown order sent (cancel of an order the venue does not know). */
    public static final int UNKNOWN_ORDER = -2011;
    /** Margin is insufficient. */
    public static final int MARGIN_INSUFFICIENT = -2019;
    /** Timestamp outside recvWindow. */
    public static final int TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;

    private VenueCodes() {
    }
}
