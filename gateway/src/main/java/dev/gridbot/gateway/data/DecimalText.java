package dev.gridbot.gateway.data;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact conversion of plain decimal text ({@code 800.010000000000}) into a whole number of some
 * unit (a tick or a step), without {@code double} and, in the common case, without allocating:
 * the digits become a scaled {@code long}; only values that do not fit take the {@link BigDecimal}
 * path. Immutable; one per unit.
 */
final class DecimalText {
    /** Results below zero are failures: the text is not a plain decimal number. */
    static final long NOT_A_NUMBER = -1;
    /** The number is negative. */
    static final long NEGATIVE = -2;
    /** The result does not fit in a {@code long}. */
    static final long OUT_OF_RANGE = -3;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final BigDecimal unit;
    private final long unitUnscaled;
    private final int unitScale;
    private final boolean unitFits;

    DecimalText(BigDecimal unit) {
        if (unit.signum() <= 0) {
            throw new IllegalArgumentException("unit must be positive: " + unit);
        }
        this.unit = unit.stripTrailingZeros();
        this.unitFits = this.unit.unscaledValue().bitLength() <= 63;
        this.unitUnscaled = unitFits ? this.unit.unscaledValue().longValueExact() : 0;
        this.unitScale = this.unit.scale();
    }

    /**
     * {@code text[from, to)} in units, rounded half-up when {@code halfUp}, else floored; or one of
     * {@link #NOT_A_NUMBER}, {@link #NEGATIVE}, {@link #OUT_OF_RANGE}.
     */
    long toUnits(String text, int from, int to, boolean halfUp) {
        int i = from;
        boolean negative = i < to && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int scale = 0;
        int pendingZeros = 0;
        boolean dot = false;
        boolean digits = false;
        boolean overflow = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            digits = true;
            int digit = c - '0';
            if (dot && digit == 0) {
                pendingZeros++;
                continue;
            }
            if (overflow) {
                continue;
            }
            int shift = dot ? pendingZeros + 1 : 1;
            if (shift >= POW10.length || mantissa > (Long.MAX_VALUE - digit) / POW10[shift]) {
                overflow = true;
                continue;
            }
            mantissa = mantissa * POW10[shift] + digit;
            if (dot) {
                scale += shift;
                pendingZeros = 0;
            }
        }
        if (!digits) {
            return NOT_A_NUMBER;
        }
        if (negative) {
            return NEGATIVE;
        }
        if (!overflow && unitFits) {
            long exact = scaled(mantissa, scale, halfUp);
            if (exact >= 0) {
                return exact;
            }
        }
        return viaBigDecimal(text.substring(from, to), halfUp);
    }

    /** mantissa × 10^-scale in units, or -1 when the arithmetic would not fit a long. */
    private long scaled(long mantissa, int scale, boolean halfUp) {
        int exponent = unitScale - scale;
        long numerator = mantissa;
        long denominator = unitUnscaled;
        if (exponent > 0) {
            if (exponent >= POW10.length || mantissa > Long.MAX_VALUE / POW10[exponent]) {
                return -1;
            }
            numerator = mantissa * POW10[exponent];
        } else if (exponent < 0) {
            if (-exponent >= POW10.length || unitUnscaled > Long.MAX_VALUE / POW10[-exponent]) {
                return -1;
            }
            denominator = unitUnscaled * POW10[-exponent];
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        return halfUp && remainder >= denominator - remainder ? quotient + 1 : quotient;
    }

    private long viaBigDecimal(String number, boolean halfUp) {
        BigDecimal units = new BigDecimal(number).divide(unit, 0, halfUp ? RoundingMode.HALF_UP : RoundingMode.FLOOR);
        return units.unscaledValue().bitLength() <= 63 ? units.longValueExact() : OUT_OF_RANGE;
    }

    /**
     * {@code text[from, to)} as a whole non-negative number; or one of {@link #NOT_A_NUMBER},
     * {@link #NEGATIVE}, {@link #OUT_OF_RANGE}.
     */
    static long wholeNumber(String text, int from, int to) {
        int i = from;
        boolean negative = i < to && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        if (i == to) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            int digit = c - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            } else if (!overflow) {
                value = value * 10 + digit;
            }
        }
        if (negative) {
            return NEGATIVE;
        }
        return overflow ? OUT_OF_RANGE : value;
    }
}
