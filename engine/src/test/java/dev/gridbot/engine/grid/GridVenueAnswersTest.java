package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.VenueCodes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.FILL_REPORT;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.event.OutboundType.QUERY_ORDER;
import static dev.gridbot.engine.event.OutboundType.QUERY_POSITION;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the grid reacts to what the venue answers: each Binance code, and outcomes it cannot know. */
class GridVenueAnswersTest {

    @Test
    void shouldStopNewEntriesButKeepExitsAndCancelsWhenMarginIsInsufficient() {
        GridHarness h = grid(GridMode.LONG).maxPosition(20).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1450);
        h.accept(placeAt(out, 1400));
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1400)), PLACE).get(0);
        h.rejected(placeAt(out, 1300), VenueCodes.MARGIN_INSUFFICIENT);
        assertEquals(VenueCodes.MARGIN_INSUFFICIENT, h.grid.lastRejectCode());
        h.at(10);
        List<OutboundEvent> during = h.trade(1450);
        assertTrue(of(during, PLACE).isEmpty(), "no new entry while margin is short: " + during);
        // exits still fill and book
        assertEquals(1, of(h.fillAll(exit), FILL_REPORT).size());
        h.at(GridStrategy.MARGIN_BACKOFF_NANOS / GridHarness.SEC + 1);
        assertFalse(of(h.trade(1450), PLACE).isEmpty(), "entries resume after the back-off");
    }

    @Test
    void shouldReReadThePositionWhenReduceOnlyIsRefused() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1550);
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1600)), PLACE).get(0);
        List<OutboundEvent> after = h.rejected(exit, VenueCodes.REDUCE_ONLY_REJECTED);
        assertEquals(1, of(after, QUERY_POSITION).size());
        assertEquals(LevelState.POSITION_OPEN, h.grid.levelState(6));
    }

    @Test
    void shouldStopTradingALevelOnAPrecisionErrorInsteadOfRetrying() {
        for (int code : new int[]{VenueCodes.PRICE_NOT_ON_TICK, VenueCodes.QTY_NOT_ON_STEP, VenueCodes.BAD_PRECISION}) {
            GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
            h.at(0);
            OutboundEvent entry = h.trade(1550).get(0);
            h.rejected(entry, code);
            assertTrue(h.grid.levelFaulted(6));
            assertEquals(1, h.grid.counters().faultedLevels());
            h.at(3600);
            List<OutboundEvent> later = h.trade(1550);
            assertTrue(later.stream().noneMatch(e -> e.type() == PLACE && e.priceTicks() == 1600),
                    "the faulted level is never retried (code " + code + ")");
        }
    }

    @Test
    void shouldRetryAfterTheCooldownWhenTheTimestampWasRefused() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        OutboundEvent entry = h.trade(1550).get(0);
        h.rejected(entry, VenueCodes.TIMESTAMP_OUTSIDE_RECV_WINDOW);
        assertFalse(h.grid.levelFaulted(6));
        h.at(5);
        assertEquals(1600, of(h.trade(1550), PLACE).get(0).priceTicks());
    }

    @Test
    void shouldQueryTheOrderWhenACancelIsRefused() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1550);
        h.ack(out);
        OutboundEvent cancel = of(h.trade(1600), CANCEL).get(0);
        List<OutboundEvent> after = h.cancelRejected(cancel, VenueCodes.UNKNOWN_ORDER);
        assertEquals(cancel.clientOrderId(), of(after, QUERY_ORDER).get(0).clientOrderId());
    }

    @Test
    void shouldKeepAnOrderOfUnknownFateInFlightAndSettleItByQueryWithoutDuplicating() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        OutboundEvent entry = h.trade(1550).get(0);
        List<OutboundEvent> asked = h.unknown(entry);
        assertEquals(entry.clientOrderId(), of(asked, QUERY_ORDER).get(0).clientOrderId());
        assertEquals(LevelState.ENTRY_WORKING, h.grid.levelState(6));
        assertTrue(h.trade(1550).isEmpty(), "in flight: nothing re-sent, nothing else placed under the cap");
        assertTrue(h.status(entry, OrderStatus.NEW, 0).isEmpty());
        assertEquals(entry.clientOrderId(), h.grid.levelOrderId(6));
        assertEquals(1, h.grid.counters().unknownOutcomes());
    }

    @Test
    void shouldFreeTheLevelWhenTheQueriedOrderNeverReachedTheVenue() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        OutboundEvent entry = h.trade(1550).get(0);
        h.unknown(entry);
        h.status(entry, OrderStatus.NOT_FOUND, 0);
        assertEquals(LevelState.IDLE, h.grid.levelState(6));
        h.at(5);
        OutboundEvent again = of(h.trade(1550), PLACE).get(0);
        assertEquals(1600, again.priceTicks());
        assertTrue(again.clientOrderId() != entry.clientOrderId(), "a new order gets a new client order id");
    }

    @Test
    void shouldBookAFillLearnedFromAQueryOnceEvenIfTheStreamBringsItLater() {
        GridHarness h = grid(GridMode.SHORT).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1550);
        OutboundEvent entry = placeAt(out, 1600);
        h.unknown(entry);
        List<OutboundEvent> settled = h.status(entry, OrderStatus.FILLED, 10);
        assertEquals(1, of(settled, FILL_REPORT).size());
        assertEquals(1, of(settled, PLACE).size(), "the exit goes out once the entry is known filled");
        assertTrue(h.fillAll(entry).isEmpty(), "the stream's late copy of the fill is not booked again");
        assertEquals(-10, h.grid.account().netLots());
        assertEquals(1, h.grid.counters().unmatchedEvents(), "the entry is settled: its late copy matches nothing");
    }

    @Test
    void shouldIgnoreADuplicateFillEvent() {
        GridHarness h = grid(GridMode.LONG).build();
        List<OutboundEvent> out = h.trade(1450);
        OutboundEvent entry = placeAt(out, 1400);
        h.fill(entry, 1400, 4, 6, 0);
        h.fill(entry, 1400, 4, 6, 0);
        assertEquals(4, h.grid.account().netLots());
    }

    @Test
    void shouldKeepAnOrderWhoseCancelOvertookItAndBookItsFill() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        OutboundEvent entry = h.trade(1550).get(0);
        // the cancel reaches the venue first, on another connection: "unknown order"
        OutboundEvent cancel = of(h.trade(1600), CANCEL).get(0);
        List<OutboundEvent> asked = h.cancelRejected(cancel, VenueCodes.UNKNOWN_ORDER);
        assertEquals(entry.clientOrderId(), of(asked, QUERY_ORDER).get(0).clientOrderId());
        assertEquals(LevelState.ENTRY_WORKING, h.grid.levelState(6), "the order is not given up");
        h.accept(entry);
        h.fillAll(entry);
        assertEquals(-10, h.grid.account().netLots(), "its fill is booked, not lost");
    }
}
