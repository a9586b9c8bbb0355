package dev.gridbot.app.cli;

import dev.gridbot.app.analysis.HtmlReport;
import dev.gridbot.app.analysis.JournalAnalysis;
import dev.gridbot.app.analysis.TimeWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot report --journal DIR --out DIR2 [--from T --to T | --last 1d]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.html, a self-contained page with charts (price, grid levels and fills; equity and "
                + "drawdown; position; position by level), the stop-loss report and the statistics.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    JournalWindowOptions options;

    @Option(names = "--out", required = true, description = "Output directory for report.html.")
    Path out;

    @Override
    public Integer call() throws Exception {
        JournalAnalysis analysis = options.open();
        Progress progress = Progress.onTerminal("  reading journal", analysis.inboundEvents());
        Path file;
        try {
            file = HtmlReport.write(analysis, options.window(analysis), out, progress);
        } finally {
            progress.done();
        }
        System.out.printf("gridbot report: %s%n  wrote %s%n", analysis.journal(), file);
        return 0;
    }

    /**
     * Writes {@code outDir/report.html} from the run's latest journal at the end of a backtest or a demo and
     * prints where it is. A report that cannot be written is said, never fails the run that is already done.
     */
    public static void afterRun(Path outDir, PrintStream out) {
        Progress progress = null;
        try {
            JournalAnalysis analysis = JournalAnalysis.open(outDir);
            progress = Progress.onTerminal("  report", analysis.inboundEvents());
            Path file = HtmlReport.write(analysis, TimeWindow.all(), outDir, progress);
            progress.done();
            out.printf("  report: %s%n", file);
        } catch (Exception | LinkageError e) {
            if (progress != null) {
                progress.done();
            }
            out.printf("  report: not written (%s)%n", e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }
}
