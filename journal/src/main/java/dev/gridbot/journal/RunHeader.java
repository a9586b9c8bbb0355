package dev.gridbot.journal;

import java.util.Objects;

/**
 * The first document of every journal: everything replay needs to rebuild the engine of a run,
 * with no other file at hand. Immutable.
 *
 * @param previousJournal the journal directory (relative to this journal's parent) of the run this one
 *                        restarted, whose state it continues; empty for a first run
 * @param formatVersion the journal's document format, {@link #FORMAT_VERSION} when written by this code
 * @param kind          {@code backtest}, {@code live} or {@code replay}
 * @param configText    the configuration (YAML) the run used, verbatim
 * @param configName    where that configuration came from (a file name), for reports
 * @param dataName      the market data a backtest ran on; empty for a live run
 * @param seed          the seed of every random choice the run made
 */
public record RunHeader(int formatVersion, String kind, String configText, String configName, String dataName,
                        long seed, String previousJournal) {

    /** The document format this code writes (and reads). */
    public static final int FORMAT_VERSION = 6;
    /**
     * The oldest format this code reads: 6 added configuration revisions ('C' documents) and
     * changed no other document, so a version 5 journal reads as one that has none.
     */
    public static final int OLDEST_READABLE = 5;
    public static final String BACKTEST = "backtest";
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";

    public RunHeader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(configText, "configText");
        Objects.requireNonNull(configName, "configName");
        Objects.requireNonNull(previousJournal, "previousJournal");
        Objects.requireNonNull(dataName, "dataName");
        if (!kind.equals(BACKTEST) && !kind.equals(LIVE) && !kind.equals(REPLAY)) {
            throw new IllegalArgumentException("run kind must be backtest, live or replay (was '" + kind + "')");
        }
    }

    /** A header in the current {@link #FORMAT_VERSION}, of a run that continues no other. */
    public RunHeader(String kind, String configText, String configName, String dataName, long seed) {
        this(FORMAT_VERSION, kind, configText, configName, dataName, seed, "");
    }

    /** True when this run restarted an earlier one and its state begins where that journal ends. */
    public boolean continuesAnother() {
        return !previousJournal.isEmpty();
    }
}
