package dev.gridbot.gateway.data;

/** A historical trade file layout that {@link TradeFileReader} recognises from its first line. */
public enum TradeFormat {
    /** Bitstamp / bitcoincharts: {@code timestamp,price,amount}, timestamp in seconds; header optional. */
    BITSTAMP("timestamp,price,amount"),
    /**
     * Binance public aggTrades: {@code agg_trade_id,price,quantity,first_trade_id,last_trade_id,
     * transact_time,is_buyer_maker}, transact_time in milliseconds; header optional.
     */
    BINANCE_AGG_TRADES("agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,is_buyer_maker");

    private final String header;
    private final String[] columns;

    TradeFormat(String header) {
        this.header = header;
        this.columns = header.split(",");
    }

    /** The header line, as the venue writes it. */
    public String header() {
        return header;
    }

    int columnCount() {
        return columns.length;
    }

    String column(int index) {
        return columns[index];
    }
}
