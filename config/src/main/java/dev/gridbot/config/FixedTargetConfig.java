package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A strategy that wants a position fixed in advance: one target from the start ({@code target:}
 * in YAML), or a schedule of targets by time since its first trade ({@code schedule:}). Useful to
 * hold a hedge, to test execution, or to script a scenario.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees every
 * value below is in range; a record built by hand carries no such guarantee.
 *
 * @param name        unique strategy name
 * @param symbol      the instrument traded
 * @param maxPosition cap on the target's size, see {@link TargetStrategyConfig#maxPosition()}
 * @param maxLoss     the strategy's stop, see {@link TargetStrategyConfig#maxLoss()}
 * @param execution   how orders are worked
 * @param schedule    the steps, at least one, the first at 0 and the rest strictly later (a constant
 *                    target is one step at 0)
 * @param account     the account it trades, or null for the configuration's only account
 */
public record FixedTargetConfig(
        String name,
        String symbol,
        BigDecimal maxPosition,
        BigDecimal maxLoss,
        ExecutionConfig execution,
        List<TargetStep> schedule,
        String account) implements TargetStrategyConfig {

    /** The YAML {@code type} of a fixed-target strategy. */
    public static final String TYPE = "target";

    /** Refuses nulls and copies the schedule; ranges are checked by the loader. */
    public FixedTargetConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(maxPosition, "maxPosition");
        Objects.requireNonNull(maxLoss, "maxLoss");
        Objects.requireNonNull(execution, "execution");
        schedule = List.copyOf(schedule);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fixedTarget(this);
    }
}
