package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.FILL_REPORT;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a lasting disagreement the grid's books follow the venue's position. */
class GridAdoptPositionTest {
    private static final long U = Money.UNITS_PER_TICK_LOT;

    @Test
    void shouldCloseTheLevelNearestTheReferenceWhenTheVenueHoldsLess() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(20).build();
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        OutboundEvent exit500 = of(h.fillAll(placeAt(out, 1500)), PLACE).get(0);
        h.fillAll(placeAt(out, 1600));
        h.trade(1650);
        assertEquals(-20, h.grid.account().netLots());
        // the venue holds only 10 short: someone bought 10 back outside the grid
        h.grid.adoptVenuePosition(-10, h.now());
        List<OutboundEvent> after = h.sink.take();
        assertEquals(-10, h.grid.account().netLots());
        OutboundEvent report = of(after, FILL_REPORT).get(0);
        assertEquals(1650, report.priceTicks());
        assertEquals((1500 - 1650) * 10 * U, report.pnlUnits(), "closed at the last price against its entry");
        assertEquals(exit500.clientOrderId(), of(after, CANCEL).get(0).clientOrderId(), "its exit is withdrawn");
        h.canceled(exit500, 10);
        assertEquals(LevelState.IDLE, h.grid.levelState(5));
        assertEquals(1, h.grid.counters().positionsAdopted());
    }

    @Test
    void shouldOpenIdleLevelsWhenTheVenueHoldsMoreAndExitThemOnTheNextTrade() {
        GridHarness h = grid(GridMode.LONG).maxPosition(20).build();
        h.ack(h.trade(1450));
        h.grid.adoptVenuePosition(10, h.now());
        assertEquals(10, h.grid.account().netLots());
        List<OutboundEvent> next = h.trade(1450);
        assertTrue(of(next, PLACE).stream().anyMatch(e -> e.reduceOnly()), "the adopted level gets its exit: " + next);
    }

    @Test
    void shouldNotFollowWhileAQueryAnswerIsAwaited() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        OutboundEvent entry = h.trade(1550).get(0);
        h.unknown(entry);
        h.grid.adoptVenuePosition(-10, h.now());
        assertEquals(0, h.grid.account().netLots(), "the awaited answer may be the missing fill");
        assertEquals(1, h.grid.counters().positionsNotFollowed());
    }
}
