package dev.gridbot.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Targets by time since the first trade. */
class ScheduleSignalTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long START = 1_000 * SECOND;

    private static ScheduleSignal signal() {
        return new ScheduleSignal(new long[] {0, 10 * SECOND, 20 * SECOND}, new long[] {3, -4, 0});
    }

    @Test
    void shouldWantEachStepsTargetFromItsTimeAfterTheFirstTrade() {
        ScheduleSignal s = signal();

        assertEquals(3, s.onTrade(START, 100));
        assertEquals(3, s.onTrade(START + 10 * SECOND - 1, 100));
        assertEquals(-4, s.onTrade(START + 10 * SECOND, 100), "a step's own time has passed");
        assertEquals(0, s.onTrade(START + 25 * SECOND, 100));
        assertEquals(0, s.onTrade(START + 9_999 * SECOND, 100));
    }

    @Test
    void shouldSkipStepsATradeJumpsPast() {
        ScheduleSignal s = signal();
        s.onTrade(START, 100);

        assertEquals(0, s.onTrade(START + 25 * SECOND, 100));
    }

    @Test
    void shouldWantNothingBeforeALaterFirstStep() {
        ScheduleSignal s = new ScheduleSignal(new long[] {5 * SECOND}, new long[] {7});

        assertEquals(0, s.onTrade(START, 100));
        assertEquals(7, s.onTrade(START + 5 * SECOND, 100));
    }

    @Test
    void shouldNotStepBackWhenTimeRunsBackwards() {
        ScheduleSignal s = signal();
        s.onTrade(START, 100);
        s.onTrade(START + 12 * SECOND, 100);

        assertEquals(-4, s.onTrade(START + 2 * SECOND, 100));
    }

    @Test
    void shouldHashEqualAfterEqualTradesAndDifferentlyAfterDifferentOnes() {
        ScheduleSignal a = signal();
        ScheduleSignal b = signal();
        ScheduleSignal c = signal();
        a.onTrade(START, 100);
        b.onTrade(START, 100);
        c.onTrade(START + 1, 100);

        assertEquals(a.stateHash(1), b.stateHash(1));
        assertNotEquals(a.stateHash(1), c.stateHash(1));
    }

    @Test
    void shouldRefuseTimesThatDoNotRiseOrDoNotMatchTheTargets() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSignal(new long[] {0, 0}, new long[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSignal(new long[] {0, 5}, new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSignal(new long[0], new long[0]));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSignal(new long[] {-1}, new long[] {1}));
    }
}
