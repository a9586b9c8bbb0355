package dev.gridbot.bench;

import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.grid.GridSpec;

import java.nio.file.Path;

/**
 * The market the benchmarks play against the first grid of a configuration (the demo's neutral
 * BTCUSDT grid by default). Prices are derived from the grid, not written down: the pivot is the
 * level just below the middle of the grid, the reference (first) trade prints half-way between it
 * and the next level up, so the pivot is a long level with a working entry.
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
    private final RunDefinition definition;
    private final GridSpec spec;
    private final int pivotLevel;

    private GridScenario(Path configFile, RunDefinition definition) {
        this.configFile = configFile;
        this.definition = definition;
        if (definition.gridSpecs().isEmpty()) {
            throw new IllegalArgumentException(configFile + ": the benchmarks need a grid strategy");
        }
        this.spec = definition.gridSpecs().get(0);
        if (spec.levels() < 4) {
            throw new IllegalArgumentException(configFile + ": the benchmarks need a grid of at least 4 levels");
        }
        this.pivotLevel = (spec.levels() - 1) / 2;
        if (spec.levelPriceTicks(pivotLevel + 1) - spec.levelPriceTicks(pivotLevel) < 4) {
            throw new IllegalArgumentException(configFile + ": levels must be at least 4 ticks apart");
        }
    }

    /** The demo grid, {@value #DEMO_CONFIG} of the project. */
    static GridScenario demo() {
        return load(BenchEnvironment.projectFile(DEMO_CONFIG));
    }

    /** The first grid of the configuration in {@code file}. */
    static GridScenario load(Path file) {
        try {
            return new GridScenario(file, new RunDefinition(ConfigLoader.load(file)));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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

    int instrumentId() {
        return spec.instrumentId();
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
