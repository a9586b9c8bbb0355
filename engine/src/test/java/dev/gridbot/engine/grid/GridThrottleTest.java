package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.grid.GridHarness.SEC;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A venue that throttles (HTTP 429/418): nothing is sent until it ends; then cancels go first. */
class GridThrottleTest {

    @Test
    void shouldSendNothingWhileThrottledAndThenWhatIsStillWantedCancelsFirst() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(30).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        h.grid.onThrottled(SEC, 31 * SEC);
        h.at(10);
        assertTrue(h.trade(1350).isEmpty(), "throttled: the wish to move the grid down waits");
        h.at(20);
        assertTrue(h.trade(1320).isEmpty());
        h.at(31);
        List<OutboundEvent> after = h.trade(1320);
        // still wanted after the cooldown: drop the farthest entry (1700) to make room for 1400
        assertEquals(List.of(CANCEL), after.stream().map(OutboundEvent::type).toList());
        assertEquals(placeAt(out, 1700).clientOrderId(), after.get(0).clientOrderId());
    }

    @Test
    void shouldEmitCancellationsBeforePlacementsInOneReconciliation() {
        GridHarness h = grid(GridMode.LONG).maxPosition(30).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1650);
        h.ack(out);
        h.fillAll(placeAt(out, 1600));
        h.ack(List.of());
        List<OutboundEvent> moved = h.trade(1550);
        int lastCancel = -1;
        int firstPlace = Integer.MAX_VALUE;
        for (int i = 0; i < moved.size(); i++) {
            if (moved.get(i).type() == CANCEL) {
                lastCancel = i;
            } else if (moved.get(i).type() == PLACE && firstPlace == Integer.MAX_VALUE) {
                firstPlace = i;
            }
        }
        assertTrue(lastCancel < firstPlace, "cancels before places: " + moved);
    }

    @Test
    void shouldReconcileAtMostEveryThreeSecondsAfterFrequentThrottles() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        h.ack(h.trade(1550));
        for (int i = 1; i <= GridStrategy.THROTTLES_BEFORE_SLOWING; i++) {
            h.grid.onThrottled(i * SEC, i * SEC);
        }
        h.at(10);
        List<OutboundEvent> first = h.trade(1600);
        assertEquals(1, of(first, OutboundType.CANCEL).size(), "a reconciliation at 10 s");
        h.ack(first);
        h.at(11);
        assertTrue(h.trade(1550).isEmpty(), "slowed down: none a second later");
        h.at(13);
        assertEquals(1, of(h.trade(1550), PLACE).size(), "the next one three seconds later");
    }
}
