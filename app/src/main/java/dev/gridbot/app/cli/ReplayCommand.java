package dev.gridbot.app.cli;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.report.FillLog;
import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.app.report.RunSummary;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.journal.ReplayResult;
import dev.gridbot.journal.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot replay --journal DIR [--verify] [--out DIR2]}. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Feed a journal's inbound events through a fresh engine; with --verify, compare every "
                + "outbound event with the journaled one (exit 0 only if all match).")
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--journal", required = true, description = "The journal directory of a run.")
    Path journal;

    @Option(names = "--verify", description = "Compare the replayed outbound events with the journaled ones.")
    boolean verify;

    @Option(names = "--out", description = "Also write summary.json and trades.csv of the replay here.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(journal)) {
            throw new UserInputException("no journal directory " + journal);
        }
        FillLog fills = new FillLog();
        Progress progress = Progress.onTerminal("  replay", System.console() != null ? inboundEvents(journal) : -1);
        ReplayResult r;
        try {
            r = new Replayer(WaitStrategyKind.BLOCKING).replay(journal, (event, seq, end) -> fills.record(event),
                    progress);
        } finally {
            progress.done();
        }
        System.out.printf("gridbot replay: %s (%s of %s over %s)%n", journal, r.header().kind(),
                r.header().configName(), r.header().dataName());
        System.out.printf("  inbound events replayed: %,d (%,d trades)%n", r.inbound(), r.trades());
        System.out.printf("  outbound events: %,d journaled, %,d replayed, %,d matched%n", r.expectedOutbound(),
                r.replayedOutbound(), r.matched());
        System.out.printf("  state hash: %s%n", Long.toHexString(r.logic().stateHash()));
        if (out != null) {
            Files.createDirectories(out);
            RunSummary summary = RunSummary.of(r.definition(), r.logic(), fills, r.header().configName(),
                    r.header().dataName(), r.trades(), r.firstTradeNanos(), r.lastTradeNanos());
            ReportFiles.writeSummary(summary, out.resolve(ReportFiles.SUMMARY));
            ReportFiles.writeTrades(fills, r.definition(), out.resolve(ReportFiles.TRADES));
            System.out.printf("  wrote %s and %s%n", out.resolve(ReportFiles.SUMMARY), out.resolve(ReportFiles.TRADES));
        }
        if (r.engineFailure() != null) {
            System.out.println("  FAILED: the engine halted: " + r.engineFailure());
            return 1;
        }
        if (!verify) {
            return 0;
        }
        if (r.verified()) {
            System.out.println("  verified: every outbound event identical");
            return 0;
        }
        System.out.println("  NOT verified: " + (r.firstMismatch() != null ? r.firstMismatch()
                : "counts differ"));
        return 1;
    }

    /** The inbound events the replay will feed: the journal's and those of the journals it continues. */
    private static long inboundEvents(Path journal) {
        long total = 0;
        java.util.List<Path> chain = dev.gridbot.journal.JournalChain.withPredecessors(journal);
        for (Path p : chain) {
            try (dev.gridbot.journal.JournalReader reader = dev.gridbot.journal.Journal.open(p)) {
                total += reader.countInbound();
            }
        }
        return total;
    }
}
