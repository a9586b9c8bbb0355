package dev.gridbot.engine.grid;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.strategy.StateHash;

/**
 * One price line of a grid: its role, its state, the one order it may have working, and the
 * position it holds with that position's entry cost. Owned by the business-logic thread.
 */
final class GridLevel {
    final int index;
    final long priceTicks;
    Role role = Role.NONE;
    LevelState state = LevelState.IDLE;

    long orderId = ClientOrderId.NONE;
    long orderQtyLots;
    long orderFilledLots;
    boolean orderAccepted;
    boolean cancelPending;
    long firstFillNanos;

    long openLots;
    long entryCostTickLots;
    long cooldownUntilNanos = Long.MIN_VALUE;
    /** The venue refused this level's order as malformed (precision): no retry loop, say so. */
    boolean faulted;
    /** A query of the working order (after an unknown outcome, a refused cancel, a re-sync) awaits its answer. */
    boolean queryPending;

    GridLevel(int index, long priceTicks) {
        this.index = index;
        this.priceTicks = priceTicks;
    }

    void workOrder(LevelState newState, long clientOrderId, long qtyLots) {
        state = newState;
        orderId = clientOrderId;
        orderQtyLots = qtyLots;
        orderFilledLots = 0;
        orderAccepted = false;
        cancelPending = false;
        queryPending = false;
        firstFillNanos = 0;
    }

    /** Back to a fresh level with no role, order or position (a stopped grid started again). */
    void reset() {
        clearOrder(LevelState.IDLE);
        role = Role.NONE;
        openLots = 0;
        entryCostTickLots = 0;
        cooldownUntilNanos = Long.MIN_VALUE;
        faulted = false;
    }

    void clearOrder(LevelState newState) {
        state = newState;
        orderId = ClientOrderId.NONE;
        orderQtyLots = 0;
        orderFilledLots = 0;
        orderAccepted = false;
        cancelPending = false;
        queryPending = false;
        firstFillNanos = 0;
    }

    boolean hasOrder() {
        return orderId != ClientOrderId.NONE;
    }

    long unfilledLots() {
        return orderQtyLots - orderFilledLots;
    }

    /** An entry nobody has touched yet: working, nothing filled, no cancel on its way. */
    boolean isFreshEntry() {
        return state == LevelState.ENTRY_WORKING && orderFilledLots == 0 && !cancelPending;
    }

    /** Entry cost of {@code lots} of the open position (all of it when closing all). */
    long entryCostOf(long lots) {
        if (lots == openLots) {
            return entryCostTickLots;
        }
        return Math.floorDiv(Math.multiplyExact(entryCostTickLots, lots), openLots);
    }

    long stateHash(long h) {
        h = StateHash.mix(h, index);
        h = StateHash.mix(h, role.ordinal());
        h = StateHash.mix(h, state.ordinal());
        h = StateHash.mix(h, orderId);
        h = StateHash.mix(h, orderQtyLots);
        h = StateHash.mix(h, orderFilledLots);
        h = StateHash.mix(h, orderAccepted ? 1 : 0);
        h = StateHash.mix(h, cancelPending ? 1 : 0);
        h = StateHash.mix(h, firstFillNanos);
        h = StateHash.mix(h, openLots);
        h = StateHash.mix(h, entryCostTickLots);
        h = StateHash.mix(h, faulted ? 1 : 0);
        h = StateHash.mix(h, queryPending ? 1 : 0);
        return StateHash.mix(h, cooldownUntilNanos);
    }
}
