package dev.gridbot.bench;

import dev.gridbot.config.AccountConfig;
import dev.gridbot.config.AccountRisk;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.config.StrategyConfig;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The market the benchmarks play against the first grid of a configuration (the demo's neutral
 * BTCUSDT grid by default), run as {@code books} identical copies, each on its own copy of the
 * instrument (book {@code b} is instrument {@code b} and strategy {@code b}; book 0 is the
 * original). More than one book lets the latency harness keep several trades in flight, each
 * waiting for nothing but its own book's previous cancel ack.
 *
 * <p>Prices are derived from the grid, not written down: the pivot is the level just below the
 * middle of the grid, the reference (first) trade prints half-way between it and the next level
 * up, so the pivot is a long level with a working entry.
 * <ul>
 *   <li>a trade exactly at the pivot makes its entry unwanted: one CANCEL;</li>
 *   <li>once the venue has acknowledged that cancel, a trade one tick above the pivot makes it
 *       wanted again: one PLACE;</li>
 *   <li>trades a quarter and three quarters of the way between the pivot and the next level change
 *       nothing the grid wants: no order.</li>
 * </ul>
 * Immutable.
 */
final class GridScenario {
    static final String DEMO_CONFIG = "config/examples/demo.yaml";

    private final Path configFile;
    private final int books;
    private final RunDefinition definition;
    private final GridSpec spec;
    private final int pivotLevel;

    private GridScenario(Path configFile, int books, RunDefinition definition) {
        this.configFile = configFile;
        this.books = books;
        this.definition = definition;
        this.spec = definition.gridSpecs().get(0);
        if (spec.levels() < 4) {
            throw new IllegalArgumentException(configFile + ": the benchmarks need a grid of at least 4 levels");
        }
        this.pivotLevel = (spec.levels() - 1) / 2;
        if (spec.levelPriceTicks(pivotLevel + 1) - spec.levelPriceTicks(pivotLevel) < 4) {
            throw new IllegalArgumentException(configFile + ": levels must be at least 4 ticks apart");
        }
    }

    private static final String BENCH_ACCOUNT = "bench";

    /** {@code books} copies of the demo grid, {@value #DEMO_CONFIG} of the project. */
    static GridScenario demo(int books) {
        return load(BenchEnvironment.projectFile(DEMO_CONFIG), books);
    }

    /** {@code books} copies of the first grid of the configuration in {@code file}. */
    static GridScenario load(Path file, int books) {
        if (books < 1 || books > 1_000) {
            throw new IllegalArgumentException("books must be 1..1000, not " + books);
        }
        GridbotConfig config;
        try {
            config = ConfigLoader.load(file);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new GridScenario(file, books, new RunDefinition(replicate(config, books)));
    }

    /** The configuration's first grid and its instrument, {@code books} times under distinct names. */
    private static GridbotConfig replicate(GridbotConfig config, int books) {
        GridStrategyConfig grid = null;
        for (StrategyConfig strategy : config.strategies()) {
            if (strategy instanceof GridStrategyConfig g) {
                grid = g;
                break;
            }
        }
        if (grid == null) {
            throw new IllegalArgumentException(config.sourceName() + ": the benchmarks need a grid strategy");
        }
        InstrumentConfig instrument = config.instrument(grid.symbol());
        Map<String, InstrumentConfig> instruments = new LinkedHashMap<>();
        List<StrategyConfig> strategies = new ArrayList<>();
        for (int b = 0; b < books; b++) {
            String suffix = b == 0 ? "" : "_" + b;
            String symbol = instrument.symbol() + suffix;
            instruments.put(symbol, new InstrumentConfig(symbol, instrument.tickSize(), instrument.stepSize(),
                    instrument.minQty(), instrument.minNotional(), instrument.makerFee(), instrument.takerFee()));
            strategies.add(new GridStrategyConfig(grid.name() + suffix, symbol, grid.mode(), grid.lower(),
                    grid.upper(), grid.levels(), grid.spacing(), grid.quantity(), grid.maxPosition(),
                    grid.stopLossBufferPct(), grid.timeInForce(), grid.partialFillTimeoutSec(),
                    grid.rejectCooldownSec()));
        }
        // A benchmark drives thousands of orders per second of event time: its account's order-rate
        // budget must not be what it measures.
        AccountConfig account = new AccountConfig(BENCH_ACCOUNT, null, null, null, false,
                new AccountRisk(null, AccountRisk.DEFAULT.maxOpenOrders(), Integer.MAX_VALUE, Integer.MAX_VALUE));
        return new GridbotConfig(config.venue(), instruments, strategies, config.sourceName(),
                Map.of(BENCH_ACCOUNT, account));
    }

    Path configFile() {
        return configFile;
    }

    RunDefinition definition() {
        return definition;
    }

    String strategyName() {
        return spec.name();
    }

    int books() {
        return books;
    }

    /** The instrument of book {@code book}. */
    int instrumentId(int book) {
        return definition.gridSpecs().get(book).instrumentId();
    }

    long qtyLots() {
        return spec.qtyLots();
    }

    private long gapTicks() {
        return spec.levelPriceTicks(pivotLevel + 1) - spec.levelPriceTicks(pivotLevel);
    }

    /** The first trade: it fixes the neutral grid's roles and places the initial entries. */
    long referenceTicks() {
        return spec.levelPriceTicks(pivotLevel) + gapTicks() / 2;
    }

    /** Exactly at the pivot level: its entry is no longer wanted (cancel). */
    long atPivotTicks() {
        return spec.levelPriceTicks(pivotLevel);
    }

    /** One tick above the pivot level: its entry is wanted again (place). */
    long abovePivotTicks() {
        return spec.levelPriceTicks(pivotLevel) + 1;
    }

    /** Between the pivot and the next level, nearer the pivot: changes nothing. */
    long quietLowTicks() {
        return spec.levelPriceTicks(pivotLevel) + gapTicks() / 4;
    }

    /** Between the pivot and the next level, nearer the next: changes nothing. */
    long quietHighTicks() {
        return spec.levelPriceTicks(pivotLevel + 1) - gapTicks() / 4;
    }

    /** A price in ticks as the instrument writes it, for reports. */
    String price(long ticks) {
        return definition.instrumentOf(spec.strategyId()).ticksToPrice(ticks).toPlainString();
    }
}
