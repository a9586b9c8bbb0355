package dev.gridbot.engine.target;

/**
 * What a target strategy wants: fed every market trade of its instrument in order, it answers the
 * signed position it wants now, in lots (positive long, negative short), within plus or minus its
 * cap. How the position gets there is not its business.
 *
 * <p>Implementations are deterministic: time comes only from the trades' timestamps, and the same
 * trades always give the same targets and the same {@link #stateHash(long)}. They allocate
 * nothing after construction. Each instance is owned by the business-logic thread.
 */
public interface TargetSignal {

    /**
     * Takes one market trade and answers the position wanted after it.
     *
     * @param timestampNanos the trade's event time, in nanoseconds
     * @param priceTicks     the trade's price, in ticks
     * @return the signed position wanted, in whole lots, within plus or minus the cap
     */
    long onTrade(long timestampNanos, long priceTicks);

    /**
     * Sizes its targets to a new cap from the next trade on, keeping what it has seen: a strategy
     * that takes a changed configuration keeps its signal when only its cap (not the signal's own
     * settings) changed, and the cap is what scales a signal's targets.
     *
     * @param maxPositionLots the new cap, in lots, not negative
     */
    void resize(long maxPositionLots);

    /** Mixes the signal's state into {@code h}, for replay checks. */
    long stateHash(long h);
}
