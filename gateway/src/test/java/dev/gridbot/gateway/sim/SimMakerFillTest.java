package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.RecordingListener.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimMakerFillTest {
    private final SimFixture sim = new SimFixture();

    @Test
    void shouldFillRestingBuyOnlyWhenTradePrintsStrictlyBelow() {
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(101, 10).trade(100, 10);
        assertTrue(sim.listener.fills().isEmpty(), "a trade at or above the buy's price does not fill it");

        sim.trade(99, 10);
        assertEquals(List.of("1:5@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldFillRestingSellOnlyWhenTradePrintsStrictlyAbove() {
        sim.given(Cmd.sell(1).at(100).qty(5));

        sim.trade(99, 10).trade(100, 10);
        assertTrue(sim.listener.fills().isEmpty(), "a trade at or below the sell's price does not fill it");

        sim.trade(101, 10);
        assertEquals(List.of("1:5@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldFillAtTheOrdersOwnPriceNotTheTradePrice() {
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(90, 10);

        Report fill = sim.listener.fills().get(0);
        assertEquals(100, fill.priceTicks());
        assertTrue(fill.maker());
    }

    @Test
    void shouldFillBuysInPricePriorityUntilTheTradeAmountRunsOut() {
        sim.given(Cmd.buy(1).at(98).qty(4), Cmd.buy(2).at(100).qty(3), Cmd.buy(3).at(99).qty(5),
                Cmd.buy(4).at(97).qty(1));

        sim.trade(96, 10);

        assertEquals(List.of("2:3@100", "3:5@99", "1:2@98"), sim.listener.fillSummary());
        assertEquals(2, sim.listener.fills().get(2).leavesLots());
        assertEquals(10, sim.position());
        assertEquals(2, sim.core.openOrders(SimFixture.INSTRUMENT), "order 1 keeps 2 lots, order 4 is untouched");
    }

    @Test
    void shouldFillSellsLowestPriceFirst() {
        sim.given(Cmd.sell(1).at(103).qty(2), Cmd.sell(2).at(101).qty(2), Cmd.sell(3).at(102).qty(2));

        sim.trade(104, 5);

        assertEquals(List.of("2:2@101", "3:2@102", "1:1@103"), sim.listener.fillSummary());
        assertEquals(-5, sim.position());
    }

    @Test
    void shouldFillInSubmissionOrderAtEqualPrices() {
        sim.given(Cmd.buy(7).at(100).qty(3), Cmd.buy(5).at(100).qty(3), Cmd.buy(6).at(100).qty(3));

        sim.trade(99, 7);

        assertEquals(List.of("7:3@100", "5:3@100", "6:1@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldKeepSubmissionOrderOfAPartlyFilledOrderAgainstLaterOnes() {
        sim.given(Cmd.buy(1).at(100).qty(5));
        sim.givenTrade(99, 2).givenTrade(101, 0);
        sim.given(Cmd.buy(2).at(100).qty(5));

        sim.trade(99, 4);

        assertEquals(List.of("1:3@100", "2:1@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldPrintThePriceButFillNothingOnAZeroAmountTrade() {
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(99, 0);

        assertTrue(sim.listener.fills().isEmpty());
        assertEquals(99, sim.core.lastPriceTicks(SimFixture.INSTRUMENT));
        assertEquals(1, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldFillAnOrderPlacedAfterTradeKFromTradeKPlusOne() {
        sim.givenTrade(105, 10);
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(99, 10);

        assertEquals(List.of("1:5@100"), sim.listener.fillSummary());
        assertEquals(2000, sim.listener.fills().get(0).ts(), "the fill carries the trade's time");
    }

    @Test
    void shouldChargeTheMakerFeeExactly() {
        sim.given(Cmd.buy(1).at(80001).qty(123), Cmd.sell(2).at(80050).qty(7));

        sim.trade(80000, 200).trade(80051, 200);

        List<Report> fills = sim.listener.fills();
        assertEquals(80001L * 123 * SimFixture.MAKER_PPM, fills.get(0).feeUnits());
        assertEquals(Money.feeUnits(80050, 7, SimFixture.MAKER_PPM), fills.get(1).feeUnits());
        assertEquals(1_968_024_600L, fills.get(0).feeUnits(), "80001 × 123 × 200");
        assertEquals(fills.get(0).feeUnits() + fills.get(1).feeUnits(),
                sim.core.feesPaidUnits(SimFixture.INSTRUMENT));
        assertEquals(130, sim.core.makerVolumeLots(SimFixture.INSTRUMENT));
        assertEquals(0, sim.core.takerVolumeLots(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldReportLeavesAndFinishAnOrderOverSeveralTrades() {
        sim.given(Cmd.sell(1).at(100).qty(5));

        sim.trade(101, 2).trade(101, 2).trade(101, 2);

        assertEquals(List.of("1:2@100", "1:2@100", "1:1@100"), sim.listener.fillSummary());
        assertEquals(List.of(3L, 1L, 0L), sim.listener.fills().stream().map(Report::leavesLots).toList());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldLetBuysDrawOnTheTradeAmountBeforeSellsWhenTheAccountCrossesItself() {
        sim.given(Cmd.sell(1).at(100).qty(5), Cmd.buy(2).at(104).qty(3));

        sim.trade(102, 4);

        assertEquals(List.of("2:3@104", "1:1@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldKeepInstrumentsApart() {
        sim.given(Cmd.buy(1).at(100).qty(5).instrument(1));

        sim.trade(90, 10);
        assertTrue(sim.listener.fills().isEmpty());

        sim.core.onTrade(5000, 1, 99, 10);
        Report fill = sim.listener.fills().get(0);
        assertEquals(1, fill.instrumentId());
        assertEquals(Side.BUY, fill.side());
        assertEquals(5, sim.core.positionLots(1));
        assertEquals(0, sim.core.positionLots(0));
    }
}
