package dev.gridbot.engine.target;

/**
 * The count, sum and sum of squares of a changing set of prices, kept exact as values come and go,
 * so that a mean and deviation over millions of samples never drift.
 *
 * <p>The sum is a {@code long}; the sum of squares is an unsigned 128-bit integer in two longs,
 * built with {@link Math#multiplyHigh(long, long)}. With at most {@link #MAX_COUNT} values each
 * below {@link #MAX_VALUE} (2^46, some 7·10^13 ticks) the sum stays below 2^63 and
 * {@code n·Σp²} below 2^126, so nothing overflows. The only rounding is in
 * {@link #scaledDeviation()}, which converts an exact integer to {@code double} and takes its
 * square root; both are IEEE operations, so the result is the same on every JVM.
 *
 * <p>Owned by the business-logic thread, through the signal that holds it.
 */
final class ExactMoments {
    /** Values must stay below this. */
    static final long MAX_VALUE = 1L << 46;
    /** At most this many values at once (2^17 = 131072 would still fit). */
    static final int MAX_COUNT = 100_000;
    private static final double TWO_TO_64 = 0x1p64;

    private int count;
    private long sum;
    private long squaresHigh;
    private long squaresLow;

    void add(long value) {
        check(value);
        if (count == MAX_COUNT) {
            throw new IllegalStateException("more than " + MAX_COUNT + " values");
        }
        count++;
        sum = Math.addExact(sum, value);
        long low = value * value;
        long newLow = squaresLow + low;
        squaresHigh += Math.multiplyHigh(value, value) + (Long.compareUnsigned(newLow, squaresLow) < 0 ? 1 : 0);
        squaresLow = newLow;
    }

    /** Removes a value added before; removing one never added breaks every later answer. */
    void remove(long value) {
        check(value);
        if (count == 0) {
            throw new IllegalStateException("no values to remove");
        }
        count--;
        sum = Math.subtractExact(sum, value);
        long low = value * value;
        long borrow = Long.compareUnsigned(squaresLow, low) < 0 ? 1 : 0;
        squaresLow -= low;
        squaresHigh -= Math.multiplyHigh(value, value) + borrow;
    }

    int count() {
        return count;
    }

    long sum() {
        return sum;
    }

    /**
     * {@code sqrt(n·Σp² − (Σp)²)}, which is {@code n} times the population standard deviation; 0
     * exactly when all values are equal. The difference is taken exactly in 128 bits, then
     * converted to a double (within an ulp or two) for the square root.
     */
    double scaledDeviation() {
        long n = count;
        // n·Σp², 128 bits: the high word takes the carry out of the low word's product.
        long scaledLow = squaresLow * n;
        long scaledHigh = squaresHigh * n + unsignedMultiplyHigh(squaresLow, n);
        // (Σp)², 128 bits; Σp is not negative.
        long squareLow = sum * sum;
        long squareHigh = Math.multiplyHigh(sum, sum);
        long borrow = Long.compareUnsigned(scaledLow, squareLow) < 0 ? 1 : 0;
        long low = scaledLow - squareLow;
        long high = scaledHigh - squareHigh - borrow;
        return Math.sqrt(high * TWO_TO_64 + unsignedToDouble(low));
    }

    /** The high word of the unsigned product of {@code a} and a non-negative {@code b}; Java 18 has this built in. */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + (a < 0 ? b : 0);
    }

    private static double unsignedToDouble(long value) {
        if (value >= 0) {
            return value;
        }
        // Halve (keeping the low bit so the rounding matches), convert, double.
        return ((value >>> 1) | (value & 1)) * 2.0;
    }

    private static void check(long value) {
        if (value < 0 || value >= MAX_VALUE) {
            throw new IllegalArgumentException("value out of range [0, 2^46): " + value);
        }
    }
}
