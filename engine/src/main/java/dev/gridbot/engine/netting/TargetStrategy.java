package dev.gridbot.engine.netting;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.grid.Lifecycle;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.position.VirtualAccount;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.engine.strategy.StateHash;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.target.TargetSignal;

/**
 * A target-position strategy: on every trade its {@link TargetSignal} says what signed position it
 * wants, and its {@link NettingBook} makes its virtual position converge to that target, netting
 * it against the other strategies of the account. It sends no order of its own: it only receives
 * virtual fills (venue fills of the book's orders allocated to it, or internal crosses).
 *
 * <p>Risk stays its own: the target is capped at {@code maxPositionLots}, and when its net PnL
 * falls to {@code -maxLossUnits} its target becomes 0 for good (STOPPING until flat, then
 * STOPPED, with a stop report). States use {@link GridState}'s names and numbers.
 *
 * <p>Owned by the business-logic thread. Allocates nothing after construction.
 */
public final class TargetStrategy implements Strategy {
    private final int id;
    private final String name;
    private final int instrumentId;
    // Not final: a paused or stopped strategy takes those of a changed configuration (reconfigure).
    private TargetSignal signal;
    private long maxPositionLots;
    private long maxLossUnits;
    private long thresholdLots;
    private long chaseAfterNanos;
    private long chaseTicks;
    private final OrderSink reports;
    private final VirtualAccount account = new VirtualAccount();
    private final OrderCounters counters = new OrderCounters();

    private GridState state = GridState.WAITING;
    private long targetLots;
    private long stopTriggerNanos;
    private long stopTriggerPriceTicks;
    private long stopPositionLots;
    private long lastFillPriceTicks;
    private int lastRejectCode;
    private boolean safeMode;
    /** Operators' pause (its book trades nothing for it; its working share stays) and stop. */
    private final Lifecycle lifecycle = new Lifecycle();
    private long throttledUntilNanos = Long.MIN_VALUE;

    /**
     * @param thresholdLots   the smallest difference between target and position worth trading
     * @param chaseAfterNanos how long a passive order of the book may rest before it crosses
     * @param chaseTicks      how far the touch may run away before the book crosses
     * @param reports         where fill and stop reports go
     */
    public TargetStrategy(int id, String name, int instrumentId, TargetSignal signal, long maxPositionLots,
                          long maxLossUnits, long thresholdLots, long chaseAfterNanos, long chaseTicks,
                          OrderSink reports) {
        if (maxPositionLots <= 0 || maxLossUnits <= 0 || thresholdLots <= 0 || chaseAfterNanos < 0 || chaseTicks <= 0) {
            throw new IllegalArgumentException(name + ": target strategy limits must be positive");
        }
        this.id = id;
        this.name = name;
        this.instrumentId = instrumentId;
        this.signal = signal;
        this.maxPositionLots = maxPositionLots;
        this.maxLossUnits = maxLossUnits;
        this.thresholdLots = thresholdLots;
        this.chaseAfterNanos = chaseAfterNanos;
        this.chaseTicks = chaseTicks;
        this.reports = reports;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int instrumentId() {
        return instrumentId;
    }

    /** The signed position the strategy wants now, in lots. */
    public long targetLots() {
        return targetLots;
    }

    public long thresholdLots() {
        return thresholdLots;
    }

    public long chaseAfterNanos() {
        return chaseAfterNanos;
    }

    public long chaseTicks() {
        return chaseTicks;
    }

    public GridState state() {
        return state;
    }

    /** True while an operator has paused it: its book sends nothing new for it. */
    public boolean paused() {
        return lifecycle.paused();
    }

    @Override
    public boolean onControl(dev.gridbot.engine.model.ControlCommand command, long now) {
        return lifecycle.command(command, state, now, transitions);
    }

    /** An operator's stop targets flat (STOPPED once flat); a start runs again from the current position. */
    private final Lifecycle.Transitions transitions = new Lifecycle.Transitions() {
        @Override
        public void stopByOperator(long now) {
            state = GridState.STOPPING;
            stopTriggerNanos = now;
            stopTriggerPriceTicks = account.lastPriceTicks();
            stopPositionLots = account.netLots();
            targetLots = 0;
            finishStopIfFlat(now, account.lastPriceTicks());
        }

        @Override
        public void startAfresh(long now) {
            state = GridState.RUNNING;
        }
    };

    /**
     * Paused or stopped, it takes the other's limits, execution settings and signal (the caller
     * hands over this strategy's own signal when its settings did not change, so it stays warm;
     * it is resized to the new cap).
     * Its position, PnL and state stay; a lower cap or stop applies from the next trade.
     */
    @Override
    public boolean reconfigure(Strategy next, long now) {
        if (!(next instanceof TargetStrategy t) || t.id != id || !lifecycle.mayReconfigure(state)) {
            return false;
        }
        signal = t.signal;
        // A kept signal was sized by the old cap (a fresh one already has this one).
        signal.resize(t.maxPositionLots);
        maxPositionLots = t.maxPositionLots;
        maxLossUnits = t.maxLossUnits;
        thresholdLots = t.thresholdLots;
        chaseAfterNanos = t.chaseAfterNanos;
        chaseTicks = t.chaseTicks;
        return true;
    }

    /** What turns trades into the position it wants. */
    public TargetSignal signal() {
        return signal;
    }

    @Override
    public void onTrade(InboundEvent trade) {
        long now = trade.timestampNanos();
        long price = trade.priceTicks();
        counters.onTrade();
        account.markToMarket(price);
        long wanted = signal.onTrade(now, price);
        if (state == GridState.WAITING) {
            state = GridState.RUNNING;
        }
        if (state == GridState.RUNNING && account.netPnlUnits() <= -maxLossUnits) {
            lifecycle.stopLossFired();
            state = GridState.STOPPING;
            stopTriggerNanos = now;
            stopTriggerPriceTicks = price;
            stopPositionLots = account.netLots();
        }
        targetLots = state == GridState.RUNNING ? Math.max(-maxPositionLots, Math.min(maxPositionLots, wanted)) : 0;
        finishStopIfFlat(now, price);
    }

    /**
     * A virtual fill on {@code leg} ({@link NettingBook#BOTH} nets long against short; the hedge legs
     * open with their own side and close with the other), booked with its share of the fee.
     *
     * @param orderId the book's venue order it came from, or {@link dev.gridbot.engine.model.ClientOrderId#NONE}
     *                for an internal cross
     */
    void onFill(long now, int leg, Side side, long priceTicks, long qtyLots, long feeUnits, long orderId) {
        counters.onFill();
        account.payFee(feeUnits);
        long pnl;
        if (leg == NettingBook.BOTH) {
            pnl = account.fillNetting(side, priceTicks, qtyLots);
        } else {
            Side opens = leg == NettingBook.LONG ? Side.BUY : Side.SELL;
            if (side == opens) {
                account.open(side, priceTicks, qtyLots);
                pnl = 0;
            } else {
                pnl = account.closeAtAverage(opens, priceTicks, qtyLots);
            }
        }
        lastFillPriceTicks = priceTicks;
        reports.fillReport(now, id, instrumentId, orderId, side, priceTicks, qtyLots, feeUnits, pnl);
        finishStopIfFlat(now, priceTicks);
    }

    private void finishStopIfFlat(long now, long priceTicks) {
        if (state == GridState.STOPPING && account.longLots() == 0 && account.shortLots() == 0) {
            state = GridState.STOPPED;
            if (lifecycle.stopByCommand()) {
                return;
            }
            reports.stopReport(now, id, instrumentId, stopTriggerNanos, stopTriggerPriceTicks, stopPositionLots,
                    stopPositionLots == 0 ? stopTriggerPriceTicks : lastFillPriceTicks == 0 ? priceTicks
                            : lastFillPriceTicks);
        }
    }

    /** Account risk refused the book's order for this strategy: {@code code} says why. */
    void onDenied(int code) {
        lastRejectCode = code;
        counters.onRejected();
    }

    /** The book's order serving this strategy was refused by the venue with {@code code}. */
    void onVenueRefused(int code) {
        lastRejectCode = code;
    }

    @Override
    public void onOrderEvent(InboundEvent event) {
        // It owns no venue order: whatever names it is not ours.
        counters.onUnmatched();
    }

    @Override
    public void onVenueState(VenueState venueState, long timestampNanos) {
        if (venueState == VenueState.SAFE_MODE) {
            safeMode = true;
        } else if (venueState == VenueState.RESYNC) {
            safeMode = false;
            counters.onResync();
        }
    }

    /** Its position is what its book allocated to it; the book, not the strategy, answers to the venue. */
    @Override
    public void adoptVenuePosition(long venueNetLots, long timestampNanos) {
        counters.onPositionNotFollowed();
    }

    @Override
    public void onThrottled(long timestampNanos, long untilNanos) {
        throttledUntilNanos = untilNanos;
    }

    @Override
    public VirtualAccount account() {
        return account;
    }

    @Override
    public OrderCounters counters() {
        return counters;
    }

    @Override
    public int stateCode() {
        return lifecycle.stateCode(state);
    }

    @Override
    public int conditions(long nowNanos) {
        return (safeMode ? SAFE_MODE : 0) | (nowNanos < throttledUntilNanos ? THROTTLED : 0)
                | lifecycle.stopLossCondition(state);
    }

    @Override
    public int workingOrders() {
        return 0;
    }

    @Override
    public int lastRejectCode() {
        return lastRejectCode;
    }

    @Override
    public long stateHash(long h) {
        h = StateHash.mix(h, id);
        h = StateHash.mix(h, state.ordinal());
        h = StateHash.mix(h, targetLots);
        h = StateHash.mix(h, stopTriggerNanos);
        h = StateHash.mix(h, stopTriggerPriceTicks);
        h = StateHash.mix(h, stopPositionLots);
        h = StateHash.mix(h, lastFillPriceTicks);
        h = StateHash.mix(h, lastRejectCode);
        h = lifecycle.stateHash(h);
        h = signal.stateHash(h);
        h = account.stateHash(h);
        return counters.stateHash(h);
    }
}
