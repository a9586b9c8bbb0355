package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A mean-reversion strategy: it samples the price every {@code sampleSec} seconds, and leans against
 * a price that strays from the mean of the last {@code window} samples. The further the price is,
 * in standard deviations (z), the larger the position against it, up to {@code maxPosition} at
 * {@code entryZ}; within {@code exitZ} of the mean it wants to be flat.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees every
 * value below is in range; a record built by hand carries no such guarantee.
 *
 * @param name        unique strategy name
 * @param symbol      the instrument traded
 * @param maxPosition cap on the target's size, see {@link TargetStrategyConfig#maxPosition()}
 * @param maxLoss     the strategy's stop, see {@link TargetStrategyConfig#maxLoss()}
 * @param execution   how orders are worked
 * @param sampleSec   seconds between samples, at least 1
 * @param window      samples the mean and deviation are taken over, 2 to 100000
 * @param entryZ      the z at which the position against the price is full, above zero
 * @param exitZ       the z within which it is flat, not negative and below {@code entryZ}
 * @param account     the account it trades, or null for the configuration's only account
 */
public record MeanReversionConfig(
        String name,
        String symbol,
        BigDecimal maxPosition,
        BigDecimal maxLoss,
        ExecutionConfig execution,
        int sampleSec,
        int window,
        BigDecimal entryZ,
        BigDecimal exitZ,
        String account) implements TargetStrategyConfig {

    /** The YAML {@code type} of a mean-reversion strategy. */
    public static final String TYPE = "mean-reversion";

    /** Refuses nulls; ranges are checked by the loader. */
    public MeanReversionConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(maxPosition, "maxPosition");
        Objects.requireNonNull(maxLoss, "maxLoss");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(entryZ, "entryZ");
        Objects.requireNonNull(exitZ, "exitZ");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.meanReversion(this);
    }
}
