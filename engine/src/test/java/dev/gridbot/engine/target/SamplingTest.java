package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Samples at fixed steps of event time from the first trade, and the ring that keeps the last few. */
class SamplingTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldTakeTheFirstTradesPriceAsSampleZero() {
        SampleClock clock = new SampleClock(SECOND, 3);

        assertEquals(1, clock.onTrade(7 * SECOND, 100));
        assertEquals(100, clock.samplePriceTicks());
    }

    @Test
    void shouldSampleTheLastPriceAtOrBeforeEachBoundaryOnceATradePassesIt() {
        SampleClock clock = new SampleClock(SECOND, 3);
        clock.onTrade(0, 100);

        assertEquals(0, clock.onTrade(SECOND / 2, 110));
        assertEquals(0, clock.onTrade(SECOND, 111), "a trade on the boundary counts towards it");
        assertEquals(1, clock.onTrade(SECOND + SECOND / 5, 120));
        assertEquals(111, clock.samplePriceTicks());
    }

    @Test
    void shouldCatchUpAGapWithThePriceBeforeItCappedAtTheWindow() {
        SampleClock clock = new SampleClock(SECOND, 3);
        clock.onTrade(0, 100);
        clock.onTrade(SECOND + SECOND / 5, 120);

        assertEquals(3, clock.onTrade(10 * SECOND, 130), "boundaries 2 to 9 passed, only 3 reported");
        assertEquals(120, clock.samplePriceTicks());
        assertEquals(1, clock.onTrade(10 * SECOND + 1, 140), "boundary 10 is next, not 11");
        assertEquals(130, clock.samplePriceTicks());
        assertEquals(0, clock.onTrade(11 * SECOND, 150));
    }

    @Test
    void shouldReportAtMostTheWindowForAnyGap() {
        SampleClock clock = new SampleClock(1, 5);
        clock.onTrade(0, 100);

        assertEquals(5, clock.onTrade(Long.MAX_VALUE / 2, 101), "4.6e18 boundaries passed");
        assertEquals(100, clock.samplePriceTicks());
    }

    @Test
    void shouldTakeNoSampleWhenTimeRunsBackwards() {
        SampleClock clock = new SampleClock(SECOND, 3);
        clock.onTrade(5 * SECOND, 100);

        assertEquals(0, clock.onTrade(SECOND, 90));
        assertEquals(1, clock.onTrade(6 * SECOND + 1, 95));
        assertEquals(90, clock.samplePriceTicks());
    }

    @Test
    void shouldKeepTheLastSamplesOldestFirstAndDropTheOldest() {
        SampleRing ring = new SampleRing(3);
        ring.push(5);
        ring.push(9);

        assertEquals(2, ring.size());
        assertEquals(9, ring.max());
        assertEquals(5, ring.min());
        ring.push(7);
        assertEquals(5, ring.push(1), "the oldest is dropped");
        assertEquals(9, ring.get(0));
        assertEquals(7, ring.get(1));
        assertEquals(1, ring.get(2));
        assertEquals(9, ring.max());
        assertEquals(1, ring.min());
        assertThrows(IndexOutOfBoundsException.class, () -> ring.get(3));
    }

    @Test
    void shouldHashEqualSampleHistoriesEqualWhereverTheRingStarted() {
        SampleRing a = new SampleRing(2);
        SampleRing b = new SampleRing(2);
        a.push(1);
        a.push(2);
        a.push(3);
        b.push(2);
        b.push(3);

        assertEquals(a.stateHash(17), b.stateHash(17));
    }
}
