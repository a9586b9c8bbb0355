package dev.gridbot.app.cli;

import dev.gridbot.app.analysis.JournalAnalysis;
import dev.gridbot.app.analysis.RunStats;
import dev.gridbot.app.analysis.StatsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code gridbot stats --journal DIR [--from T --to T | --last 1d] [--json]}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Statistics of a journal (a live run's, a backtest's or a replay's), per strategy and for the "
                + "run, over the whole journal or a window of it.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    JournalWindowOptions options;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        JournalAnalysis analysis = options.open();
        Progress progress = Progress.onTerminal("  reading journal", analysis.inboundEvents());
        RunStats stats;
        try {
            stats = analysis.stats(options.window(analysis), progress);
        } finally {
            progress.done();
        }
        if (json) {
            StatsFormat.writeJson(stats, System.out);
        } else {
            StatsFormat.printText(stats, System.out);
        }
        return 0;
    }
}
