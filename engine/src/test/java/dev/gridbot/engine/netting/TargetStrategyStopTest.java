package dev.gridbot.engine.netting;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.support.CapturingSink;
import dev.gridbot.engine.target.ScheduleSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A target strategy's stop, with its book's venue played by hand: once its net PnL falls to minus
 * maxLoss it wants nothing for good (STOPPING), and only when it is flat does it stop (STOPPED) and
 * report the stop, once.
 */
class TargetStrategyStopTest {
    private static final long SEC = 1_000_000_000L;
    private static final Instrument INSTRUMENT = new Instrument(0, "TEST", BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, BigDecimal.ZERO, 200, 500);
    private static final long MAX_LOSS_UNITS = 50 * Money.UNITS_PER_TICK_LOT;

    private final CapturingSink venue = new CapturingSink();
    private final InboundEvent event = new InboundEvent();
    private final NettingBook book = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
            Long.MAX_VALUE, venue);
    private final TargetStrategy strategy = new TargetStrategy(0, "t", 0,
            new ScheduleSignal(new long[] {0}, new long[] {10}), 100, MAX_LOSS_UNITS, 1, 5 * SEC, 10, book);

    TargetStrategyStopTest() {
        book.attach(new TargetStrategy[] {strategy}, new TargetStrategy[] {strategy});
    }

    private void trade(long sec, long price) {
        event.setTrade(sec * SEC, 0, price, 1, 0);
        strategy.onTrade(event);
        book.onTrade(sec * SEC, price);
        book.drain();
    }

    private OutboundEvent lastPlace() {
        var places = venue.ofType(OutboundType.PLACE);
        return places.get(places.size() - 1);
    }

    @Test
    void shouldFlattenAtMaxLossAndReportTheStopOnlyOnceFlat() {
        trade(1, 1000);
        OutboundEvent buy = lastPlace();
        book.onOwnOrderEvent(event.setAccepted(SEC, 0, buy.clientOrderId(), Side.BUY, 999, 10));
        book.onOwnOrderEvent(event.setFilled(SEC, 0, buy.clientOrderId(), Side.BUY, 999, 10, 0, 0, true, 1));
        assertEquals(10, strategy.account().netLots());

        trade(2, 995);
        assertEquals(GridState.RUNNING, strategy.state(), "down 40, the stop is at 50");
        assertEquals(10, strategy.targetLots());

        trade(3, 993);
        assertEquals(GridState.STOPPING, strategy.state(), "down 60");
        assertEquals(0, strategy.targetLots(), "it wants to be flat");
        OutboundEvent sell = lastPlace();
        assertEquals(Side.SELL, sell.side());
        assertEquals(10, sell.qtyLots());
        assertEquals(0, venue.ofType(OutboundType.STOP_REPORT).size(), "not flat yet: no stop report");

        book.onOwnOrderEvent(event.setAccepted(3 * SEC, 0, sell.clientOrderId(), Side.SELL, sell.priceTicks(), 10));
        book.onOwnOrderEvent(event.setFilled(4 * SEC, 0, sell.clientOrderId(), Side.SELL, 994, 4, 6, 0, true, 2));
        assertEquals(GridState.STOPPING, strategy.state(), "6 lots still open");
        assertEquals(0, venue.ofType(OutboundType.STOP_REPORT).size());

        // The price comes back: a stopped strategy does not take its target up again.
        trade(5, 1100);
        assertEquals(0, strategy.targetLots());
        book.onOwnOrderEvent(event.setFilled(6 * SEC, 0, sell.clientOrderId(), Side.SELL, 995, 6, 0, 0, true, 3));
        assertEquals(GridState.STOPPED, strategy.state());
        assertEquals(0, strategy.account().netLots());
        OutboundEvent stop = venue.ofType(OutboundType.STOP_REPORT).get(0);
        assertEquals(0, stop.strategyId());
        assertEquals(3 * SEC, stop.refTimestampNanos(), "triggered at the trade that broke maxLoss");
        assertEquals(993, stop.refPriceTicks());
        assertEquals(10, stop.qtyLots(), "the position it held when it triggered");
        assertEquals(995, stop.priceTicks(), "closed by the last fill");

        int places = venue.ofType(OutboundType.PLACE).size();
        trade(7, 900);
        trade(8, 1200);
        assertEquals(GridState.STOPPED, strategy.state(), "stopped for good");
        assertEquals(places, venue.ofType(OutboundType.PLACE).size(), "it trades no more");
        assertEquals(1, venue.ofType(OutboundType.STOP_REPORT).size(), "one stop report");
    }
}
