package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;

/** Binance's words (event types, sides, execution types, order statuses) and their meaning. Stateless. */
final class BinanceText {
    static final String AGG_TRADE = "aggTrade";
    static final String BOOK_TICKER = "bookTicker";
    static final String MARK_PRICE_UPDATE = "markPriceUpdate";
    static final String ORDER_TRADE_UPDATE = "ORDER_TRADE_UPDATE";
    static final String ACCOUNT_UPDATE = "ACCOUNT_UPDATE";
    static final String LISTEN_KEY_EXPIRED = "listenKeyExpired";

    /** Execution types the engine acts on; anything else is {@link #X_OTHER}. */
    static final int X_NEW = 0;
    static final int X_TRADE = 1;
    static final int X_CANCELED = 2;
    static final int X_REJECTED = 3;
    static final int X_OTHER = 4;

    private static final String BUY = "BUY";
    private static final String SELL = "SELL";
    private static final String NEW = "NEW";
    private static final String TRADE = "TRADE";
    private static final String PARTIALLY_FILLED = "PARTIALLY_FILLED";
    private static final String FILLED = "FILLED";
    private static final String CANCELED = "CANCELED";
    private static final String EXPIRED = "EXPIRED";
    private static final String EXPIRED_IN_MATCH = "EXPIRED_IN_MATCH";
    private static final String REJECTED = "REJECTED";

    private BinanceText() {
    }

    /** BUY or SELL; null for anything else. */
    static Side side(char[] text, int start, int end) {
        if (Chars.equal(text, start, end, BUY)) {
            return Side.BUY;
        }
        return Chars.equal(text, start, end, SELL) ? Side.SELL : null;
    }

    /** An order update's execution type {@code x}: EXPIRED and EXPIRED_IN_MATCH count as cancels. */
    static int execution(char[] text, int start, int end) {
        if (Chars.equal(text, start, end, TRADE)) {
            return X_TRADE;
        }
        if (Chars.equal(text, start, end, NEW)) {
            return X_NEW;
        }
        if (Chars.equal(text, start, end, CANCELED) || Chars.equal(text, start, end, EXPIRED)
                || Chars.equal(text, start, end, EXPIRED_IN_MATCH)) {
            return X_CANCELED;
        }
        return Chars.equal(text, start, end, REJECTED) ? X_REJECTED : X_OTHER;
    }

    /** An order's {@code status}; EXPIRED_IN_MATCH is EXPIRED; null for a status the engine has no name for. */
    static OrderStatus orderStatus(char[] text, int start, int end) {
        if (Chars.equal(text, start, end, NEW)) {
            return OrderStatus.NEW;
        } else if (Chars.equal(text, start, end, PARTIALLY_FILLED)) {
            return OrderStatus.PARTIALLY_FILLED;
        } else if (Chars.equal(text, start, end, FILLED)) {
            return OrderStatus.FILLED;
        } else if (Chars.equal(text, start, end, CANCELED)) {
            return OrderStatus.CANCELED;
        } else if (Chars.equal(text, start, end, REJECTED)) {
            return OrderStatus.REJECTED;
        } else if (Chars.equal(text, start, end, EXPIRED) || Chars.equal(text, start, end, EXPIRED_IN_MATCH)) {
            return OrderStatus.EXPIRED;
        }
        return null;
    }
}
