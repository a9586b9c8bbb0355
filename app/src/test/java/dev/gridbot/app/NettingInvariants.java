package dev.gridbot.app;

import dev.gridbot.app.report.FillLog;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.netting.TargetStrategy;
import dev.gridbot.engine.position.VirtualAccount;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.JournalReader;
import dev.gridbot.journal.JournalVisitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants of a netting book that hold whenever its run is quiet, checked against a finished
 * run's engine, its journal and what the venue itself says the account holds:
 * <ul>
 *   <li>the venue's position (per leg in hedge mode) is the sum of the strategies' virtual ones, and
 *       is what the book counted;</li>
 *   <li>price PnL is linear: the book's, from the venue fills, is the strategies' realized plus
 *       unrealized, exactly; fees are charged once, to somebody, and no fill pays more than the
 *       taker rate;</li>
 *   <li>every lot a strategy booked comes from a venue fill or an internal cross (which books two),
 *       and every venue lot is booked.</li>
 * </ul>
 * Used by the in-process property test and by the live runs against the simulated venue server;
 * each also checks the book's unmatched events, which mean something else in each (see
 * {@link #lateEvents}).
 */
public final class NettingInvariants {
    private NettingInvariants() {
    }

    /**
     * What the venue says the account holds on the book's instrument: the net position, and in hedge
     * mode each leg (the short leg as a negative number) when the venue can tell.
     */
    public record VenuePosition(long netLots, boolean legsKnown, long longLots, long shortLots) {
        public static VenuePosition net(long netLots) {
            return new VenuePosition(netLots, false, 0, 0);
        }

        public static VenuePosition legs(long longLots, long shortLots) {
            return new VenuePosition(longLots + shortLots, true, longLots, shortLots);
        }
    }

    /** The fill and stop reports of a journal's outbound events. */
    public static FillLog fillsOf(Path journalDir) {
        FillLog fills = new FillLog();
        try (JournalReader reader = Journal.open(journalDir)) {
            reader.read(new JournalVisitor() {
                @Override
                public void onOutbound(OutboundEvent event) {
                    fills.record(event);
                }
            });
        }
        return fills;
    }

    /**
     * Every broken invariant of book {@code bookIndex}, in words (empty when all hold).
     *
     * @param markTicks the last trade price, at which the positions are marked
     */
    public static List<String> broken(EngineLogic logic, int bookIndex, FillLog fills, Path journalDir,
                                      Instrument instrument, long markTicks, VenuePosition venue) {
        Broken b = new Broken();
        NettingBook book = logic.book(bookIndex);
        VenueFromJournal journal = VenueFromJournal.read(journalDir, instrument, book.bookId(), book.hedgeMode());
        positions(b, logic, book, journal, venue);
        money(b, logic, book, journal, fills, instrument, markTicks);
        allocation(b, logic, book, journal, fills);
        return b.list;
    }

    private static void positions(Broken b, EngineLogic logic, NettingBook book, VenueFromJournal journal,
                                  VenuePosition venue) {
        long net = 0;
        long longs = 0;
        long shorts = 0;
        for (var s : book.members()) {
            VirtualAccount a = s.account();
            net += a.netLots();
            longs += a.longLots();
            shorts += a.shortLots();
            if (s instanceof TargetStrategy && !book.hedgeMode() && a.longLots() != 0 && a.shortLots() != 0) {
                b.add(s.name() + ": a one-way target strategy holds both sides: long " + a.longLots() + ", short "
                        + a.shortLots());
            }
        }
        b.equal("venue net position vs sum of the virtual net positions", venue.netLots(), net);
        b.equal("venue net position vs book.venuePositionLots()", venue.netLots(), book.venuePositionLots());
        b.equal("net position of the venue fills in the journal vs the venue's", venue.netLots(), journal.netLots());
        if (!book.hedgeMode()) {
            b.equal("one-way: fills on a hedge leg", 0L, Math.abs(journal.legLots[NettingBook.LONG])
                    + Math.abs(journal.legLots[NettingBook.SHORT]));
            return;
        }
        if (venue.legsKnown()) {
            b.equal("hedge LONG leg: venue vs sum of virtual longLots", venue.longLots(), longs);
            b.equal("hedge SHORT leg: venue vs minus sum of virtual shortLots", venue.shortLots(), -shorts);
            b.equal("hedge LONG leg: venue vs the journal's fills", venue.longLots(),
                    journal.legLots[NettingBook.LONG]);
            b.equal("hedge SHORT leg: venue vs the journal's fills", venue.shortLots(),
                    journal.legLots[NettingBook.SHORT]);
        } else {
            b.equal("hedge LONG leg: the journal's venue fills vs sum of virtual longLots",
                    journal.legLots[NettingBook.LONG], longs);
            b.equal("hedge SHORT leg: the journal's venue fills vs minus sum of virtual shortLots",
                    journal.legLots[NettingBook.SHORT], -shorts);
        }
        b.equal("hedge LONG leg: the journal's venue fills vs book.venueLegLots(LONG)",
                journal.legLots[NettingBook.LONG], book.venueLegLots(NettingBook.LONG));
        b.equal("hedge SHORT leg: the journal's venue fills vs book.venueLegLots(SHORT)",
                journal.legLots[NettingBook.SHORT], book.venueLegLots(NettingBook.SHORT));
        if (journal.minLong < 0 || journal.maxShort > 0) {
            b.add("a hedge leg crossed zero at the venue: long leg down to " + journal.minLong
                    + ", short leg up to " + journal.maxShort);
        }
    }

    private static void money(Broken b, EngineLogic logic, NettingBook book, VenueFromJournal journal, FillLog fills,
                              Instrument instrument, long mark) {
        long pricePnl = 0;
        long fees = 0;
        for (var s : book.members()) {
            VirtualAccount a = s.account();
            b.equal(s.name() + ": marked at the last trade", mark, a.lastPriceTicks());
            pricePnl = Math.addExact(pricePnl, Math.addExact(a.realizedUnits(), a.unrealizedUnits()));
            fees = Math.addExact(fees, a.feeUnits());
        }
        b.equal("book.venuePricePnlUnits(mark) vs sum of the strategies' realized + unrealized",
                book.venuePricePnlUnits(mark), pricePnl);
        b.equal("price PnL of the journal's venue fills vs book.venuePricePnlUnits(mark)",
                journal.pricePnlUnits(mark), book.venuePricePnlUnits(mark));
        b.equal("book.venueFeeUnits() vs sum of the strategies' fees", book.venueFeeUnits(), fees);
        b.equal("fees of the journal's venue fills vs book.venueFeeUnits()", journal.feeUnits, book.venueFeeUnits());
        long reported = 0;
        int bad = 0;
        for (FillLog.Fill f : fills.fills()) {
            reported = Math.addExact(reported, f.feeUnits());
            long most = Money.feeUnits(f.priceTicks(), f.qtyLots(), instrument.takerFeePpm());
            if ((f.feeUnits() < 0 || f.feeUnits() > most) && bad++ < 10) {
                b.add("fill report of " + logic.strategy(f.strategyId()).name() + " at " + f.timestampNanos()
                        + ": fee " + f.feeUnits() + " outside [0, notional x taker rate = " + most + "] for "
                        + f.qtyLots() + " lots at " + f.priceTicks() + " ticks");
            }
        }
        b.equal("sum of the fill reports' fees vs sum of the strategies' fees", fees, reported);
    }

    private static void allocation(Broken b, EngineLogic logic, NettingBook book, VenueFromJournal journal,
                                   FillLog fills) {
        int n = logic.strategyCount();
        long[] reportedNet = new long[n];
        long reportedLots = 0;
        for (FillLog.Fill f : fills.fills()) {
            reportedLots += f.qtyLots();
            reportedNet[f.strategyId()] += f.buy() ? f.qtyLots() : -f.qtyLots();
            if (f.qtyLots() <= 0) {
                b.add("fill report of " + logic.strategy(f.strategyId()).name() + " at " + f.timestampNanos() + " of "
                        + f.qtyLots() + " lots");
            }
        }
        for (var s : book.members()) {
            b.equal(s.name() + ": net of its fill reports vs its net position", reportedNet[s.id()],
                    s.account().netLots());
        }
        b.equal("lots in the fill reports vs book.venueFilledLots() + 2 x book.internalCrossLots()",
                Math.addExact(book.venueFilledLots(), 2 * book.internalCrossLots()), reportedLots);
        b.equal("lots of the journal's venue fills vs book.venueFilledLots()", journal.filledLots,
                book.venueFilledLots());
        b.equal("lots of the journal's cross reports vs book.internalCrossLots()", journal.crossLots,
                book.internalCrossLots());
        b.equal("the journal's cross reports vs book.internalCrosses()", journal.crosses, book.internalCrosses());
        b.equal("venue fills of orders the journal never placed", 0L, journal.fillsOfUnknownOrders);
        for (int[] p : journal.crossParties) {
            for (int id : p) {
                if (id != book.bookId() && (id < 0 || id >= n || logic.bookOf(id) != book)) {
                    b.add("a cross report names " + id + ", neither a member of the book nor the book");
                }
            }
        }
    }

    /**
     * The venue's side of a run, rebuilt from the journal alone: every PLACE (side, quantity, time in
     * force, and the closing flag that in hedge mode picks the leg), and every fill the venue told of,
     * in a fill report or in an order status (a query's answer), each lot once, whichever came first:
     * a report's fee is the venue's, a status's is the engine's estimate (it carries none); and the
     * book's cross reports.
     */
    static final class VenueFromJournal {
        final long[] legLots = new long[3];
        long minLong;
        long maxShort;
        long cashTickLots;
        long feeUnits;
        long filledLots;
        long lotsFirstFromStatus;
        long fillsOfUnknownOrders;
        long crosses;
        long crossLots;
        final List<int[]> crossParties = new ArrayList<>();

        /** What the journal says of one order. */
        private static final class Order {
            int leg;
            boolean buy;
            boolean ioc;
            long priceTicks;
            long sentLots;
            long knownLots;
        }

        static VenueFromJournal read(Path journalDir, Instrument instrument, int bookId, boolean hedge) {
            VenueFromJournal v = new VenueFromJournal();
            Map<Long, Order> orders = new HashMap<>();
            try (JournalReader reader = Journal.open(journalDir)) {
                reader.read(new JournalVisitor() {
                    @Override
                    public void onInbound(InboundEvent e) {
                        if (e.type() != InboundType.ORDER_FILLED && e.type() != InboundType.ORDER_STATUS) {
                            return;
                        }
                        Order o = orders.get(e.clientOrderId());
                        if (o == null) {
                            v.fillsOfUnknownOrders += e.type() == InboundType.ORDER_FILLED ? 1 : 0;
                            return;
                        }
                        if (e.type() == InboundType.ORDER_FILLED) {
                            long lots = Math.max(0, Math.min(e.qtyLots(), o.sentLots - e.leavesLots() - o.knownLots));
                            long fee = lots == e.qtyLots() ? e.feeUnits()
                                    : Money.mulDiv(e.feeUnits(), lots, e.qtyLots());
                            v.fill(o, e.priceTicks(), lots, fee);
                        } else if (e.qtyLots() > o.knownLots) {
                            long lots = e.qtyLots() - o.knownLots;
                            long price = e.priceTicks() != 0 ? e.priceTicks() : o.priceTicks;
                            boolean taker = o.ioc && ClientOrderId.strategy(e.clientOrderId()) == bookId;
                            v.fill(o, price, lots, Money.feeUnits(price, lots,
                                    taker ? instrument.takerFeePpm() : instrument.makerFeePpm()));
                            v.lotsFirstFromStatus += lots;
                        }
                    }

                    @Override
                    public void onOutbound(OutboundEvent e) {
                        if (e.type() == OutboundType.PLACE) {
                            Order o = new Order();
                            o.leg = !hedge ? NettingBook.BOTH
                                    : (e.side() == Side.BUY) != e.reduceOnly() ? NettingBook.LONG : NettingBook.SHORT;
                            o.buy = e.side() == Side.BUY;
                            o.ioc = e.timeInForce() == TimeInForce.IOC;
                            o.priceTicks = e.priceTicks();
                            o.sentLots = e.qtyLots();
                            orders.put(e.clientOrderId(), o);
                        } else if (e.type() == OutboundType.CROSS_REPORT) {
                            v.crosses++;
                            v.crossLots += e.qtyLots();
                            v.crossParties.add(new int[] {e.crossBuyer(), e.crossSeller()});
                        }
                    }
                });
            }
            return v;
        }

        private void fill(Order o, long price, long lots, long fee) {
            if (lots <= 0) {
                return;
            }
            o.knownLots += lots;
            long notional = Math.multiplyExact(price, lots);
            legLots[o.leg] += o.buy ? lots : -lots;
            minLong = Math.min(minLong, legLots[NettingBook.LONG]);
            maxShort = Math.max(maxShort, legLots[NettingBook.SHORT]);
            cashTickLots = o.buy ? Math.subtractExact(cashTickLots, notional) : Math.addExact(cashTickLots, notional);
            feeUnits = Math.addExact(feeUnits, fee);
            filledLots += lots;
        }

        long netLots() {
            return legLots[NettingBook.BOTH] + legLots[NettingBook.LONG] + legLots[NettingBook.SHORT];
        }

        long pricePnlUnits(long markTicks) {
            return Math.multiplyExact(Math.addExact(cashTickLots, Math.multiplyExact(netLots(), markTicks)),
                    Money.UNITS_PER_TICK_LOT);
        }
    }

    /** Lots of the account's fills the engine heard of first from an order status, not a fill report. */
    public static long lotsFirstFromStatus(Path journalDir, Instrument instrument, NettingBook book) {
        return VenueFromJournal.read(journalDir, instrument, book.bookId(), book.hedgeMode()).lotsFirstFromStatus;
    }

    /** Lots the venue filled of the book's own orders (those it places for the target strategies). */
    public static long bookOrderFilledLots(Path journalDir, int bookId) {
        long[] lots = new long[1];
        try (JournalReader reader = Journal.open(journalDir)) {
            reader.read(new JournalVisitor() {
                @Override
                public void onInbound(InboundEvent e) {
                    if (e.type() == InboundType.ORDER_FILLED && ClientOrderId.strategy(e.clientOrderId()) == bookId) {
                        lots[0] += e.qtyLots();
                    }
                }
            });
        }
        return lots[0];
    }

    /**
     * Events about one owner's orders that came after the venue had already said the order was done
     * (filled, cancelled, refused, or a final status): a REST answer that lost the race with the user
     * stream, a cancel refused because the order had just filled, a report of a fill a status already
     * told of. {@code newLots} counts what such late events brought that nothing before them had:
     * lots the owner, having closed its books on the order, would never book.
     */
    public record LateEvents(long events, long newLots) {
    }

    /** The events about {@code ownerId}'s orders the journal holds after each order was done. */
    public static LateEvents lateEvents(Path journalDir, int ownerId) {
        Map<Long, long[]> known = new HashMap<>();
        Set<Long> done = new HashSet<>();
        long[] late = new long[2];
        try (JournalReader reader = Journal.open(journalDir)) {
            reader.read(new JournalVisitor() {
                @Override
                public void onInbound(InboundEvent e) {
                    long id = e.clientOrderId();
                    if (id == ClientOrderId.NONE || ClientOrderId.strategy(id) != ownerId) {
                        return;
                    }
                    // What a status said was filled, and what the fill reports add up to.
                    long[] filled = known.computeIfAbsent(id, k -> new long[2]);
                    long before = Math.max(filled[0], filled[1]);
                    if (e.type() == InboundType.ORDER_STATUS) {
                        filled[0] = Math.max(filled[0], e.qtyLots());
                    } else if (e.type() == InboundType.ORDER_FILLED) {
                        filled[1] += e.qtyLots();
                    }
                    if (done.contains(id)) {
                        late[0]++;
                        late[1] += Math.max(filled[0], filled[1]) - before;
                        return;
                    }
                    boolean last = switch (e.type()) {
                        case ORDER_FILLED -> e.leavesLots() == 0;
                        case ORDER_CANCELED -> true;
                        case ORDER_REJECTED -> !e.cancelRequest();
                        case ORDER_STATUS -> OrderStatus.of(e.code()).isFinal();
                        default -> false;
                    };
                    if (last) {
                        done.add(id);
                    }
                }
            });
        }
        return new LateEvents(late[0], late[1]);
    }

    private static final class Broken {
        final List<String> list = new ArrayList<>();

        void equal(String what, long expected, long actual) {
            if (expected != actual) {
                list.add(what + ": " + expected + " != " + actual + " (off by " + (actual - expected) + ")");
            }
        }

        void add(String what) {
            list.add(what);
        }
    }
}
