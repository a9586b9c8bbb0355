package dev.gridbot.gateway.binance;

import java.math.BigDecimal;

/**
 * Exact conversion between plain decimal text ({@code "6563.66500"}, {@code "-10"}) and a whole
 * number of one unit (a tick, a step, a money unit), in both directions, without {@code double}
 * and without allocating. Text with an exponent, or a value whose digits do not fit a long, is
 * {@link #INVALID}; Binance sends neither.
 *
 * <p>The unit is immutable; the conversion in progress and {@link #lastExact()} are state (one
 * parser serves text held as chars and as bytes), so an instance belongs to the thread that
 * converts with it (each decoder builds its own).
 */
final class DecimalUnits {
    /** What {@link #toUnits} returns for text that is not a plain decimal or does not fit. */
    static final long INVALID = Long.MIN_VALUE;

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
    private boolean exact;
    /** The conversion in progress: digits so far (trailing fraction zeros held back), their scale. */
    private long mantissa;
    private int scale;
    private int pendingZeros;
    private boolean dot;
    private boolean digits;

    DecimalUnits(BigDecimal unit) {
        if (unit.signum() <= 0) {
            throw new IllegalArgumentException("unit must be positive: " + unit);
        }
        this.unit = unit.stripTrailingZeros();
        if (this.unit.unscaledValue().bitLength() > 63 || Math.abs(this.unit.scale()) >= POW10.length) {
            throw new IllegalArgumentException("unit out of range: " + unit);
        }
        this.unitUnscaled = this.unit.unscaledValue().longValueExact();
        this.unitScale = this.unit.scale();
    }

    BigDecimal unit() {
        return unit;
    }

    /**
     * {@code text[from, to)} in units: rounded half away from zero when {@code halfUp} (as
     * {@link java.math.RoundingMode#HALF_UP}), else truncated toward zero; or {@link #INVALID}.
     */
    long toUnits(char[] text, int from, int to, boolean halfUp) {
        boolean negative = from < to && text[from] == '-';
        begin();
        for (int i = negative ? from + 1 : from; i < to; i++) {
            if (!accept(text[i])) {
                return INVALID;
            }
        }
        return end(negative, halfUp);
    }

    /** {@link #toUnits(char[], int, int, boolean)} of ASCII text held as bytes. */
    long toUnits(byte[] text, int from, int to, boolean halfUp) {
        boolean negative = from < to && text[from] == '-';
        begin();
        for (int i = negative ? from + 1 : from; i < to; i++) {
            if (!accept((char) (text[i] & 0xFF))) {
                return INVALID;
            }
        }
        return end(negative, halfUp);
    }

    /** True when the last {@link #toUnits} needed no rounding. */
    boolean lastExact() {
        return exact;
    }

    private void begin() {
        mantissa = 0;
        scale = 0;
        pendingZeros = 0;
        dot = false;
        digits = false;
    }

    /** Takes the next char; false when the text cannot be a plain decimal whose digits fit a long. */
    private boolean accept(char c) {
        if (c == '.' && !dot) {
            dot = true;
            return true;
        }
        if (c < '0' || c > '9') {
            return false;
        }
        digits = true;
        int digit = c - '0';
        if (dot && digit == 0) {
            pendingZeros++;
            return true;
        }
        int shift = dot ? pendingZeros + 1 : 1;
        if (shift >= POW10.length || mantissa > (Long.MAX_VALUE - digit) / POW10[shift]) {
            return false;
        }
        mantissa = mantissa * POW10[shift] + digit;
        if (dot) {
            scale += shift;
            pendingZeros = 0;
        }
        return true;
    }

    private long end(boolean negative, boolean halfUp) {
        if (!digits) {
            return INVALID;
        }
        long units = scaled(halfUp);
        return negative && units != INVALID ? -units : units;
    }

    private long scaled(boolean halfUp) {
        int exponent = unitScale - scale;
        long numerator = mantissa;
        long denominator = unitUnscaled;
        if (exponent > 0) {
            if (exponent >= POW10.length || mantissa > Long.MAX_VALUE / POW10[exponent]) {
                return INVALID;
            }
            numerator = mantissa * POW10[exponent];
        } else if (exponent < 0) {
            if (-exponent >= POW10.length || unitUnscaled > Long.MAX_VALUE / POW10[-exponent]) {
                return INVALID;
            }
            denominator = unitUnscaled * POW10[-exponent];
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        exact = remainder == 0;
        return halfUp && remainder != 0 && remainder >= denominator - remainder ? quotient + 1 : quotient;
    }

    /**
     * Writes {@code units} as plain decimal text (no exponent, no trailing zeros after the point,
     * no point for a whole number) at {@code out[pos]}; returns the position after it.
     *
     * @throws ArithmeticException if the value does not fit a long of the unit's digits
     */
    int format(long units, byte[] out, int pos) {
        long value = Math.multiplyExact(units, unitUnscaled);
        if (unitScale <= 0) {
            return Bytes.writeLong(Math.multiplyExact(value, POW10[-unitScale]), out, pos);
        }
        if (value < 0) {
            out[pos++] = '-';
            value = Math.negateExact(value);
        }
        long whole = value / POW10[unitScale];
        long fraction = value % POW10[unitScale];
        pos = Bytes.writeLong(whole, out, pos);
        if (fraction == 0) {
            return pos;
        }
        int fractionDigits = unitScale;
        while (fraction % 10 == 0) {
            fraction /= 10;
            fractionDigits--;
        }
        out[pos++] = '.';
        for (int zeros = fractionDigits - Bytes.digits(fraction); zeros > 0; zeros--) {
            out[pos++] = '0';
        }
        return Bytes.writeLong(fraction, out, pos);
    }
}
