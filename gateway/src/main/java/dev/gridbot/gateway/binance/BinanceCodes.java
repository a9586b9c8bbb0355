package dev.gridbot.gateway.binance;

/**
 * Codes the Binance codec puts on events beyond the venue's own error codes, and the venue codes it
 * interprets (from Binance's published error list). Constants only.
 */
final class BinanceCodes {
    /** An ORDER_TRADE_UPDATE with execution type REJECTED carries no error code: the event says 0. */
    static final int STREAM_REJECTED = 0;
    /** -2011 CANCEL_REJECTED: the order to cancel is not on the book. */
    static final int CANCEL_REJECTED = -2011;
    /** -2013 NO_SUCH_ORDER: the queried order does not exist. */
    static final int NO_SUCH_ORDER = -2013;
    /** -1000 UNKNOWN: "An unknown error occured while processing the request." */
    static final int UNKNOWN = -1000;
    /** -1006 UNEXPECTED_RESP: "… Execution status unknown." */
    static final int UNEXPECTED_RESPONSE = -1006;
    /** -1007 TIMEOUT: "… execution status unknown." */
    static final int TIMEOUT = -1007;

    private BinanceCodes() {
    }

    /** True for venue codes that leave an order's fate open: it may or may not have been executed. */
    static boolean outcomeUnknown(int code) {
        return code == UNKNOWN || code == UNEXPECTED_RESPONSE || code == TIMEOUT;
    }
}
