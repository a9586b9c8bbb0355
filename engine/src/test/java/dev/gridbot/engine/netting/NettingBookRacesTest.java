package dev.gridbot.engine.netting;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.support.CapturingSink;
import dev.gridbot.engine.target.ScheduleSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two ways the book's venue position once parted from the strategies' virtual ones, each found by
 * the netting invariant tests in app: a closing wish on a hedge leg crossed beyond what its
 * strategy held (the engine halted), and a fill that an order status brought before the user
 * stream's report of it was booked twice.
 */
class NettingBookRacesTest {
    private static final long SEC = 1_000_000_000L;
    private static final Instrument INSTRUMENT = new Instrument(0, "TEST", BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, BigDecimal.ZERO, 200, 500);

    private final CapturingSink venue = new CapturingSink();
    private final InboundEvent event = new InboundEvent();

    /** A book of target strategies, each following its own schedule: {@code {sec, lots, sec, lots, …}}. */
    private NettingBook book(boolean hedge, long[]... schedules) {
        NettingBook book = new NettingBook(schedules.length, INSTRUMENT, hedge,
                new AccountLimits("desk", 200, 300, 1200), Long.MAX_VALUE, venue);
        TargetStrategy[] members = new TargetStrategy[schedules.length];
        for (int i = 0; i < schedules.length; i++) {
            long[] at = new long[schedules[i].length / 2];
            long[] lots = new long[at.length];
            for (int k = 0; k < at.length; k++) {
                at[k] = schedules[i][2 * k] * SEC;
                lots[k] = schedules[i][2 * k + 1];
            }
            members[i] = new TargetStrategy(i, "t" + i, 0, new ScheduleSignal(at, lots), 1_000, 1_000_000_000L, 1,
                    5 * SEC, 10, book);
        }
        book.attach(members, members);
        return book;
    }

    private void trade(NettingBook book, long sec, long price) {
        event.setTrade(sec * SEC, 0, price, 1, 0);
        for (Strategy s : book.members()) {
            s.onTrade(event);
        }
        book.onTrade(sec * SEC, price);
        book.drain();
    }

    private static TargetStrategy member(NettingBook book, int i) {
        return (TargetStrategy) book.members()[i];
    }

    @Test
    void shouldCrossAClosingWishOnAHedgeLegOnlyAsFarAsItsStrategyHoldsTheLeg() {
        // t0 wants 8 long, then 2 short; t1 wants nothing, then 4 long.
        NettingBook book = book(true, new long[] {0, 8, 2, -2}, new long[] {0, 0, 2, 4});
        trade(book, 1, 1000);
        OutboundEvent buy = venue.ofType(OutboundType.PLACE).get(0);
        assertEquals(8, buy.qtyLots());
        book.onOwnOrderEvent(event.setAccepted(SEC, 0, buy.clientOrderId(), Side.BUY, 999, 8));
        book.onOwnOrderEvent(event.setFilled(SEC, 0, buy.clientOrderId(), Side.BUY, 999, 3, 5, 600, true, 1));
        assertEquals(3, member(book, 0).account().longLots());

        // t0's long leg wish is now -8 (its 3 lots and its open share of 5); only the 3 it holds cross.
        trade(book, 3, 1000);
        OutboundEvent cross = venue.ofType(OutboundType.CROSS_REPORT).get(0);
        assertEquals(3, cross.qtyLots());
        assertEquals(1, cross.crossBuyer());
        assertEquals(0, cross.crossSeller());
        assertEquals(0, member(book, 0).account().longLots());
        assertEquals(3, member(book, 1).account().longLots());
        assertEquals(buy.clientOrderId(), venue.ofType(OutboundType.CANCEL).get(0).clientOrderId(),
                "the buy it no longer wants is taken off");
        book.onOwnOrderEvent(event.setCanceled(3 * SEC, 0, buy.clientOrderId(), Side.BUY, 5));
        trade(book, 4, 1000);
        long longLeg = 0;
        for (Strategy s : book.members()) {
            longLeg += s.account().longLots();
        }
        assertEquals(book.venueLegLots(NettingBook.LONG), longLeg, "venue long leg = virtual long legs");
    }

    @Test
    void shouldBookAFillThatAnOrderStatusBroughtFirstOnlyOnce() {
        NettingBook book = book(false, new long[] {0, 10});
        trade(book, 1, 1000);
        OutboundEvent buy = venue.ofType(OutboundType.PLACE).get(0);
        book.onOwnOrderEvent(event.setUnknown(SEC, 0, buy.clientOrderId(), Side.BUY, 0));
        assertEquals(1, venue.ofType(OutboundType.QUERY_ORDER).size());
        // The query's answer overtakes the user stream: 4 of 10 filled, still working.
        book.onOwnOrderEvent(event.setOrderStatus(2 * SEC, 0, buy.clientOrderId(), Side.BUY, 999, 4, 6,
                OrderStatus.PARTIALLY_FILLED.ordinal()));
        book.onOwnOrderEvent(event.setFilled(2 * SEC, 0, buy.clientOrderId(), Side.BUY, 999, 4, 6, 800, true, 1));
        assertEquals(4, member(book, 0).account().netLots());
        assertEquals(4, book.venuePositionLots());
        // The next fill counts in full.
        book.onOwnOrderEvent(event.setFilled(3 * SEC, 0, buy.clientOrderId(), Side.BUY, 999, 6, 0, 1200, true, 2));
        assertEquals(10, member(book, 0).account().netLots());
        assertEquals(10, book.venuePositionLots());
        assertEquals(book.venueFeeUnits(), member(book, 0).account().feeUnits());
    }

    @Test
    void shouldCountAStrategysFillThatAnOrderStatusBroughtFirstOnlyOnceInTheVenuePosition() {
        NettingBookTest.Recorder grid = new NettingBookTest.Recorder(0);
        NettingBook book = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
                Long.MAX_VALUE, venue);
        book.attach(new Strategy[] {grid}, new Strategy[] {grid});
        long id = ClientOrderId.of(0, 1, Intent.ENTRY, 1);
        book.place(SEC, 0, 0, id, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 990, 10);
        book.onStrategyOrderEvent(event.setOrderStatus(2 * SEC, 0, id, Side.BUY, 990, 4, 6,
                OrderStatus.PARTIALLY_FILLED.ordinal()));
        book.onStrategyOrderEvent(event.setFilled(2 * SEC, 0, id, Side.BUY, 990, 4, 6, 800, true, 1));
        assertEquals(4, book.venuePositionLots());
        assertTrue(book.venueFilledLots() == 4 && book.workingOrders() == 1, "still working, 4 filled");
    }
}
