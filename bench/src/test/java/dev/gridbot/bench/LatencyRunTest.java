package dev.gridbot.bench;

import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A very short run through the real rings: counts only, never timings. */
class LatencyRunTest {
    @Test
    void shouldRecordExactlyOneOrderPerMeasuredTradeThroughTheRings() {
        LatencyRun run = new LatencyRun(GridScenario.demo(4), 2_000, 0.1, 0.2, TimeUnit.MICROSECONDS.toNanos(100));
        LatencyResult result = run.run(WaitStrategyKind.BLOCKING);
        assertEquals(400, result.measuredTicks());
        assertEquals(400, result.orders());
        assertEquals(400, result.tickToOrder().getTotalCount());
        assertEquals(400, result.sendLag().getTotalCount());
    }
}
