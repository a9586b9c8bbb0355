package dev.gridbot.engine.netting;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.engine.strategy.StateHash;
import dev.gridbot.engine.strategy.Strategy;

/**
 * The netting order router of one account on one instrument: every strategy of that pair trades
 * its own virtual sub-account through it, and it trades only the difference on the venue.
 *
 * <ul>
 *   <li><b>Order strategies</b> (the grid) send limit and market orders through it as through any
 *       {@link OrderSink}; an order goes to the venue under the strategy's own client order id,
 *       unless it is a limit order that would cross a resting limit order of another strategy:
 *       then it is held, the resting order is cancelled, and what was still open of it is crossed
 *       internally with the held order at the resting order's price, with no fee. Only what is left
 *       goes to the venue.</li>
 *   <li><b>Target-position strategies</b> ({@link TargetStrategy}) only say what they want to hold.
 *       Opposite wishes are crossed internally at the mid price; the net rest, once it reaches the
 *       smallest threshold of the strategies, goes to the venue as one order of the book's own,
 *       worked passively at the touch, re-priced once the touch has moved away from it (and it has
 *       rested {@link #REPRICE_MIN_NANOS}), and crossed (IOC) once it has
 *       rested {@code chaseAfter} or the touch has run {@code chaseTicks} away (the most urgent
 *       settings of the strategies that order serves).</li>
 *   <li><b>Allocation</b>: a venue fill of a strategy's own order is that strategy's; a fill of
 *       the book's order is shared among the target strategies it was placed for, in proportion to
 *       their open share of it (largest remainder, ties to the lower strategy id), and so is its
 *       fee (the rounding rest to the largest share).</li>
 *   <li><b>Reduce-only</b>: one-way, a closing order is sent reduce-only only when the net
 *       position covers it after the other working reduce-only orders of that side; hedge mode
 *       sends the closing flag, which the gateway turns into positionSide (never reduceOnly), and
 *       the two legs are netted and crossed separately, never against each other.</li>
 *   <li><b>Account risk</b> (cap on the venue position, open orders, order rate): an order that
 *       would break it is refused locally with a {@code VenueCodes.RISK_*} code, which reaches the
 *       strategy as a rejection; nothing is sent.</li>
 * </ul>
 *
 * <p>Events the book makes up for a strategy (an acceptance of a held order, an internal fill, the
 * cancel of a crossed order's rest, a local refusal) are queued and delivered by {@link #drain()}
 * after the strategy's own call has returned, never re-entrantly. Owned by the business-logic
 * thread; deterministic; allocates nothing after construction.
 */
public final class NettingBook implements OrderSink {
    /** Legs: the one-way position, the hedge-mode long leg, the hedge-mode short leg. */
    public static final int BOTH = 0;
    public static final int LONG = 1;
    public static final int SHORT = 2;

    /** After a margin refusal of the book's own order, it waits this long. */
    static final long MARGIN_BACKOFF_NANOS = 60_000_000_000L;
    /** After any other refusal of the book's own order (or a local one), it waits this long. */
    static final long REFUSAL_BACKOFF_NANOS = 5_000_000_000L;
    static final int PENDING_EVENTS = 4096;
    /**
     * A passive order of the book's that the touch has moved away from is re-priced only after it
     * has rested this long (event time): re-pricing on every tick would spend the account's
     * order-rate budget in seconds on a busy market.
     */
    static final long REPRICE_MIN_NANOS = 500_000_000L;

    private static final int HELD = 1;
    private static final int SENT = 2;
    private static final int ACKED = 4;
    private static final int UNDER_CROSS = 8;
    private static final int CANCEL_SENT = 16;
    private static final int OWNER_CANCEL = 32;
    /** The venue said it does not know an order it never confirmed: ask again later before giving it up. */
    private static final int RECHECK = 64;

    /** How often an unconfirmed own order the venue does not know is asked about before it is given up… */
    static final int NOT_FOUND_CHECKS = 3;
    /** …and how long apart (event time): its placement may still be on its way. */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private final int bookId;
    private final Instrument instrument;
    private final int instrumentId;
    private final boolean hedgeMode;
    private final AccountLimits limits;
    private final long maxPositionLots;
    private final OrderSink venue;
    /** The venue's minimum notional in tick-lots: the book's own orders below it are not sent. */
    private final long minNotionalTickLots;

    private Strategy[] members = new Strategy[0];
    private TargetStrategy[] targets = new TargetStrategy[0];
    private Strategy[] byId = new Strategy[0];

    // The order table: every order of the book that is held or at the venue.
    private final long[] ids;
    private final int[] owners;
    private final Side[] sides;
    private final int[] legs;
    private final boolean[] closing;
    private final OrderType[] types;
    private final TimeInForce[] tifs;
    private final long[] prices;
    private final long[] qtys;
    private final long[] internalFilled;
    private final long[] venueFilled;
    /** What was sent to the venue (what was open of the order then). */
    private final long[] sentLots;
    private final boolean[] venueReduceOnly;
    private final int[] flags;
    private final int[] partners;
    private final long[] seqs;
    private final long[] placedNanos;
    private final int[] notFound;
    private final long[] recheckNanos;
    private final boolean[] used;
    private int highWater;
    private long nextSeq = 1;

    // The book's own orders for the target strategies, one per leg at most.
    private final int[] execSlot = {-1, -1, -1};
    private long[][] execShare = new long[3][0];
    private final boolean[] inEpisode = new boolean[3];
    private final long[] episodeStartNanos = new long[3];
    private final long[] episodeTouchTicks = new long[3];
    private final long[] execBlockedUntilNanos = {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
    /** A post-only order of the leg would have taken: wait for the market to move before posting again. */
    private final boolean[] awaitMarket = new boolean[3];
    private long nextExecSequence = 1;
    private long[] want = new long[0];
    private long[] allocA = new long[0];
    private long[] allocB = new long[0];
    private long[] weights = new long[0];

    // Events made up for strategies, delivered by drain().
    private final InboundEvent[] pending = new InboundEvent[PENDING_EVENTS];
    private final int[] pendingOwner = new int[PENDING_EVENTS];
    private int pendingHead;
    private int pendingTail;
    private final InboundEvent scratch = new InboundEvent();

    private long lastPriceTicks;
    private long bidTicks;
    private long askTicks;
    private boolean safeMode;
    private long throttledUntilNanos = Long.MIN_VALUE;

    // What the account did at the venue, and what netting saved.
    private long venueOrders;
    private long venueFilledLots;
    private long venueNotionalTickLots;
    private long venueFeeUnits;
    private long venueCashTickLots;
    private final long[] venueLegLots = new long[3];
    private long internalCrossLots;
    private long internalCrossNotionalTickLots;
    private long internalCrosses;
    private long feesSavedUnits;
    private final long[] riskDenials = new long[3];
    private long unmatchedEvents;
    private long orphansCanceled;

    /**
     * @param bookId          the book's own id: after the strategies' ids, it names the book's orders
     * @param maxPositionLots cap on the venue position (per leg in hedge mode); Long.MAX_VALUE for none
     */
    public NettingBook(int bookId, Instrument instrument, boolean hedgeMode, AccountLimits limits,
                       long maxPositionLots, OrderSink venue) {
        this.bookId = bookId;
        this.instrument = instrument;
        this.instrumentId = instrument.id();
        this.hedgeMode = hedgeMode;
        this.limits = limits;
        this.maxPositionLots = maxPositionLots;
        this.venue = venue;
        this.minNotionalTickLots = instrument.minNotional().signum() <= 0 ? 0
                : instrument.minNotional().divide(instrument.tickSize().multiply(instrument.stepSize()), 0,
                        java.math.RoundingMode.CEILING).longValueExact();
        int capacity = 2 * limits.maxOpenOrders() + 8;
        ids = new long[capacity];
        owners = new int[capacity];
        sides = new Side[capacity];
        legs = new int[capacity];
        closing = new boolean[capacity];
        types = new OrderType[capacity];
        tifs = new TimeInForce[capacity];
        prices = new long[capacity];
        qtys = new long[capacity];
        internalFilled = new long[capacity];
        venueFilled = new long[capacity];
        sentLots = new long[capacity];
        venueReduceOnly = new boolean[capacity];
        flags = new int[capacity];
        partners = new int[capacity];
        seqs = new long[capacity];
        placedNanos = new long[capacity];
        notFound = new int[capacity];
        recheckNanos = new long[capacity];
        used = new boolean[capacity];
        for (int i = 0; i < PENDING_EVENTS; i++) {
            pending[i] = new InboundEvent();
        }
    }

    /**
     * Completes the book with its strategies (all of them must trade through it) and the run's
     * strategies by id, to deliver events. Called once, before the first event.
     */
    public void attach(Strategy[] memberStrategies, Strategy[] allById) {
        int orderStrategies = 0;
        for (Strategy s : memberStrategies) {
            if (!(s instanceof TargetStrategy)) {
                orderStrategies++;
            }
        }
        members = memberStrategies.clone();
        targets = new TargetStrategy[memberStrategies.length - orderStrategies];
        int t = 0;
        for (Strategy s : memberStrategies) {
            if (s instanceof TargetStrategy target) {
                targets[t++] = target;
            }
        }
        byId = allById.clone();
        execShare = new long[3][targets.length];
        want = new long[targets.length];
        allocA = new long[targets.length];
        allocB = new long[targets.length];
        weights = new long[targets.length];
    }

    // ------------------------------------------------------------------ orders from order strategies

    /** An order strategy's order; {@code reduceOnly} means "this order closes" (the book decides the venue flag). */
    @Override
    public void place(long now, int strategyId, int instrumentId, long clientOrderId, Side side, OrderType orderType,
                      TimeInForce timeInForce, boolean reduceOnly, long priceTicks, long qtyLots) {
        int leg = legOf(side, reduceOnly);
        int code = riskCode(now, side, leg, reduceOnly, qtyLots);
        int slot = code == 0 ? allocate() : -1;
        if (code == 0 && slot < 0) {
            code = VenueCodes.RISK_OPEN_ORDERS;
        }
        if (code != 0) {
            countDenial(code);
            queue(strategyId).setRejected(now, instrumentId, clientOrderId, side, code);
            return;
        }
        define(slot, clientOrderId, strategyId, side, leg, reduceOnly, orderType, timeInForce, priceTicks, qtyLots);
        route(slot, now);
    }

    @Override
    public void cancel(long now, int strategyId, int instrumentId, long clientOrderId, Side side) {
        int slot = find(clientOrderId);
        if (slot < 0) {
            venue.cancel(now, strategyId, instrumentId, clientOrderId, side);
            return;
        }
        if ((flags[slot] & HELD) != 0) {
            queue(strategyId).setCanceled(now, instrumentId, clientOrderId, side, remaining(slot));
            finish(slot, now);
            return;
        }
        flags[slot] |= OWNER_CANCEL;
        if ((flags[slot] & CANCEL_SENT) == 0) {
            flags[slot] |= CANCEL_SENT;
            venue.cancel(now, strategyId, instrumentId, clientOrderId, side);
        }
    }

    @Override
    public void queryOrder(long now, int strategyId, int instrumentId, long clientOrderId, Side side) {
        int slot = find(clientOrderId);
        if (slot >= 0 && (flags[slot] & HELD) != 0) {
            // Not at the venue: its outcome comes when the cross it waits for is settled.
            return;
        }
        venue.queryOrder(now, strategyId, instrumentId, clientOrderId, side);
    }

    @Override
    public void queryPosition(long now, int strategyId, int instrumentId) {
        venue.queryPosition(now, strategyId, instrumentId);
    }

    @Override
    public void fillReport(long now, int strategyId, int instrumentId, long clientOrderId, Side side, long priceTicks,
                           long qtyLots, long feeUnits, long pnlUnits) {
        venue.fillReport(now, strategyId, instrumentId, clientOrderId, side, priceTicks, qtyLots, feeUnits, pnlUnits);
    }

    @Override
    public void crossReport(long now, int bookId, int instrumentId, int buyerId, int sellerId, long priceTicks,
                            long qtyLots, long feeSavedUnits) {
        venue.crossReport(now, bookId, instrumentId, buyerId, sellerId, priceTicks, qtyLots, feeSavedUnits);
    }

    @Override
    public void stopReport(long now, int strategyId, int instrumentId, long triggerTimeNanos, long triggerPriceTicks,
                           long positionLots, long closePriceTicks) {
        venue.stopReport(now, strategyId, instrumentId, triggerTimeNanos, triggerPriceTicks, positionLots,
                closePriceTicks);
    }

    // ------------------------------------------------------------------ the market and the venue's state

    /** A market trade, after every strategy of the book has seen it. */
    public void onTrade(long now, long priceTicks) {
        lastPriceTicks = priceTicks;
        recheck(now);
        java.util.Arrays.fill(awaitMarket, false);
        evaluate(now);
    }

    /** The best bid and ask moved. */
    public void onBookTicker(long now, long bid, long ask) {
        bidTicks = bid;
        askTicks = ask;
        java.util.Arrays.fill(awaitMarket, false);
        evaluate(now);
    }

    /**
     * Safe mode: the venue's orders are being cancelled; held orders are given up (their owners are
     * told). Re-sync: the book's own working orders are queried. Call before the strategies hear it.
     */
    public void onVenueState(VenueState state, long now) {
        if (state == VenueState.SAFE_MODE) {
            safeMode = true;
            for (int i = 0; i < highWater; i++) {
                if (used[i] && (flags[i] & HELD) != 0) {
                    if (owners[i] != bookId) {
                        queue(owners[i]).setCanceled(now, instrumentId, ids[i], sides[i], remaining(i));
                    }
                    int partner = partners[i];
                    if (partner >= 0) {
                        partners[partner] = -1;
                    }
                    free(i);
                }
            }
        } else if (state == VenueState.RESYNC) {
            safeMode = false;
            for (int leg = BOTH; leg <= SHORT; leg++) {
                int e = execSlot[leg];
                if (e >= 0 && (flags[e] & SENT) != 0) {
                    venue.queryOrder(now, bookId, instrumentId, ids[e], sides[e]);
                }
            }
        }
    }

    public void onThrottled(long untilNanos) {
        throttledUntilNanos = untilNanos;
    }

    // ------------------------------------------------------------------ venue events

    /** An event about an order of one of the book's order strategies; the strategy hears it through the book. */
    public void onStrategyOrderEvent(InboundEvent e) {
        int slot = find(e.clientOrderId());
        if (slot < 0) {
            deliver(e);
            return;
        }
        long now = e.timestampNanos();
        switch (e.type()) {
            case ORDER_ACCEPTED -> {
                flags[slot] |= ACKED;
                deliver(e);
            }
            case ORDER_FILLED -> {
                long lots = newVenueLots(slot, e);
                venueFill(slot, e.priceTicks(), lots, feeOf(e, lots));
                deliver(e);
                if (remaining(slot) <= 0 || e.leavesLots() == 0) {
                    finish(slot, now);
                }
            }
            case ORDER_CANCELED -> {
                if ((flags[slot] & UNDER_CROSS) != 0) {
                    settleCross(slot, now);
                } else {
                    deliver(e);
                }
                finish(slot, now);
            }
            case ORDER_REJECTED -> {
                if (!e.cancelRequest()) {
                    deliver(e);
                    finish(slot, now);
                } else if ((flags[slot] & OWNER_CANCEL) != 0) {
                    flags[slot] &= ~(CANCEL_SENT | UNDER_CROSS | OWNER_CANCEL);
                    releasePartner(slot, now);
                    deliver(e);
                } else {
                    // Our cross's cancel was refused: the order is done or going; ask, and let the
                    // held order go its way.
                    flags[slot] &= ~(CANCEL_SENT | UNDER_CROSS);
                    releasePartner(slot, now);
                    venue.queryOrder(now, owners[slot], instrumentId, ids[slot], sides[slot]);
                }
            }
            case ORDER_STATUS -> onStrategyOrderStatus(slot, e);
            default -> deliver(e);
        }
    }

    private void onStrategyOrderStatus(int slot, InboundEvent e) {
        long now = e.timestampNanos();
        OrderStatus status = OrderStatus.of(e.code());
        long extra = e.qtyLots() - venueFilled[slot];
        long price = e.priceTicks() != 0 ? e.priceTicks() : prices[slot];
        boolean gone = status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED;
        if ((flags[slot] & UNDER_CROSS) != 0 && gone) {
            // Say it in the order the strategy books it: venue fills first, then the cross, then the rest cancelled.
            if (extra > 0) {
                long fee = Money.feeUnits(price, extra, instrument.makerFeePpm());
                venueFill(slot, price, extra, fee);
                queue(owners[slot]).setFilled(now, instrumentId, ids[slot], sides[slot], price, extra,
                        remaining(slot), fee, true, 0);
            }
            settleCross(slot, now);
            finish(slot, now);
            return;
        }
        if (extra > 0) {
            venueFill(slot, price, extra, Money.feeUnits(price, extra, instrument.makerFeePpm()));
        }
        // The strategy counts its order's fills, internal ones included.
        scratch.copyFrom(e);
        scratch.setOrderStatus(now, e.instrumentId(), e.clientOrderId(), e.side(), e.priceTicks(),
                e.qtyLots() + internalFilled[slot], e.leavesLots(), e.code());
        deliver(scratch);
        if (gone || status == OrderStatus.FILLED || status == OrderStatus.REJECTED || status == OrderStatus.NOT_FOUND) {
            finish(slot, now);
        }
    }

    /** An event about one of the book's own orders (for the target strategies). */
    public void onOwnOrderEvent(InboundEvent e) {
        int slot = find(e.clientOrderId());
        long now = e.timestampNanos();
        if (slot < 0) {
            unmatchedEvents++;
            if (e.type() == InboundType.ORDER_STATUS && !OrderStatus.of(e.code()).isFinal()) {
                // Working at the venue but not in the book: an orphan of an earlier run. Take it off.
                orphansCanceled++;
                venue.cancel(now, bookId, instrumentId, e.clientOrderId(), e.side());
            }
            return;
        }
        switch (e.type()) {
            case ORDER_ACCEPTED -> confirmed(slot, now);
            case ORDER_FILLED -> {
                long lots = newVenueLots(slot, e);
                if (lots > 0) {
                    long fee = feeOf(e, lots);
                    venueFill(slot, e.priceTicks(), lots, fee);
                    allocate(slot, e.priceTicks(), lots, fee, now, ids[slot]);
                }
                if (remaining(slot) <= 0 || e.leavesLots() == 0) {
                    finish(slot, now);
                }
            }
            case ORDER_CANCELED -> {
                if ((flags[slot] & UNDER_CROSS) != 0) {
                    settleCross(slot, now);
                }
                finish(slot, now);
            }
            case ORDER_REJECTED -> {
                if (e.cancelRequest()) {
                    // The cancel may have overtaken the placement: still wanted off (OWNER_CANCEL stays);
                    // the query says where the order is, and a later acceptance sends the cancel again.
                    flags[slot] &= ~(CANCEL_SENT | UNDER_CROSS);
                    releasePartner(slot, now);
                    venue.queryOrder(now, bookId, instrumentId, ids[slot], sides[slot]);
                } else {
                    refused(slot, e.code(), now);
                    finish(slot, now);
                }
            }
            case ORDER_UNKNOWN -> venue.queryOrder(now, bookId, instrumentId, ids[slot], sides[slot]);
            case ORDER_STATUS -> {
                OrderStatus status = OrderStatus.of(e.code());
                long extra = e.qtyLots() - venueFilled[slot];
                if (extra > 0) {
                    long price = e.priceTicks() != 0 ? e.priceTicks() : prices[slot];
                    long fee = Money.feeUnits(price, extra, tifs[slot] == TimeInForce.IOC
                            ? instrument.takerFeePpm() : instrument.makerFeePpm());
                    venueFill(slot, price, extra, fee);
                    allocate(slot, price, extra, fee, now, ids[slot]);
                }
                boolean gone = status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED;
                if (gone && (flags[slot] & UNDER_CROSS) != 0) {
                    settleCross(slot, now);
                }
                if (status == OrderStatus.NOT_FOUND && (flags[slot] & ACKED) == 0
                        && notFound[slot] < NOT_FOUND_CHECKS) {
                    // Never confirmed: its placement may still be on its way (a query can overtake it).
                    notFound[slot]++;
                    recheckNanos[slot] = now + RECHECK_NANOS;
                    flags[slot] |= RECHECK;
                } else if (gone || status == OrderStatus.FILLED || status == OrderStatus.REJECTED
                        || status == OrderStatus.NOT_FOUND || remaining(slot) <= 0) {
                    finish(slot, now);
                } else {
                    confirmed(slot, now);
                }
            }
            default -> unmatchedEvents++;
        }
        evaluate(now);
    }

    /**
     * The lots of a venue fill not booked yet: an order status (a query's answer) can bring a fill
     * before the user stream's report of it, which then adds nothing. The venue's leaves quantity
     * says how much of what was sent it has filled so far.
     */
    private long newVenueLots(int slot, InboundEvent e) {
        long filledByVenue = sentLots[slot] - e.leavesLots();
        return Math.max(0, Math.min(e.qtyLots(), filledByVenue - venueFilled[slot]));
    }

    /** The fee of {@code lots} of a venue fill, its part of the fill's fee. */
    private static long feeOf(InboundEvent e, long lots) {
        return lots == e.qtyLots() ? e.feeUnits() : Money.mulDiv(e.feeUnits(), lots, e.qtyLots());
    }

    /** The venue has the book's order working: if the book wanted it off meanwhile, ask again. */
    private void confirmed(int slot, long now) {
        flags[slot] = (flags[slot] | ACKED) & ~RECHECK;
        if ((flags[slot] & (OWNER_CANCEL | CANCEL_SENT)) == OWNER_CANCEL) {
            flags[slot] |= CANCEL_SENT;
            venue.cancel(now, bookId, instrumentId, ids[slot], sides[slot]);
        }
    }

    /** Asks again about the book's unconfirmed orders the venue did not know, once their wait is over. */
    private void recheck(long now) {
        for (int o = 0; o < highWater; o++) {
            if (used[o] && owners[o] == bookId && (flags[o] & RECHECK) != 0 && now >= recheckNanos[o]) {
                flags[o] &= ~RECHECK;
                venue.queryOrder(now, bookId, instrumentId, ids[o], sides[o]);
            }
        }
    }

    private void refused(int slot, int code, long now) {
        int leg = legs[slot];
        for (int t = 0; t < targets.length; t++) {
            if (execShare[leg][t] > 0) {
                targets[t].onVenueRefused(code);
            }
        }
        if (code == VenueCodes.MARGIN_INSUFFICIENT) {
            execBlockedUntilNanos[leg] = now + MARGIN_BACKOFF_NANOS;
        } else if (code == VenueCodes.POST_ONLY_WOULD_TAKE) {
            awaitMarket[leg] = true;
        } else {
            execBlockedUntilNanos[leg] = now + REFUSAL_BACKOFF_NANOS;
        }
    }

    /** Delivers the events made up for strategies, and whatever their reactions make up in turn. */
    public void drain() {
        while (pendingHead != pendingTail) {
            int at = pendingHead;
            pendingHead = (pendingHead + 1) % PENDING_EVENTS;
            Strategy owner = byId[pendingOwner[at]];
            owner.onOrderEvent(pending[at]);
        }
    }

    // ------------------------------------------------------------------ routing and crossing

    private void route(int slot, long now) {
        int other = types[slot] == OrderType.LIMIT ? crossingOrder(slot) : -1;
        if (other >= 0) {
            hold(slot, other, now);
        } else {
            send(slot, now);
        }
    }

    /** The best-priced resting limit order of another owner on the same leg that {@code slot} would trade with. */
    private int crossingOrder(int slot) {
        int best = -1;
        boolean buy = sides[slot] == Side.BUY;
        for (int o = 0; o < highWater; o++) {
            if (!used[o] || o == slot || owners[o] == owners[slot] || types[o] != OrderType.LIMIT
                    || sides[o] == sides[slot] || legs[o] != legs[slot] || (flags[o] & SENT) == 0
                    || (flags[o] & (UNDER_CROSS | CANCEL_SENT)) != 0 || remaining(o) <= 0) {
                continue;
            }
            boolean crosses = buy ? prices[slot] >= prices[o] : prices[slot] <= prices[o];
            if (!crosses) {
                continue;
            }
            if (best < 0 || (buy ? prices[o] < prices[best] : prices[o] > prices[best])
                    || (prices[o] == prices[best] && seqs[o] < seqs[best])) {
                best = o;
            }
        }
        return best;
    }

    private void hold(int slot, int resting, long now) {
        flags[slot] |= HELD;
        partners[slot] = resting;
        partners[resting] = slot;
        flags[resting] |= UNDER_CROSS | CANCEL_SENT;
        if (owners[slot] != bookId && (flags[slot] & ACKED) == 0) {
            flags[slot] |= ACKED;
            queue(owners[slot]).setAccepted(now, instrumentId, ids[slot], sides[slot], prices[slot], remaining(slot));
        }
        venue.cancel(now, owners[resting], instrumentId, ids[resting], sides[resting]);
    }

    private void send(int slot, long now) {
        flags[slot] = (flags[slot] & ~HELD) | SENT;
        placedNanos[slot] = now;
        boolean reduceOnly = hedgeMode ? closing[slot] : closing[slot] && netCovers(slot);
        venueReduceOnly[slot] = reduceOnly;
        limits.recordOrder(now);
        venueOrders++;
        sentLots[slot] = remaining(slot);
        venue.place(now, owners[slot], instrumentId, ids[slot], sides[slot], types[slot], tifs[slot], reduceOnly,
                prices[slot], sentLots[slot]);
    }

    /**
     * One-way: whether the net position covers a closing order after the reduce-only orders already
     * working on its side (those being cancelled do not count: the venue clips a reduce-only fill to
     * the position anyway). A reduce-only order the net does not cover would be refused (-2022).
     */
    private boolean netCovers(int slot) {
        long closable = sides[slot] == Side.SELL ? legPosition(BOTH) : -legPosition(BOTH);
        for (int o = 0; o < highWater; o++) {
            if (used[o] && o != slot && (flags[o] & (SENT | CANCEL_SENT)) == SENT && venueReduceOnly[o]
                    && sides[o] == sides[slot]) {
                closable -= remaining(o);
            }
        }
        return closable >= remaining(slot);
    }

    /** The resting order under cross is off the venue: cross what it still had open with its partner. */
    private void settleCross(int resting, long now) {
        int held = partners[resting];
        if (held >= 0) {
            long qty = Math.min(remaining(resting), remaining(held));
            if (qty > 0) {
                cross(resting, held, qty, prices[resting], now);
            }
        }
        long left = remaining(resting);
        if (left > 0 && owners[resting] != bookId) {
            queue(owners[resting]).setCanceled(now, instrumentId, ids[resting], sides[resting], left);
        }
    }

    private void cross(int resting, int held, long qty, long price, long now) {
        internalFilled[resting] += qty;
        internalFilled[held] += qty;
        deliverFill(resting, price, qty, now);
        deliverFill(held, price, qty, now);
        boolean heldBuys = sides[held] == Side.BUY;
        reportCross(now, heldBuys ? owners[held] : owners[resting], heldBuys ? owners[resting] : owners[held],
                price, qty);
    }

    private void reportCross(long now, int buyer, int seller, long price, long qty) {
        long saved = Math.multiplyExact(2, Money.feeUnits(price, qty, instrument.makerFeePpm()));
        internalCrosses++;
        internalCrossLots += qty;
        internalCrossNotionalTickLots = Math.addExact(internalCrossNotionalTickLots, Math.multiplyExact(price, qty));
        feesSavedUnits = Math.addExact(feesSavedUnits, saved);
        venue.crossReport(now, bookId, instrumentId, buyer, seller, price, qty, saved);
    }

    private void deliverFill(int slot, long price, long qty, long now) {
        if (owners[slot] == bookId) {
            allocate(slot, price, qty, 0, now, ClientOrderId.NONE);
        } else {
            queue(owners[slot]).setFilled(now, instrumentId, ids[slot], sides[slot], price, qty, remaining(slot), 0,
                    true, 0);
        }
    }

    /** The order is done with: free its slot, and let the order held for it go on. */
    private void finish(int slot, long now) {
        int partner = partners[slot];
        int leg = legs[slot];
        if (owners[slot] == bookId && execSlot[leg] == slot) {
            execSlot[leg] = -1;
            java.util.Arrays.fill(execShare[leg], 0);
        }
        free(slot);
        if (partner >= 0) {
            partners[partner] = -1;
            resume(partner, now);
        }
    }

    private void releasePartner(int slot, long now) {
        int partner = partners[slot];
        partners[slot] = -1;
        if (partner >= 0) {
            partners[partner] = -1;
            resume(partner, now);
        }
    }

    /** A held order whose cross is settled: done if the cross filled it, else routed again. */
    private void resume(int slot, long now) {
        if ((flags[slot] & HELD) == 0) {
            // It was the resting side: it stays at the venue as it is.
            flags[slot] &= ~UNDER_CROSS;
            return;
        }
        flags[slot] &= ~HELD;
        if (remaining(slot) <= 0) {
            finish(slot, now);
        } else {
            route(slot, now);
        }
    }

    // ------------------------------------------------------------------ target-position strategies

    private void evaluate(long now) {
        if (targets.length == 0 || lastPriceTicks == 0) {
            return;
        }
        if (hedgeMode) {
            evaluateLeg(LONG, now);
            evaluateLeg(SHORT, now);
        } else {
            evaluateLeg(BOTH, now);
        }
    }

    private void evaluateLeg(int leg, long now) {
        wants(leg);
        long buying = crossableSum(leg, true);
        long selling = crossableSum(leg, false);
        if (buying > 0 && selling > 0 && !safeMode) {
            crossWants(leg, Math.min(buying, selling), now);
            wants(leg);
        }
        long net = 0;
        for (long w : want) {
            net += w;
        }
        int e = execSlot[leg];
        if (e >= 0) {
            if ((flags[e] & SENT) == 0 || (flags[e] & (CANCEL_SENT | UNDER_CROSS | HELD | OWNER_CANCEL | RECHECK)) != 0
                    || tifs[e] == TimeInForce.IOC) {
                return;
            }
            boolean behind = sides[e] == Side.BUY ? touch(Side.BUY) > prices[e]
                    : touch(Side.SELL) < prices[e];
            boolean reprice = behind && now - placedNanos[e] >= REPRICE_MIN_NANOS;
            if (Math.abs(net) >= thresholdLots() || reprice || chaseDue(leg, sides[e], now)) {
                flags[e] |= CANCEL_SENT | OWNER_CANCEL;
                venue.cancel(now, bookId, instrumentId, ids[e], sides[e]);
            }
            return;
        }
        if (Math.abs(net) < thresholdLots()) {
            inEpisode[leg] = false;
            return;
        }
        Side side = net > 0 ? Side.BUY : Side.SELL;
        if (!inEpisode[leg]) {
            inEpisode[leg] = true;
            episodeStartNanos[leg] = now;
            episodeTouchTicks[leg] = touch(side);
        }
        if (safeMode || now < throttledUntilNanos || now < execBlockedUntilNanos[leg] || awaitMarket[leg]) {
            return;
        }
        boolean taker = chaseDue(leg, side, now);
        long ticks = chaseSetting(leg, side, true);
        long price = !taker ? touch(side)
                : side == Side.BUY ? touch(Side.SELL) + ticks : Math.max(1, touch(Side.BUY) - ticks);
        boolean closes = hedgeMode && (leg == LONG ? side == Side.SELL : side == Side.BUY);
        long qty = Math.abs(net);
        if (Math.multiplyHigh(price, qty) == 0 && price * qty < minNotionalTickLots) {
            // Below the venue's minimum notional it would only be refused: wait for more.
            return;
        }
        int code = riskCode(now, side, leg, closes, qty);
        int slot = code == 0 ? allocate() : -1;
        if (code == 0 && slot < 0) {
            code = VenueCodes.RISK_OPEN_ORDERS;
        }
        if (code != 0) {
            countDenial(code);
            for (int t = 0; t < targets.length; t++) {
                if (want[t] != 0 && (want[t] > 0) == (side == Side.BUY)) {
                    targets[t].onDenied(code);
                }
            }
            execBlockedUntilNanos[leg] = now + REFUSAL_BACKOFF_NANOS;
            return;
        }
        long id = ClientOrderId.of(bookId, ClientOrderId.NO_LEVEL, Intent.TARGET, nextExecSequence++);
        define(slot, id, bookId, side, leg, closes, OrderType.LIMIT, taker ? TimeInForce.IOC : TimeInForce.GTX, price,
                qty);
        for (int t = 0; t < targets.length; t++) {
            execShare[leg][t] = want[t] != 0 && (want[t] > 0) == (side == Side.BUY) ? Math.abs(want[t]) : 0;
        }
        execSlot[leg] = slot;
        route(slot, now);
    }

    /**
     * Fills {@link #want} for {@code leg}: target minus position minus open share of the book's order,
     * or 0 where that is below the strategy's own threshold.
     */
    private void wants(int leg) {
        int e = execSlot[leg];
        for (int t = 0; t < targets.length; t++) {
            TargetStrategy s = targets[t];
            long target = s.targetLots();
            long legTarget = leg == BOTH ? target : leg == LONG ? Math.max(target, 0) : Math.min(target, 0);
            long share = e >= 0 ? (sides[e] == Side.BUY ? execShare[leg][t] : -execShare[leg][t]) : 0;
            want[t] = legTarget - legPosition(s, leg) - share;
            if (Math.abs(want[t]) < s.thresholdLots() || s.paused()) {
                // Not worth trading for this strategy yet, or an operator paused it.
                want[t] = 0;
            }
        }
    }

    /** What the wishes of one direction may cross on {@code leg}, together. */
    private long crossableSum(int leg, boolean buyers) {
        long sum = 0;
        for (int t = 0; t < want.length; t++) {
            sum += crossable(t, leg, buyers);
        }
        return sum;
    }

    /**
     * How much of strategy {@code t}'s wish in one direction may be crossed: all of it when it opens,
     * or one-way, where a position nets through zero. A wish to close a hedge leg also counts the
     * strategy's open share of a working opening order of the book, which it does not hold yet; a
     * virtual fill cannot close what is not there, so it crosses only what the strategy holds on the
     * leg, less what a working closing order of the book already closes for it.
     */
    private long crossable(int t, int leg, boolean buyers) {
        long wish = want[t] != 0 && (want[t] > 0) == buyers ? Math.abs(want[t]) : 0;
        if (wish == 0 || leg == BOTH || buyers == (leg == LONG)) {
            return wish;
        }
        long held = leg == LONG ? targets[t].account().longLots() : targets[t].account().shortLots();
        int e = execSlot[leg];
        long closing = e >= 0 && (sides[e] == Side.BUY) == buyers ? execShare[leg][t] : 0;
        return Math.min(wish, Math.max(0, held - closing));
    }

    /**
     * Crosses {@code qty} lots of opposite wishes at the mid price: the smaller side gets all it
     * wants, the larger shares {@code qty} in proportion to its wishes; buyers and sellers are then
     * paired in id order, one cross report per pair.
     */
    private void crossWants(int leg, long qty, long now) {
        long mid = mid();
        share(qty, leg, true, allocA);
        share(qty, leg, false, allocB);
        int b = 0;
        int s = 0;
        while (true) {
            while (b < targets.length && allocA[b] == 0) {
                b++;
            }
            while (s < targets.length && allocB[s] == 0) {
                s++;
            }
            if (b == targets.length || s == targets.length) {
                return;
            }
            long q = Math.min(allocA[b], allocB[s]);
            allocA[b] -= q;
            allocB[s] -= q;
            targets[b].onFill(now, leg, Side.BUY, mid, q, 0, ClientOrderId.NONE);
            targets[s].onFill(now, leg, Side.SELL, mid, q, 0, ClientOrderId.NONE);
            reportCross(now, targets[b].id(), targets[s].id(), mid, q);
        }
    }

    /** Shares {@code qty} among the crossable wishes of one direction in proportion to them. */
    private void share(long qty, int leg, boolean buyers, long[] out) {
        for (int t = 0; t < want.length; t++) {
            weights[t] = crossable(t, leg, buyers);
        }
        split(qty, weights, out);
    }

    /**
     * Splits {@code qty} (at most the sum of {@code parts}) in proportion to {@code parts}: each
     * gets the floor of its exact share, and the lots left over go one by one to the largest
     * fractional remainders, the lower index first on a tie; no part gets more than it asked.
     */
    private static void split(long qty, long[] parts, long[] out) {
        long total = 0;
        for (long p : parts) {
            total += p;
        }
        long given = 0;
        for (int t = 0; t < parts.length; t++) {
            out[t] = total == 0 ? 0 : Money.mulDiv(qty, parts[t], total);
            given += out[t];
        }
        for (long rest = qty - given; rest > 0; rest--) {
            int best = -1;
            long bestFraction = -1;
            for (int t = 0; t < parts.length; t++) {
                if (parts[t] == 0 || out[t] >= parts[t]) {
                    continue;
                }
                long fraction = Math.multiplyExact(qty, parts[t]) % total;
                if (fraction > bestFraction) {
                    best = t;
                    bestFraction = fraction;
                }
            }
            out[best]++;
        }
    }

    /**
     * A fill of the book's own order (from the venue, or an internal cross): shared among the open
     * shares in proportion (largest remainder, lower index first), the fee likewise with its
     * rounding rest going to the largest part.
     */
    private void allocate(int slot, long price, long qty, long fee, long now, long orderId) {
        int leg = legs[slot];
        long[] shares = execSlot[leg] == slot ? execShare[leg] : null;
        if (shares == null) {
            unmatchedEvents++;
            return;
        }
        long total = 0;
        for (long s : shares) {
            total += s;
        }
        if (total <= 0) {
            unmatchedEvents++;
            return;
        }
        long q = Math.min(qty, total);
        split(q, shares, allocA);
        long feeGiven = 0;
        int largest = 0;
        for (int t = 0; t < shares.length; t++) {
            allocB[t] = Money.mulDiv(fee, allocA[t], q);
            feeGiven += allocB[t];
            if (allocA[t] > allocA[largest]) {
                largest = t;
            }
        }
        allocB[largest] += fee - feeGiven;
        for (int t = 0; t < shares.length; t++) {
            if (allocA[t] > 0) {
                shares[t] -= allocA[t];
                targets[t].onFill(now, leg, sides[slot], price, allocA[t], allocB[t], orderId);
            }
        }
    }

    private boolean chaseDue(int leg, Side side, long now) {
        if (!inEpisode[leg]) {
            return false;
        }
        long ran = side == Side.BUY ? touch(Side.BUY) - episodeTouchTicks[leg] : episodeTouchTicks[leg] - touch(Side.SELL);
        return now - episodeStartNanos[leg] >= chaseSetting(leg, side, false) || ran >= chaseSetting(leg, side, true);
    }

    /** Whether target strategy {@code t} is served by the book's order of {@code side} on {@code leg}. */
    private boolean serves(int t, int leg, Side side) {
        return (want[t] != 0 && (want[t] > 0) == (side == Side.BUY)) || execShare[leg][t] > 0;
    }

    /**
     * The most urgent {@code chaseTicks} (or {@code chaseAfter}, in nanoseconds) of the strategies
     * the book's order of {@code side} serves (wishing that way, or holding a share of the working
     * order); every strategy's if none does. Read from the strategies each time: a paused one may
     * take changed settings.
     */
    private long chaseSetting(int leg, Side side, boolean ticks) {
        long served = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        for (int t = 0; t < targets.length; t++) {
            long setting = ticks ? targets[t].chaseTicks() : targets[t].chaseAfterNanos();
            all = Math.min(all, setting);
            if (serves(t, leg, side)) {
                served = Math.min(served, setting);
            }
        }
        return served == Long.MAX_VALUE ? all : served;
    }

    /** The smallest net worth trading: the smallest threshold of the book's target strategies. */
    private long thresholdLots() {
        long smallest = Long.MAX_VALUE;
        for (TargetStrategy target : targets) {
            smallest = Math.min(smallest, target.thresholdLots());
        }
        return smallest;
    }

    /** The touch of {@code side}: the best bid for buys, the best ask for sells; from the last trade when no book is known. */
    private long touch(Side side) {
        if (bidTicks > 0 && askTicks > bidTicks) {
            return side == Side.BUY ? bidTicks : askTicks;
        }
        return side == Side.BUY ? Math.max(1, lastPriceTicks - 1) : lastPriceTicks + 1;
    }

    /** The mid price, rounded down to the tick; the last trade when no book is known. */
    private long mid() {
        if (bidTicks > 0 && askTicks > bidTicks) {
            return (bidTicks + askTicks) / 2;
        }
        return lastPriceTicks;
    }

    // ------------------------------------------------------------------ risk, positions, the table

    private int riskCode(long now, Side side, int leg, boolean closes, long qty) {
        if (openOrders() >= limits.maxOpenOrders()) {
            return VenueCodes.RISK_OPEN_ORDERS;
        }
        if (!limits.allowsOrder(now)) {
            return VenueCodes.RISK_ORDER_RATE;
        }
        if (!closes && maxPositionLots != Long.MAX_VALUE) {
            long exposure = side == Side.BUY ? legPosition(leg) : -legPosition(leg);
            for (int o = 0; o < highWater; o++) {
                if (used[o] && sides[o] == side && legs[o] == leg && !closing[o]) {
                    exposure += remaining(o);
                }
            }
            if (exposure + qty > maxPositionLots) {
                return VenueCodes.RISK_ACCOUNT_POSITION;
            }
        }
        return 0;
    }

    private void countDenial(int code) {
        riskDenials[code == VenueCodes.RISK_ACCOUNT_POSITION ? 0 : code == VenueCodes.RISK_OPEN_ORDERS ? 1 : 2]++;
    }

    private int openOrders() {
        int n = 0;
        for (int o = 0; o < highWater; o++) {
            if (used[o]) {
                n++;
            }
        }
        return n;
    }

    /** The leg a venue order moves: one-way everything is BOTH; hedge, buys that open and sells that close are LONG. */
    private int legOf(Side side, boolean closes) {
        if (!hedgeMode) {
            return BOTH;
        }
        return side.longLeg(closes) ? LONG : SHORT;
    }

    /** The strategies' position on {@code leg}, signed (the short leg counts negative). */
    private long legPosition(int leg) {
        long lots = 0;
        for (Strategy s : members) {
            lots += legPosition(s, leg);
        }
        return lots;
    }

    private static long legPosition(Strategy s, int leg) {
        return leg == BOTH ? s.account().netLots() : leg == LONG ? s.account().longLots() : -s.account().shortLots();
    }

    private void venueFill(int slot, long price, long qty, long fee) {
        if (qty <= 0) {
            return;
        }
        venueFilled[slot] += qty;
        venueFilledLots += qty;
        long notional = Math.multiplyExact(price, qty);
        venueNotionalTickLots = Math.addExact(venueNotionalTickLots, notional);
        venueFeeUnits = Math.addExact(venueFeeUnits, fee);
        boolean buy = sides[slot] == Side.BUY;
        venueCashTickLots = buy ? Math.subtractExact(venueCashTickLots, notional)
                : Math.addExact(venueCashTickLots, notional);
        venueLegLots[legs[slot]] += buy ? qty : -qty;
    }

    private long remaining(int slot) {
        return qtys[slot] - internalFilled[slot] - venueFilled[slot];
    }

    private int find(long id) {
        for (int o = 0; o < highWater; o++) {
            if (used[o] && ids[o] == id) {
                return o;
            }
        }
        return -1;
    }

    private int allocate() {
        for (int o = 0; o < used.length; o++) {
            if (!used[o]) {
                used[o] = true;
                if (o >= highWater) {
                    highWater = o + 1;
                }
                return o;
            }
        }
        return -1;
    }

    private void free(int slot) {
        used[slot] = false;
        flags[slot] = 0;
        partners[slot] = -1;
        while (highWater > 0 && !used[highWater - 1]) {
            highWater--;
        }
    }

    private void define(int slot, long id, int owner, Side side, int leg, boolean closes, OrderType type,
                        TimeInForce tif, long price, long qty) {
        ids[slot] = id;
        owners[slot] = owner;
        sides[slot] = side;
        legs[slot] = leg;
        closing[slot] = closes;
        types[slot] = type;
        tifs[slot] = tif;
        prices[slot] = price;
        qtys[slot] = qty;
        internalFilled[slot] = 0;
        venueFilled[slot] = 0;
        sentLots[slot] = 0;
        venueReduceOnly[slot] = false;
        flags[slot] = 0;
        partners[slot] = -1;
        seqs[slot] = nextSeq++;
        notFound[slot] = 0;
        recheckNanos[slot] = 0;
    }

    private InboundEvent queue(int owner) {
        int at = pendingTail;
        int next = (pendingTail + 1) % PENDING_EVENTS;
        if (next == pendingHead) {
            throw new IllegalStateException("netting book " + bookId + ": more than " + PENDING_EVENTS
                    + " undelivered events");
        }
        pendingTail = next;
        pendingOwner[at] = owner;
        return pending[at];
    }

    private void deliver(InboundEvent e) {
        int owner = ClientOrderId.strategy(e.clientOrderId());
        byId[owner].onOrderEvent(e);
    }

    // ------------------------------------------------------------------ what the account did

    public int bookId() {
        return bookId;
    }

    public String accountName() {
        return limits.name();
    }

    public int instrumentId() {
        return instrumentId;
    }

    public boolean hedgeMode() {
        return hedgeMode;
    }

    /** The book's strategies (order and target strategies), in id order. */
    public Strategy[] members() {
        return members.clone();
    }

    /** Orders the account sent to the venue. */
    public long venueOrders() {
        return venueOrders;
    }

    /** Base quantity the venue filled, in lots. */
    public long venueFilledLots() {
        return venueFilledLots;
    }

    /** Quote notional the venue filled, in tick-lots. */
    public long venueNotionalTickLots() {
        return venueNotionalTickLots;
    }

    /** Fees the venue charged, in money units: the sum of what the strategies were charged. */
    public long venueFeeUnits() {
        return venueFeeUnits;
    }

    /** The position the venue fills built (long minus short in hedge mode), in lots. */
    public long venuePositionLots() {
        return venueLegLots[BOTH] + venueLegLots[LONG] + venueLegLots[SHORT];
    }

    /** The venue fills' position on one leg (signed; the short leg negative), in lots. */
    public long venueLegLots(int leg) {
        return venueLegLots[leg];
    }

    /** The account's price PnL at {@code markTicks} from the venue fills alone: cash flow plus position at the mark. */
    public long venuePricePnlUnits(long markTicks) {
        long value = Math.addExact(venueCashTickLots, Math.multiplyExact(venuePositionLots(), markTicks));
        return Math.multiplyExact(value, Money.UNITS_PER_TICK_LOT);
    }

    /** Crosses made inside the book (each counted once, not per side). */
    public long internalCrosses() {
        return internalCrosses;
    }

    /** Base quantity crossed inside the book, in lots (each cross counted once). */
    public long internalCrossLots() {
        return internalCrossLots;
    }

    public long internalCrossNotionalTickLots() {
        return internalCrossNotionalTickLots;
    }

    /** Venue fees the internal crosses did not pay: both sides at the maker rate (a lower bound). */
    public long feesSavedUnits() {
        return feesSavedUnits;
    }

    /** Orders refused by account risk: [position cap, open orders, order rate]. */
    public long riskDenials(int reason) {
        return riskDenials[reason];
    }

    /** Events about orders of the book's own it did not know (orphans included). */
    public long unmatchedEvents() {
        return unmatchedEvents;
    }

    /** The book's own orders found working at the venue that it did not know, and cancelled. */
    public long orphansCanceled() {
        return orphansCanceled;
    }

    /** Orders held or working at the venue. */
    public int workingOrders() {
        return openOrders();
    }

    /** Folds the book's whole state into a state hash. */
    public long stateHash(long h) {
        h = StateHash.mix(h, bookId);
        for (int o = 0; o < highWater; o++) {
            if (!used[o]) {
                continue;
            }
            h = StateHash.mix(h, ids[o]);
            h = StateHash.mix(h, owners[o]);
            h = StateHash.mix(h, qtys[o]);
            h = StateHash.mix(h, internalFilled[o]);
            h = StateHash.mix(h, venueFilled[o]);
            h = StateHash.mix(h, flags[o]);
            h = StateHash.mix(h, partners[o]);
            h = StateHash.mix(h, venueReduceOnly[o] ? 1 : 0);
            h = StateHash.mix(h, notFound[o]);
            h = StateHash.mix(h, recheckNanos[o]);
        }
        for (int leg = BOTH; leg <= SHORT; leg++) {
            h = StateHash.mix(h, execSlot[leg]);
            h = StateHash.mix(h, inEpisode[leg] ? episodeStartNanos[leg] : -1);
            h = StateHash.mix(h, episodeTouchTicks[leg]);
            h = StateHash.mix(h, execBlockedUntilNanos[leg]);
            h = StateHash.mix(h, awaitMarket[leg] ? 1 : 0);
            for (long s : execShare[leg]) {
                h = StateHash.mix(h, s);
            }
            h = StateHash.mix(h, venueLegLots[leg]);
        }
        h = StateHash.mix(h, nextExecSequence);
        h = StateHash.mix(h, venueOrders);
        h = StateHash.mix(h, venueFilledLots);
        h = StateHash.mix(h, venueFeeUnits);
        h = StateHash.mix(h, venueCashTickLots);
        h = StateHash.mix(h, internalCrossLots);
        h = StateHash.mix(h, feesSavedUnits);
        h = StateHash.mix(h, riskDenials[0] + 31 * riskDenials[1] + 961 * riskDenials[2]);
        h = StateHash.mix(h, unmatchedEvents);
        h = StateHash.mix(h, orphansCanceled);
        h = StateHash.mix(h, safeMode ? 1 : 0);
        return limits.stateHash(h);
    }
}
