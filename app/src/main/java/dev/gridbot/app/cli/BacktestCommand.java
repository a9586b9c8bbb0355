package dev.gridbot.app.cli;

import dev.gridbot.app.backtest.BacktestJob;
import dev.gridbot.app.backtest.ComparisonJob;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot backtest --config FILE [--data CSV] --out DIR [--compare-unnetted]}. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run the configured strategies over historical trades through the simulated venue.")
public final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Configuration file (YAML).")
    Path config;

    @Option(names = "--data", description = "Trade CSV: Bitstamp (timestamp,price,amount) or Binance aggTrades. "
            + "Default: the bundled Bitstamp BTC/USD trades of 25 Nov - 1 Dec 2013.")
    Path data;

    @Option(names = "--out", required = true, description = "Output directory: summary.json, trades.csv, journal/ "
            + "(with --compare-unnetted: netted/, unnetted/ and compare.json).")
    Path out;

    @Option(names = "--compare-unnetted", description = "Run twice: netted as written, and with each strategy in an "
            + "account of its own; print and write (compare.json) what netting changed.")
    boolean compareUnnetted;

    @Option(names = "--wait-strategy", defaultValue = "SLEEPING",
            description = "Ring wait strategy: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    WaitStrategyKind waitStrategy;

    @Override
    public Integer call() throws Exception {
        String text = ConfigLoader.readText(config);
        if (compareUnnetted) {
            new ComparisonJob(text, config.toString(), data, out, waitStrategy).run(System.out);
        } else {
            new BacktestJob(text, config.toString(), data, out, waitStrategy).run(System.out);
        }
        return 0;
    }
}
