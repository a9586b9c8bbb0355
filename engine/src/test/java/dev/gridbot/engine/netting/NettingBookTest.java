package dev.gridbot.engine.netting;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.position.VirtualAccount;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.support.CapturingSink;
import dev.gridbot.engine.target.ScheduleSignal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The netting book's rules one by one, with the book's venue played by hand: internal crosses of
 * target wishes and of crossing limit orders, allocation of the book's fills, reduce-only in
 * one-way and hedge mode, account risk, and smart execution (passive, re-priced, then crossing).
 */
class NettingBookTest {
    private static final long SEC = 1_000_000_000L;
    private static final Instrument INSTRUMENT = new Instrument(0, "TEST", BigDecimal.ONE, BigDecimal.ONE,
            BigDecimal.ONE, BigDecimal.ZERO, 200, 500);

    private final CapturingSink venue = new CapturingSink();
    private final InboundEvent event = new InboundEvent();

    /** An order strategy that records what the book tells it and books fills into its account. */
    static final class Recorder implements Strategy {
        final int id;
        final VirtualAccount account = new VirtualAccount();
        final List<InboundEvent> events = new ArrayList<>();

        Recorder(int id) {
            this.id = id;
        }

        @Override
        public int id() {
            return id;
        }

        @Override
        public String name() {
            return "r" + id;
        }

        @Override
        public int instrumentId() {
            return 0;
        }

        @Override
        public void onTrade(InboundEvent trade) {
        }

        @Override
        public void onOrderEvent(InboundEvent e) {
            events.add(new InboundEvent().copyFrom(e));
            if (e.type() == InboundType.ORDER_FILLED) {
                account.fillNetting(e.side(), e.priceTicks(), e.qtyLots());
            }
        }

        @Override
        public void onVenueState(VenueState state, long timestampNanos) {
        }

        @Override
        public void adoptVenuePosition(long venueNetLots, long timestampNanos) {
        }

        @Override
        public boolean onControl(dev.gridbot.engine.model.ControlCommand command, long timestampNanos) {
            return false;
        }

        @Override
        public boolean reconfigure(Strategy next, long timestampNanos) {
            return false;
        }

        @Override
        public void onThrottled(long timestampNanos, long untilNanos) {
        }

        @Override
        public VirtualAccount account() {
            return account;
        }

        @Override
        public OrderCounters counters() {
            return new OrderCounters();
        }

        @Override
        public int stateCode() {
            return 1;
        }

        @Override
        public int conditions(long nowNanos) {
            return 0;
        }

        @Override
        public int workingOrders() {
            return 0;
        }

        @Override
        public int lastRejectCode() {
            return 0;
        }

        @Override
        public long stateHash(long seed) {
            return seed;
        }

        List<InboundEvent> ofType(InboundType type) {
            return events.stream().filter(e -> e.type() == type).toList();
        }
    }

    private NettingBook book(boolean hedge, int maxOpenOrders, long capLots, Strategy... members) {
        NettingBook book = new NettingBook(members.length, INSTRUMENT, hedge,
                new AccountLimits("desk", maxOpenOrders, 300, 1200), capLots, venue);
        book.attach(members, members);
        return book;
    }

    /** A one-way book of target strategies with fixed targets (ids in order). */
    private NettingBook targets(long... lots) {
        NettingBook book = new NettingBook(lots.length, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
                Long.MAX_VALUE, venue);
        TargetStrategy[] members = new TargetStrategy[lots.length];
        for (int i = 0; i < lots.length; i++) {
            members[i] = new TargetStrategy(i, "t" + i, 0, new ScheduleSignal(new long[] {0}, new long[] {lots[i]}),
                    1_000, 1_000_000_000L, 1, 5 * SEC, 10, book);
        }
        book.attach(members, members);
        return book;
    }

    private static TargetStrategy member(NettingBook book, int i) {
        return (TargetStrategy) book.members()[i];
    }

    private static long id(int owner, int seq) {
        return ClientOrderId.of(owner, 1, Intent.ENTRY, seq);
    }

    private void trade(NettingBook book, long sec, long price, Strategy... strategies) {
        event.setTrade(sec * SEC, 0, price, 1, 0);
        for (Strategy s : strategies) {
            s.onTrade(event);
        }
        book.onTrade(sec * SEC, price);
        book.drain();
    }

    private List<OutboundEvent> sent(OutboundType type) {
        return venue.ofType(type);
    }

    @Test
    void shouldCrossOppositeTargetsAtTheMidAndSendOnlyTheDifference() {
        NettingBook book = targets(10, -8);
        TargetStrategy buyer = member(book, 0);
        TargetStrategy seller = member(book, 1);
        trade(book, 1, 1000, buyer, seller);

        OutboundEvent cross = sent(OutboundType.CROSS_REPORT).get(0);
        assertEquals(8, cross.qtyLots());
        assertEquals(1000, cross.priceTicks());
        assertEquals(0, cross.crossBuyer());
        assertEquals(1, cross.crossSeller());
        assertEquals(2 * 1000 * 8 * 200, cross.feeUnits(), "both sides' maker fee saved");
        assertEquals(8, buyer.account().netLots());
        assertEquals(-8, seller.account().netLots());
        assertEquals(0, buyer.account().feeUnits() + seller.account().feeUnits());

        OutboundEvent place = sent(OutboundType.PLACE).get(0);
        assertEquals(1, sent(OutboundType.PLACE).size());
        assertEquals(Side.BUY, place.side());
        assertEquals(2, place.qtyLots(), "only the difference goes to the venue");
        assertEquals(TimeInForce.GTX, place.timeInForce());
        assertEquals(999, place.priceTicks(), "passive at the touch (last trade - 1 tick without a book)");
        assertEquals(Intent.TARGET, ClientOrderId.intent(place.clientOrderId()));
        assertEquals(2, ClientOrderId.strategy(place.clientOrderId()), "the book's own id");
        assertEquals(8, book.internalCrossLots());
        assertEquals(1, book.venueOrders());
    }

    @Test
    void shouldAllocateTheBooksFillsInProportionWithTheLargestRemainderAndTheFeeToo() {
        NettingBook book = targets(6, 3);
        TargetStrategy a = member(book, 0);
        TargetStrategy b = member(book, 1);
        trade(book, 1, 1000, a, b);
        OutboundEvent place = sent(OutboundType.PLACE).get(0);
        assertEquals(9, place.qtyLots());
        book.onOwnOrderEvent(event.setAccepted(SEC, 0, place.clientOrderId(), Side.BUY, 999, 9));
        // 5 of 9: exact shares 3.33 and 1.67; the spare lot goes to the larger remainder (b).
        book.onOwnOrderEvent(event.setFilled(2 * SEC, 0, place.clientOrderId(), Side.BUY, 999, 5, 4, 1001, true, 1));
        assertEquals(3, a.account().netLots());
        assertEquals(2, b.account().netLots());
        assertEquals(1001, a.account().feeUnits() + b.account().feeUnits(), "the fee is shared to the unit");
        assertEquals(601, a.account().feeUnits(), "a's part: 1001 x 3/5 = 600 rounded down, plus the rest as the largest part");
        book.onOwnOrderEvent(event.setFilled(3 * SEC, 0, place.clientOrderId(), Side.BUY, 999, 4, 0, 800, true, 2));
        assertEquals(6, a.account().netLots());
        assertEquals(3, b.account().netLots());
        assertEquals(9, book.venuePositionLots());
        assertEquals(1801, book.venueFeeUnits());
    }

    @Test
    void shouldCrossALimitOrderThatWouldTradeWithAnotherStrategysRestingOrderAtTheRestingPrice() {
        Recorder a = new Recorder(0);
        Recorder b = new Recorder(1);
        NettingBook book = book(false, 200, Long.MAX_VALUE, a, b);
        book.place(SEC, 0, 0, id(0, 1), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false, 1000, 10);
        book.onStrategyOrderEvent(event.setAccepted(SEC, 0, id(0, 1), Side.SELL, 1000, 10));
        venue.take();

        book.place(2 * SEC, 1, 0, id(1, 1), Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 1005, 4);
        book.drain();
        assertEquals(0, sent(OutboundType.PLACE).size(), "the crossing buy is held, not sent");
        assertEquals(id(0, 1), sent(OutboundType.CANCEL).get(0).clientOrderId(), "the resting sell is taken off");
        assertEquals(1, b.ofType(InboundType.ORDER_ACCEPTED).size());

        book.onStrategyOrderEvent(event.setCanceled(3 * SEC, 0, id(0, 1), Side.SELL, 10));
        book.drain();
        InboundEvent sellFill = a.ofType(InboundType.ORDER_FILLED).get(0);
        InboundEvent buyFill = b.ofType(InboundType.ORDER_FILLED).get(0);
        assertEquals(4, sellFill.qtyLots());
        assertEquals(1000, sellFill.priceTicks(), "at the earlier order's price");
        assertEquals(0, sellFill.feeUnits());
        assertEquals(6, sellFill.leavesLots());
        assertEquals(1000, buyFill.priceTicks());
        assertEquals(0, buyFill.leavesLots());
        assertEquals(1, a.ofType(InboundType.ORDER_CANCELED).size(), "the sell's rest is cancelled to its owner");
        assertEquals(6, a.ofType(InboundType.ORDER_CANCELED).get(0).qtyLots());
        OutboundEvent cross = sent(OutboundType.CROSS_REPORT).get(0);
        assertEquals(1, cross.crossBuyer());
        assertEquals(0, cross.crossSeller());
        assertEquals(4, cross.qtyLots());
        assertEquals(0, book.workingOrders());
        assertEquals(-4, a.account().netLots());
        assertEquals(4, b.account().netLots());
    }

    @Test
    void shouldSendWhatIsLeftOfAHeldOrderAndCountTheCrossInItsFills() {
        Recorder a = new Recorder(0);
        Recorder b = new Recorder(1);
        NettingBook book = book(false, 200, Long.MAX_VALUE, a, b);
        book.place(SEC, 0, 0, id(0, 1), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false, 1000, 3);
        book.place(2 * SEC, 1, 0, id(1, 1), Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 1000, 10);
        // The resting sell filled 1 at the venue before the cancel landed.
        book.onStrategyOrderEvent(event.setFilled(3 * SEC, 0, id(0, 1), Side.SELL, 1000, 1, 2, 40, true, 7));
        book.onStrategyOrderEvent(event.setCanceled(3 * SEC, 0, id(0, 1), Side.SELL, 2));
        book.drain();
        assertEquals(2, b.ofType(InboundType.ORDER_FILLED).get(0).qtyLots(), "only what was still open is crossed");
        List<OutboundEvent> places = sent(OutboundType.PLACE);
        OutboundEvent rest = places.get(places.size() - 1);
        assertEquals(id(1, 1), rest.clientOrderId());
        assertEquals(8, rest.qtyLots(), "the rest of the held buy goes to the venue under its own id");
        assertEquals(0, a.ofType(InboundType.ORDER_CANCELED).size(), "nothing of the sell was left to cancel");

        // The venue's fill of the rest counts from the rest's quantity: leaves say the same in both views.
        book.onStrategyOrderEvent(event.setFilled(4 * SEC, 0, id(1, 1), Side.BUY, 1000, 8, 0, 320, true, 8));
        assertEquals(10, b.account().netLots());
        assertEquals(7, book.venuePositionLots());
        assertEquals(book.venuePositionLots(), a.account().netLots() + b.account().netLots(),
                "the venue's position is the sum of the virtual ones");
    }

    @Test
    void shouldSendAClosingOrderReduceOnlyOnlyWhenTheNetPositionCoversIt() {
        Recorder a = new Recorder(0);
        Recorder b = new Recorder(1);
        NettingBook book = book(false, 200, Long.MAX_VALUE, a, b);
        a.account().open(Side.BUY, 1000, 10);
        b.account().open(Side.SELL, 1000, 6);
        // a's exit sells 10 while the account is net long 4: not reduce-only.
        book.place(SEC, 0, 0, id(0, 1), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, true, 1100, 10);
        assertFalse(sent(OutboundType.PLACE).get(0).reduceOnly());
        // a smaller exit the net covers is.
        book.place(SEC, 0, 0, id(0, 2), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, true, 1200, 4);
        assertTrue(sent(OutboundType.PLACE).get(1).reduceOnly());
        // and another one, after that reduce-only order took the cover, is not.
        book.place(SEC, 0, 0, id(0, 3), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, true, 1300, 1);
        assertFalse(sent(OutboundType.PLACE).get(2).reduceOnly());
    }

    @Test
    void shouldNeverCrossTheTwoLegsOfAHedgeAccountAgainstEachOther() {
        Recorder a = new Recorder(0);
        Recorder b = new Recorder(1);
        NettingBook book = book(true, 200, Long.MAX_VALUE, a, b);
        book.place(SEC, 0, 0, id(0, 1), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, false, 1000, 5);
        // A buy that opens the long leg does not trade with a sell that opens the short leg.
        book.place(SEC, 1, 0, id(1, 1), Side.BUY, OrderType.LIMIT, TimeInForce.GTC, false, 1010, 5);
        assertEquals(2, sent(OutboundType.PLACE).size());
        assertEquals(0, sent(OutboundType.CANCEL).size());
        // A buy that closes the short leg does.
        b.account().open(Side.SELL, 1000, 5);
        book.place(SEC, 1, 0, id(1, 2), Side.BUY, OrderType.LIMIT, TimeInForce.GTC, true, 1010, 5);
        assertEquals(2, sent(OutboundType.PLACE).size());
        assertEquals(id(0, 1), sent(OutboundType.CANCEL).get(0).clientOrderId());
        // Hedge mode sends the closing flag (the gateway turns it into positionSide), never a netted one.
        a.account().open(Side.BUY, 1000, 3);
        book.place(SEC, 0, 0, id(0, 2), Side.SELL, OrderType.LIMIT, TimeInForce.GTC, true, 1100, 3);
        assertTrue(sent(OutboundType.PLACE).get(2).reduceOnly());
    }

    @Test
    void shouldRefuseWhatBreaksAccountRiskWithTheReasonAndSendNothing() {
        Recorder a = new Recorder(0);
        NettingBook book = book(false, 2, 15, a);
        book.place(SEC, 0, 0, id(0, 1), Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 990, 10);
        book.place(SEC, 0, 0, id(0, 2), Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 980, 10);
        book.drain();
        assertEquals(VenueCodes.RISK_ACCOUNT_POSITION, a.ofType(InboundType.ORDER_REJECTED).get(0).code(),
                "10 working + 10 more would pass the cap of 15");
        book.place(SEC, 0, 0, id(0, 3), Side.SELL, OrderType.LIMIT, TimeInForce.GTX, false, 1010, 10);
        book.place(SEC, 0, 0, id(0, 4), Side.SELL, OrderType.LIMIT, TimeInForce.GTX, false, 1020, 1);
        book.drain();
        assertEquals(VenueCodes.RISK_OPEN_ORDERS, a.ofType(InboundType.ORDER_REJECTED).get(1).code());
        assertEquals(2, sent(OutboundType.PLACE).size());
        assertEquals(1, book.riskDenials(0));
        assertEquals(1, book.riskDenials(1));
    }

    @Test
    void shouldRefuseOrdersPastTheAccountsRateBudgetUntilTheWindowMovesOn() {
        Recorder a = new Recorder(0);
        NettingBook book = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 3, 1200),
                Long.MAX_VALUE, venue);
        book.attach(new Strategy[] {a}, new Strategy[] {a});
        for (int i = 1; i <= 4; i++) {
            book.place(SEC, 0, 0, id(0, i), Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 900 + i, 1);
        }
        book.drain();
        assertEquals(3, sent(OutboundType.PLACE).size());
        assertEquals(VenueCodes.RISK_ORDER_RATE, a.ofType(InboundType.ORDER_REJECTED).get(0).code());
        book.place(11 * SEC, 0, 0, id(0, 5), Side.BUY, OrderType.LIMIT, TimeInForce.GTX, false, 950, 1);
        assertEquals(4, sent(OutboundType.PLACE).size(), "ten seconds later the budget is back");
    }

    @Test
    void shouldWorkATargetPassivelyRepriceWithTheTouchAndCrossAfterChaseAfter() {
        NettingBook book = targets(5);
        TargetStrategy t = member(book, 0);
        trade(book, 1, 1000, t);
        OutboundEvent first = sent(OutboundType.PLACE).get(0);
        assertEquals(999, first.priceTicks());
        book.onOwnOrderEvent(event.setAccepted(SEC, 0, first.clientOrderId(), Side.BUY, 999, 5));
        // the touch moves up: the order is taken off and placed again at the new touch
        trade(book, 2, 1003, t);
        assertEquals(first.clientOrderId(), sent(OutboundType.CANCEL).get(0).clientOrderId());
        book.onOwnOrderEvent(event.setCanceled(2 * SEC, 0, first.clientOrderId(), Side.BUY, 5));
        OutboundEvent second = sent(OutboundType.PLACE).get(1);
        assertEquals(1002, second.priceTicks());
        assertEquals(TimeInForce.GTX, second.timeInForce());
        book.onOwnOrderEvent(event.setAccepted(2 * SEC, 0, second.clientOrderId(), Side.BUY, 1002, 5));
        // after chaseAfter (5 s from the first placement) it crosses: IOC beyond the far touch
        trade(book, 7, 1003, t);
        book.onOwnOrderEvent(event.setCanceled(7 * SEC, 0, second.clientOrderId(), Side.BUY, 5));
        OutboundEvent third = sent(OutboundType.PLACE).get(2);
        assertEquals(TimeInForce.IOC, third.timeInForce());
        assertEquals(1004 + 10, third.priceTicks(), "the ask (last + 1 without a book) plus chaseTicks");
        book.onOwnOrderEvent(event.setFilled(8 * SEC, 0, third.clientOrderId(), Side.BUY, 1004, 5, 0, 2510, false, 3));
        assertEquals(5, t.account().netLots());
        assertEquals(2510, t.account().feeUnits());
    }

    @Test
    void shouldCancelAnOrderOfItsOwnThatIsWorkingAtTheVenueButNotInTheBook() {
        NettingBook book = targets(5);
        long stray = ClientOrderId.of(1, ClientOrderId.NO_LEVEL, Intent.TARGET, 77);
        book.onOwnOrderEvent(event.setOrderStatus(SEC, 0, stray, Side.BUY, 990, 0, 5,
                dev.gridbot.engine.model.OrderStatus.NEW.ordinal()));
        assertEquals(stray, sent(OutboundType.CANCEL).get(0).clientOrderId());
        assertEquals(1, book.orphansCanceled());
    }

    @Test
    void shouldTradeNothingForAPausedTargetStrategyAndFlattenAStoppedOne() {
        NettingBook book = targets(5);
        TargetStrategy t = member(book, 0);
        assertTrue(t.onControl(dev.gridbot.engine.model.ControlCommand.PAUSE, SEC));
        trade(book, 1, 1000, t);
        assertEquals(0, sent(OutboundType.PLACE).size(), "paused: its wish is not traded");
        assertTrue(t.onControl(dev.gridbot.engine.model.ControlCommand.RESUME, SEC));
        trade(book, 2, 1000, t);
        OutboundEvent buy = sent(OutboundType.PLACE).get(0);
        book.onOwnOrderEvent(event.setFilled(3 * SEC, 0, buy.clientOrderId(), Side.BUY, 999, 5, 0, 0, true, 1));
        assertEquals(5, t.account().netLots());

        assertTrue(t.onControl(dev.gridbot.engine.model.ControlCommand.STOP, 4 * SEC));
        assertEquals(dev.gridbot.engine.grid.GridState.STOPPING, t.state());
        trade(book, 5, 1000, t);
        OutboundEvent sell = sent(OutboundType.PLACE).get(1);
        assertEquals(Side.SELL, sell.side());
        assertEquals(5, sell.qtyLots(), "stopping: its target is 0, the book flattens it");
        book.onOwnOrderEvent(event.setFilled(6 * SEC, 0, sell.clientOrderId(), Side.SELL, 1001, 5, 0, 0, true, 2));
        assertEquals(dev.gridbot.engine.grid.GridState.STOPPED, t.state());
        assertEquals(0, sent(OutboundType.STOP_REPORT).size(), "an operator's stop is no stop-loss");
        assertFalse(t.onControl(dev.gridbot.engine.model.ControlCommand.STOP, 7 * SEC));
        assertTrue(t.onControl(dev.gridbot.engine.model.ControlCommand.START, 7 * SEC));
        assertEquals(dev.gridbot.engine.grid.GridState.RUNNING, t.state());
    }

    @Test
    void shouldStopATargetStrategyForGoodAtItsMaxLossWithAStopReport() {
        NettingBook book = new NettingBook(1, INSTRUMENT, false, new AccountLimits("desk", 200, 300, 1200),
                Long.MAX_VALUE, venue);
        // maxLoss of 3,000,000 units: 3 ticks x 1 lot x 1e6 units per tick-lot.
        TargetStrategy t = new TargetStrategy(0, "t0", 0, new ScheduleSignal(new long[] {0}, new long[] {1}), 10,
                3_000_000L, 1, 5 * SEC, 10, book);
        book.attach(new Strategy[] {t}, new Strategy[] {t});
        trade(book, 1, 1000, t);
        OutboundEvent buy = sent(OutboundType.PLACE).get(0);
        book.onOwnOrderEvent(event.setFilled(2 * SEC, 0, buy.clientOrderId(), Side.BUY, 999, 1, 0, 0, true, 1));
        trade(book, 3, 997, t);
        assertEquals(dev.gridbot.engine.grid.GridState.RUNNING, t.state(), "a loss of 2 ticks: still running");
        trade(book, 4, 996, t);
        assertEquals(dev.gridbot.engine.grid.GridState.STOPPING, t.state(), "a loss of 3 ticks: the stop");
        assertEquals(0, t.targetLots());
        OutboundEvent sell = sent(OutboundType.PLACE).get(sent(OutboundType.PLACE).size() - 1);
        assertEquals(Side.SELL, sell.side());
        book.onOwnOrderEvent(event.setFilled(5 * SEC, 0, sell.clientOrderId(), Side.SELL, 996, 1, 0, 0, true, 2));
        assertEquals(dev.gridbot.engine.grid.GridState.STOPPED, t.state());
        OutboundEvent report = sent(OutboundType.STOP_REPORT).get(0);
        assertEquals(996, report.refPriceTicks(), "triggered at 996");
        assertEquals(1, report.qtyLots(), "with a position of 1 lot");
        trade(book, 6, 1100, t);
        assertEquals(0, t.targetLots(), "stopped for good, whatever the signal says");
    }

    @Test
    void shouldKeepTrackOfItsOwnOrderWhenCancelAndQueryOvertakeThePlacement() {
        NettingBook book = targets(5);
        TargetStrategy t = member(book, 0);
        trade(book, 1, 1000, t);
        OutboundEvent first = sent(OutboundType.PLACE).get(0);
        // The touch moves up: the book cancels to re-price, but the cancel overtakes the placement…
        trade(book, 2, 1003, t);
        assertEquals(first.clientOrderId(), sent(OutboundType.CANCEL).get(0).clientOrderId());
        book.onOwnOrderEvent(event.setCancelRejected(2 * SEC, 0, first.clientOrderId(), Side.BUY,
                VenueCodes.UNKNOWN_ORDER));
        assertEquals(first.clientOrderId(), sent(OutboundType.QUERY_ORDER).get(0).clientOrderId());
        // …and so does the query: the venue does not know the order yet. The book does not give it up.
        book.onOwnOrderEvent(event.setOrderStatus(2 * SEC, 0, first.clientOrderId(), Side.BUY, 999, 0, 0,
                dev.gridbot.engine.model.OrderStatus.NOT_FOUND.ordinal()));
        assertEquals(1, book.workingOrders(), "an unconfirmed order the venue does not know yet is kept");
        assertEquals(1, sent(OutboundType.PLACE).size(), "and nothing is placed beside it");
        // The placement lands: the book still wants it off, and says so again.
        book.onOwnOrderEvent(event.setAccepted(2 * SEC, 0, first.clientOrderId(), Side.BUY, 999, 5));
        assertEquals(2, sent(OutboundType.CANCEL).size());
        // It filled before that cancel: the fill is the target strategy's, not lost.
        book.onOwnOrderEvent(event.setFilled(3 * SEC, 0, first.clientOrderId(), Side.BUY, 999, 5, 0, 1000, true, 1));
        assertEquals(5, t.account().netLots());
        assertEquals(0, book.unmatchedEvents());
        assertEquals(0, book.workingOrders());
    }

    @Test
    void shouldGiveUpAnUnconfirmedOrderTheVenueStillDoesNotKnowAfterItsRechecks() {
        NettingBook book = targets(5);
        TargetStrategy t = member(book, 0);
        trade(book, 1, 1000, t);
        OutboundEvent first = sent(OutboundType.PLACE).get(0);
        book.onOwnOrderEvent(event.setUnknown(1 * SEC, 0, first.clientOrderId(), Side.BUY, 503));
        for (int check = 0; check <= NettingBook.NOT_FOUND_CHECKS; check++) {
            book.onOwnOrderEvent(event.setOrderStatus((2 + 2 * check) * SEC, 0, first.clientOrderId(), Side.BUY,
                    999, 0, 0, dev.gridbot.engine.model.OrderStatus.NOT_FOUND.ordinal()));
            trade(book, 3 + 2 * check, 1000, t);
        }
        assertEquals(1 + NettingBook.NOT_FOUND_CHECKS, sent(OutboundType.QUERY_ORDER).size(),
                "asked after the unknown outcome, then once per recheck");
        assertEquals(2, sent(OutboundType.PLACE).size(), "given up after its rechecks: the wish is placed anew");
    }
}
