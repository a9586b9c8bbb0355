package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hedge-mode legs in the matching core: each leg opens and closes apart; closing orders act reduce-only. */
class SimHedgeLegsTest {
    private final SimFixture sim = new SimFixture();

    private int place(long id, Side side, PositionSide leg, long price, long qty) {
        return sim.core.placeOrder(0, SimFixture.INSTRUMENT, id, side, OrderType.LIMIT, TimeInForce.GTC, false, leg,
                price, qty);
    }

    @Test
    void shouldOpenBothLegsAndCloseTheLongOneWithALongSell() {
        sim.givenTrade(100, 0);
        assertEquals(0, place(1, Side.BUY, PositionSide.LONG, 99, 5));
        assertEquals(0, place(2, Side.SELL, PositionSide.SHORT, 101, 3));
        sim.trade(98, 10);
        sim.trade(102, 10);
        assertEquals(5, sim.core.legLots(SimFixture.INSTRUMENT, PositionSide.LONG));
        assertEquals(3, sim.core.legLots(SimFixture.INSTRUMENT, PositionSide.SHORT));
        assertEquals(2, sim.position());

        assertEquals(0, place(3, Side.SELL, PositionSide.LONG, 103, 8));
        sim.listener.clear();
        sim.trade(104, 10);
        assertEquals(List.of("3:5@103"), sim.listener.fillSummary());
        assertEquals(0, sim.core.legLots(SimFixture.INSTRUMENT, PositionSide.LONG));
        assertEquals(3, sim.core.legLots(SimFixture.INSTRUMENT, PositionSide.SHORT));
        assertEquals(-3, sim.position());
        assertEquals(true, sim.core.isWorking(SimFixture.INSTRUMENT, 3));
    }

    @Test
    void shouldRefuseAClosingOrderWhenItsLegIsFlat() {
        sim.givenTrade(100, 0);
        assertEquals(SimRejectCodes.REDUCE_ONLY_REJECTED, place(1, Side.SELL, PositionSide.LONG, 101, 1));
        assertEquals(SimRejectCodes.REDUCE_ONLY_REJECTED, place(2, Side.BUY, PositionSide.SHORT, 99, 1));
        assertEquals(0, place(3, Side.SELL, PositionSide.SHORT, 101, 1));
    }

    @Test
    void shouldGiveEachInstrumentItsOwnOpenOrderLimit() {
        SimMatchingCore core = new SimMatchingCore(SimFixture.instruments(), sim.listener, new int[] {1, 2});
        assertEquals(0, core.placeOrder(0, 0, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false,
                PositionSide.BOTH, 10, 1));
        assertEquals(SimRejectCodes.MAX_OPEN_ORDER_EXCEEDED, core.placeOrder(0, 0, 2, Side.BUY, OrderType.LIMIT,
                TimeInForce.GTC, false, PositionSide.BOTH, 10, 1));
        assertEquals(0, core.placeOrder(0, 1, 3, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false,
                PositionSide.BOTH, 10, 1));
        assertEquals(0, core.cancelOrder(0, 0, 1, Side.BUY));
        assertEquals(SimRejectCodes.UNKNOWN_ORDER, core.cancelOrder(0, 0, 1, Side.BUY));
    }
}
