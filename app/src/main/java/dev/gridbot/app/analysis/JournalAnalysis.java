package dev.gridbot.app.analysis;

import dev.gridbot.app.UserInputException;
import dev.gridbot.config.ConfigException;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.journal.JournalChain;
import dev.gridbot.journal.JournalException;
import dev.gridbot.journal.Playback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The offline analyses of one journal — statistics, the trade log, the CSV export, the report's
 * data — each a single {@link Playback} of it (the journals it continues first) with the listeners it
 * needs. Works alike on a live run's, a backtest's and a replay's journal. Used by one thread.
 */
public final class JournalAnalysis {
    private final Playback playback;
    private final Owners owners;

    private JournalAnalysis(Playback playback) {
        this.playback = playback;
        this.owners = new Owners(playback.definition());
    }

    /**
     * Opens the journal in {@code dir}, or, when {@code dir} is a run's output directory, its latest
     * journal (a restarted run's {@code journal-N}, which continues the others).
     *
     * @throws UserInputException when there is no journal there
     * @throws ConfigException    when the configuration the journal holds does not load
     */
    public static JournalAnalysis open(Path dir) throws ConfigException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("no journal directory " + dir);
        }
        List<Path> inRun = JournalChain.existing(dir);
        Path journal = inRun.isEmpty() ? dir : inRun.get(inRun.size() - 1);
        try {
            return new JournalAnalysis(Playback.open(journal));
        } catch (JournalException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /** The window the options ask for, --last counted back from this journal's last event. */
    public TimeWindow window(String from, String to, String last) {
        return TimeWindow.of(from, to, last, playback.lastEventNanos());
    }

    /** The journal analysed (the last of its chain). */
    public Path journal() {
        return playback.journalDir();
    }

    /** Inbound events to play (for a progress bar). */
    public long inboundEvents() {
        return playback.inboundEvents();
    }

    public long firstEventNanos() {
        return playback.firstEventNanos();
    }

    public long lastEventNanos() {
        return playback.lastEventNanos();
    }

    /** The statistics of the window. */
    public RunStats stats(TimeWindow window, LongConsumer progress) {
        OrderTracker orders = new OrderTracker(window);
        StatsCollector stats = collector(window, orders, null);
        Playback.Result r = play(progress, orders, stats);
        stats.finish();
        return stats.result(journal().toString(), playback, replayLine(r), r.verified());
    }

    /** The statistics and the chart series of the window: what report.html shows. */
    ReportData reportData(TimeWindow window, LongConsumer progress) {
        OrderTracker orders = new OrderTracker(window);
        long from = window.effectiveFrom(firstEventNanos());
        ChartSeries series = new ChartSeries(owners, window, from,
                Math.max(from, window.effectiveTo(lastEventNanos())));
        StatsCollector stats = collector(window, orders, series);
        Playback.Result r = play(progress, orders, stats, series);
        stats.finish();
        return new ReportData(stats.result(journal().toString(), playback, replayLine(r), r.verified()), series,
                owners.definition());
    }

    /** Hands every log entry of the window that {@code filter} keeps to {@code sink}, in event order. */
    public Playback.Result log(TimeWindow window, LogFilter filter, Consumer<LogEntry> sink, LongConsumer progress) {
        OrderTracker orders = new OrderTracker(window);
        TradeLog log = new TradeLog(owners, window, orders, entry -> {
            if (filter.keeps(entry)) {
                sink.accept(entry);
            }
        });
        Playback.Result r = play(progress, orders, log);
        log.finish(r, replayLine(r), window.effectiveTo(lastEventNanos()));
        return r;
    }

    /** Writes orders.csv and fills.csv of the window into {@code outDir}. */
    public CsvExport.Counts export(TimeWindow window, Path outDir, LongConsumer progress) throws IOException {
        OrderTracker orders = new OrderTracker(window);
        try (CsvExport export = CsvExport.open(owners, window, orders, outDir)) {
            play(progress, orders, export);
            return export.finish();
        }
    }

    private StatsCollector collector(TimeWindow window, OrderTracker orders, StatsCollector.SampleListener samples) {
        return new StatsCollector(owners, window, orders, firstEventNanos(), lastEventNanos(), samples);
    }

    private Playback.Result play(LongConsumer progress, Playback.Listener... listeners) {
        return playback.play(new Fanout(listeners), progress);
    }

    /** One line on how the replay compared with the journal. */
    static String replayLine(Playback.Result r) {
        if (r.engineFailure() != null) {
            return "the engine halted " + r.engineFailure() + "; figures stop there";
        }
        if (r.verified()) {
            return String.format("replayed %,d inbound events; the %,d outbound events are identical to the journal's",
                    r.inbound(), r.expectedOutbound());
        }
        return String.format("the replay differs from the journal (%,d journaled, %,d replayed, %,d matched; %s): "
                        + "figures follow the replayed engine", r.expectedOutbound(), r.emittedOutbound(), r.matched(),
                r.firstMismatch() != null ? r.firstMismatch() : "counts differ");
    }

    /** Hands each playback callback to several listeners, in order. */
    private static final class Fanout implements Playback.Listener {
        private final Playback.Listener[] listeners;

        Fanout(Playback.Listener... listeners) {
            this.listeners = listeners.clone();
        }

        @Override
        public void onInbound(InboundEvent event) {
            for (Playback.Listener l : listeners) {
                l.onInbound(event);
            }
        }

        @Override
        public void onOutbound(OutboundEvent event, InboundEvent cause) {
            for (Playback.Listener l : listeners) {
                l.onOutbound(event, cause);
            }
        }

        @Override
        public void afterInbound(InboundEvent event, EngineLogic logic) {
            for (Playback.Listener l : listeners) {
                l.afterInbound(event, logic);
            }
        }
    }
}
