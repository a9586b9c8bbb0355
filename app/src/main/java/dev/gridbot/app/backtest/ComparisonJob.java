package dev.gridbot.app.backtest;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.report.NettingComparison;
import dev.gridbot.app.report.RunSummary;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.UnnettedConfig;
import dev.gridbot.engine.pipeline.WaitStrategyKind;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code gridbot backtest --compare-unnetted}: the same configuration backtested twice over the same
 * data, netted as written into {@code OUT/netted/} and un-netted ({@link UnnettedConfig}) into
 * {@code OUT/unnetted/}, each a complete run with its own journal that replays by itself; then
 * {@code OUT/compare.json} and the side-by-side table.
 */
public final class ComparisonJob {
    public static final String NETTED = "netted";
    public static final String UNNETTED = "unnetted";

    private final String configText;
    private final String configName;
    private final Path dataFile;
    private final Path outDir;
    private final WaitStrategyKind waitStrategy;

    /**
     * @param dataFile a trade CSV, or null for the bundled data
     */
    public ComparisonJob(String configText, String configName, Path dataFile, Path outDir,
                         WaitStrategyKind waitStrategy) {
        this.configText = configText;
        this.configName = configName;
        this.dataFile = dataFile;
        this.outDir = outDir;
        this.waitStrategy = waitStrategy;
    }

    public NettingComparison run(PrintStream out) throws ConfigException, IOException {
        String unnettedText = UnnettedConfig.of(configText, configName);
        Path nettedDir = outDir.resolve(NETTED);
        Path unnettedDir = outDir.resolve(UNNETTED);
        for (Path dir : new Path[] {nettedDir, unnettedDir}) {
            if (Files.exists(dir.resolve("journal"))) {
                throw new UserInputException("output " + outDir + " already holds a comparison (" + dir
                        + "); choose another --out");
            }
        }
        out.println("== netted: as written");
        RunSummary netted = new BacktestJob(configText, configName, dataFile, nettedDir, waitStrategy).run(out);
        out.println("== un-netted: each strategy in an account of its own");
        RunSummary unnetted = new BacktestJob(unnettedText, configName + " (un-netted)", dataFile, unnettedDir,
                waitStrategy).run(out);
        NettingComparison comparison = new NettingComparison(netted, unnetted);
        Path file = outDir.resolve(NettingComparison.FILE);
        comparison.write(file, nettedDir, unnettedDir);
        out.println("== compared");
        comparison.print(out);
        out.printf("  wrote %s%n", file);
        return comparison;
    }
}
