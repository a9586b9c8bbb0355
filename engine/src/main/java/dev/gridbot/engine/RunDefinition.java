package dev.gridbot.engine;

import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.config.StrategyConfig;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.grid.GridStrategy;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.MoneyUnits;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.engine.strategy.Strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run trades, derived from a validated configuration: the instruments (ids in file order),
 * the grid specs (strategy ids in file order), and the run's common money unit. Immutable; builds
 * a fresh {@link EngineLogic} per pipeline, so a backtest and its replay start from the same state.
 */
public final class RunDefinition {
    private final GridbotConfig config;
    private final Instruments instruments;
    private final MoneyUnits moneyUnits;
    private final List<GridSpec> gridSpecs;

    public RunDefinition(GridbotConfig config) {
        this.config = config;
        List<Instrument> list = new ArrayList<>();
        int id = 0;
        for (InstrumentConfig ic : config.instruments().values()) {
            list.add(new Instrument(id++, ic.symbol(), ic.tickSize(), ic.stepSize(), ic.minQty(), ic.minNotional(),
                    ic.makerFeePpm(), ic.takerFeePpm()));
        }
        this.instruments = new Instruments(list);
        this.moneyUnits = new MoneyUnits(list);
        List<GridSpec> specs = new ArrayList<>();
        int strategyId = 0;
        for (StrategyConfig sc : config.strategies()) {
            if (sc instanceof GridStrategyConfig grid) {
                InstrumentConfig ic = config.instrument(grid.symbol());
                specs.add(GridSpec.of(strategyId++, grid, ic, instruments.bySymbol(grid.symbol())));
            } else {
                throw new IllegalArgumentException("unsupported strategy type " + sc.type());
            }
        }
        this.gridSpecs = List.copyOf(specs);
    }

    public GridbotConfig config() {
        return config;
    }

    public Instruments instruments() {
        return instruments;
    }

    public MoneyUnits moneyUnits() {
        return moneyUnits;
    }

    public List<GridSpec> gridSpecs() {
        return gridSpecs;
    }

    /** The instrument strategy {@code strategyId} trades. */
    public Instrument instrumentOf(int strategyId) {
        return instruments.byId(gridSpecs.get(strategyId).instrumentId());
    }

    /** A fresh business-logic handler whose strategies emit through {@code sink}. */
    public EngineLogic newLogic(OrderSink sink) {
        List<Strategy> strategies = new ArrayList<>();
        long[] multipliers = new long[gridSpecs.size()];
        for (GridSpec spec : gridSpecs) {
            strategies.add(new GridStrategy(spec, sink));
            multipliers[spec.strategyId()] = moneyUnits.multiplier(instrumentOf(spec.strategyId()));
        }
        return new EngineLogic(strategies, instruments.size(), multipliers);
    }
}
