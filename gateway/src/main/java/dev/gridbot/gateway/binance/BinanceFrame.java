package dev.gridbot.gateway.binance;

/** What one WebSocket frame was, as {@link BinanceStreamDecoder#decode} found it. Immutable. */
public enum BinanceFrame {
    /** A market event (aggTrade, bookTicker, markPriceUpdate), published. */
    MARKET,
    /** An ORDER_TRADE_UPDATE of one of our orders, published. */
    ORDER,
    /** An ACCOUNT_UPDATE: one POSITION event published per position of a run instrument. */
    ACCOUNT,
    /** The user-data stream ended: the caller must create a new listenKey and reconnect. */
    LISTEN_KEY_EXPIRED,
    /**
     * Well-formed but not for the engine: TRADE_LITE, depth, subscription answers, an order update
     * of an execution type the engine does not act on (AMENDMENT, CALCULATED…), unknown events.
     */
    IGNORED,
    /** Not JSON, truncated, or a known event with a missing or unreadable field: nothing published. */
    MALFORMED,
    /** An order update whose client order id is not one of ours (web, app, liquidation): nothing published. */
    FOREIGN_ORDER,
    /** An event about a symbol that is not one of the run's instruments: nothing published. */
    UNKNOWN_SYMBOL
}
