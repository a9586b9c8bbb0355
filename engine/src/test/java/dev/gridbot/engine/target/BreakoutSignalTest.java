package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Breakout over a channel of 3 one-second samples, 5 lots. The warm-up makes the samples 100, 100,
 * 104: high 104, low 100, midpoint 102.
 */
class BreakoutSignalTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private static BreakoutSignal signal() {
        return new BreakoutSignal(SECOND, 3, 5);
    }

    /** Samples 0..2 are 100, 100, 104. */
    private static long[] warmUp(BreakoutSignal s) {
        return new long[] {
                s.onTrade(0, 100),
                s.onTrade(1_500 * MS, 104),
                s.onTrade(2_500 * MS, 102)};
    }

    @Test
    void shouldWantNothingUntilTheChannelIsFull() {
        long[] targets = warmUp(signal());

        assertEquals(0, targets[0]);
        assertEquals(0, targets[1], "104 is above both samples so far, but there are only 2 of 3");
        assertEquals(0, targets[2], "102 is inside the channel");
    }

    @Test
    void shouldGoLongAboveTheHighAndFlatOnlyBelowTheMidpoint() {
        BreakoutSignal s = signal();
        warmUp(s);

        assertEquals(5, s.onTrade(2_600 * MS, 105), "above the high 104");
        assertEquals(5, s.onTrade(2_700 * MS, 103), "above the midpoint: stay long");
        assertEquals(5, s.onTrade(2_800 * MS, 102), "on the midpoint is not below it");
        assertEquals(0, s.onTrade(2_900 * MS, 101), "below the midpoint: flat");
        assertEquals(0, s.onTrade(2_910 * MS, 103), "flat inside the channel stays flat");
    }

    @Test
    void shouldHoldItsPositionAtANewSizeOnceResizedAndKeepItsChannel() {
        BreakoutSignal s = signal();
        warmUp(s);
        assertEquals(5, s.onTrade(2_600 * MS, 105));

        s.resize(8);
        assertEquals(8, s.onTrade(2_700 * MS, 103), "still long, now 8: above the midpoint it stays");
        assertEquals(0, s.onTrade(2_800 * MS, 101), "the same channel: below the midpoint 102, flat");
        assertEquals(-8, s.onTrade(2_900 * MS, 99), "below the low 100: short the new size");
    }

    @Test
    void shouldGoShortBelowTheLowAndFlatOnlyAboveTheMidpoint() {
        BreakoutSignal s = signal();
        warmUp(s);

        assertEquals(-5, s.onTrade(2_600 * MS, 99), "below the low 100");
        assertEquals(-5, s.onTrade(2_700 * MS, 101), "below the midpoint: stay short");
        assertEquals(-5, s.onTrade(2_800 * MS, 102), "on the midpoint is not above it");
        assertEquals(0, s.onTrade(2_900 * MS, 103), "above the midpoint: flat");
    }

    @Test
    void shouldTurnFromLongToShortWhenTheLowBreaks() {
        BreakoutSignal s = signal();
        warmUp(s);

        assertEquals(5, s.onTrade(2_600 * MS, 105));
        assertEquals(-5, s.onTrade(2_700 * MS, 99), "long, and the low breaks: short");
        assertEquals(5, s.onTrade(2_800 * MS, 106), "short, and the high breaks: long");
    }

    @Test
    void shouldMoveTheChannelWithEachSample() {
        BreakoutSignal s = signal();
        warmUp(s);
        s.onTrade(2_600 * MS, 99);

        // Boundary 3 s takes 99: samples 100, 104, 99, midpoint 101.5. 102 is above it: flat.
        assertEquals(0, s.onTrade(3_500 * MS, 102));
        // 104 is the high itself, not above it.
        assertEquals(0, s.onTrade(3_600 * MS, 104));
        assertEquals(5, s.onTrade(3_700 * MS, 105));
    }

    @Test
    void shouldHashEqualAfterEqualTradesAndDifferentlyAfterDifferentOnes() {
        BreakoutSignal a = signal();
        BreakoutSignal b = signal();
        BreakoutSignal c = signal();
        warmUp(a);
        warmUp(b);
        warmUp(c);
        a.onTrade(2_600 * MS, 105);
        b.onTrade(2_600 * MS, 105);
        c.onTrade(2_600 * MS, 103);

        assertEquals(a.stateHash(1), b.stateHash(1));
        assertNotEquals(a.stateHash(1), c.stateHash(1));
    }
}
