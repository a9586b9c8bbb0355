package dev.gridbot.engine.grid;

import dev.gridbot.config.EntryTimeInForce;
import dev.gridbot.config.GridLevelPrices;
import dev.gridbot.config.GridMode;
import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.TimeInForce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A grid's definition in engine units (ticks, lots, nanoseconds), derived once from its
 * configuration. Immutable.
 */
public final class GridSpec {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final int strategyId;
    final String name;
    final int instrumentId;
    final GridMode mode;
    final long[] levelPriceTicks;
    final long qtyLots;
    final long maxPositionLots;
    final TimeInForce entryTimeInForce;
    final long partialFillTimeoutNanos;
    final long rejectCooldownNanos;
    /** A trade at or below this price triggers the stop-loss. */
    final long stopLowTicks;
    /** A trade at or above this price triggers the stop-loss. */
    final long stopHighTicks;
    /** Maker fee rate, for fills the grid learns of from a query instead of the stream. */
    final long makerFeePpm;

    GridSpec(int strategyId, String name, int instrumentId, GridMode mode, long[] levelPriceTicks, long qtyLots,
             long maxPositionLots, TimeInForce entryTimeInForce, long partialFillTimeoutNanos,
             long rejectCooldownNanos, long stopLowTicks, long stopHighTicks, long makerFeePpm) {
        for (int i = 1; i < levelPriceTicks.length; i++) {
            if (levelPriceTicks[i] <= levelPriceTicks[i - 1]) {
                throw new IllegalArgumentException(name + ": level prices must rise strictly");
            }
        }
        this.strategyId = strategyId;
        this.name = name;
        this.instrumentId = instrumentId;
        this.mode = mode;
        this.levelPriceTicks = levelPriceTicks.clone();
        this.qtyLots = qtyLots;
        this.maxPositionLots = maxPositionLots;
        this.entryTimeInForce = entryTimeInForce;
        this.partialFillTimeoutNanos = partialFillTimeoutNanos;
        this.rejectCooldownNanos = rejectCooldownNanos;
        this.stopLowTicks = stopLowTicks;
        this.stopHighTicks = stopHighTicks;
        this.makerFeePpm = makerFeePpm;
    }

    /** Derives the spec of strategy number {@code strategyId} from its validated configuration. */
    public static GridSpec of(int strategyId, GridStrategyConfig config, InstrumentConfig instrumentConfig,
                              Instrument instrument) {
        BigDecimal buffer = config.stopLossBufferPct().divide(HUNDRED);
        BigDecimal tick = instrument.tickSize();
        long stopLow = config.lower().multiply(BigDecimal.ONE.subtract(buffer))
                .divide(tick, 0, RoundingMode.FLOOR).longValueExact();
        long stopHigh = config.upper().multiply(BigDecimal.ONE.add(buffer))
                .divide(tick, 0, RoundingMode.CEILING).longValueExact();
        return new GridSpec(strategyId, config.name(), instrument.id(), config.mode(),
                GridLevelPrices.levelPriceTicks(config, instrumentConfig),
                instrument.qtyToLotsFloor(config.quantity()),
                instrument.qtyToLotsFloor(config.maxPosition()),
                config.timeInForce() == EntryTimeInForce.GTX ? TimeInForce.GTX : TimeInForce.GTC,
                Math.multiplyExact(config.partialFillTimeoutSec(), NANOS_PER_SECOND),
                Math.multiplyExact(config.rejectCooldownSec(), NANOS_PER_SECOND),
                stopLow, stopHigh, instrument.makerFeePpm());
    }

    /** True when {@code other} lays out the same levels: the same mode and the same level prices. */
    public boolean sameLevels(GridSpec other) {
        return mode == other.mode && java.util.Arrays.equals(levelPriceTicks, other.levelPriceTicks);
    }

    public int strategyId() {
        return strategyId;
    }

    public String name() {
        return name;
    }

    public int instrumentId() {
        return instrumentId;
    }

    public GridMode mode() {
        return mode;
    }

    public long qtyLots() {
        return qtyLots;
    }

    public long maxPositionLots() {
        return maxPositionLots;
    }

    public int levels() {
        return levelPriceTicks.length;
    }

    public long levelPriceTicks(int level) {
        return levelPriceTicks[level];
    }

    public long stopLowTicks() {
        return stopLowTicks;
    }

    public long stopHighTicks() {
        return stopHighTicks;
    }
}
