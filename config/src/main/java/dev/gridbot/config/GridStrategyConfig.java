package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grid strategy: resting orders on {@code levels} price lines from {@code lower} to
 * {@code upper} (both included), {@code quantity} per line. Level prices come from
 * {@link GridLevelPrices#levelPriceTicks(GridStrategyConfig, InstrumentConfig)}.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees that
 * every value below is in range for the instrument named by {@code symbol}; a record built by
 * hand carries no such guarantee.
 *
 * @param name                  unique strategy name
 * @param symbol                the instrument traded
 * @param mode                  short, neutral or long
 * @param lower                 the lowest level price, above zero, a multiple of the tick size
 * @param upper                 the highest level price, above {@code lower}, a multiple of the tick size
 * @param levels                number of price lines, both bounds included, at least 5
 * @param spacing               arithmetic or geometric
 * @param quantity              base units per level, at least minQty, a multiple of stepSize
 * @param maxPosition           cap on the position of each side (long side, short side)
 * @param stopLossBufferPct     how far beyond the range the stop sits, in percent (0.5 means 0.5 %)
 * @param timeInForce           time in force of the entry orders
 * @param partialFillTimeoutSec seconds a partly filled entry may rest before the rest is cancelled
 * @param rejectCooldownSec     seconds to wait before placing again at a level the venue rejected
 * @param account               the account it trades, or null for the configuration's only account
 */
public record GridStrategyConfig(
        String name,
        String symbol,
        GridMode mode,
        BigDecimal lower,
        BigDecimal upper,
        int levels,
        Spacing spacing,
        BigDecimal quantity,
        BigDecimal maxPosition,
        BigDecimal stopLossBufferPct,
        EntryTimeInForce timeInForce,
        int partialFillTimeoutSec,
        int rejectCooldownSec,
        String account) implements StrategyConfig {

    /** The YAML {@code type} of a grid strategy. */
    public static final String TYPE = "grid";

    /** Refuses nulls; ranges are checked by the loader. */
    public GridStrategyConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(spacing, "spacing");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(maxPosition, "maxPosition");
        Objects.requireNonNull(stopLossBufferPct, "stopLossBufferPct");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }

    /** A grid on the configuration's only account. */
    public GridStrategyConfig(String name, String symbol, GridMode mode, BigDecimal lower, BigDecimal upper,
                              int levels, Spacing spacing, BigDecimal quantity, BigDecimal maxPosition,
                              BigDecimal stopLossBufferPct, EntryTimeInForce timeInForce, int partialFillTimeoutSec,
                              int rejectCooldownSec) {
        this(name, symbol, mode, lower, upper, levels, spacing, quantity, maxPosition, stopLossBufferPct, timeInForce,
                partialFillTimeoutSec, rejectCooldownSec, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
