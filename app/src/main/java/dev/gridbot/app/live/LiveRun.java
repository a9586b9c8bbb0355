package dev.gridbot.app.live;

import dev.gridbot.app.control.ControlFile;
import dev.gridbot.app.control.ControlServer;
import dev.gridbot.app.control.EngineMetrics;
import dev.gridbot.app.control.RecentEvents;
import dev.gridbot.app.report.FillLog;
import dev.gridbot.app.report.ReportFiles;
import dev.gridbot.app.report.RunSummary;
import dev.gridbot.app.control.ConfigChange;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.SystemEpochClock;
import dev.gridbot.gateway.binance.live.AccountSettings;
import dev.gridbot.gateway.binance.live.BinanceAccountGateway;
import dev.gridbot.gateway.binance.live.MarketStreams;
import dev.gridbot.gateway.binance.live.VenueException;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.JournalChain;
import dev.gridbot.journal.JournalReader;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.journal.ReplayResult;
import dev.gridbot.journal.Replayer;
import dev.gridbot.journal.RunHeader;
import dev.gridbot.gateway.net.WebSocketConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A live run: the configured strategies trade through the Binance gateway (against Binance, its
 * testnet, or the simulated venue), everything journaled like a backtest, a status line every few
 * seconds, until stopped — by SIGINT/SIGTERM, by a maximum duration, or by a condition the caller
 * gives (the demo's: the simulated venue's data ran out). Stopping cancels every working order,
 * lets the venue's answers reach the journal, closes everything, and writes summary.json and
 * trades.csv by replaying the journal through a fresh engine (so the figures are the journal's).
 *
 * <p>Runs on the calling thread, plus the pipeline's, the gateways' and the status thread.
 */
public final class LiveRun {
    /** How a run is watched and when it ends. */
    public record Options(Duration statusEvery, Duration maxDuration, BooleanSupplier done,
                          WaitStrategyKind waitStrategy, WebSocketConfig webSocket, Runnable onReady,
                          Duration throttleCooldown, int recentLog) {
        public static Options untilStopped() {
            return new Options(Duration.ofSeconds(5), null, () -> false, WaitStrategyKind.BLOCKING, null, () -> { },
                    Duration.ofSeconds(30), RecentEvents.DEFAULT_CAPACITY);
        }

        public Options withStatusEvery(Duration d) {
            return new Options(d, maxDuration, done, waitStrategy, webSocket, onReady, throttleCooldown, recentLog);
        }

        public Options endingAfter(Duration max, BooleanSupplier condition) {
            return new Options(statusEvery, max, condition, waitStrategy, webSocket, onReady, throttleCooldown,
                    recentLog);
        }

        /** Another WebSocket policy and 429 cooldown for every connection (tests shorten both). */
        public Options withConnections(WebSocketConfig template, Duration cooldown) {
            return new Options(statusEvery, maxDuration, done, waitStrategy, template, onReady, cooldown, recentLog);
        }

        /** Called once the accounts and the market streams are connected (the demo starts its data then). */
        public Options whenReady(Runnable action) {
            return new Options(statusEvery, maxDuration, done, waitStrategy, webSocket, action, throttleCooldown,
                    recentLog);
        }

        /** How many trade-log entries (of each direction) the process keeps for {@code status}. */
        public Options withRecentLog(int entries) {
            return new Options(statusEvery, maxDuration, done, waitStrategy, webSocket, onReady, throttleCooldown,
                    entries);
        }
    }

    /** What a live run leaves: its summary (rebuilt from the journal) and where its files are. */
    public record Result(RunSummary summary, Path outDir, Path journalDir, ReplayResult replay) {
    }

    /** When the run is done, the venue's last frames may still be on the wire: wait for a quiet ring… */
    private static final long QUIET_MILLIS = 500;
    /** …but no longer than this. */
    private static final long QUIET_MAX_MILLIS = 5_000;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final Clock clock = new SystemEpochClock();

    /** Asks a running run to stop (any thread; signal handlers call it). */
    public void requestStop() {
        stop.countDown();
    }

    public Result run(String configText, GridbotConfig config, Map<String, ApiCredentials> credentials, Path outDir,
                      Options options, PrintStream out) throws IOException, VenueException, ConfigException {
        Files.createDirectories(outDir);
        Start start = Start.of(configText, config, outDir);
        try {
            return run(start, config, credentials, outDir, options, out);
        } catch (RestartRefused e) {
            deleteTree(start.journalDir());
            throw new VenueException(e.getMessage());
        }
    }

    /**
     * How a run starts. A first run: from the configuration given. A restart goes on from the
     * configuration the run started with (every journal's header has it) and the changes journaled
     * since, in a new journal that names the last one; the file given now ({@code wanted}) may still
     * change strategies that are paused or stopped, but nothing only a new run may change.
     *
     * @param definition  what the engine is built from (the venue: the one the caller connects to)
     * @param written     the run's first configuration as its header has it
     * @param wanted      the configuration given to a restart; null for a first run
     * @param header      the new journal's header
     * @param lastJournal the journal a restart continues; null for a first run
     */
    private record Start(RunDefinition definition, GridbotConfig written, RunDefinition wanted, String wantedText,
                         RunHeader header, Path journalDir, Path lastJournal) {
        static Start of(String configText, GridbotConfig config, Path outDir) throws ConfigException, VenueException {
            List<Path> earlier = JournalChain.existing(outDir);
            Path journalDir = JournalChain.next(outDir);
            if (earlier.isEmpty()) {
                GridbotConfig written = ConfigLoader.parse(configText, config.sourceName());
                return new Start(new RunDefinition(config), written, null, configText,
                        new RunHeader(RunHeader.LIVE, configText, config.sourceName(), "", 0L), journalDir, null);
            }
            Path last = earlier.get(earlier.size() - 1);
            RunHeader before = headerOf(last);
            GridbotConfig written = ConfigLoader.parse(before.configText(), before.configName());
            RunDefinition wanted = new RunDefinition(ConfigLoader.parse(configText, config.sourceName()));
            List<String> refusals = ConfigChange.structuralRefusals(written, wanted.config());
            if (!refusals.isEmpty()) {
                throw new VenueException("a restart of the run in " + outDir + " cannot take this configuration: "
                        + String.join("; ", refusals) + ". Use the configuration it started with, or a new --out");
            }
            RunHeader header = new RunHeader(RunHeader.FORMAT_VERSION, RunHeader.LIVE, before.configText(),
                    before.configName(), "", 0L, last.getFileName().toString());
            return new Start(new RunDefinition(written.withVenue(config.venue())), written, wanted, configText, header,
                    journalDir, last);
        }
    }

    private Result run(Start start, GridbotConfig config, Map<String, ApiCredentials> credentials, Path outDir,
                       Options options, PrintStream out) throws IOException, VenueException, ConfigException {
        RunDefinition definition = start.definition();
        Path journalDir = start.journalDir();
        List<BinanceAccountGateway> gateways = new ArrayList<>();
        MarketStreams market = null;
        EnginePipeline pipeline = null;
        ControlServer control = null;
        RecentEvents recent = new RecentEvents(options.recentLog());
        EngineMetrics metrics = new EngineMetrics(clock, recent);
        try (Journal journal = Journal.create(journalDir)) {
            journal.writeHeader(start.header());
            EnginePipeline.Builder builder = EnginePipeline.builder(definition::newLogic)
                    .waitStrategy(options.waitStrategy())
                    .inboundJournal(journal.inboundHandler())
                    .outboundJournal(journal.outboundHandler())
                    .inboundObserver(metrics.inboundObserver())
                    .sender(metrics.outboundObserver());
            for (int a = 0; a < definition.accountCount(); a++) {
                boolean[] owners = ownersOf(definition, a);
                if (owners == null) {
                    continue;
                }
                String account = definition.accountName(a);
                ApiCredentials c = credentials.get(account);
                AccountSettings s = AccountSettings.of(account, config.venue().restUrl(), config.venue().wsUrl(),
                        c.apiKey(), c.secret(), definition.hedgeMode(a), definition.instruments(), owners, clock);
                if (options.webSocket() != null) {
                    s = s.with(options.webSocket(), options.throttleCooldown().toMillis());
                }
                BinanceAccountGateway g = new BinanceAccountGateway(s);
                gateways.add(g);
                builder.sender(g.sender());
            }
            pipeline = builder.start();
            if (start.lastJournal() != null) {
                restore(pipeline, journal, start.lastJournal(), out);
                takeChanges(pipeline, journal, start.written(), start.wanted(), start.wantedText(), config.sourceName(),
                        out);
            }
            metrics.arm();
            for (BinanceAccountGateway g : gateways) {
                g.connect(pipeline.inboundRing());
            }
            market = MarketStreams.open(config.venue().wsUrl(), definition.instruments(), pipeline.inboundRing(),
                    clock, options.webSocket() != null ? options.webSocket()
                            : AccountSettings.connectionPolicy(config.venue().wsUrl()));
            out.printf("gridbot run: %s on %s (%s), %d strateg%s; journal %s%n", config.sourceName(),
                    config.venue().kind(), config.venue().restUrl(), definition.strategyCount(),
                    definition.strategyCount() == 1 ? "y" : "ies", journalDir);
            awaitMarketConnected(market, Duration.ofSeconds(10));
            options.onReady().run();
            MarketStreams streams = market;
            BooleanSupplier connected = () -> streams.connected()
                    && gateways.stream().allMatch(BinanceAccountGateway::userStreamConnected);
            StatusLine status = new StatusLine(definition, pipeline.logic().statusBoard(), connected, journal);
            control = startControl(definition, start.written(), pipeline, metrics, recent, journal, connected, outDir, out);
            watch(pipeline, status, options, out);
            out.println("  stopping: cancelling working orders …");
            for (BinanceAccountGateway g : gateways) {
                g.cancelAllOpenOrders();
            }
            awaitNoWorkingOrders(pipeline, definition, Duration.ofSeconds(5));
        } finally {
            if (control != null) {
                control.close();
                Files.deleteIfExists(outDir.resolve(ControlFile.NAME));
            }
            if (market != null) {
                market.close();
            }
            for (BinanceAccountGateway g : gateways) {
                g.close();
            }
            if (pipeline != null) {
                pipeline.close();
            }
            for (ApiCredentials c : credentials.values()) {
                c.wipe();
            }
        }
        return summarize(definition, outDir, journalDir, out);
    }

    /**
     * A restart: the engine's state is rebuilt by feeding every earlier journal's inbound events
     * through it (they stay in their own journals: this one is suspended meanwhile, and nothing
     * reaches the venue since the senders are not connected yet). The grid keeps its range, roles,
     * orders and client-order-id counter; the venue's answers to the start-up re-sync then settle
     * what happened while the process was down.
     */
    private static void restore(EnginePipeline pipeline, Journal journal, Path last, PrintStream out) {
        List<Path> chain = JournalChain.withPredecessors(last);
        journal.suspend();
        long events = JournalChain.restore(chain, pipeline);
        journal.resume();
        out.printf("  restart: state restored from %d earlier journal(s), %,d events%n", chain.size(), events);
    }

    /**
     * The control endpoint on a free loopback port, its port and a fresh token in an owner-only file
     * in the output directory (the CLI's status, pause, resume, stop and start read it).
     */
    private ControlServer startControl(RunDefinition definition, GridbotConfig written, EnginePipeline pipeline,
                                       EngineMetrics metrics,
                                       RecentEvents recent, Journal journal, BooleanSupplier connected, Path outDir,
                                       PrintStream out)
            throws IOException {
        String token = ControlFile.newToken();
        ControlServer server;
        try {
            server = new ControlServer(definition, written, pipeline, metrics, recent, journal, connected, token, clock,
                    0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the control endpoint", e);
        }
        Path file = new ControlFile(server.port(), token).write(outDir);
        out.printf("  control: http://127.0.0.1:%d (token in %s); ./gridbot status --run %s%n", server.port(), file,
                outDir);
        return server;
    }

    /**
     * A restart given a configuration that changes strategies: those that are paused or stopped take
     * it (journaled as the next revision, then one reconfigure event each), before anything reaches
     * the venue; a change to a running strategy refuses the restart, and this journal is discarded.
     */
    private void takeChanges(EnginePipeline pipeline, Journal journal, GridbotConfig written, RunDefinition wanted,
                             String configText, String configName, PrintStream out) {
        EngineLogic logic = pipeline.logic();
        ConfigChange change = ConfigChange.of(written, logic.revisions(), logic.statusBoard(), wanted);
        if (!change.refusals().isEmpty()) {
            throw new RestartRefused("the configuration changes strategies that are not paused or stopped: "
                    + String.join("; ", change.refusals()) + ". Restart with the configuration they run with, pause "
                    + "them (or stop them) first, or use a new --out");
        }
        if (change.changed().isEmpty()) {
            return;
        }
        int revision = change.record(journal, logic.revisions(), configText, configName);
        long refusedBefore = logic.statusBoard().controlsRefused();
        RingBuffer<InboundEvent> ring = pipeline.inboundRing();
        for (ConfigChange.Changed c : change.changed()) {
            long seq = ring.next();
            ring.get(seq).setReconfigure(clock.epochNanos(), wanted.instrumentOf(c.id()).id(), c.id(), revision);
            ring.publish(seq);
            out.printf("  restart: %s takes configuration revision %d (%s)%n", c.name(), revision,
                    String.join(", ", c.settings()));
        }
        pipeline.awaitQuiescent();
        if (logic.statusBoard().controlsRefused() != refusedBefore) {
            throw new IllegalStateException("the engine refused a configuration change its state allowed");
        }
    }

    /** A restart that may not go on; its new journal holds nothing worth keeping. */
    private static final class RestartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RestartRefused(String message) {
            super(message);
        }
    }

    private static RunHeader headerOf(Path journal) {
        try (JournalReader reader = Journal.open(journal)) {
            return reader.header();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void watch(EnginePipeline pipeline, StatusLine status, Options options, PrintStream out) {
        long started = System.nanoTime();
        long every = options.statusEvery().toNanos();
        long next = started + every;
        try {
            while (true) {
                if (stop.await(200, TimeUnit.MILLISECONDS)) {
                    return;
                }
                if (pipeline.health().halted()) {
                    out.println("  the engine halted: " + pipeline.health().failure());
                    return;
                }
                long now = System.nanoTime();
                if (options.done().getAsBoolean()) {
                    awaitInboundQuiet(pipeline);
                    out.println(status.format(System.currentTimeMillis()));
                    return;
                }
                if (options.maxDuration() != null && now - started >= options.maxDuration().toNanos()) {
                    out.println(status.format(System.currentTimeMillis()));
                    return;
                }
                if (now >= next) {
                    out.println(status.format(System.currentTimeMillis()));
                    next = now + every;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until nothing new reached the inbound ring for {@link #QUIET_MILLIS} (at most {@link #QUIET_MAX_MILLIS}). */
    private static void awaitInboundQuiet(EnginePipeline pipeline) throws InterruptedException {
        long deadline = System.nanoTime() + QUIET_MAX_MILLIS * 1_000_000L;
        long seen = pipeline.inboundRing().getCursor();
        while (System.nanoTime() < deadline) {
            Thread.sleep(QUIET_MILLIS);
            long now = pipeline.inboundRing().getCursor();
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }

    private static void awaitMarketConnected(MarketStreams market, Duration max) throws VenueException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!market.connected()) {
            if (System.nanoTime() > deadline) {
                throw new VenueException("the market stream did not connect within " + max.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void awaitNoWorkingOrders(EnginePipeline pipeline, RunDefinition definition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            long working = 0;
            // Each book counts its strategies' orders and its own (those of the target strategies).
            for (int b = 0; b < definition.bookCount(); b++) {
                working += pipeline.logic().statusBoard().bookWorkingOrders(b);
            }
            if (working == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Result summarize(RunDefinition definition, Path outDir, Path journalDir, PrintStream out)
            throws ConfigException, IOException {
        FillLog fills = new FillLog();
        ReplayResult r = new Replayer(WaitStrategyKind.BLOCKING).replay(journalDir, (e, s, end) -> fills.record(e),
                n -> { });
        RunSummary summary = RunSummary.of(r.definition(), r.logic(), fills, r.header().configName(), "live",
                r.trades(), r.firstTradeNanos(), r.lastTradeNanos());
        ReportFiles.writeSummary(summary, outDir.resolve(ReportFiles.SUMMARY));
        ReportFiles.writeTrades(fills, r.definition(), outDir.resolve(ReportFiles.TRADES));
        return new Result(summary, outDir, journalDir, r);
    }

    /**
     * Which owners of client order ids are account {@code account}'s own: its strategies and its
     * netting books (whose orders serve the target-position strategies); null when it has none.
     */
    private static boolean[] ownersOf(RunDefinition definition, int account) {
        boolean[] owners = null;
        for (int owner = 0; owner < definition.ownerCount(); owner++) {
            if (definition.accountOf(owner) == account) {
                if (owners == null) {
                    owners = new boolean[definition.ownerCount()];
                }
                owners[owner] = true;
            }
        }
        return owners;
    }

    /** The account name of a configuration without accounts (the simulated venue's default account). */
    public static final String DEFAULT_ACCOUNT = RunDefinition.DEFAULT_ACCOUNT;
}
