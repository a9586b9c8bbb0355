package dev.gridbot.app.backtest;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.cli.Progress;
import dev.gridbot.app.cli.ReportCommand;
import dev.gridbot.app.report.ConsoleReport;
import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.app.report.RunSummary;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.data.TradeDataException;
import dev.gridbot.gateway.data.TradeFileReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole backtest as the CLI runs it: load the configuration, open the data, run, write
 * summary.json, trades.csv and the journal into the output directory, print the summary.
 */
public final class BacktestJob {
    private final String configText;
    private final String configName;
    private final Path dataFile;
    private final Path outDir;
    private final WaitStrategyKind waitStrategy;

    /**
     * @param dataFile a trade CSV, or null for the bundled data
     */
    public BacktestJob(String configText, String configName, Path dataFile, Path outDir,
                       WaitStrategyKind waitStrategy) {
        this.configText = configText;
        this.configName = configName;
        this.dataFile = dataFile;
        this.outDir = outDir;
        this.waitStrategy = waitStrategy;
    }

    public RunSummary run(PrintStream out) throws ConfigException, IOException {
        RunDefinition definition = new RunDefinition(ConfigLoader.parse(configText, configName));
        Instrument instrument;
        try {
            instrument = BacktestRunner.dataInstrument(definition);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(configName + ": " + e.getMessage(), e);
        }
        if (dataFile != null && !Files.isRegularFile(dataFile)) {
            throw new UserInputException("no trade file " + dataFile);
        }
        Path journalDir = outDir.resolve("journal");
        if (Files.exists(journalDir)) {
            throw new UserInputException("output " + outDir + " already holds a run (" + journalDir
                    + "); choose another --out");
        }
        String dataName = dataFile == null ? BundledTrades.NAME : dataFile.toString();
        long total = dataFile == null ? BundledTrades.TRADE_COUNT : validate(dataFile, instrument);
        Files.createDirectories(outDir);
        out.printf("gridbot backtest: %s over %s%n", configName, dataName);
        Progress progress = Progress.onTerminal("  backtest", total);
        BacktestResult result;
        try (TradeFileReader trades = dataFile == null ? BundledTrades.open(instrument)
                : TradeFileReader.open(dataFile, instrument)) {
            result = new BacktestRunner(definition, waitStrategy).run(trades, configText, configName, dataName,
                    journalDir, progress);
        } finally {
            progress.done();
        }
        RunSummary summary = RunSummary.of(definition, result.logic(), result.fills(), configName, dataName,
                result.trades(), result.firstTradeNanos(), result.lastTradeNanos());
        Path summaryFile = outDir.resolve(ReportFiles.SUMMARY);
        Path tradesFile = outDir.resolve(ReportFiles.TRADES);
        ReportFiles.writeSummary(summary, summaryFile);
        ReportFiles.writeTrades(result.fills(), definition, tradesFile);
        ConsoleReport.print(summary, out);
        double seconds = result.elapsedNanos() / 1e9;
        out.printf("  ran in %.2f s (%,.0f trades/s); journal: %,d inbound + %,d outbound events%s%n",
                seconds, result.trades() / Math.max(seconds, 1e-9), result.journalInbound(),
                result.journalOutbound(), result.journalDropped() > 0 || result.journalFailedWrites() > 0
                        ? String.format(", %d failed write attempts, %d events lost", result.journalFailedWrites(),
                        result.journalDropped()) : "");
        long virtualNet = 0;
        for (int i = 0; i < result.logic().strategyCount(); i++) {
            virtualNet += result.logic().strategy(i).account().netLots();
        }
        if (virtualNet != result.totalVenuePositionLots()) {
            out.printf("  WARNING: the venue's position (%s) differs from the strategies' (%s)%n",
                    instrument.lotsToQty(result.totalVenuePositionLots()), instrument.lotsToQty(virtualNet));
        }
        out.printf("  wrote %s%n        %s (%,d fills)%n        %s%n", summaryFile, tradesFile,
                result.fills().fills().size(), journalDir);
        out.printf("  verify: ./gridbot replay --journal %s --verify%n", journalDir);
        ReportCommand.afterRun(outDir, out);
        return summary;
    }

    /**
     * Reads the whole file once before anything runs, so a file that breaks at line 50,000 is refused
     * with that line number instead of stopping a half-done run. Returns the number of trades.
     */
    private static long validate(Path file, Instrument instrument) {
        long count = 0;
        try (TradeFileReader reader = TradeFileReader.open(file, instrument)) {
            while (reader.next()) {
                count++;
            }
        } catch (TradeDataException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return count;
    }
}
