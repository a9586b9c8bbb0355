package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.VenueCodes;

/**
 * The Binance USDT-M error codes the simulated venue rejects with (from Binance's published error
 * list). Those the engine reacts to by name are re-exported from {@link VenueCodes}. Immutable.
 */
public final class SimRejectCodes {
    /** -1121 BAD_SYMBOL: the instrument id is not one of the venue's. */
    public static final int BAD_SYMBOL = -1121;
    /** -4003 QTY_LESS_THAN_ZERO: the quantity is zero or negative. */
    public static final int QTY_LESS_THAN_ZERO = -4003;
    /** -4001 PRICE_LESS_THAN_ZERO: a limit order's price is zero or negative. */
    public static final int PRICE_LESS_THAN_ZERO = -4001;
    /** -4116 DUPLICATED_CLIENT_ORDER_ID: a working order already has this client order id. */
    public static final int DUPLICATED_CLIENT_ORDER_ID = -4116;
    /** -2025 MAX_OPEN_ORDER_EXCEEDED: the instrument already has its maximum of open orders. */
    public static final int MAX_OPEN_ORDER_EXCEEDED = -2025;
    /** -2011 CANCEL_REJECTED: cancel of an order that is unknown or already finished. */
    public static final int UNKNOWN_ORDER = VenueCodes.UNKNOWN_ORDER;
    /** -2022 REDUCE_ONLY_REJECT: a reduce-only order that would not reduce the position. */
    public static final int REDUCE_ONLY_REJECTED = VenueCodes.REDUCE_ONLY_REJECTED;
    /** -5022 GTX_ORDER_REJECT: a post-only order that would take. */
    public static final int POST_ONLY_WOULD_TAKE = VenueCodes.POST_ONLY_WOULD_TAKE;

    private SimRejectCodes() {
    }
}
