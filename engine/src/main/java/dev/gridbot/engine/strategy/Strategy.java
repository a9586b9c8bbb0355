package dev.gridbot.engine.strategy;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.position.VirtualAccount;

/**
 * A strategy instance trading one instrument in its own virtual sub-account. Driven by the
 * business-logic thread only; deterministic: its decisions depend on the event sequence alone.
 */
public interface Strategy {
    /** Index of this strategy in the run (the strategy part of its client order ids). */
    int id();

    String name();

    int instrumentId();

    /** A market trade on this strategy's instrument; the venue's fills from it came first. */
    void onTrade(InboundEvent trade);

    /** An acceptance, rejection, fill or cancellation of one of this strategy's orders. */
    void onOrderEvent(InboundEvent event);

    /** The venue asked for a re-sync ({@link VenueState#RESYNC}) or put the run in safe mode. */
    void onVenueState(VenueState state, long timestampNanos);

    /**
     * The venue's one-way position has differed from this strategy's for a while (it is the only
     * strategy on the instrument): make the books follow the venue, which is the source of truth.
     */
    void adoptVenuePosition(long venueNetLots, long timestampNanos);

    /** The venue throttled us at {@code timestampNanos} until {@code untilNanos}: send nothing before then. */
    void onThrottled(long timestampNanos, long untilNanos);

    /**
     * An operator's command; returns false (and changes nothing) when the strategy's state does not
     * allow it: pause a running strategy, resume a paused one, stop one not already stopping or
     * stopped, start a stopped one.
     */
    boolean onControl(dev.gridbot.engine.model.ControlCommand command, long timestampNanos);

    /**
     * Takes the parameters of {@code next}: a fresh strategy of the same type, id, name and
     * instrument, built from a changed configuration (which is then discarded). Returns false, and
     * changes nothing, unless the strategy is paused or stopped; each type says what else its
     * state must allow (a grid moves its levels only while it holds nothing on them).
     */
    boolean reconfigure(Strategy next, long timestampNanos);

    /** The strategy's sub-account: position, PnL, fees. Read by others only when the engine is quiet. */
    VirtualAccount account();

    /** Order activity counters. Read by others only when the engine is quiet. */
    OrderCounters counters();

    /** The strategy's life-cycle state as a small number (for the grid: {@code GridState.ordinal()}). */
    int stateCode();

    /** Conditions a status line shows, as bits: {@link #SAFE_MODE}, {@link #THROTTLED}, {@link #STOP_LOSS}. */
    int conditions(long nowNanos);

    /** Bit of {@link #conditions}: the venue is out of reach, nothing new is placed. */
    int SAFE_MODE = 1;
    /** Bit of {@link #conditions}: the venue throttles us. */
    int THROTTLED = 2;
    /** Bit of {@link #conditions}: its stop-loss fired (it is stopping or stopped by it, not by an operator). */
    int STOP_LOSS = 4;

    /** Price lines whose state a status shows ({@link #levelWord}); 0 for a strategy without levels. */
    default int levels() {
        return 0;
    }

    /**
     * Level {@code level}, packed for the status board: price in ticks {@code << 8}, the level's
     * state ordinal {@code << 1}, and 1 when its working order sells.
     */
    default long levelWord(int level) {
        return 0;
    }

    /** The quantity level {@code level} holds, in lots. */
    default long levelOpenLots(int level) {
        return 0;
    }

    /** Orders working at the venue (placed and not yet done). */
    int workingOrders();

    /** The venue code of the last rejection, 0 if none. */
    int lastRejectCode();

    /** Folds the strategy's whole state into a hash, for replay comparison. */
    long stateHash(long seed);
}
