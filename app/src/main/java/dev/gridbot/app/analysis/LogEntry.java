package dev.gridbot.app.analysis;

import dev.gridbot.app.report.ReportFiles;

/**
 * One line of the trade log: when (event time, epoch nanoseconds), what kind, whose (a strategy, a
 * netting book, or {@code venue}), and what happened, as a sentence. Immutable.
 */
public record LogEntry(long timeNanos, LogType type, String strategy, String text) {

    /** The line as {@code gridbot log} prints it: time, type, strategy, sentence. */
    public String line() {
        return String.format("%-30s %-5s %-16s %s", ReportFiles.time(timeNanos), type.text(), strategy, text);
    }
}
