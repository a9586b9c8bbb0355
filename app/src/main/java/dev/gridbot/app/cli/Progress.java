package dev.gridbot.app.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * A progress bar for long jobs on a terminal; silent when the output is not a terminal (CI, pipes).
 * Used by the thread running the job.
 */
public final class Progress implements LongConsumer {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean enabled;
    private int lastPercent = -1;

    private Progress(PrintStream out, String label, long total, boolean enabled) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    /** A bar on stderr when stdout is a terminal; {@code total} ≤ 0 shows a running count instead. */
    public static Progress onTerminal(String label, long total) {
        return new Progress(System.err, label, total, System.console() != null);
    }

    @Override
    public void accept(long done) {
        if (!enabled) {
            return;
        }
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% ("
                    + String.format("%,d", done) + "/" + String.format("%,d", total) + ")");
        } else {
            out.print("\r" + label + " " + String.format("%,d", done));
        }
        out.flush();
    }

    /** Ends the bar's line. */
    public void done() {
        if (enabled) {
            out.println();
        }
    }
}
