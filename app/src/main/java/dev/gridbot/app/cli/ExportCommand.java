package dev.gridbot.app.cli;

import dev.gridbot.app.analysis.CsvExport;
import dev.gridbot.app.analysis.JournalAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot export --journal DIR --out DIR2 [--from T --to T | --last 1d]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a journal's orders (orders.csv) and fills (fills.csv) as CSV for a spreadsheet.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    JournalWindowOptions options;

    @Option(names = "--out", required = true, description = "Output directory for orders.csv and fills.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        JournalAnalysis analysis = options.open();
        Progress progress = Progress.onTerminal("  reading journal", analysis.inboundEvents());
        CsvExport.Counts counts;
        try {
            counts = analysis.export(options.window(analysis), out, progress);
        } finally {
            progress.done();
        }
        System.out.printf("gridbot export: %s%n  wrote %s (%,d orders)%n        %s (%,d fills)%n", analysis.journal(),
                counts.orders(), counts.orderRows(), counts.fills(), counts.fillRows());
        return 0;
    }
}
