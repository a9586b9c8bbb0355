package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.OrderType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.event.OutboundType.STOP_REPORT;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operators' commands to a grid: pause, resume, stop, start, and the ones its state refuses. */
class GridControlTest {

    @Test
    void shouldPlaceNothingWhilePausedKeepItsOrdersAndCarryOnWhenResumed() {
        GridHarness h = grid(GridMode.LONG).build();
        h.at(1);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        int entries = of(out, PLACE).size();
        h.control(ControlCommand.PAUSE);
        assertTrue(h.applied);
        assertEquals(GridState.PAUSED.ordinal(), h.grid.stateCode());
        assertEquals(entries, h.grid.workingOrders(), "working orders are kept");
        h.at(2);
        assertEquals(List.of(), h.trade(1350), "no new entry while paused, though the price moved");
        List<OutboundEvent> afterFill = h.fillAll(placeAt(out, 1400));
        assertEquals(0, of(afterFill, PLACE).size(), "not even the exit of a filled entry");
        assertEquals(10, h.grid.account().netLots(), "the position is kept");

        h.control(ControlCommand.RESUME);
        assertTrue(h.applied);
        h.at(3);
        List<OutboundEvent> resumed = h.trade(1350);
        assertEquals(1500, placeAt(resumed, 1500).priceTicks(), "the open level gets its exit");
        assertEquals(1, of(resumed, PLACE).size(), "only what is missing: the entries below were kept working");
        assertEquals(GridState.RUNNING.ordinal(), h.grid.stateCode());
    }

    @Test
    void shouldStillStopLossWhilePaused() {
        GridHarness h = grid(GridMode.LONG).stops(995, 2010).build();
        h.at(1);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        h.fillAll(placeAt(out, 1400));
        h.control(ControlCommand.PAUSE);
        h.at(2);
        List<OutboundEvent> stop = h.trade(990);
        assertEquals(GridState.STOPPING, h.grid.state());
        assertEquals(OrderType.MARKET, of(stop, PLACE).get(0).orderType());
    }

    @Test
    void shouldStopByCancellingAndClosingThenStartAgainFromItsConfig() {
        GridHarness h = grid(GridMode.LONG).build();
        h.at(1);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        h.fillAll(placeAt(out, 1400));
        h.at(2);
        List<OutboundEvent> stop = h.control(ControlCommand.STOP);
        assertTrue(h.applied);
        OutboundEvent close = of(stop, PLACE).get(0);
        assertEquals(OrderType.MARKET, close.orderType());
        assertTrue(close.reduceOnly());
        assertEquals(10, close.qtyLots());
        assertEquals(of(out, PLACE).size(), of(stop, CANCEL).size(), "every working order is cancelled");
        h.ack(stop);
        List<OutboundEvent> closed = h.fill(close, 1440, 10, 0, 30);
        assertEquals(GridState.STOPPED, h.grid.state());
        assertEquals(0, h.grid.account().netLots());
        assertEquals(0, of(closed, STOP_REPORT).size(), "an operator's stop is not a stop-loss");

        h.control(ControlCommand.RESUME);
        assertFalse(h.applied, "a stopped grid is not resumed; it is started");
        h.control(ControlCommand.START);
        assertTrue(h.applied);
        assertEquals(GridState.WAITING, h.grid.state());
        h.at(3);
        List<OutboundEvent> again = h.trade(1460);
        assertEquals(GridState.RUNNING, h.grid.state());
        assertTrue(of(again, PLACE).size() > 0, "a fresh grid places its entries");
        for (OutboundEvent e : of(again, PLACE)) {
            assertFalse(of(out, PLACE).stream().anyMatch(o -> o.clientOrderId() == e.clientOrderId()),
                    "ids go on, never reused");
        }
    }

    @Test
    void shouldRefuseCommandsItsStateDoesNotAllow() {
        GridHarness h = grid(GridMode.SHORT).build();
        h.control(ControlCommand.RESUME);
        assertFalse(h.applied);
        h.control(ControlCommand.START);
        assertFalse(h.applied, "only a stopped grid starts");
        h.control(ControlCommand.PAUSE);
        assertTrue(h.applied);
        h.control(ControlCommand.PAUSE);
        assertFalse(h.applied);
    }
}
