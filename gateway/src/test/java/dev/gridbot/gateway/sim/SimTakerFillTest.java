package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.gateway.sim.RecordingListener.Kind;
import dev.gridbot.gateway.sim.RecordingListener.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimTakerFillTest {
    private final SimFixture sim = new SimFixture();

    @Test
    void shouldRejectPostOnlyBuyAtOrAboveTheLastPrice() {
        sim.givenTrade(100, 1);

        sim.send(Cmd.buy(1).at(100).postOnly()).send(Cmd.buy(2).at(101).postOnly());

        assertEquals(2, sim.listener.of(Kind.REJECTED).size());
        assertEquals(VenueCodes.POST_ONLY_WOULD_TAKE, sim.listener.of(Kind.REJECTED).get(0).code());
        assertEquals(-5022, sim.listener.of(Kind.REJECTED).get(1).code());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldRejectPostOnlySellAtOrBelowTheLastPrice() {
        sim.givenTrade(100, 1);

        sim.send(Cmd.sell(1).at(100).postOnly());

        assertEquals(VenueCodes.POST_ONLY_WOULD_TAKE, sim.listener.last().code());
    }

    @Test
    void shouldAcceptPostOnlyThatDoesNotCrossAndBeforeAnyTrade() {
        sim.send(Cmd.buy(1).at(1_000_000).postOnly());
        sim.givenTrade(100, 0);
        sim.send(Cmd.buy(2).at(99).postOnly()).send(Cmd.sell(3).at(101).postOnly());

        assertEquals(List.of(Kind.ACCEPTED, Kind.ACCEPTED), sim.listener.reports.stream().map(Report::kind).toList());
        assertEquals(3, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldFillCrossingLimitInFullAtTheNextTradePriceWithTheTakerFee() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.buy(1).at(102).qty(50));

        sim.trade(101, 1);

        Report fill = sim.listener.fills().get(0);
        assertEquals(List.of("1:50@101"), sim.listener.fillSummary(), "in full although the trade was 1 lot");
        assertFalse(fill.maker());
        assertEquals(101L * 50 * SimFixture.TAKER_PPM, fill.feeUnits());
        assertEquals(50, sim.core.takerVolumeLots(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldFillCrossingLimitWhenTheNextTradeIsExactlyAtItsLimit() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.sell(1).at(100).qty(5));

        sim.trade(100, 1);

        assertEquals(List.of("1:5@100"), sim.listener.fillSummary());
    }

    @Test
    void shouldRestCrossingLimitAsMakerWhenTheNextTradeIsWorseThanItsLimit() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(101, 10);
        assertTrue(sim.listener.fills().isEmpty());
        assertEquals(1, sim.core.openOrders(SimFixture.INSTRUMENT));

        sim.trade(100, 10);
        assertTrue(sim.listener.fills().isEmpty(), "now an ordinary maker: a print at its price does not fill it");

        sim.trade(99, 3);
        Report fill = sim.listener.fills().get(0);
        assertEquals(List.of("1:3@100"), sim.listener.fillSummary());
        assertTrue(fill.maker());
        assertEquals(100L * 3 * SimFixture.MAKER_PPM, fill.feeUnits());
    }

    @Test
    void shouldNotConsumeTheTradeAmountWithTakers() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.buy(1).at(98).qty(4), Cmd.buy(2).at(100).qty(50));

        sim.trade(97, 4);

        assertEquals(List.of("2:50@97", "1:4@98"), sim.listener.fillSummary(), "the taker first, the maker gets all 4");
    }

    @Test
    void shouldProcessTakersInSubmissionOrderBeforeMakers() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.sell(1).at(102).qty(2), Cmd.buy(2).market().qty(3), Cmd.buy(3).at(105).qty(1));

        sim.trade(103, 1);

        assertEquals(List.of("2:3@103", "3:1@103", "1:1@102"), sim.listener.fillSummary());
        assertEquals(List.of(1L, 2L, 3L), sim.listener.fills().stream().map(Report::venueSequence).toList());
    }

    @Test
    void shouldFillMarketOrderInFullAtTheNextTradePrice() {
        sim.givenTrade(100, 1);
        sim.send(Cmd.sell(1).market().qty(40));
        assertEquals(Kind.ACCEPTED, sim.listener.last().kind());
        assertTrue(sim.listener.fills().isEmpty(), "nothing fills before the next trade");

        sim.trade(95, 0);

        Report fill = sim.listener.fills().get(0);
        assertEquals(List.of("1:40@95"), sim.listener.fillSummary());
        assertFalse(fill.maker());
        assertEquals(0, fill.leavesLots());
        assertEquals(95L * 40 * SimFixture.TAKER_PPM, fill.feeUnits());
        assertEquals(-40, sim.position());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldFillMarketOrderPlacedBeforeAnyTradeAtTheFirstTrade() {
        sim.given(Cmd.buy(1).market().qty(2));

        sim.trade(123, 1);

        assertEquals(List.of("1:2@123"), sim.listener.fillSummary());
    }

    @Test
    void shouldFillIocLimitAtTheNextTradeWhenItIsGoodEnough() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.buy(1).at(99).qty(6).ioc());

        sim.trade(98, 1);

        assertEquals(List.of("1:6@98"), sim.listener.fillSummary());
        assertFalse(sim.listener.fills().get(0).maker());
        assertTrue(sim.listener.of(Kind.CANCELED).isEmpty());
    }

    @Test
    void shouldCancelIocLimitWhenTheNextTradeIsWorseThanItsLimit() {
        sim.givenTrade(100, 1);
        sim.given(Cmd.sell(1).at(101).qty(6).ioc());

        sim.trade(100, 10);

        assertTrue(sim.listener.fills().isEmpty());
        Report canceled = sim.listener.last();
        assertEquals(Kind.CANCELED, canceled.kind());
        assertEquals(6, canceled.qtyLots());
        assertEquals(0, sim.core.openOrders(SimFixture.INSTRUMENT));
    }

    @Test
    void shouldTreatNonCrossingLimitBeforeAnyTradeAsMaker() {
        sim.given(Cmd.buy(1).at(100).qty(5));

        sim.trade(100, 10).trade(101, 10);

        assertTrue(sim.listener.fills().isEmpty(), "it rests: no taker fill at or above its price");
    }
}
