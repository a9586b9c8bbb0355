package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static dev.gridbot.engine.grid.GridHarness.prices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A changed configuration handed to a grid: refused while it runs or stops; taken while paused or
 * stopped, where a new quantity or cap applies to the orders placed from then on; levels that move
 * taken only once it is stopped with every order settled.
 */
class GridReconfigureTest {
    /** Every other level of the harness's: 1000, 1200, … 2000. */
    private static final long[] WIDER = {1000, 1200, 1400, 1600, 1800, 2000};

    /** A long grid of three 10-lot entries (1400, 1300, 1200 once a trade at 1450 lays them out). */
    private static GridHarness.Builder threeEntries() {
        return grid(GridMode.LONG).maxPosition(30);
    }

    /** The same grid, 20 lots an entry and room for 50. */
    private static GridHarness.Builder biggerEntries() {
        return threeEntries().quantity(20).maxPosition(50);
    }

    /** Lays out {@code h}'s three entries with a trade at 1450 and has the venue accept them; returns them. */
    private static List<OutboundEvent> layOut(GridHarness h) {
        h.at(1);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        assertEquals(3, h.grid.workingOrders());
        return out;
    }

    /** Position plus the unfilled quantity of working entries never exceeds the cap, on either side. */
    private static void assertCapHolds(GridHarness h) {
        for (Side side : Side.values()) {
            long exposure = h.grid.account().sideLots(side) + h.grid.workingEntryLots(side);
            assertTrue(exposure <= h.grid.maxPositionLots(),
                    side + " exposure " + exposure + " exceeds the cap " + h.grid.maxPositionLots());
        }
    }

    @Test
    void shouldRefuseAChangeWhileRunningAndKeepTradingAsConfigured() {
        GridHarness h = threeEntries().build();
        List<OutboundEvent> entries = layOut(h);
        GridSpec before = h.grid.spec();

        assertEquals(List.of(), h.reconfigure(biggerEntries()), "a refused change sends nothing");
        assertFalse(h.applied);
        assertSame(before, h.grid.spec());
        assertEquals(10, h.grid.spec().qtyLots());
        assertEquals(30, h.grid.maxPositionLots());

        h.at(2);
        List<OutboundEvent> moved = h.trade(1350);
        assertEquals(List.of(placeAt(entries, 1400).clientOrderId()),
                of(moved, CANCEL).stream().map(OutboundEvent::clientOrderId).toList(),
                "the entry above the price goes; nothing new while its cancel is out (the old cap of 30)");
        assertEquals(0, of(moved, PLACE).size());
        h.ack(moved);
        h.at(3);
        List<OutboundEvent> next = h.trade(1350);
        assertEquals(10, placeAt(next, 1100).qtyLots(), "the next entry has the configured quantity");
        assertCapHolds(h);
    }

    @Test
    void shouldTakeANewQuantityAndCapWhilePausedForTheEntriesPlacedAfterTheResumeOnly() {
        GridHarness h = threeEntries().build();
        List<OutboundEvent> entries = layOut(h);
        h.control(ControlCommand.PAUSE);

        assertEquals(List.of(), h.reconfigure(biggerEntries()), "taking a change sends nothing by itself");
        assertTrue(h.applied);
        assertEquals(20, h.grid.spec().qtyLots());
        assertEquals(50, h.grid.maxPositionLots());
        assertEquals(3, h.grid.workingOrders(), "its working entries stay");
        assertEquals(GridState.PAUSED.ordinal(), h.grid.stateCode(), "still paused");

        h.control(ControlCommand.RESUME);
        h.at(2);
        List<OutboundEvent> resumed = h.trade(1450);
        assertEquals(0, of(resumed, CANCEL).size(),
                "the working 10-lot entries count as 10 in the new cap: none is cancelled to make room");
        assertEquals(List.of(1100L), prices(resumed, PLACE, Side.BUY), "30 working + 20 new = the new cap of 50");
        assertEquals(20, placeAt(resumed, 1100).qtyLots(), "a new entry has the new quantity");
        assertEquals(10 + 10 + 10 + 20, h.grid.workingEntryLots(Side.BUY), "the old entries keep their 10 lots each");
        assertCapHolds(h);
        h.ack(resumed);

        List<OutboundEvent> exit = h.fillAll(placeAt(entries, 1400));
        assertEquals(10, placeAt(exit, 1500).qtyLots(), "the exit closes what the entry opened, not the new quantity");
        assertCapHolds(h);
        h.ack(exit);
        h.at(3);
        assertEquals(List.of(), h.trade(1450), "at the cap: position 10 + working 40");
        assertCapHolds(h);
    }

    @Test
    void shouldCancelTheFarthestEntryWhenAPausedGridTakesALowerCap() {
        GridHarness h = threeEntries().build();
        List<OutboundEvent> entries = layOut(h);
        h.control(ControlCommand.PAUSE);
        h.reconfigure(threeEntries().maxPosition(20));
        assertTrue(h.applied);

        h.control(ControlCommand.RESUME);
        h.at(2);
        List<OutboundEvent> resumed = h.trade(1450);
        assertEquals(List.of(placeAt(entries, 1200).clientOrderId()),
                of(resumed, CANCEL).stream().map(OutboundEvent::clientOrderId).toList());
        assertEquals(0, of(resumed, PLACE).size());
        h.ack(resumed);
        assertEquals(20, h.grid.workingEntryLots(Side.BUY));
        assertCapHolds(h);
    }

    @Test
    void shouldRefuseToMoveThePausedGridsLevelsOrMode() {
        GridHarness h = threeEntries().build();
        List<OutboundEvent> entries = layOut(h);
        h.control(ControlCommand.PAUSE);
        GridSpec before = h.grid.spec();

        assertEquals(List.of(), h.reconfigure(threeEntries().levels(WIDER)));
        assertFalse(h.applied, "other level prices");
        h.reconfigure(grid(GridMode.NEUTRAL).maxPosition(30));
        assertFalse(h.applied, "another mode gives the levels other roles");
        h.reconfigure(threeEntries().levels(WIDER).quantity(20));
        assertFalse(h.applied, "all or nothing: not even the quantity of a change that moves the levels");
        assertSame(before, h.grid.spec());
        assertEquals(11, h.grid.levels());
        assertEquals(3, h.grid.workingOrders());
    }

    @Test
    void shouldMoveTheLevelsOnlyOnceStoppedWithEveryCancelConfirmedAndLayThemOutOnStart() {
        GridHarness h = threeEntries().build();
        List<OutboundEvent> entries = layOut(h);
        h.ack(h.fillAll(placeAt(entries, 1400)));
        h.at(2);
        List<OutboundEvent> stop = h.control(ControlCommand.STOP);
        assertEquals(GridState.STOPPING, h.grid.state());

        h.reconfigure(threeEntries().quantity(5));
        assertFalse(h.applied, "stopping: not even a change that leaves the levels");
        h.reconfigure(threeEntries().levels(WIDER));
        assertFalse(h.applied);

        h.fill(of(stop, PLACE).get(0), 1440, 10, 0, 30);
        assertEquals(GridState.STOPPED, h.grid.state());
        assertEquals(3, of(stop, CANCEL).size());
        assertEquals(3, h.grid.workingOrders(), "its cancels are not confirmed yet");
        h.reconfigure(threeEntries().levels(WIDER));
        assertFalse(h.applied, "stopped, but orders still on the levels");
        assertEquals(11, h.grid.levels());

        for (OutboundEvent cancel : of(stop, CANCEL)) {
            h.canceled(cancel, 10);
        }
        assertEquals(0, h.grid.workingOrders());
        assertEquals(List.of(), h.reconfigure(threeEntries().levels(WIDER)));
        assertTrue(h.applied);
        assertEquals(6, h.grid.levels());
        assertEquals(GridState.STOPPED, h.grid.state(), "a change is no start");

        h.control(ControlCommand.START);
        assertTrue(h.applied);
        h.at(3);
        List<OutboundEvent> again = h.trade(1500);
        assertEquals(List.of(1400L, 1200L, 1000L), prices(again, PLACE, Side.BUY), "the new levels, 200 apart");
        assertCapHolds(h);
    }

    @Test
    void shouldReportPausedWhilePausedBeforeItsFirstTradeAndTakeAChangeThatLeavesItsLevels() {
        GridHarness h = grid(GridMode.NEUTRAL).build();
        h.control(ControlCommand.PAUSE);
        assertTrue(h.applied);
        assertEquals(GridState.WAITING, h.grid.state());
        assertEquals(GridState.PAUSED.ordinal(), h.grid.stateCode(), "paused, though it has not started yet");

        h.reconfigure(grid(GridMode.NEUTRAL).levels(WIDER));
        assertFalse(h.applied, "waiting is not stopped: its levels stay");
        h.reconfigure(grid(GridMode.NEUTRAL).quantity(20));
        assertTrue(h.applied);

        h.at(1);
        assertEquals(List.of(), h.trade(1550));
        assertEquals(GridState.PAUSED.ordinal(), h.grid.stateCode());
        h.control(ControlCommand.RESUME);
        h.at(2);
        List<OutboundEvent> entries = of(h.trade(1550), PLACE);
        assertEquals(11, entries.size(), "an entry on every level");
        for (OutboundEvent e : entries) {
            assertEquals(20, e.qtyLots());
        }
        assertEquals(GridState.RUNNING.ordinal(), h.grid.stateCode());
    }
}
