package dev.gridbot.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's scenario decides what it claims to decide, so no benchmark measures an idle path. */
class GridDriverTest {
    private final GridScenario scenario = GridScenario.demo(1);

    @Test
    void shouldCancelAtThePivotAndPlaceAgainOneTickAboveOnceTheCancelIsAcked() {
        GridDriver driver = new GridDriver(scenario);
        CountingOrderSink sink = driver.sink();
        for (int round = 0; round < 3; round++) {
            long places = sink.places();
            long cancels = sink.cancels();
            driver.trade(scenario.atPivotTicks());
            assertEquals(cancels + 1, sink.cancels());
            assertEquals(places, sink.places());
            driver.ackLastCancel();
            assertEquals(places, sink.places());
            driver.trade(scenario.abovePivotTicks());
            assertEquals(places + 1, sink.places());
            assertEquals(cancels + 1, sink.cancels());
        }
        assertEquals(0, sink.queries());
    }

    @Test
    void shouldDecideNothingOnQuietTrades() {
        GridDriver driver = new GridDriver(scenario);
        long orders = driver.sink().orders();
        for (int i = 0; i < 10; i++) {
            driver.quietTrade();
        }
        assertEquals(orders, driver.sink().orders());
        assertEquals(0, driver.sink().reports());
        assertEquals(0, driver.sink().queries());
    }

    @Test
    void shouldPassTheCheckTheBenchmarkRunsBeforeMeasuring() {
        assertDoesNotThrow(new GridDriver(scenario)::verifyScenario);
    }
}
