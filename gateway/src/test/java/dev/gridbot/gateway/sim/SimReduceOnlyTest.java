package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.gateway.sim.RecordingListener.Kind;
import dev.gridbot.gateway.sim.RecordingListener.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimReduceOnlyTest {
    private final SimFixture sim = new SimFixture();

    /** Opens a long of {@code lots} at 100 through a resting buy. */
    private void givenLong(long lots) {
        sim.given(Cmd.buy(100).at(100).qty(lots));
        sim.givenTrade(99, lots);
        assertEquals(lots, sim.position());
    }

    @Test
    void shouldRejectReduceOnlyWhenFlat() {
        sim.send(Cmd.sell(1).at(100).reduceOnly());

        assertEquals(Kind.REJECTED, sim.listener.last().kind());
        assertEquals(VenueCodes.REDUCE_ONLY_REJECTED, sim.listener.last().code());
    }

    @Test
    void shouldRejectReduceOnlyOnTheSideOfThePosition() {
        givenLong(5);

        sim.send(Cmd.buy(1).at(90).reduceOnly());

        assertEquals(-2022, sim.listener.last().code());
        assertEquals(1, sim.listener.reports.size());
    }

    @Test
    void shouldClipReduceOnlyFillToThePositionAndKeepTheRestWorking() {
        givenLong(3);
        sim.given(Cmd.sell(1).at(101).qty(10).reduceOnly());

        sim.trade(102, 20);

        assertEquals(List.of("1:3@101"), sim.listener.fillSummary());
        assertEquals(7, sim.listener.fills().get(0).leavesLots());
        assertEquals(0, sim.position());
        assertEquals(1, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldCancelReduceOnlyInsteadOfFillingWhenThePositionIsFlat() {
        givenLong(3);
        sim.given(Cmd.sell(1).at(101).qty(10).reduceOnly());
        sim.givenTrade(102, 20);

        sim.trade(102, 20);

        assertTrue(sim.listener.fills().isEmpty());
        Report canceled = sim.listener.last();
        assertEquals(Kind.CANCELED, canceled.kind());
        assertEquals(7, canceled.qtyLots());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldCancelTheSecondReduceOnlyOnceTheFirstClosedThePositionOnTheSameTrade() {
        givenLong(4);
        sim.given(Cmd.sell(1).at(101).qty(4).reduceOnly(), Cmd.sell(2).at(102).qty(4).reduceOnly());

        sim.trade(103, 20);

        assertEquals(List.of("1:4@101"), sim.listener.fillSummary());
        assertEquals(Kind.CANCELED, sim.listener.last().kind());
        assertEquals(2, sim.listener.last().clientOrderId());
        assertEquals(0, sim.position());
    }

    @Test
    void shouldCancelReduceOnlyWhenThePositionTurnedToItsSide() {
        givenLong(2);
        sim.given(Cmd.sell(1).at(110).qty(2).reduceOnly(), Cmd.sell(2).at(105).qty(5));
        sim.givenTrade(106, 5);
        assertEquals(-3, sim.position());

        sim.trade(111, 5);

        assertTrue(sim.listener.fills().isEmpty());
        assertEquals(Kind.CANCELED, sim.listener.last().kind());
        assertEquals(1, sim.listener.last().clientOrderId());
    }

    @Test
    void shouldClipReduceOnlyMarketOrderAndCancelItsRest() {
        givenLong(3);
        sim.given(Cmd.sell(1).market().qty(10).reduceOnly());

        sim.trade(97, 0);

        assertEquals(List.of("1:3@97"), sim.listener.fillSummary());
        assertEquals(Kind.CANCELED, sim.listener.last().kind());
        assertEquals(7, sim.listener.last().qtyLots());
        assertEquals(0, sim.position());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldNotReduceTheTradeAmountByACanceledReduceOnlyOrder() {
        givenLong(2);
        sim.given(Cmd.sell(1).at(101).qty(2).reduceOnly(), Cmd.sell(2).at(102).qty(2).reduceOnly(),
                Cmd.sell(3).at(103).qty(2));

        sim.trade(104, 3);

        assertEquals(List.of("1:2@101", "3:1@103"), sim.listener.fillSummary());
        assertEquals(-1, sim.position());
    }
}
