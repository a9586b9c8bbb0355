package dev.gridbot.gateway.sim.server;

import java.time.Duration;

/**
 * The simulated venue's rate limits, as exchangeInfo publishes them: request weight per minute (per
 * IP; every loopback client shares it), new orders per 10 seconds and per minute (per account). A
 * client that goes on sending while told to retry later is banned: {@code ignoredBeforeBan} such
 * requests earn HTTP 418 for {@code banDuration}. Immutable.
 */
public record SimRateLimits(int weightPerMinute, int ordersPer10s, int ordersPerMinute, int ignoredBeforeBan,
                            Duration banDuration) {

    public SimRateLimits {
        if (weightPerMinute <= 0 || ordersPer10s <= 0 || ordersPerMinute <= 0 || ignoredBeforeBan <= 0) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        if (banDuration.isNegative() || banDuration.isZero()) {
            throw new IllegalArgumentException("ban duration must be positive");
        }
    }

    /** Binance's published USDT-M defaults: 2400 weight/min, 300 orders/10 s, 1200 orders/min; ban for 2 min. */
    public static SimRateLimits binanceDefaults() {
        return new SimRateLimits(2400, 300, 1200, 10, Duration.ofMinutes(2));
    }
}
