package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.position.VirtualAccount;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.engine.strategy.StateHash;
import dev.gridbot.engine.strategy.Strategy;

/**
 * The grid strategy: short, neutral or long, one state machine per level (see {@link LevelState}),
 * entries reconciled idempotently against what the grid wants on every trade, exits placed the
 * moment an entry completes, a position cap per side that holds even if every working entry
 * fills, and a stop-loss that cannot be switched off. The rules are those of docs/grid-rules.md.
 *
 * <p>Owned by the business-logic thread. Allocates nothing after construction (a changed
 * configuration that moves the levels brings its own).
 */
public final class GridStrategy implements Strategy {
    private GridSpec spec;
    private final OrderSink sink;
    private GridLevel[] levels;
    private final VirtualAccount account = new VirtualAccount();
    private final OrderCounters counters = new OrderCounters();

    private GridState state = GridState.WAITING;
    private long referencePriceTicks;
    private long lastPriceTicks;
    private long nextSequence = 1;

    /** After a margin refusal (-2019) new entries wait this long; exits and cancels go on. */
    static final long MARGIN_BACKOFF_NANOS = 60_000_000_000L;
    /** The sequence of the client order id a booked-but-adopted position is reported under (no order has 0). */
    static final long ADOPTED = 0;
    /** More than this many throttles within {@link #THROTTLE_WINDOW_NANOS} slow reconciliation down. */
    static final int THROTTLES_BEFORE_SLOWING = 4;
    static final long THROTTLE_WINDOW_NANOS = 600_000_000_000L;
    /** While slowed down, entries are reconciled at most this often (event time), for {@link #THROTTLE_WINDOW_NANOS}. */
    static final long SLOW_RECONCILE_NANOS = 3_000_000_000L;

    private long entriesBlockedUntilNanos = Long.MIN_VALUE;
    /** The venue is out of reach: its orders were cancelled; nothing new until a re-sync. */
    private boolean safeMode;
    /** Event time until which the venue throttles us: nothing is sent before. */
    private long throttledUntilNanos = Long.MIN_VALUE;
    /** Times of the last throttles, to slow reconciliation down when they come often. */
    private final long[] recentThrottles = new long[THROTTLES_BEFORE_SLOWING];
    private int throttleCount;
    private long slowUntilNanos = Long.MIN_VALUE;
    private long lastReconcileNanos = Long.MIN_VALUE;
    private int lastRejectCode;
    private long stopOrderId = ClientOrderId.NONE;
    private long stopTriggerNanos;
    private long stopTriggerPriceTicks;
    private long stopPositionLots;
    /** Operators' pause and stop: while paused nothing new is placed; the stop-loss still watches. */
    private final Lifecycle lifecycle = new Lifecycle();

    public GridStrategy(GridSpec spec, OrderSink sink) {
        this.spec = spec;
        this.sink = sink;
        this.levels = new GridLevel[spec.levels()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new GridLevel(i, spec.levelPriceTicks(i));
        }
    }

    @Override
    public int id() {
        return spec.strategyId;
    }

    @Override
    public String name() {
        return spec.name;
    }

    @Override
    public int instrumentId() {
        return spec.instrumentId;
    }

    public GridSpec spec() {
        return spec;
    }

    public GridState state() {
        return state;
    }

    /** The first trade price, which fixed the roles of a neutral grid; 0 before it. */
    public long referencePriceTicks() {
        return referencePriceTicks;
    }

    public LevelState levelState(int level) {
        return levels[level].state;
    }

    @Override
    public long levelOpenLots(int level) {
        return levels[level].openLots;
    }

    /** The client order id working at {@code level}, or {@link ClientOrderId#NONE}. */
    public long levelOrderId(int level) {
        return levels[level].orderId;
    }

    /** Unfilled quantity of the working entries of the side that opens with {@code entrySide}. */
    public long workingEntryLots(Side entrySide) {
        long lots = 0;
        for (GridLevel level : levels) {
            if (level.state == LevelState.ENTRY_WORKING && level.role.entrySide() == entrySide) {
                lots += level.unfilledLots();
            }
        }
        return lots;
    }

    public long maxPositionLots() {
        return spec.maxPositionLots;
    }

    @Override
    public int levels() {
        return levels.length;
    }

    @Override
    public long levelWord(int level) {
        GridLevel l = levels[level];
        boolean sells = l.hasOrder() && orderSide(l) == Side.SELL;
        return (l.priceTicks << 8) | ((long) l.state.ordinal() << 1) | (sells ? 1 : 0);
    }

    /** True when the venue refused the level's order as malformed and the level stopped trading. */
    public boolean levelFaulted(int level) {
        return levels[level].faulted;
    }

    @Override
    public int lastRejectCode() {
        return lastRejectCode;
    }

    @Override
    public int stateCode() {
        return lifecycle.stateCode(state);
    }

    @Override
    public boolean onControl(dev.gridbot.engine.model.ControlCommand command, long now) {
        // A resume needs nothing more: entries and the exits of open levels follow on the next trade.
        return lifecycle.command(command, state, now, transitions);
    }

    /** An operator's stop cancels and closes as the stop-loss does; a start lays out a fresh grid. */
    private final Lifecycle.Transitions transitions = new Lifecycle.Transitions() {
        @Override
        public void stopByOperator(long now) {
            if (state == GridState.WAITING) {
                state = GridState.STOPPED;
            } else {
                triggerStop(now, lastPriceTicks);
            }
        }

        @Override
        public void startAfresh(long now) {
            restart();
        }
    };

    /**
     * Paused or stopped, a grid takes another spec. Parameters that leave the levels where they are
     * (quantity, position cap, stop-loss buffer, time in force, timeouts) apply at once, to the
     * orders placed from then on, whatever the grid holds. Moving the levels (range, count,
     * spacing, mode) is refused unless the grid is stopped with every order settled: nothing is
     * held on them then.
     */
    @Override
    public boolean reconfigure(Strategy next, long now) {
        if (!(next instanceof GridStrategy grid) || grid.id() != id() || !lifecycle.mayReconfigure(state)) {
            return false;
        }
        if (!spec.sameLevels(grid.spec)) {
            if (state != GridState.STOPPED || workingOrders() != 0) {
                return false;
            }
            levels = grid.levels;
        }
        spec = grid.spec;
        return true;
    }

    /** From STOPPED to a fresh grid of the same spec, waiting for a trade; books, counters and ids go on. */
    private void restart() {
        for (GridLevel level : levels) {
            level.reset();
        }
        state = GridState.WAITING;
        referencePriceTicks = 0;
        stopTriggerNanos = 0;
        stopTriggerPriceTicks = 0;
        stopPositionLots = 0;
        entriesBlockedUntilNanos = Long.MIN_VALUE;
    }

    @Override
    public int workingOrders() {
        int n = stopOrderId == ClientOrderId.NONE ? 0 : 1;
        for (GridLevel level : levels) {
            if (level.hasOrder()) {
                n++;
            }
        }
        return n;
    }

    /** Event time until which new entries wait after a margin refusal. */
    public long entriesBlockedUntilNanos() {
        return entriesBlockedUntilNanos;
    }

    @Override
    public VirtualAccount account() {
        return account;
    }

    @Override
    public OrderCounters counters() {
        return counters;
    }

    // ---------------------------------------------------------------- trades

    @Override
    public void onTrade(InboundEvent trade) {
        counters.onTrade();
        long now = trade.timestampNanos();
        lastPriceTicks = trade.priceTicks();
        if (state == GridState.WAITING) {
            start(lastPriceTicks);
        }
        if (state == GridState.RUNNING) {
            if (lastPriceTicks <= spec.stopLowTicks || lastPriceTicks >= spec.stopHighTicks) {
                lifecycle.stopLossFired();
                triggerStop(now, lastPriceTicks);
            } else if (mayPlace(now) && !slowedDown(now)) {
                lastReconcileNanos = now;
                expirePartialEntries(now);
                resubmitExits(now);
                reconcileEntries(now, Role.SHORT);
                reconcileEntries(now, Role.LONG);
            }
        }
        account.markToMarket(lastPriceTicks);
    }

    private void start(long referencePrice) {
        referencePriceTicks = referencePrice;
        int last = levels.length - 1;
        for (GridLevel level : levels) {
            level.role = roleOf(level, last, referencePrice);
        }
        state = GridState.RUNNING;
    }

    private Role roleOf(GridLevel level, int lastIndex, long referencePrice) {
        boolean canShort = level.index >= 1;
        boolean canLong = level.index <= lastIndex - 1;
        if (spec.mode == GridMode.SHORT) {
            return canShort ? Role.SHORT : Role.NONE;
        }
        if (spec.mode == GridMode.LONG) {
            return canLong ? Role.LONG : Role.NONE;
        }
        if (canShort && level.priceTicks > referencePrice) {
            return Role.SHORT;
        }
        if (canLong && level.priceTicks < referencePrice) {
            return Role.LONG;
        }
        return Role.NONE;
    }

    private void expirePartialEntries(long now) {
        for (GridLevel level : levels) {
            if (level.state == LevelState.ENTRY_WORKING && level.orderFilledLots > 0 && !level.cancelPending
                    && now - level.firstFillNanos >= spec.partialFillTimeoutNanos) {
                cancel(level, now);
            }
        }
    }

    private void resubmitExits(long now) {
        for (GridLevel level : levels) {
            if (level.state == LevelState.POSITION_OPEN && level.openLots > 0 && now >= level.cooldownUntilNanos
                    && !level.faulted) {
                placeExit(level, now);
            }
        }
    }

    /**
     * Desired entries of one side versus working ones. Candidates (levels whose price is on the
     * right side of the last trade) are taken nearest first while the cap has room; working entries
     * that are no longer desired are cancelled, desired idle levels get an entry if the cap allows
     * it counting every working entry of the side, those being cancelled included.
     */
    private void reconcileEntries(long now, Role role) {
        Side entrySide = role.entrySide();
        long position = account.sideLots(entrySide);
        long working = 0;
        long kept = 0;
        for (GridLevel level : levels) {
            if (level.role == role && level.state == LevelState.ENTRY_WORKING) {
                working += level.unfilledLots();
                if (!level.isFreshEntry() && !level.cancelPending) {
                    kept += level.unfilledLots();
                }
            }
        }
        long budget = spec.maxPositionLots - position - kept;
        boolean ascending = role == Role.SHORT;
        int n = levels.length;
        // Two passes over the same nearest-first order: cancellations first, then placements, so
        // that what frees room (and what a throttled venue must see first) goes out first.
        for (int pass = 0; pass < 2; pass++) {
            long room = budget;
            for (int k = 0; k < n; k++) {
                GridLevel level = levels[ascending ? k : n - 1 - k];
                if (level.role != role) {
                    continue;
                }
                boolean priceWanted = role == Role.SHORT ? level.priceTicks > lastPriceTicks
                        : level.priceTicks < lastPriceTicks;
                boolean idle = level.state == LevelState.IDLE && now >= level.cooldownUntilNanos && !level.faulted
                        && now >= entriesBlockedUntilNanos;
                boolean fresh = level.isFreshEntry();
                if (!idle && !fresh) {
                    continue;
                }
                // A working entry takes what it was placed with (a changed quantity applies to new ones).
                long size = fresh ? level.unfilledLots() : spec.qtyLots;
                boolean desired = priceWanted && room >= size;
                if (desired) {
                    room -= size;
                }
                if (pass == 0 && fresh && !desired) {
                    cancel(level, now);
                } else if (pass == 1 && idle && desired) {
                    if (position + working + spec.qtyLots <= spec.maxPositionLots) {
                        placeEntry(level, now);
                        working += spec.qtyLots;
                    } else {
                        counters.onSkippedByCap();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- orders out

    private long nextId(int level, Intent intent) {
        return ClientOrderId.of(spec.strategyId, level, intent, nextSequence++);
    }

    private void placeEntry(GridLevel level, long now) {
        long id = nextId(level.index, Intent.ENTRY);
        level.workOrder(LevelState.ENTRY_WORKING, id, spec.qtyLots);
        counters.onPlaced();
        sink.place(now, spec.strategyId, spec.instrumentId, id, level.role.entrySide(), OrderType.LIMIT,
                spec.entryTimeInForce, false, level.priceTicks, spec.qtyLots);
    }

    private void placeExit(GridLevel level, long now) {
        int target = level.role == Role.SHORT ? level.index - 1 : level.index + 1;
        long id = nextId(level.index, Intent.EXIT);
        level.workOrder(LevelState.EXIT_WORKING, id, level.openLots);
        counters.onPlaced();
        // reduceOnly here says "this order closes": the netting book decides what the venue is sent
        // (one-way: reduce-only only when the account's net position covers it; hedge: the leg).
        sink.place(now, spec.strategyId, spec.instrumentId, id, level.role.exitSide(), OrderType.LIMIT,
                TimeInForce.GTC, true, levels[target].priceTicks, level.openLots);
    }

    private void cancel(GridLevel level, long now) {
        level.cancelPending = true;
        sink.cancel(now, spec.strategyId, spec.instrumentId, level.orderId,
                level.state == LevelState.ENTRY_WORKING ? level.role.entrySide() : level.role.exitSide());
    }

    // ---------------------------------------------------------------- venue answers

    @Override
    public void onOrderEvent(InboundEvent event) {
        long id = event.clientOrderId();
        if (ClientOrderId.intent(id) == Intent.STOP) {
            onStopOrderEvent(event);
            return;
        }
        int index = ClientOrderId.level(id);
        if (index >= levels.length || levels[index].orderId != id) {
            onUnmatched(event);
            return;
        }
        GridLevel level = levels[index];
        switch (event.type()) {
            case ORDER_ACCEPTED -> level.orderAccepted = true;
            case ORDER_REJECTED -> onRejected(level, event);
            case ORDER_FILLED -> onFilled(level, event.timestampNanos(), event.side(), event.priceTicks(),
                    cumulativeOf(level, event), event.feeUnits(), event.leavesLots() == 0);
            case ORDER_CANCELED -> onCanceled(level, event.timestampNanos());
            case ORDER_UNKNOWN -> onUnknown(level, event);
            case ORDER_STATUS -> onStatus(level, event);
            default -> counters.onUnmatched();
        }
    }

    /**
     * An event about an order no level owns. If the venue says it is working (a re-sync's answer, or
     * an order of an earlier run the grid no longer wants), it is an orphan: cancel it.
     */
    private void onUnmatched(InboundEvent event) {
        counters.onUnmatched();
        if (event.type() == InboundType.ORDER_STATUS && !OrderStatus.of(event.code()).isFinal()) {
            counters.onOrphanCanceled();
            sink.cancel(event.timestampNanos(), spec.strategyId, spec.instrumentId, event.clientOrderId(),
                    event.side());
        }
    }

    /**
     * Follows the venue's position after a lasting disagreement (a trade the grid never saw: a manual
     * order, a liquidation): the side the venue holds less of is reduced first, level by level
     * (nearest the reference price first), each closed at the last price with its price PnL booked;
     * what remains is opened on idle levels of the other side at the last price, whose exits follow
     * on the next trade. Nothing happens while an answer to one of the grid's queries is awaited
     * (it could be the missing fill), or once the grid is no longer running.
     */
    @Override
    public void adoptVenuePosition(long venueNetLots, long now) {
        if (state != GridState.RUNNING || awaitingAnswers()) {
            counters.onPositionNotFollowed();
            return;
        }
        long diff = venueNetLots - account.netLots();
        if (diff == 0) {
            return;
        }
        long left = diff > 0 ? open(Role.LONG, reduce(Role.SHORT, diff, now), now)
                : open(Role.SHORT, reduce(Role.LONG, -diff, now), now);
        counters.onPositionAdopted();
        if (left != 0) {
            counters.onPositionNotFollowed();
        }
    }

    private boolean awaitingAnswers() {
        for (GridLevel level : levels) {
            if (level.queryPending) {
                return true;
            }
        }
        return false;
    }

    /** Closes up to {@code lots} of the {@code role} side at the last price; returns what is left. */
    private long reduce(Role role, long lots, long now) {
        int n = levels.length;
        for (int k = 0; k < n && lots > 0; k++) {
            GridLevel level = levels[role == Role.SHORT ? k : n - 1 - k];
            if (level.role != role || level.openLots == 0) {
                continue;
            }
            long q = Math.min(level.openLots, lots);
            long cost = level.entryCostOf(q);
            long pnl = account.close(role.entrySide(), cost, lastPriceTicks, q);
            level.openLots -= q;
            level.entryCostTickLots -= cost;
            lots -= q;
            sink.fillReport(now, spec.strategyId, spec.instrumentId,
                    ClientOrderId.of(spec.strategyId, level.index, Intent.EXIT, ADOPTED), role.exitSide(),
                    lastPriceTicks, q, 0, pnl);
            if (level.state == LevelState.EXIT_WORKING) {
                if (!level.cancelPending) {
                    cancel(level, now);
                }
            } else if (level.state == LevelState.POSITION_OPEN && level.openLots == 0) {
                level.clearOrder(LevelState.IDLE);
            }
        }
        return lots;
    }

    /** Opens up to {@code lots} on idle levels of {@code role} at the last price; returns what is left. */
    private long open(Role role, long lots, long now) {
        int n = levels.length;
        for (int k = 0; k < n && lots > 0; k++) {
            GridLevel level = levels[role == Role.SHORT ? k : n - 1 - k];
            if (level.role != role || level.state != LevelState.IDLE || level.openLots != 0 || level.faulted) {
                continue;
            }
            long q = Math.min(spec.qtyLots, lots);
            level.openLots = q;
            level.entryCostTickLots = Math.multiplyExact(lastPriceTicks, q);
            account.open(role.entrySide(), lastPriceTicks, q);
            level.clearOrder(LevelState.POSITION_OPEN);
            lots -= q;
            sink.fillReport(now, spec.strategyId, spec.instrumentId,
                    ClientOrderId.of(spec.strategyId, level.index, Intent.ENTRY, ADOPTED), role.entrySide(),
                    lastPriceTicks, q, 0, 0);
        }
        return lots;
    }

    @Override
    public void onThrottled(long now, long untilNanos) {
        throttledUntilNanos = Math.max(throttledUntilNanos, untilNanos);
        recentThrottles[throttleCount++ % recentThrottles.length] = now;
        long oldest = recentThrottles[throttleCount % recentThrottles.length];
        if (throttleCount >= recentThrottles.length && now - oldest <= THROTTLE_WINDOW_NANOS) {
            slowUntilNanos = now + THROTTLE_WINDOW_NANOS;
        }
    }

    /** Whether anything new may be placed now: not paused, not in safe mode, not throttled. */
    private boolean mayPlace(long now) {
        return !lifecycle.paused() && !safeMode && !throttled(now);
    }

    /** After frequent throttles, entries are reconciled at most every few seconds for a while. */
    private boolean slowedDown(long now) {
        return now < slowUntilNanos && now - lastReconcileNanos < SLOW_RECONCILE_NANOS;
    }

    @Override
    public int conditions(long now) {
        return (safeMode ? SAFE_MODE : 0) | (throttled(now) ? THROTTLED : 0) | lifecycle.stopLossCondition(state);
    }

    /** True while the venue throttles us (event time {@code now}). */
    public boolean throttled(long now) {
        return now < throttledUntilNanos;
    }

    @Override
    public void onVenueState(VenueState venueState, long now) {
        if (venueState == VenueState.SAFE_MODE) {
            safeMode = true;
            return;
        }
        if (venueState != VenueState.RESYNC) {
            return;
        }
        safeMode = false;
        counters.onResync();
        for (GridLevel level : levels) {
            if (level.hasOrder()) {
                query(level, now);
            }
        }
        if (stopOrderId != ClientOrderId.NONE) {
            sink.queryOrder(now, spec.strategyId, spec.instrumentId, stopOrderId,
                    stopPositionLots > 0 ? Side.SELL : Side.BUY);
        }
        sink.queryPosition(now, spec.strategyId, spec.instrumentId);
    }

    /** True while the venue is out of reach and the grid places nothing new. */
    public boolean safeMode() {
        return safeMode;
    }

    /** The order's cumulative filled quantity according to a fill event: its quantity minus what is left. */
    private static long cumulativeOf(GridLevel level, InboundEvent fill) {
        return level.orderQtyLots - fill.leavesLots();
    }

    private void onRejected(GridLevel level, InboundEvent event) {
        long now = event.timestampNanos();
        int code = event.code();
        if (event.cancelRequest()) {
            // A cancel the venue refused (-2011 and the like): the order may have left the book, or
            // not have reached it yet (a cancel can overtake its order on another connection);
            // ask the venue what became of it rather than guess.
            level.cancelPending = false;
            counters.onCancelRefused();
            query(level, now);
            return;
        }
        counters.onRejected();
        lastRejectCode = code;
        if (VenueCodes.isPrecisionError(code)) {
            // Malformed for the venue (tick, step, precision): retrying would loop. The level stops
            // trading and the error names the order (status and counters show it).
            level.faulted = true;
            counters.onFaulted();
        } else if (code == VenueCodes.MARGIN_INSUFFICIENT) {
            entriesBlockedUntilNanos = now + MARGIN_BACKOFF_NANOS;
        } else if (code == VenueCodes.REDUCE_ONLY_REJECTED) {
            sink.queryPosition(now, spec.strategyId, spec.instrumentId);
        }
        level.cooldownUntilNanos = now + spec.rejectCooldownNanos;
        level.clearOrder(level.state == LevelState.EXIT_WORKING ? LevelState.POSITION_OPEN : LevelState.IDLE);
    }

    private void onUnknown(GridLevel level, InboundEvent event) {
        counters.onUnknownOutcome();
        query(level, event.timestampNanos());
    }

    private void query(GridLevel level, long now) {
        level.queryPending = true;
        sink.queryOrder(now, spec.strategyId, spec.instrumentId, level.orderId, orderSide(level));
    }

    /**
     * A query's answer settles the order: fills the stream did not bring are booked at the order's
     * price (once: fills are counted against the order's cumulative quantity), then the order is
     * working, done, gone, or — when the venue never saw it — the level is free again.
     */
    private void onStatus(GridLevel level, InboundEvent event) {
        long now = event.timestampNanos();
        level.queryPending = false;
        OrderStatus status = OrderStatus.of(event.code());
        if (status == OrderStatus.NOT_FOUND) {
            if (level.orderFilledLots == 0) {
                level.cooldownUntilNanos = now + spec.rejectCooldownNanos;
                level.clearOrder(level.state == LevelState.EXIT_WORKING ? LevelState.POSITION_OPEN : LevelState.IDLE);
            }
            return;
        }
        level.orderAccepted = true;
        long filled = event.qtyLots();
        if (filled > level.orderFilledLots) {
            long price = event.priceTicks() != 0 ? event.priceTicks() : lastPriceTicks;
            long fee = Money.feeUnits(price, filled - level.orderFilledLots, spec.makerFeePpm);
            onFilled(level, now, orderSide(level), price, filled, fee, status == OrderStatus.FILLED);
            if (!level.hasOrder() || level.orderId != event.clientOrderId()) {
                return;
            }
        }
        if (status == OrderStatus.FILLED && level.orderFilledLots == level.orderQtyLots) {
            return;
        }
        if (status == OrderStatus.CANCELED || status == OrderStatus.EXPIRED) {
            onCanceled(level, now);
        } else if (status == OrderStatus.REJECTED) {
            counters.onRejected();
            level.cooldownUntilNanos = now + spec.rejectCooldownNanos;
            level.clearOrder(level.state == LevelState.EXIT_WORKING ? LevelState.POSITION_OPEN : LevelState.IDLE);
        }
    }

    private Side orderSide(GridLevel level) {
        return level.state == LevelState.ENTRY_WORKING ? level.role.entrySide() : level.role.exitSide();
    }

    /**
     * Books a fill that brings the order's cumulative filled quantity to {@code cumulativeLots}; a
     * fill already booked (a duplicate, or one a query brought first) adds nothing.
     */
    private void onFilled(GridLevel level, long now, Side side, long price, long cumulativeLots, long feeUnits,
                          boolean complete) {
        long qty = cumulativeLots - level.orderFilledLots;
        if (qty <= 0) {
            counters.onDuplicateFill();
            return;
        }
        counters.onFill();
        account.payFee(feeUnits);
        level.orderAccepted = true;
        level.orderFilledLots = cumulativeLots;
        if (level.state == LevelState.ENTRY_WORKING) {
            if (level.orderFilledLots == qty) {
                level.firstFillNanos = now;
            }
            level.openLots += qty;
            level.entryCostTickLots = Math.addExact(level.entryCostTickLots, Math.multiplyExact(price, qty));
            account.open(level.role.entrySide(), price, qty);
            sink.fillReport(now, spec.strategyId, spec.instrumentId, level.orderId, side, price, qty, feeUnits, 0);
            if (complete) {
                level.clearOrder(LevelState.POSITION_OPEN);
                if (state == GridState.RUNNING && mayPlace(now)) {
                    placeExit(level, now);
                }
            }
        } else if (level.state == LevelState.EXIT_WORKING) {
            long cost = level.entryCostOf(qty);
            long pnl = account.close(level.role.entrySide(), cost, price, qty);
            level.openLots -= qty;
            level.entryCostTickLots -= cost;
            sink.fillReport(now, spec.strategyId, spec.instrumentId, level.orderId, side, price, qty, feeUnits, pnl);
            if (complete) {
                if (level.openLots == 0) {
                    counters.onRoundTrip();
                    level.clearOrder(LevelState.IDLE);
                } else {
                    level.clearOrder(LevelState.POSITION_OPEN);
                }
            }
        } else {
            throw new IllegalStateException(spec.name + ": fill for level " + level.index + " in state "
                    + level.state);
        }
    }

    private void onCanceled(GridLevel level, long now) {
        counters.onCanceled();
        boolean entry = level.state == LevelState.ENTRY_WORKING;
        if (entry && level.openLots == 0) {
            level.clearOrder(LevelState.IDLE);
            return;
        }
        if (level.openLots == 0) {
            // an exit whose position the books no longer hold (the venue's position was adopted)
            level.clearOrder(LevelState.IDLE);
            return;
        }
        // An entry cut short after partial fills gets its exit for what filled at once; an exit
        // the venue took off the book is placed again on the next trade.
        level.clearOrder(LevelState.POSITION_OPEN);
        if (entry && state == GridState.RUNNING && mayPlace(now)) {
            placeExit(level, now);
        }
    }

    // ---------------------------------------------------------------- stop-loss

    private void triggerStop(long now, long price) {
        state = GridState.STOPPING;
        stopTriggerNanos = now;
        stopTriggerPriceTicks = price;
        stopPositionLots = account.netLots();
        for (GridLevel level : levels) {
            if (level.hasOrder() && !level.cancelPending) {
                cancel(level, now);
            }
        }
        if (stopPositionLots == 0) {
            finishStop(now, price);
            return;
        }
        placeStopClose(now);
    }

    private void placeStopClose(long now) {
        stopOrderId = nextId(ClientOrderId.NO_LEVEL, Intent.STOP);
        counters.onPlaced();
        sink.place(now, spec.strategyId, spec.instrumentId, stopOrderId, stopPositionLots > 0 ? Side.SELL : Side.BUY,
                OrderType.MARKET, TimeInForce.GTC, true, 0, Math.abs(stopPositionLots));
    }

    private void onStopOrderEvent(InboundEvent event) {
        if (event.clientOrderId() != stopOrderId || state != GridState.STOPPING) {
            onUnmatched(event);
            return;
        }
        switch (event.type()) {
            case ORDER_FILLED -> {
                counters.onFill();
                account.payFee(event.feeUnits());
                long pnl = closeAllLevels(event.priceTicks());
                sink.fillReport(event.timestampNanos(), spec.strategyId, spec.instrumentId, stopOrderId,
                        event.side(), event.priceTicks(), event.qtyLots(), event.feeUnits(), pnl);
                if (event.leavesLots() == 0) {
                    finishStop(event.timestampNanos(), event.priceTicks());
                }
            }
            case ORDER_REJECTED -> {
                if (event.cancelRequest()) {
                    return;
                }
                counters.onRejected();
                lastRejectCode = event.code();
                finishStop(event.timestampNanos(), stopTriggerPriceTicks);
            }
            case ORDER_UNKNOWN -> {
                counters.onUnknownOutcome();
                sink.queryOrder(event.timestampNanos(), spec.strategyId, spec.instrumentId, stopOrderId, event.side());
            }
            case ORDER_STATUS -> onStopStatus(event);
            case ORDER_CANCELED -> {
                counters.onCanceled();
                finishStop(event.timestampNanos(), stopTriggerPriceTicks);
            }
            default -> {
            }
        }
    }

    /** The venue's answer about the stop-loss close: book it if it filled, send it again if it never arrived. */
    private void onStopStatus(InboundEvent event) {
        OrderStatus status = OrderStatus.of(event.code());
        long now = event.timestampNanos();
        if (status == OrderStatus.NOT_FOUND) {
            placeStopClose(now);
        } else if (status == OrderStatus.FILLED) {
            counters.onFill();
            long price = event.priceTicks() != 0 ? event.priceTicks() : lastPriceTicks;
            long pnl = closeAllLevels(price);
            sink.fillReport(now, spec.strategyId, spec.instrumentId, stopOrderId, event.side(), price, event.qtyLots(),
                    0, pnl);
            finishStop(now, price);
        } else if (status.isFinal()) {
            finishStop(now, stopTriggerPriceTicks);
        }
    }

    /** Closes every open level at {@code priceTicks}; returns the price PnL realized. */
    private long closeAllLevels(long priceTicks) {
        long pnl = 0;
        for (GridLevel level : levels) {
            if (level.openLots > 0) {
                pnl += account.close(level.role.entrySide(), level.entryCostTickLots, priceTicks, level.openLots);
                level.openLots = 0;
                level.entryCostTickLots = 0;
                if (!level.hasOrder()) {
                    level.clearOrder(LevelState.IDLE);
                }
            }
        }
        return pnl;
    }

    private void finishStop(long now, long closePriceTicks) {
        closeAllLevels(closePriceTicks);
        state = GridState.STOPPED;
        stopOrderId = ClientOrderId.NONE;
        if (!lifecycle.stopByCommand()) {
            sink.stopReport(now, spec.strategyId, spec.instrumentId, stopTriggerNanos, stopTriggerPriceTicks,
                    stopPositionLots, closePriceTicks);
        }
    }

    @Override
    public long stateHash(long h) {
        h = StateHash.mix(h, spec.strategyId);
        h = StateHash.mix(h, state.ordinal());
        h = StateHash.mix(h, referencePriceTicks);
        h = StateHash.mix(h, lastPriceTicks);
        h = StateHash.mix(h, nextSequence);
        h = StateHash.mix(h, stopOrderId);
        h = StateHash.mix(h, stopTriggerNanos);
        h = StateHash.mix(h, stopTriggerPriceTicks);
        h = StateHash.mix(h, stopPositionLots);
        h = StateHash.mix(h, entriesBlockedUntilNanos);
        h = StateHash.mix(h, lastRejectCode);
        h = StateHash.mix(h, safeMode ? 1 : 0);
        h = StateHash.mix(h, throttledUntilNanos);
        h = StateHash.mix(h, throttleCount);
        h = StateHash.mix(h, slowUntilNanos);
        h = StateHash.mix(h, lastReconcileNanos);
        h = lifecycle.stateHash(h);
        for (GridLevel level : levels) {
            h = level.stateHash(h);
        }
        h = account.stateHash(h);
        return counters.stateHash(h);
    }
}
