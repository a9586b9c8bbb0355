package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.event.OutboundType.QUERY_ORDER;
import static dev.gridbot.engine.event.OutboundType.QUERY_POSITION;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-syncing with the venue after a reconnect or a restart, orphans, and safe mode. */
class GridResyncTest {

    @Test
    void shouldQueryEveryWorkingOrderAndThePositionOnResync() {
        GridHarness h = grid(GridMode.NEUTRAL).maxPosition(20).build();
        List<OutboundEvent> out = h.trade(1500);
        h.ack(out);
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1600)), PLACE).get(0);
        List<OutboundEvent> asked = h.venue(VenueState.RESYNC);
        Set<Long> queried = of(asked, QUERY_ORDER).stream().map(OutboundEvent::clientOrderId).collect(Collectors.toSet());
        // working: 1700 (short entry), 1400 and 1300 (long entries), and the 1600 level's exit
        assertEquals(Set.of(placeAt(out, 1700).clientOrderId(), placeAt(out, 1400).clientOrderId(),
                placeAt(out, 1300).clientOrderId(), exit.clientOrderId()), queried);
        assertEquals(1, of(asked, QUERY_POSITION).size());
        assertEquals(1, h.grid.counters().resyncs());
    }

    @Test
    void shouldCancelAWorkingOrderThatNoLevelOwns() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.ack(h.trade(1550));
        long stranger = ClientOrderId.of(0, 3, Intent.ENTRY, 999);
        List<OutboundEvent> out = h.statusOf(stranger, Side.SELL, OrderStatus.NEW);
        assertEquals(stranger, of(out, CANCEL).get(0).clientOrderId());
        assertEquals(1, h.grid.counters().orphansCanceled());
        assertTrue(h.statusOf(stranger, Side.SELL, OrderStatus.CANCELED).isEmpty(), "a finished stranger is left alone");
    }

    @Test
    void shouldPlaceNothingInSafeModeUntilTheNextResync() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        OutboundEvent entry = h.trade(1550).get(0);
        h.accept(entry);
        h.venue(VenueState.SAFE_MODE);
        assertTrue(h.grid.safeMode());
        // the gateway cancelled everything at the venue; the cancellation is learned on the re-sync
        h.at(1);
        assertTrue(h.trade(1450).isEmpty(), "safe mode: nothing new, nothing cancelled, nothing re-placed");
        List<OutboundEvent> asked = h.venue(VenueState.RESYNC);
        assertFalse(h.grid.safeMode());
        assertEquals(entry.clientOrderId(), of(asked, QUERY_ORDER).get(0).clientOrderId());
        h.status(entry, OrderStatus.CANCELED, 0);
        assertEquals(LevelState.IDLE, h.grid.levelState(6));
        assertFalse(of(h.trade(1550), PLACE).isEmpty(), "trading resumes after the re-sync");
    }
}
