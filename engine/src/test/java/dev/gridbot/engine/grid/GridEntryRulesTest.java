package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueCodes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.prices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridEntryRulesTest {

    @Test
    void shouldPlaceShortEntriesAtEveryLevelStrictlyAboveTheLastTradeInShortMode() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1500);
        assertEquals(List.of(1600L, 1700L, 1800L, 1900L, 2000L), prices(out, PLACE, Side.SELL));
        assertTrue(prices(out, PLACE, Side.BUY).isEmpty());
        for (OutboundEvent e : out) {
            assertEquals(TimeInForce.GTX, e.timeInForce());
            assertEquals(OrderType.LIMIT, e.orderType());
            assertFalse(e.reduceOnly());
            assertEquals(10, e.qtyLots());
            assertEquals(Intent.ENTRY, ClientOrderId.intent(e.clientOrderId()));
        }
    }

    @Test
    void shouldUseEveryLevelButTheLowestAsShortLevelsInShortMode() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(999 + 1);
        assertEquals(List.of(1100L, 1200L, 1300L, 1400L, 1500L, 1600L, 1700L, 1800L, 1900L, 2000L),
                prices(out, PLACE, Side.SELL));
    }

    @Test
    void shouldPlaceLongEntriesStrictlyBelowTheLastTradeButNeverAtTheTopLevelInLongMode() {
        GridHarness h = grid(GridMode.LONG).stops(900, 2100).build();
        List<OutboundEvent> out = h.trade(2050);
        assertEquals(List.of(1900L, 1800L, 1700L, 1600L, 1500L, 1400L, 1300L, 1200L, 1100L, 1000L),
                prices(out, PLACE, Side.BUY));
        assertTrue(prices(out, PLACE, Side.SELL).isEmpty());
    }

    @Test
    void shouldSplitRolesAroundTheFirstTradeAndGiveTheLevelAtItNoRoleInNeutralMode() {
        GridHarness h = grid(GridMode.NEUTRAL).build();
        List<OutboundEvent> out = h.trade(1500);
        assertEquals(List.of(1600L, 1700L, 1800L, 1900L, 2000L), prices(out, PLACE, Side.SELL));
        assertEquals(List.of(1400L, 1300L, 1200L, 1100L, 1000L), prices(out, PLACE, Side.BUY));
        h.ack(out);
        // The roles stay fixed: when the price moves down, levels above P0 remain short levels.
        List<OutboundEvent> later = h.trade(1250);
        // 1500 had no role (it was P0) and the long entries at 1300 and 1200 were crossed out.
        assertTrue(prices(later, PLACE, Side.SELL).isEmpty());
        assertEquals(2, of(later, CANCEL).size());
    }

    @Test
    void shouldCancelAnEntryWhenATradePrintsExactlyAtItsPrice() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1500);
        h.ack(out);
        List<OutboundEvent> after = h.trade(1600);
        List<OutboundEvent> cancels = of(after, CANCEL);
        assertEquals(1, cancels.size());
        assertEquals(GridHarness.placeAt(out, 1600).clientOrderId(), cancels.get(0).clientOrderId());
    }

    @Test
    void shouldBeIdempotentWhenNothingChanges() {
        GridHarness h = grid(GridMode.NEUTRAL).build();
        h.ack(h.trade(1500));
        assertTrue(h.trade(1500).isEmpty());
        assertTrue(h.trade(1510).isEmpty());
    }

    @Test
    void shouldTakeCandidatesNearestTheLastTradeFirstUnderTheCap() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(30).build();
        List<OutboundEvent> out = h.trade(1450);
        assertEquals(List.of(1500L, 1600L, 1700L), prices(out, PLACE, Side.SELL));
        h.ack(out);
        // Price falls: 1400 becomes the nearest candidate; the farthest working entry is cancelled first,
        // and the new one is placed only once the cancel is confirmed (the cap counts pending cancels).
        List<OutboundEvent> moved = h.trade(1350);
        assertEquals(List.of(GridHarness.placeAt(out, 1700).clientOrderId()),
                of(moved, CANCEL).stream().map(OutboundEvent::clientOrderId).toList());
        assertTrue(of(moved, PLACE).isEmpty());
        assertEquals(1, h.grid.counters().entriesSkippedByCap());
        h.ack(moved);
        assertEquals(List.of(1400L), prices(h.trade(1350), PLACE, Side.SELL));
    }

    @Test
    void shouldUseTheConfiguredTimeInForceForEntries() {
        GridHarness h = grid(GridMode.LONG).tif(TimeInForce.GTC).build();
        for (OutboundEvent e : h.trade(1450)) {
            assertEquals(TimeInForce.GTC, e.timeInForce());
        }
    }

    @Test
    void shouldBlockARejectedLevelForTheCooldownOfEventTime() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(100);
        OutboundEvent entry = h.trade(1550).get(0);
        assertEquals(1600, entry.priceTicks());
        h.rejected(entry, VenueCodes.POST_ONLY_WOULD_TAKE);
        assertEquals(1, h.grid.counters().ordersRejected());
        // Within the cooldown the next level up is the nearest allowed candidate.
        List<OutboundEvent> during = h.at(103).trade(1550);
        assertEquals(List.of(1700L), prices(during, PLACE, Side.SELL));
        h.ack(during);
        h.at(105);
        List<OutboundEvent> after = h.trade(1550);
        // Cooldown over: 1600 is desired again, the 1700 entry is cancelled to make room.
        assertEquals(1, of(after, CANCEL).size());
        h.ack(after);
        assertEquals(List.of(1600L), prices(h.trade(1550), PLACE, Side.SELL));
    }

    @Test
    void shouldNeverPlaceMoreThanTheCapAllowsEvenWithEveryEntryWorking() {
        GridHarness h = grid(GridMode.NEUTRAL).maxPosition(20).build();
        List<OutboundEvent> out = h.trade(1500);
        assertEquals(List.of(1600L, 1700L), prices(out, PLACE, Side.SELL));
        assertEquals(List.of(1400L, 1300L), prices(out, PLACE, Side.BUY));
    }
}
