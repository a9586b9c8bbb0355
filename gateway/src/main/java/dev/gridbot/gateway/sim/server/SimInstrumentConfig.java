package dev.gridbot.gateway.sim.server;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A symbol the simulated venue lists, with the rules exchangeInfo serves and orders are checked
 * against: tick size, step size, minimum quantity and notional, maker and taker fee rates (whole
 * parts per million, e.g. 0.0002) and the MAX_NUM_ORDERS limit. Immutable.
 */
public record SimInstrumentConfig(String symbol, BigDecimal tickSize, BigDecimal stepSize, BigDecimal minQty,
                                  BigDecimal minNotional, BigDecimal makerFee, BigDecimal takerFee,
                                  int maxOpenOrders) {

    public SimInstrumentConfig {
        Objects.requireNonNull(symbol, "symbol");
        if (!symbol.matches("[A-Z0-9]{2,20}")) {
            throw new IllegalArgumentException("symbol must be upper-case letters and digits: " + symbol);
        }
        if (tickSize.signum() <= 0 || stepSize.signum() <= 0 || minQty.signum() < 0 || minNotional.signum() < 0) {
            throw new IllegalArgumentException(symbol + ": tick and step must be positive, minimums not negative");
        }
        if (maxOpenOrders <= 0) {
            throw new IllegalArgumentException(symbol + ": maxOpenOrders must be positive");
        }
        ppm(makerFee);
        ppm(takerFee);
    }

    /** BTCUSDT as the bundled data wants it: tick 0.01, step 0.001, min 0.001 / 5 USDT, fees 2/5 bp, 200 orders. */
    public static SimInstrumentConfig btcusdt() {
        return new SimInstrumentConfig("BTCUSDT", new BigDecimal("0.01"), new BigDecimal("0.001"),
                new BigDecimal("0.001"), new BigDecimal("5"), new BigDecimal("0.0002"), new BigDecimal("0.0005"), 200);
    }

    /** A fee rate in whole parts per million (the matching core's unit); refuses finer rates. */
    static long ppm(BigDecimal rate) {
        BigDecimal ppm = rate.movePointRight(6);
        if (rate.signum() < 0 || ppm.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("fee rate must be a non-negative whole number of ppm: " + rate);
        }
        return ppm.longValueExact();
    }
}
