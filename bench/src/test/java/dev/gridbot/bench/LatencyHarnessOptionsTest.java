package dev.gridbot.bench;

import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyHarnessOptionsTest {
    @Test
    void shouldDefaultToShortBlockingThenYieldingRunsAtTenThousandTradesPerSecond() {
        LatencyHarness.Options o = LatencyHarness.Options.parse(new String[0]);
        assertEquals(10_000, o.rate);
        assertEquals(5.0, o.warmupSeconds);
        assertEquals(10.0, o.seconds);
        assertEquals(List.of(WaitStrategyKind.BLOCKING, WaitStrategyKind.YIELDING), o.waits);
    }

    @Test
    void shouldParseEveryOption() {
        LatencyHarness.Options o = LatencyHarness.Options.parse(new String[] {"--rate", "2000", "--warmup", "0.5",
                "--seconds", "2", "--wait", "sleeping, busy_spin", "--books", "4", "--yield-us", "20", "--help"});
        assertEquals(2_000, o.rate);
        assertEquals(0.5, o.warmupSeconds);
        assertEquals(2.0, o.seconds);
        assertEquals(List.of(WaitStrategyKind.SLEEPING, WaitStrategyKind.BUSY_SPIN), o.waits);
        assertEquals(4, o.books);
        assertEquals(20, o.yieldMicros);
        assertTrue(o.help);
    }

    @Test
    void shouldRefuseUnknownWaitStrategiesAndOptions() {
        assertThrows(IllegalArgumentException.class,
                () -> LatencyHarness.Options.parse(new String[] {"--wait", "spinning"}));
        assertThrows(IllegalArgumentException.class,
                () -> LatencyHarness.Options.parse(new String[] {"--rates", "1"}));
        assertThrows(IllegalArgumentException.class,
                () -> LatencyHarness.Options.parse(new String[] {"--rate"}));
    }
}
