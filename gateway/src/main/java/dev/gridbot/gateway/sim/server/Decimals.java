package dev.gridbot.gateway.sim.server;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the venue writes money: USDT amounts with 8 decimals, as Binance's account endpoints do. Stateless. */
final class Decimals {
    static final int QUOTE_SCALE = 8;

    private Decimals() {
    }

    /** A USDT amount rounded half-up to 8 decimals. */
    static BigDecimal quote(BigDecimal amount) {
        return amount.setScale(QUOTE_SCALE, RoundingMode.HALF_UP);
    }

    /** A price for display: {@code amount} to {@code scale} decimals, half-up. */
    static BigDecimal price(BigDecimal amount, int scale) {
        return amount.setScale(Math.max(scale, 1), RoundingMode.HALF_UP);
    }
}
