package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a target strategy's orders are worked: orders rest passively, and cross as a taker once
 * they have waited too long or the price has run too far from them.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees the
 * ranges below.
 *
 * @param threshold    the smallest difference between target and position worth an order, in base
 *                     units: at least minQty, a multiple of stepSize, at most maxPosition (YAML
 *                     {@code threshold}, default minQty)
 * @param chaseAfterMs milliseconds a passive order rests before it crosses as a taker, not negative
 *                     (YAML {@code chaseAfterMs}, default 5000)
 * @param chaseTicks   ticks the price may run away from a passive order before it crosses, at least
 *                     1 (YAML {@code chaseTicks}, default 10)
 */
public record ExecutionConfig(BigDecimal threshold, long chaseAfterMs, int chaseTicks) {

    /** Refuses a null threshold; ranges are checked by the loader. */
    public ExecutionConfig {
        Objects.requireNonNull(threshold, "threshold");
    }
}
