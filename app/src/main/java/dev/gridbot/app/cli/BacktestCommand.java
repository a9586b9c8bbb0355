package dev.gridbot.app.cli;

import dev.gridbot.app.backtest.BacktestJob;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot backtest --config FILE [--data CSV] --out DIR}. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run the configured strategies over historical trades through the simulated venue.")
public final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Configuration file (YAML).")
    Path config;

    @Option(names = "--data", description = "Trade CSV: Bitstamp (timestamp,price,amount) or Binance aggTrades. "
            + "Default: the bundled Bitstamp BTC/USD trades of 25 Nov - 1 Dec 2013.")
    Path data;

    @Option(names = "--out", required = true, description = "Output directory: summary.json, trades.csv, journal/.")
    Path out;

    @Option(names = "--wait-strategy", defaultValue = "SLEEPING",
            description = "Ring wait strategy: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    WaitStrategyKind waitStrategy;

    @Override
    public Integer call() throws Exception {
        new BacktestJob(ConfigLoader.readText(config), config.toString(), data, out, waitStrategy).run(System.out);
        return 0;
    }
}
