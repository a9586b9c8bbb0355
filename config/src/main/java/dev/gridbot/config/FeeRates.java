package dev.gridbot.config;

import java.math.BigDecimal;

/**
 * Converts fee rates to whole parts per million, the unit the engine keeps fees in so that fee
 * arithmetic stays in {@code long}. The loader refuses any rate this class cannot convert.
 */
public final class FeeRates {

    /** Parts per million in one. */
    public static final long PPM = 1_000_000L;

    private static final int PPM_DECIMALS = 6;

    private FeeRates() {
    }

    /**
     * Returns {@code rate} in parts per million, exactly: {@code 0.0002} becomes {@code 200}.
     *
     * @throws IllegalArgumentException if the rate has more than six decimals or does not fit a long
     */
    public static long toPpm(BigDecimal rate) {
        if (!isWholePpm(rate)) {
            throw new IllegalArgumentException("fee rate " + rate.toPlainString()
                    + " is not a whole number of parts per million");
        }
        try {
            return rate.movePointRight(PPM_DECIMALS).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("fee rate " + rate.toPlainString() + " is too large", e);
        }
    }

    /** Whether {@code rate} has at most six decimals once trailing zeros are dropped. */
    static boolean isWholePpm(BigDecimal rate) {
        return rate.stripTrailingZeros().scale() <= PPM_DECIMALS;
    }
}
