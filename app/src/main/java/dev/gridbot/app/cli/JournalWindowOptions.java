package dev.gridbot.app.cli;

import dev.gridbot.app.analysis.JournalAnalysis;
import dev.gridbot.app.analysis.TimeWindow;
import dev.gridbot.config.ConfigException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every journal analysis takes: which journal, and which part of it. A picocli mixin. */
public final class JournalWindowOptions {
    @Option(names = "--journal", required = true,
            description = "A journal directory, or a run's output directory (its latest journal is read).")
    Path journal;

    @Option(names = "--from", description = "Window start: an ISO-8601 instant (2013-11-26T12:00:00Z) or a UTC date.")
    String from;

    @Option(names = "--to", description = "Window end (included): an ISO-8601 instant or a UTC date.")
    String to;

    @Option(names = "--last", description = "Window: the last 90m, 1h, 1d, 7d, 30d, 2w… of the journal, counted back "
            + "from its last event (not the wall clock).")
    String last;

    /** Opens the journal. */
    JournalAnalysis open() throws ConfigException {
        return JournalAnalysis.open(journal);
    }

    /** The window asked for, in that journal. */
    TimeWindow window(JournalAnalysis analysis) {
        return analysis.window(from, to, last);
    }
}
