package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact sums as values come and go, checked against BigInteger arithmetic. */
class ExactMomentsTest {

    /** sqrt(n·Σp² − (Σp)²) computed with BigInteger. */
    private static double reference(Deque<Long> values) {
        BigInteger n = BigInteger.valueOf(values.size());
        BigInteger sum = BigInteger.ZERO;
        BigInteger squares = BigInteger.ZERO;
        for (long v : values) {
            sum = sum.add(BigInteger.valueOf(v));
            squares = squares.add(BigInteger.valueOf(v).pow(2));
        }
        return Math.sqrt(new BigDecimal(n.multiply(squares).subtract(sum.pow(2))).doubleValue());
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.ulp(expected) * 4, () -> "expected " + expected + " was " + actual);
    }

    @Test
    void shouldMatchBigIntegerOverAMillionRandomAddsAndRemoves() {
        SplittableRandom random = new SplittableRandom(20240611L);
        ExactMoments moments = new ExactMoments();
        Deque<Long> window = new ArrayDeque<>();
        long price = 1_000_000_000L;
        for (int i = 0; i < 1_000_000; i++) {
            price = Math.max(1, price + random.nextLong(-50_000, 50_001));
            if (window.size() == 64) {
                moments.remove(window.removeFirst());
            }
            window.addLast(price);
            moments.add(price);
            if (i % 9973 == 0) {
                assertClose(reference(window), moments.scaledDeviation());
            }
        }
        assertEquals(window.stream().mapToLong(Long::longValue).sum(), moments.sum());
        assertClose(reference(window), moments.scaledDeviation());
    }

    @Test
    void shouldMatchBigIntegerForPricesAcrossTheWholeRange() {
        // Squares up to 2^92 make both words of every 128-bit sum change, so carries and borrows happen often.
        SplittableRandom random = new SplittableRandom(7L);
        ExactMoments moments = new ExactMoments();
        Deque<Long> window = new ArrayDeque<>();
        for (int i = 0; i < 100_000; i++) {
            long price = random.nextLong(ExactMoments.MAX_VALUE);
            if (window.size() == 1_000) {
                moments.remove(window.removeFirst());
            }
            window.addLast(price);
            moments.add(price);
            if (i % 997 == 0) {
                assertClose(reference(window), moments.scaledDeviation());
            }
        }
        assertEquals(window.stream().mapToLong(Long::longValue).sum(), moments.sum());
    }

    @Test
    void shouldNotOverflowAtTheLargestWindowOfTheLargestPrices() {
        ExactMoments moments = new ExactMoments();
        Deque<Long> values = new ArrayDeque<>();
        for (int i = 0; i < ExactMoments.MAX_COUNT; i++) {
            long v = i % 2 == 0 ? ExactMoments.MAX_VALUE - 1 : 0;
            moments.add(v);
            values.add(v);
        }

        assertClose(reference(values), moments.scaledDeviation());
        // n·sd with sd = (MAX − 1) / 2, half the values at each end.
        assertClose(ExactMoments.MAX_COUNT * ((ExactMoments.MAX_VALUE - 1) / 2.0), moments.scaledDeviation());
    }

    @Test
    void shouldGiveExactlyZeroWhenEveryValueIsEqual() {
        ExactMoments moments = new ExactMoments();
        for (int i = 0; i < ExactMoments.MAX_COUNT; i++) {
            moments.add(ExactMoments.MAX_VALUE - 1);
        }

        assertEquals(0.0, moments.scaledDeviation());
    }

    @Test
    void shouldRefuseValuesThatCouldOverflowAndOneTooMany() {
        ExactMoments moments = new ExactMoments();

        assertThrows(IllegalArgumentException.class, () -> moments.add(ExactMoments.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> moments.add(-1));
        for (int i = 0; i < ExactMoments.MAX_COUNT; i++) {
            moments.add(1);
        }
        assertThrows(IllegalStateException.class, () -> moments.add(1));
    }
}
