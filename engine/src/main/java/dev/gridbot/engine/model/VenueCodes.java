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

    /** Order does not exist (a query of an order the venue never saw). */
    public static final int ORDER_DOES_NOT_EXIST = -2013;
    /** Illegal characters / too many decimals in a parameter. */
    public static final int BAD_PRECISION = -1111;
    /** Price not increased by tick size. */
    public static final int PRICE_NOT_ON_TICK = -4014;
    /** Quantity not increased by step size. */
    public static final int QTY_NOT_ON_STEP = -4023;
    /** Listen key does not exist (recreate it). */
    public static final int LISTEN_KEY_NOT_FOUND = -1125;

    /** Local refusal by account risk: the order could take the account's venue position past its cap. */
    public static final int RISK_ACCOUNT_POSITION = -9101;
    /** Local refusal by account risk: the account already has its limit of open orders on the symbol. */
    public static final int RISK_OPEN_ORDERS = -9102;
    /** Local refusal by account risk: the account's order-rate budget (10 s or 1 min) is spent. */
    public static final int RISK_ORDER_RATE = -9103;

    /** True for refusals that say the order itself is malformed: resending it can only loop. */
    public static boolean isPrecisionError(int code) {
        return code == BAD_PRECISION || code == PRICE_NOT_ON_TICK || code == QTY_NOT_ON_STEP;
    }

    private VenueCodes() {
    }
}
