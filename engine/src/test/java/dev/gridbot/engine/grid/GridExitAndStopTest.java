package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gridbot.engine.event.OutboundType.CANCEL;
import static dev.gridbot.engine.event.OutboundType.FILL_REPORT;
import static dev.gridbot.engine.event.OutboundType.PLACE;
import static dev.gridbot.engine.event.OutboundType.STOP_REPORT;
import static dev.gridbot.engine.grid.GridHarness.grid;
import static dev.gridbot.engine.grid.GridHarness.of;
import static dev.gridbot.engine.grid.GridHarness.placeAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridExitAndStopTest {
    private static final long U = Money.UNITS_PER_TICK_LOT;

    @Test
    void shouldPlaceExitOneLevelBelowWhenShortEntryFills() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1550);
        h.ack(out);
        OutboundEvent entry = placeAt(out, 1600);
        List<OutboundEvent> after = h.fillAll(entry);
        OutboundEvent exit = of(after, PLACE).get(0);
        assertEquals(Side.BUY, exit.side());
        assertEquals(1500, exit.priceTicks());
        assertEquals(10, exit.qtyLots());
        assertEquals(TimeInForce.GTC, exit.timeInForce());
        assertTrue(exit.reduceOnly());
        assertEquals(Intent.EXIT, ClientOrderId.intent(exit.clientOrderId()));
        assertEquals(ClientOrderId.level(entry.clientOrderId()), ClientOrderId.level(exit.clientOrderId()));
        assertEquals(LevelState.EXIT_WORKING, h.grid.levelState(6));
        assertEquals(-10, h.grid.account().netLots());
    }

    @Test
    void shouldPlaceExitOneLevelAboveWhenLongEntryFills() {
        GridHarness h = grid(GridMode.LONG).build();
        List<OutboundEvent> out = h.trade(1450);
        OutboundEvent entry = placeAt(out, 1400);
        OutboundEvent exit = of(h.fillAll(entry), PLACE).get(0);
        assertEquals(Side.SELL, exit.side());
        assertEquals(1500, exit.priceTicks());
        assertTrue(exit.reduceOnly());
        assertEquals(10, h.grid.account().netLots());
    }

    @Test
    void shouldReturnToIdleAndRealizeTheLevelSpreadWhenTheExitFills() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1550);
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1600)), PLACE).get(0);
        List<OutboundEvent> reports = of(h.fill(exit, 1500, 10, 0, 7), FILL_REPORT);
        assertEquals((1600 - 1500) * 10 * U, reports.get(0).pnlUnits());
        assertEquals(LevelState.IDLE, h.grid.levelState(6));
        assertEquals(1, h.grid.counters().roundTrips());
        assertEquals((1600 - 1500) * 10 * U, h.grid.account().realizedUnits());
        assertEquals(7, h.grid.account().feeUnits());
        assertEquals(0, h.grid.account().netLots());
    }

    @Test
    void shouldKeepAPartlyFilledEntryWorkingThenCancelTheRestAfterTheTimeoutAndExitWhatFilled() {
        GridHarness h = grid(GridMode.LONG).partialFillTimeoutSec(600).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        OutboundEvent entry = placeAt(out, 1400);
        h.at(10);
        assertTrue(of(h.fill(entry, 1400, 4, 6, 0), PLACE).isEmpty());
        assertEquals(LevelState.ENTRY_WORKING, h.grid.levelState(4));
        h.at(609);
        assertTrue(of(h.trade(1450), CANCEL).isEmpty());
        h.at(610);
        List<OutboundEvent> timeout = of(h.trade(1450), CANCEL);
        assertEquals(entry.clientOrderId(), timeout.get(0).clientOrderId());
        OutboundEvent exit = of(h.canceled(timeout.get(0), 6), PLACE).get(0);
        assertEquals(1500, exit.priceTicks());
        assertEquals(4, exit.qtyLots());
        assertEquals(LevelState.EXIT_WORKING, h.grid.levelState(4));
    }

    @Test
    void shouldKeepAPartlyFilledExitWorkingUntilComplete() {
        GridHarness h = grid(GridMode.LONG).build();
        List<OutboundEvent> out = h.trade(1450);
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1400)), PLACE).get(0);
        assertTrue(h.fill(exit, 1500, 3, 7, 0).stream().noneMatch(e -> e.type() == PLACE || e.type() == CANCEL));
        assertEquals(LevelState.EXIT_WORKING, h.grid.levelState(4));
        assertEquals(7, h.grid.levelOpenLots(4));
        h.fill(exit, 1500, 7, 0, 0);
        assertEquals(LevelState.IDLE, h.grid.levelState(4));
        assertEquals(100 * 10 * U, h.grid.account().realizedUnits());
    }

    @Test
    void shouldRetryARejectedExitAfterTheCooldown() {
        GridHarness h = grid(GridMode.SHORT).maxPosition(10).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1550);
        OutboundEvent exit = of(h.fillAll(placeAt(out, 1600)), PLACE).get(0);
        h.rejected(exit, -2022);
        assertEquals(LevelState.POSITION_OPEN, h.grid.levelState(6));
        h.at(4);
        assertTrue(of(h.trade(1620), PLACE).isEmpty());
        h.at(5);
        OutboundEvent again = of(h.trade(1620), PLACE).get(0);
        assertEquals(1500, again.priceTicks());
        assertTrue(again.reduceOnly());
    }

    @Test
    void shouldStopBelowTheLowerBufferCancellingEverythingAndClosingTheNetWithOneReduceOnlyMarketOrder() {
        GridHarness h = grid(GridMode.LONG).stops(995, 2010).build();
        h.at(1);
        List<OutboundEvent> out = h.trade(1450);
        h.ack(out);
        h.fillAll(placeAt(out, 1400));
        h.at(2);
        List<OutboundEvent> stop = h.trade(995);
        assertEquals(GridState.STOPPING, h.grid.state());
        List<OutboundEvent> market = of(stop, PLACE);
        assertEquals(1, market.size());
        assertEquals(OrderType.MARKET, market.get(0).orderType());
        assertEquals(Side.SELL, market.get(0).side());
        assertEquals(10, market.get(0).qtyLots());
        assertTrue(market.get(0).reduceOnly());
        // every working order (4 remaining entries and the exit) is cancelled
        assertEquals(5, of(stop, CANCEL).size());
        h.ack(stop);
        h.at(3);
        List<OutboundEvent> closed = h.fill(market.get(0), 990, 10, 0, 50);
        assertEquals((990 - 1400) * 10 * U, of(closed, FILL_REPORT).get(0).pnlUnits());
        OutboundEvent report = of(closed, STOP_REPORT).get(0);
        assertEquals(2 * GridHarness.SEC, report.refTimestampNanos());
        assertEquals(995, report.refPriceTicks());
        assertEquals(10, report.qtyLots());
        assertEquals(990, report.priceTicks());
        assertEquals(GridState.STOPPED, h.grid.state());
        assertEquals(0, h.grid.account().netLots());
        assertTrue(h.trade(1450).isEmpty(), "a stopped grid places nothing more");
    }

    @Test
    void shouldStopAtOrAboveTheUpperBufferAndReportAtOnceWhenFlat() {
        GridHarness h = grid(GridMode.SHORT).stops(995, 2010).build();
        h.ack(h.trade(1550));
        List<OutboundEvent> stop = h.trade(2010);
        assertTrue(of(stop, PLACE).isEmpty());
        assertEquals(1, of(stop, STOP_REPORT).size());
        assertEquals(GridState.STOPPED, h.grid.state());
    }

    @Test
    void shouldNotStopInsideTheBuffer() {
        GridHarness h = grid(GridMode.SHORT).stops(995, 2010).build();
        h.ack(h.trade(1550));
        h.trade(2009);
        h.trade(996);
        assertEquals(GridState.RUNNING, h.grid.state());
    }

    @Test
    void shouldMarkOpenLevelsToTheLastTradeAndTrackDrawdown() {
        GridHarness h = grid(GridMode.SHORT).build();
        List<OutboundEvent> out = h.trade(1550);
        h.fill(placeAt(out, 1600), 1600, 10, 0, 3);
        h.trade(1700);
        assertEquals((1600 - 1700) * 10 * U, h.grid.account().unrealizedUnits());
        assertEquals((1600 - 1700) * 10 * U - 3, h.grid.account().netPnlUnits());
        h.trade(1650);
        assertEquals(100 * 10 * U + 3, h.grid.account().maxDrawdownUnits());
    }

    @Test
    void shouldSendAnExitReduceOnlyOnlyWhenTheNetPositionCoversIt() {
        GridHarness h = grid(GridMode.NEUTRAL).partialFillTimeoutSec(60).build();
        h.at(0);
        List<OutboundEvent> out = h.trade(1500);
        h.ack(out);
        // the long entry at 1400 fills partly (net +4), then a short level fills fully (net -6)
        h.at(1);
        h.fill(placeAt(out, 1400), 1400, 4, 6, 0);
        h.at(2);
        OutboundEvent shortExit = of(h.fillAll(placeAt(out, 1600)), PLACE).get(0);
        assertEquals(-6, h.grid.account().netLots());
        assertFalse(shortExit.reduceOnly(), "a buy of 10 against a net short of 6 would be refused reduce-only");
        // the partial long times out; its exit (sell 4) against a net short is not reduce-only either
        h.at(61);
        OutboundEvent cancel = of(h.trade(1500), CANCEL).get(0);
        OutboundEvent longExit = of(h.canceled(cancel, 6), PLACE).get(0);
        assertEquals(Side.SELL, longExit.side());
        assertEquals(4, longExit.qtyLots());
        assertFalse(longExit.reduceOnly());
    }

    @Test
    void shouldCountWorkingReduceOnlyExitsWhenDecidingCoverage() {
        GridHarness h = grid(GridMode.LONG).build();
        List<OutboundEvent> out = h.trade(1450);
        OutboundEvent first = of(h.fillAll(placeAt(out, 1400)), PLACE).get(0);
        OutboundEvent second = of(h.fillAll(placeAt(out, 1300)), PLACE).get(0);
        assertTrue(first.reduceOnly());
        assertTrue(second.reduceOnly(), "net 20 covers both exits of 10");
    }
}
