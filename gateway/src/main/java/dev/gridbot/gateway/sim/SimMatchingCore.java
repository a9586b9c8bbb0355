package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/**
 * The matching core of the simulated venue: one account trading against a stream of market trades,
 * for one or more instruments. It runs in-process for backtests ({@link #onCommand}: one-way mode)
 * and behind the simulated venue's server ({@link #placeOrder}, which adds hedge-mode legs), one
 * core per account; both see the same fills. An in-process core in hedge mode reads an order
 * command's reduce-only flag as Binance's gateway does: it means "closes", and picks the leg
 * (LONG for buys that open and sells that close, SHORT for the others).
 *
 * <p><b>Fill model</b> (a backtest is checked against it to the tick):
 * <ul>
 *   <li>A resting buy fills when a trade prints strictly below its price, a resting sell when
 *       strictly above, at the order's own price with the maker fee. The orders one trade crosses
 *       fill in price priority, then submission order, each taking what it can of what is left of
 *       the trade's amount. Buys draw on the amount first, then sells (both can fill on one trade
 *       only when the account's own orders cross each other).</li>
 *   <li>A limit order that crosses the last trade price when placed (buy ≥ last, sell ≤ last) is a
 *       taker: a post-only (GTX) one is rejected; any other fills in full at the next trade's price
 *       if that price is at or better than its limit, with the taker fee, and otherwise rests as a
 *       maker. Before the first trade nothing crosses. A market order fills in full at the next
 *       trade's price; an IOC limit acts like a taker and what does not fill is cancelled. Takers do
 *       not consume the trade's amount and act before the resting orders, in submission order.</li>
 *   <li>Orders placed between trades k and k+1 can fill from trade k+1 on.</li>
 *   <li>Reduce-only orders never increase |position|: refused at placement unless they reduce the
 *       position; each fill is clipped to |position|, and an order that would fill while the
 *       position is flat or on its own side is cancelled instead. The unfilled rest of a clipped
 *       market or IOC order is cancelled; that of a limit order keeps working.</li>
 *   <li>Hedge mode: an order on the LONG or SHORT leg moves that leg (and the net position); a
 *       closing one (a LONG sell, a SHORT buy) follows the reduce-only rules against its leg.</li>
 * </ul>
 *
 * <p><b>Threading</b>: single-threaded. One thread owns the core and makes every call; the listener
 * is called on that thread and must not call back into the core. Time only comes in as arguments,
 * and no iteration depends on hashing, so the same inputs always give the same outputs. Steady
 * state allocates nothing: orders are pooled and each instrument keeps pre-sized arrays.
 */
public final class SimMatchingCore {
    /** Binance's MAX_NUM_ORDERS filter for USDT-M symbols. */
    public static final int DEFAULT_MAX_OPEN_ORDERS = 200;

    private final SimBook[] books;
    private final OrderPool pool;
    private final VenueListener listener;
    private final boolean hedgeMode;
    private long submissionSeq;
    private long venueSequence;
    private long fills;
    private boolean busy;

    public SimMatchingCore(Instruments instruments, VenueListener listener) {
        this(instruments, listener, DEFAULT_MAX_OPEN_ORDERS);
    }

    /** A core that rejects a new order with -2025 once an instrument has {@code maxOpenOrders} working. */
    public SimMatchingCore(Instruments instruments, VenueListener listener, int maxOpenOrders) {
        this(instruments, listener, sameForAll(instruments.size(), maxOpenOrders));
    }

    /** A core with the default open-order limit, in hedge mode or one-way for its {@link #onCommand}s. */
    public SimMatchingCore(Instruments instruments, VenueListener listener, boolean hedgeMode) {
        this(instruments, listener, sameForAll(instruments.size(), DEFAULT_MAX_OPEN_ORDERS), hedgeMode);
    }

    /** A core with its own open-order limit per instrument ({@code maxOpenOrders[instrumentId]}). */
    public SimMatchingCore(Instruments instruments, VenueListener listener, int[] maxOpenOrders) {
        this(instruments, listener, maxOpenOrders, false);
    }

    /** A core with an open-order limit per instrument, in hedge mode or one-way for its {@link #onCommand}s. */
    public SimMatchingCore(Instruments instruments, VenueListener listener, int[] maxOpenOrders, boolean hedgeMode) {
        this.hedgeMode = hedgeMode;
        if (maxOpenOrders.length != instruments.size()) {
            throw new IllegalArgumentException("one open-order limit per instrument: " + maxOpenOrders.length);
        }
        this.listener = listener;
        this.books = new SimBook[instruments.size()];
        int capacity = 0;
        for (int i = 0; i < books.length; i++) {
            if (maxOpenOrders[i] <= 0) {
                throw new IllegalArgumentException("maxOpenOrders must be positive: " + maxOpenOrders[i]);
            }
            books[i] = new SimBook(instruments.byId(i), maxOpenOrders[i]);
            capacity = Math.addExact(capacity, maxOpenOrders[i]);
        }
        this.pool = new OrderPool(Math.max(1, capacity));
    }

    private static int[] sameForAll(int instruments, int maxOpenOrders) {
        int[] limits = new int[instruments];
        java.util.Arrays.fill(limits, maxOpenOrders);
        if (instruments == 0 && maxOpenOrders <= 0) {
            throw new IllegalArgumentException("maxOpenOrders must be positive: " + maxOpenOrders);
        }
        return limits;
    }

    /**
     * Applies an order command received at {@code nowNanos}, the time every report it causes
     * carries. PLACE and CANCEL act; other types are not for the venue and are ignored.
     */
    public void onCommand(OutboundEvent cmd, long nowNanos) {
        enter();
        try {
            switch (cmd.type()) {
                case PLACE:
                    PositionSide leg = !hedgeMode ? PositionSide.BOTH
                            : cmd.side().longLeg(cmd.reduceOnly()) ? PositionSide.LONG : PositionSide.SHORT;
                    place(nowNanos, cmd.instrumentId(), cmd.clientOrderId(), cmd.side(), cmd.orderType(),
                            cmd.timeInForce(), cmd.reduceOnly() && !hedgeMode, leg, cmd.priceTicks(), cmd.qtyLots());
                    break;
                case CANCEL:
                    cancel(nowNanos, cmd.instrumentId(), cmd.clientOrderId(), cmd.side());
                    break;
                default:
                    break;
            }
        } finally {
            busy = false;
        }
    }

    /**
     * A market trade of {@code qtyLots} (already floored to the step; 0 still prints the price) at
     * {@code priceTicks}. Fills what it reaches, then becomes the last price.
     */
    public void onTrade(long ts, int instrumentId, long priceTicks, long qtyLots) {
        if (instrumentId < 0 || instrumentId >= books.length) {
            throw new IllegalArgumentException("unknown instrument id " + instrumentId);
        }
        if (priceTicks <= 0 || qtyLots < 0) {
            throw new IllegalArgumentException("bad trade: price " + priceTicks + " ticks, qty " + qtyLots + " lots");
        }
        enter();
        try {
            SimBook book = books[instrumentId];
            matchTakers(book, ts, priceTicks);
            long left = matchResting(book, true, ts, priceTicks, qtyLots);
            matchResting(book, false, ts, priceTicks, left);
            book.lastPriceTicks = priceTicks;
            book.hasLastPrice = true;
        } finally {
            busy = false;
        }
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException("SimMatchingCore re-entered from its listener");
        }
        busy = true;
    }

    /**
     * Places an order for the account, as {@link #onCommand} does for a PLACE, with a position side
     * (a hedge-mode closing order, {@link PositionSide#closes}, acts as reduce-only on its leg).
     * Reports through the listener as usual; returns 0 when accepted, else the reject code.
     */
    public int placeOrder(long nowNanos, int instrumentId, long clientOrderId, Side side, OrderType orderType,
                          TimeInForce timeInForce, boolean reduceOnly, PositionSide positionSide, long priceTicks,
                          long qtyLots) {
        enter();
        try {
            return place(nowNanos, instrumentId, clientOrderId, side, orderType, timeInForce, reduceOnly,
                    positionSide, priceTicks, qtyLots);
        } finally {
            busy = false;
        }
    }

    /** Cancels a working order, as {@link #onCommand} does for a CANCEL; returns 0 or the reject code. */
    public int cancelOrder(long nowNanos, int instrumentId, long clientOrderId, Side side) {
        enter();
        try {
            return cancel(nowNanos, instrumentId, clientOrderId, side);
        } finally {
            busy = false;
        }
    }

    private int place(long now, int instrumentId, long id, Side side, OrderType orderType, TimeInForce timeInForce,
                      boolean reduceOnlyParam, PositionSide positionSide, long price, long qtyLots) {
        if (instrumentId < 0 || instrumentId >= books.length) {
            listener.onRejected(now, instrumentId, id, side, SimRejectCodes.BAD_SYMBOL);
            return SimRejectCodes.BAD_SYMBOL;
        }
        SimBook book = books[instrumentId];
        boolean market = orderType == OrderType.MARKET;
        boolean reduceOnly = reduceOnlyParam || positionSide.closes(side);
        int code = 0;
        boolean crosses = !market && book.hasLastPrice
                && (side == Side.BUY ? price >= book.lastPriceTicks : price <= book.lastPriceTicks);
        if (qtyLots <= 0) {
            code = SimRejectCodes.QTY_LESS_THAN_ZERO;
        } else if (!market && price <= 0) {
            code = SimRejectCodes.PRICE_LESS_THAN_ZERO;
        } else if (book.find(id) != null) {
            code = SimRejectCodes.DUPLICATED_CLIENT_ORDER_ID;
        } else if (reduceOnly && book.reducibleLots(side, positionSide) == 0) {
            code = SimRejectCodes.REDUCE_ONLY_REJECTED;
        } else if (crosses && timeInForce == TimeInForce.GTX) {
            code = SimRejectCodes.POST_ONLY_WOULD_TAKE;
        } else if (book.openOrders() >= book.maxOpenOrders) {
            code = SimRejectCodes.MAX_OPEN_ORDER_EXCEEDED;
        }
        if (code != 0) {
            listener.onRejected(now, instrumentId, id, side, code);
            return code;
        }
        SimOrder order = pool.acquire();
        order.set(id, ++submissionSeq, side, orderType, timeInForce, reduceOnly, positionSide, price, qtyLots);
        if (market || crosses || order.isIoc()) {
            book.addTaker(order);
        } else {
            book.rest(order);
        }
        listener.onAccepted(now, instrumentId, id, side, price, order.leavesLots);
        return 0;
    }

    private int cancel(long now, int instrumentId, long clientOrderId, Side side) {
        if (instrumentId < 0 || instrumentId >= books.length) {
            listener.onCancelRejected(now, instrumentId, clientOrderId, side, SimRejectCodes.BAD_SYMBOL);
            return SimRejectCodes.BAD_SYMBOL;
        }
        SimBook book = books[instrumentId];
        SimOrder order = book.find(clientOrderId);
        if (order == null) {
            listener.onCancelRejected(now, instrumentId, clientOrderId, side, SimRejectCodes.UNKNOWN_ORDER);
            return SimRejectCodes.UNKNOWN_ORDER;
        }
        book.remove(order);
        finishCanceled(book, order, now);
        return 0;
    }

    /** Market, IOC and crossing limit orders, in submission order, at the trade's price. */
    private void matchTakers(SimBook book, long ts, long tradePrice) {
        SimOrder[] takers = book.takers;
        int count = book.takerCount;
        for (int i = 0; i < count; i++) {
            SimOrder order = takers[i];
            boolean reached = order.isMarket()
                    || (order.side == Side.BUY ? tradePrice <= order.priceTicks : tradePrice >= order.priceTicks);
            if (!reached) {
                if (order.isIoc()) {
                    finishCanceled(book, order, ts);
                } else {
                    book.rest(order);
                }
                continue;
            }
            long qty = fillableLots(book, order, order.leavesLots);
            if (qty == 0) {
                finishCanceled(book, order, ts);
                continue;
            }
            fill(book, order, ts, tradePrice, qty, false);
            if (order.leavesLots == 0) {
                pool.release(order);
            } else if (order.isMarket() || order.isIoc()) {
                finishCanceled(book, order, ts);
            } else {
                book.rest(order);
            }
        }
        book.clearTakers();
    }

    /**
     * Resting orders of one side crossed by the trade (buys above it, sells below it), in book
     * order, each taking what it can of {@code tradeLots}. Returns what is left of the amount.
     */
    private long matchResting(SimBook book, boolean buySide, long ts, long tradePrice, long tradeLots) {
        SimOrder[] orders = buySide ? book.buys : book.sells;
        int count = buySide ? book.buyCount : book.sellCount;
        long left = tradeLots;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            SimOrder order = orders[i];
            boolean crossed = buySide ? order.priceTicks > tradePrice : order.priceTicks < tradePrice;
            if (left > 0 && crossed) {
                long qty = fillableLots(book, order, Math.min(order.leavesLots, left));
                if (qty == 0) {
                    finishCanceled(book, order, ts);
                    continue;
                }
                left -= qty;
                fill(book, order, ts, order.priceTicks, qty, true);
                if (order.leavesLots == 0) {
                    pool.release(order);
                    continue;
                }
            }
            orders[kept++] = order;
        }
        for (int i = kept; i < count; i++) {
            orders[i] = null;
        }
        if (buySide) {
            book.buyCount = kept;
        } else {
            book.sellCount = kept;
        }
        return left;
    }

    /** {@code wantedLots}, clipped to |position| for a reduce-only order (0: it must be cancelled). */
    private static long fillableLots(SimBook book, SimOrder order, long wantedLots) {
        return order.reduceOnly ? Math.min(wantedLots, book.reducibleLots(order)) : wantedLots;
    }

    private void fill(SimBook book, SimOrder order, long ts, long priceTicks, long qtyLots, boolean maker) {
        long feePpm = maker ? book.instrument.makerFeePpm() : book.instrument.takerFeePpm();
        long feeUnits = Money.feeUnits(priceTicks, qtyLots, feePpm);
        order.leavesLots -= qtyLots;
        book.applyFill(order, qtyLots);
        book.fills++;
        book.feesPaidUnits = Math.addExact(book.feesPaidUnits, feeUnits);
        if (maker) {
            book.makerVolumeLots = Math.addExact(book.makerVolumeLots, qtyLots);
        } else {
            book.takerVolumeLots = Math.addExact(book.takerVolumeLots, qtyLots);
        }
        fills++;
        listener.onFilled(ts, book.instrument.id(), order.clientOrderId, order.side, priceTicks, qtyLots,
                order.leavesLots, feeUnits, maker, ++venueSequence);
    }

    private void finishCanceled(SimBook book, SimOrder order, long ts) {
        listener.onCanceled(ts, book.instrument.id(), order.clientOrderId, order.side, order.leavesLots);
        pool.release(order);
    }

    /** The account's signed position in lots (positive long, negative short). */
    public long positionLots(int instrumentId) {
        return books[instrumentId].positionLots;
    }

    /** A leg of a hedge-mode account (LONG: long lots; SHORT: short lots, positive); BOTH: the net position. */
    public long legLots(int instrumentId, PositionSide positionSide) {
        SimBook book = books[instrumentId];
        return positionSide == PositionSide.LONG ? book.longLots
                : positionSide == PositionSide.SHORT ? book.shortLots : book.positionLots;
    }

    /** True while the order with this client order id is working (resting or waiting for the next trade). */
    public boolean isWorking(int instrumentId, long clientOrderId) {
        return books[instrumentId].find(clientOrderId) != null;
    }

    /** The last trade price in ticks, 0 before the first trade. */
    public long lastPriceTicks(int instrumentId) {
        return books[instrumentId].lastPriceTicks;
    }

    /** Working orders: resting ones and those waiting for the next trade. */
    public int openOrders(int instrumentId) {
        return books[instrumentId].openOrders();
    }

    /** Fills of all instruments; also the last venue sequence handed out. */
    public long fills() {
        return fills;
    }

    public long fills(int instrumentId) {
        return books[instrumentId].fills;
    }

    /** Fees paid, in the instrument's money units. */
    public long feesPaidUnits(int instrumentId) {
        return books[instrumentId].feesPaidUnits;
    }

    public long makerVolumeLots(int instrumentId) {
        return books[instrumentId].makerVolumeLots;
    }

    public long takerVolumeLots(int instrumentId) {
        return books[instrumentId].takerVolumeLots;
    }
}
