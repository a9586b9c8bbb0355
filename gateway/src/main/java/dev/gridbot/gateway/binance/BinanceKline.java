package dev.gridbot.gateway.binance;

import java.math.BigDecimal;

/** One candle of {@code GET /fapi/v1/klines}, its fields in Binance's order. Immutable. */
public record BinanceKline(long openTimeMillis, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                           BigDecimal volume, long closeTimeMillis, BigDecimal quoteVolume, long trades,
                           BigDecimal takerBuyBaseVolume, BigDecimal takerBuyQuoteVolume) {
}
