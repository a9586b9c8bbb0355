package dev.gridbot.config;

import java.math.BigDecimal;

/**
 * A strategy that says which signed position it wants, in base units, rather than which orders
 * to rest; the engine works orders towards that target. What they share: a cap on the target, a
 * stop on the strategy's net loss, and how the orders are worked.
 *
 * <p>Implementations are immutable; built by {@link ConfigLoader} and shared read-only. The loader
 * guarantees every value is in range for the instrument named by {@code symbol}.
 */
public sealed interface TargetStrategyConfig extends StrategyConfig
        permits MeanReversionConfig, BreakoutConfig, FixedTargetConfig {

    /**
     * Cap on the size of the target, in base units: above zero, at least minQty, a multiple of
     * stepSize. A target is never beyond plus or minus this.
     */
    BigDecimal maxPosition();

    /**
     * The strategy's stop, in the quote currency (USDT): once its net PnL (realized, unrealized
     * and fees) falls to minus this, it flattens and stops for good. Above zero.
     */
    BigDecimal maxLoss();

    /** How the orders towards the target are worked. */
    ExecutionConfig execution();

    /** Calls the visitor's method for this strategy's type (Java 17 has no switch over sealed types). */
    <R> R accept(Visitor<R> visitor);

    /** One method per target strategy type, so that a new type fails to compile where it is not handled. */
    interface Visitor<R> {
        R meanReversion(MeanReversionConfig config);

        R breakout(BreakoutConfig config);

        R fixedTarget(FixedTargetConfig config);
    }
}
