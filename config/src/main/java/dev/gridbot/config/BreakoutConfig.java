package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A breakout strategy: it samples the price every {@code sampleSec} seconds and follows a price
 * that leaves the channel of the last {@code window} samples, long above the channel's high and
 * short below its low, at {@code maxPosition}; it goes flat when the price falls back past the
 * channel's middle.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees every
 * value below is in range; a record built by hand carries no such guarantee.
 *
 * @param name        unique strategy name
 * @param symbol      the instrument traded
 * @param maxPosition the size of the position it takes, see {@link TargetStrategyConfig#maxPosition()}
 * @param maxLoss     the strategy's stop, see {@link TargetStrategyConfig#maxLoss()}
 * @param execution   how orders are worked
 * @param sampleSec   seconds between samples, at least 1
 * @param window      samples the channel spans, 2 to 100000
 * @param account     the account it trades, or null for the configuration's only account
 */
public record BreakoutConfig(
        String name,
        String symbol,
        BigDecimal maxPosition,
        BigDecimal maxLoss,
        ExecutionConfig execution,
        int sampleSec,
        int window,
        String account) implements TargetStrategyConfig {

    /** The YAML {@code type} of a breakout strategy. */
    public static final String TYPE = "breakout";

    /** Refuses nulls; ranges are checked by the loader. */
    public BreakoutConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(maxPosition, "maxPosition");
        Objects.requireNonNull(maxLoss, "maxLoss");
        Objects.requireNonNull(execution, "execution");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.breakout(this);
    }
}
