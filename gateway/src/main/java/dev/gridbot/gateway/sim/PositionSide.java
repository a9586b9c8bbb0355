package dev.gridbot.gateway.sim;

/**
 * Binance's {@code positionSide}: {@link #BOTH} is the one net position of a one-way account; a
 * hedge-mode account keeps a {@link #LONG} and a {@link #SHORT} leg, each opened and closed by its
 * own orders (a LONG-leg sell or a SHORT-leg buy closes, never opens). Immutable.
 */
public enum PositionSide {
    BOTH,
    LONG,
    SHORT;

    /** True when an order of {@code side} on this leg can only reduce it (the hedge-mode closing orders). */
    public boolean closes(dev.gridbot.engine.model.Side side) {
        return this == LONG ? side == dev.gridbot.engine.model.Side.SELL
                : this == SHORT && side == dev.gridbot.engine.model.Side.BUY;
    }
}
