package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;

/** Binance's words (event types, sides, execution types, order statuses) as bytes, and their meaning. */
final class BinanceText {
    static final byte[] AGG_TRADE = Bytes.ascii("aggTrade");
    static final byte[] BOOK_TICKER = Bytes.ascii("bookTicker");
    static final byte[] MARK_PRICE_UPDATE = Bytes.ascii("markPriceUpdate");
    static final byte[] ORDER_TRADE_UPDATE = Bytes.ascii("ORDER_TRADE_UPDATE");
    static final byte[] ACCOUNT_UPDATE = Bytes.ascii("ACCOUNT_UPDATE");
    static final byte[] LISTEN_KEY_EXPIRED = Bytes.ascii("listenKeyExpired");

    /** Execution types the engine acts on; anything else is {@link #X_OTHER}. */
    static final int X_NEW = 0;
    static final int X_TRADE = 1;
    static final int X_CANCELED = 2;
    static final int X_REJECTED = 3;
    static final int X_OTHER = 4;

    private static final byte[] BUY = Bytes.ascii("BUY");
    private static final byte[] SELL = Bytes.ascii("SELL");
    private static final byte[] NEW = Bytes.ascii("NEW");
    private static final byte[] TRADE = Bytes.ascii("TRADE");
    private static final byte[] PARTIALLY_FILLED = Bytes.ascii("PARTIALLY_FILLED");
    private static final byte[] FILLED = Bytes.ascii("FILLED");
    private static final byte[] CANCELED = Bytes.ascii("CANCELED");
    private static final byte[] EXPIRED = Bytes.ascii("EXPIRED");
    private static final byte[] EXPIRED_IN_MATCH = Bytes.ascii("EXPIRED_IN_MATCH");
    private static final byte[] REJECTED = Bytes.ascii("REJECTED");

    private BinanceText() {
    }

    /** BUY or SELL; null for anything else. */
    static Side side(byte[] b, int start, int end) {
        if (Bytes.equal(b, start, end, BUY)) {
            return Side.BUY;
        }
        return Bytes.equal(b, start, end, SELL) ? Side.SELL : null;
    }

    /** An order update's execution type {@code x}: EXPIRED and EXPIRED_IN_MATCH count as cancels. */
    static int execution(byte[] b, int start, int end) {
        if (Bytes.equal(b, start, end, TRADE)) {
            return X_TRADE;
        }
        if (Bytes.equal(b, start, end, NEW)) {
            return X_NEW;
        }
        if (Bytes.equal(b, start, end, CANCELED) || Bytes.equal(b, start, end, EXPIRED)
                || Bytes.equal(b, start, end, EXPIRED_IN_MATCH)) {
            return X_CANCELED;
        }
        return Bytes.equal(b, start, end, REJECTED) ? X_REJECTED : X_OTHER;
    }

    /** An order's {@code status}; EXPIRED_IN_MATCH is EXPIRED; null for a status the engine has no name for. */
    static OrderStatus orderStatus(byte[] b, int start, int end) {
        if (Bytes.equal(b, start, end, NEW)) {
            return OrderStatus.NEW;
        } else if (Bytes.equal(b, start, end, PARTIALLY_FILLED)) {
            return OrderStatus.PARTIALLY_FILLED;
        } else if (Bytes.equal(b, start, end, FILLED)) {
            return OrderStatus.FILLED;
        } else if (Bytes.equal(b, start, end, CANCELED)) {
            return OrderStatus.CANCELED;
        } else if (Bytes.equal(b, start, end, REJECTED)) {
            return OrderStatus.REJECTED;
        } else if (Bytes.equal(b, start, end, EXPIRED) || Bytes.equal(b, start, end, EXPIRED_IN_MATCH)) {
            return OrderStatus.EXPIRED;
        }
        return null;
    }
}
