package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Mean reversion over a window of 4 one-second samples, entryZ 2, exitZ 0.5, 10 lots at full size.
 * The warm-up makes the samples 96, 96, 104, 104: mean 100, population sd 4, so z = (price − 100) / 4.
 */
class MeanReversionSignalTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private static MeanReversionSignal signal() {
        return new MeanReversionSignal(SECOND, 4, 2.0, 0.5, 10);
    }

    /** Samples 0..3 are 96, 96, 104, 104; returns the targets of the four warm-up trades. */
    private static long[] warmUp(MeanReversionSignal s) {
        return new long[] {
                s.onTrade(0, 96),
                s.onTrade(1_500 * MS, 104),
                s.onTrade(2_500 * MS, 104),
                s.onTrade(3_500 * MS, 101)};
    }

    @Test
    void shouldWantNothingUntilTheWindowIsFull() {
        long[] targets = warmUp(signal());

        // At 2.5 s the three samples 96, 96, 104 would put 104 at z 1.41; the window is not full yet.
        assertEquals(0, targets[0]);
        assertEquals(0, targets[1]);
        assertEquals(0, targets[2]);
        assertEquals(0, targets[3], "z 0.25 is inside exitZ");
    }

    @Test
    void shouldSizeToANewCapFromTheNextTradeWithItsWindowKept() {
        MeanReversionSignal s = signal();
        warmUp(s);
        assertEquals(-10, s.onTrade(3_600 * MS, 108));

        s.resize(20);
        assertEquals(-20, s.onTrade(3_700 * MS, 108), "the same z 2 against the same samples: full size, now 20");
        assertEquals(15, s.onTrade(3_800 * MS, 94), "z -1.5: floor(20 × 0.75)");
        assertThrows(IllegalArgumentException.class, () -> s.resize(-1));
    }

    @Test
    void shouldLeanAgainstThePriceInProportionToZUpToEntryZ() {
        MeanReversionSignal s = signal();
        warmUp(s);

        assertEquals(-2, s.onTrade(3_600 * MS, 102), "z 0.5 is not below exitZ: floor(10 × 0.5 / 2)");
        assertEquals(-10, s.onTrade(3_700 * MS, 108), "z 2 reaches entryZ: full size short");
        assertEquals(-10, s.onTrade(3_750 * MS, 112), "z 3 is capped at full size");
        assertEquals(7, s.onTrade(3_800 * MS, 94), "z -1.5: floor(10 × 0.75) long");
        assertEquals(0, s.onTrade(3_850 * MS, 99), "z -0.25 is back inside exitZ");
        assertEquals(10, s.onTrade(3_900 * MS, 84), "z -4: full size long");
    }

    @Test
    void shouldMeasureTheTradeAgainstTheSampledMeanNotItsOwnPrice() {
        MeanReversionSignal s = signal();
        warmUp(s);
        s.onTrade(3_900 * MS, 84);

        // The next sample (boundary 4 s) takes 84, the last price before it: samples 96, 104, 104, 84,
        // mean 97, sd sqrt(67) = 8.19; 106 is at z 1.10: floor(10 × 0.55) short.
        assertEquals(-5, s.onTrade(4_100 * MS, 106));
    }

    @Test
    void shouldWantNothingWhenEverySampleIsEqual() {
        MeanReversionSignal s = signal();
        for (int i = 0; i < 5; i++) {
            s.onTrade(i * SECOND + 1, 100);
        }

        assertEquals(0, s.onTrade(5 * SECOND, 1_000));
    }

    @Test
    void shouldFillAWindowAcrossAGapWithThePriceBeforeIt() {
        MeanReversionSignal s = signal();
        s.onTrade(0, 96);

        // Boundaries 1 to 99 pass at once; the four kept all take 96, so sd is 0.
        assertEquals(0, s.onTrade(100 * SECOND - 1, 200));
        // Boundary 100 takes 200: samples 96, 96, 96, 200, mean 122, sd 45.03; 250 is at z 2.84.
        assertEquals(-10, s.onTrade(100 * SECOND + 1, 250));
    }

    @Test
    void shouldHashEqualAfterEqualTradesAndDifferentlyAfterDifferentOnes() {
        MeanReversionSignal a = signal();
        MeanReversionSignal b = signal();
        MeanReversionSignal c = signal();
        warmUp(a);
        warmUp(b);
        warmUp(c);
        a.onTrade(3_600 * MS, 102);
        b.onTrade(3_600 * MS, 102);
        c.onTrade(3_600 * MS, 103);

        assertEquals(a.stateHash(1), b.stateHash(1));
        assertNotEquals(a.stateHash(1), c.stateHash(1));
        assertNotEquals(a.stateHash(1), signal().stateHash(1));
    }

    @Test
    void shouldRefuseAPriceTheExactSumsCannotHold() {
        MeanReversionSignal s = signal();

        assertThrows(IllegalArgumentException.class, () -> s.onTrade(0, 1L << 46));
        assertThrows(IllegalArgumentException.class, () -> s.onTrade(0, -1));
    }

    @Test
    void shouldRefuseAnExitZAtOrAboveEntryZAndAWindowOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new MeanReversionSignal(SECOND, 4, 2.0, 2.0, 10));
        assertThrows(IllegalArgumentException.class, () -> new MeanReversionSignal(SECOND, 1, 2.0, 0.5, 10));
        assertThrows(IllegalArgumentException.class,
                () -> new MeanReversionSignal(SECOND, MeanReversionSignal.MAX_WINDOW + 1, 2.0, 0.5, 10));
        assertThrows(IllegalArgumentException.class, () -> new MeanReversionSignal(0, 4, 2.0, 0.5, 10));
    }
}
