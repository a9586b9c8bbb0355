package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.gateway.sim.RecordingListener.Kind;
import dev.gridbot.gateway.sim.RecordingListener.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimOrderLifecycleTest {
    private final SimFixture sim = new SimFixture();

    @Test
    void shouldAcknowledgeEveryAcceptedOrderAtOnceWithTheCommandTime() {
        sim.send(Cmd.buy(1).at(100).qty(5).time(777));

        assertEquals(new Report(Kind.ACCEPTED, 777, 0, 1, Side.BUY, 100, 0, 5, 0, false, 0, 0), sim.listener.last());
    }

    @Test
    void shouldCancelAWorkingOrderWithItsUnfilledRest() {
        sim.given(Cmd.buy(1).at(100).qty(5));
        sim.givenTrade(99, 2);

        sim.send(Cmd.cancel(1, Side.BUY));

        assertEquals(new Report(Kind.CANCELED, 0, 0, 1, Side.BUY, 0, 3, 0, 0, false, 0, 0), sim.listener.last());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
        sim.trade(90, 10);
        assertTrue(sim.listener.fills().isEmpty());
    }

    @Test
    void shouldCancelAMarketOrderThatHasNotMetATradeYet() {
        sim.given(Cmd.sell(1).market().qty(4));

        sim.send(Cmd.cancel(1, Side.SELL));

        assertEquals(Kind.CANCELED, sim.listener.last().kind());
        assertEquals(4, sim.listener.last().qtyLots());
    }

    @Test
    void shouldRejectCancelOfAnUnknownOrder() {
        sim.send(Cmd.cancel(42, Side.SELL));

        assertEquals(new Report(Kind.REJECTED, 0, 0, 42, Side.SELL, 0, 0, 0, 0, false, VenueCodes.UNKNOWN_ORDER, 0),
                sim.listener.last());
    }

    @Test
    void shouldRejectCancelOfAFilledOrder() {
        sim.given(Cmd.buy(1).at(100).qty(5));
        sim.givenTrade(99, 5);

        sim.send(Cmd.cancel(1, Side.BUY));

        assertEquals(-2011, sim.listener.last().code());
    }

    @Test
    void shouldRejectAPlaceThatReusesTheIdOfAWorkingOrder() {
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.send(Cmd.sell(1).at(120).qty(5));

        assertEquals(SimRejectCodes.DUPLICATED_CLIENT_ORDER_ID, sim.listener.last().code());
        assertEquals(-4116, sim.listener.last().code());
        assertEquals(1, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldAcceptTheIdOfAFinishedOrderAgain() {
        sim.given(Cmd.buy(1).at(100).qty(5));
        sim.send(Cmd.cancel(1, Side.BUY));

        sim.send(Cmd.buy(1).at(100).qty(5));

        assertEquals(Kind.ACCEPTED, sim.listener.last().kind());
    }

    @Test
    void shouldRejectZeroOrNegativeQuantity() {
        sim.send(Cmd.buy(1).at(100).qty(0)).send(Cmd.sell(2).market().qty(-3));

        assertEquals(SimRejectCodes.QTY_LESS_THAN_ZERO, sim.listener.reports.get(0).code());
        assertEquals(-4003, sim.listener.reports.get(1).code());
    }

    @Test
    void shouldRejectLimitOrderWithZeroOrNegativePrice() {
        sim.send(Cmd.buy(1).at(0).qty(1)).send(Cmd.sell(2).at(-5).qty(1));

        assertEquals(SimRejectCodes.PRICE_LESS_THAN_ZERO, sim.listener.reports.get(0).code());
        assertEquals(-4001, sim.listener.reports.get(1).code());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldRejectOrdersBeyondTheOpenOrderLimit() {
        SimFixture small = new SimFixture(2);
        small.given(Cmd.buy(1).at(100), Cmd.buy(2).at(99));

        small.send(Cmd.buy(3).at(98));

        assertEquals(SimRejectCodes.MAX_OPEN_ORDER_EXCEEDED, small.listener.last().code());
        small.send(Cmd.cancel(1, Side.BUY)).send(Cmd.buy(3).at(98));
        assertEquals(Kind.ACCEPTED, small.listener.last().kind());
    }

    @Test
    void shouldRejectAnUnknownInstrument() {
        sim.send(Cmd.buy(1).at(100).instrument(9));

        assertEquals(SimRejectCodes.BAD_SYMBOL, sim.listener.last().code());
    }

    @Test
    void shouldIgnoreReportsThatAreNotOrderCommands() {
        sim.send(new OutboundEvent().setFillReport(0, 0, 0, 1, Side.BUY, 100, 5, 1, 0));
        sim.send(new OutboundEvent().setStopReport(0, 0, 0, 0, 100, 5, 100));

        assertTrue(sim.listener.reports.isEmpty());
    }

    @Test
    void shouldNumberFillsWithAnIncreasingVenueSequence() {
        sim.given(Cmd.buy(1).at(100).qty(2), Cmd.buy(2).at(100).qty(2));

        sim.trade(99, 1).trade(99, 1).trade(99, 5);

        assertEquals(List.of("1:1@100", "1:1@100", "2:2@100"), sim.listener.fillSummary());
        assertEquals(3, sim.core.fills());
        long previous = 0;
        for (Report fill : sim.listener.fills()) {
            assertTrue(fill.venueSequence() > previous);
            previous = fill.venueSequence();
        }
    }

    @Test
    void shouldRefuseToBeCalledFromItsOwnListener() {
        CallingBackListener callsBack = new CallingBackListener();
        SimMatchingCore core = new SimMatchingCore(SimFixture.instruments(), callsBack);
        callsBack.core = core;

        assertThrows(IllegalStateException.class, () -> core.onCommand(Cmd.buy(1).at(100).build(), 0));
        core.onTrade(1, 0, 100, 1);
        assertEquals(100, core.lastPriceTicks(0), "the core is usable again after the refused call");
    }

    /** Calls back into the core when an order is accepted, as a listener must not. */
    private static final class CallingBackListener implements VenueListener {
        SimMatchingCore core;

        @Override
        public void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks,
                               long leavesLots) {
            core.onTrade(ts, instrumentId, 100, 1);
        }

        @Override
        public void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        }

        @Override
        public void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                             long leavesLots, long feeUnits, boolean maker, long venueSequence) {
        }

        @Override
        public void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots) {
        }
    }

    @Test
    void shouldRefuseATradeWithoutAPositivePrice() {
        assertThrows(IllegalArgumentException.class, () -> sim.core.onTrade(0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.core.onTrade(0, 0, 100, -1));
    }
}
