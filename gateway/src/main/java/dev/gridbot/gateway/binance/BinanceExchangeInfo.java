package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.Instrument;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code GET /fapi/v1/exchangeInfo} states: the server time, the rate limits, and each symbol's
 * trading rules read from its filters (never guessed from the precision fields). Immutable.
 */
public record BinanceExchangeInfo(long serverTimeMillis, List<RateLimit> rateLimits, List<SymbolRules> symbols) {

    /** The rules of {@code symbol}, or null when the venue does not list it. */
    public SymbolRules symbol(String symbol) {
        for (SymbolRules rules : symbols) {
            if (rules.symbol().equals(symbol)) {
                return rules;
            }
        }
        return null;
    }

    /**
     * One rate limit: {@code type} REQUEST_WEIGHT or ORDERS, {@code limit} per {@code intervalNum}
     * {@code interval}s (SECOND, MINUTE, DAY).
     */
    public record RateLimit(String type, String interval, int intervalNum, long limit) {
    }

    /**
     * A symbol's rules. Filters the venue does not state are null ({@code maxNumOrders} 0):
     * PRICE_FILTER gives tickSize, minPrice, maxPrice; LOT_SIZE stepSize, minQty, maxQty;
     * MARKET_LOT_SIZE marketStepSize, marketMaxQty; MIN_NOTIONAL minNotional; MAX_NUM_ORDERS
     * maxNumOrders.
     */
    public record SymbolRules(String symbol, String status, String contractType, String baseAsset,
                              String quoteAsset, String marginAsset, BigDecimal tickSize, BigDecimal minPrice,
                              BigDecimal maxPrice, BigDecimal stepSize, BigDecimal minQty, BigDecimal maxQty,
                              BigDecimal marketStepSize, BigDecimal marketMaxQty, BigDecimal minNotional,
                              int maxNumOrders, List<String> orderTypes, List<String> timeInForce) {

        /**
         * The engine's instrument for these rules. A symbol without MIN_NOTIONAL gets a minimum
         * notional of zero (the venue states none).
         *
         * @throws IllegalArgumentException when the venue states no tick size, step size or minimum quantity
         */
        public Instrument toInstrument(int id, long makerFeePpm, long takerFeePpm) {
            if (tickSize == null || stepSize == null || minQty == null) {
                throw new IllegalArgumentException(symbol + ": exchangeInfo states no PRICE_FILTER tickSize or "
                        + "LOT_SIZE stepSize/minQty");
            }
            return new Instrument(id, symbol, tickSize, stepSize, minQty,
                    minNotional == null ? BigDecimal.ZERO : minNotional, makerFeePpm, takerFeePpm);
        }
    }
}
