package dev.gridbot.journal;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.engine.strategy.EngineLogic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Configuration revisions in the journal: a 'C' document reads back where it was written, between
 * the events around it; a replay registers each before the events that name it, so a run that
 * changed its configuration replays and plays back identically; a revision out of turn fails the
 * replay with a message that says so; and a version 5 journal (before revisions) still reads.
 */
class ConfigRevisionJournalTest {
    private static final long SEC = 1_000_000_000L;
    private static final InboundEvent[] INBOUND = Events.inbound();

    /** A long grid from 100 to 200 in 11 levels (10 000, 11 000, … ticks), 0.01 a level, cap 0.03. */
    private static final String CONFIG = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - { name: g, type: grid, symbol: BTCUSDT, mode: long, lower: 100, upper: 200, levels: 11,
                  quantity: 0.01, maxPosition: 0.03, stopLossBufferPct: 1 }
            """;
    /** Revision 1: 0.02 a level, cap 0.07 (the levels stay). */
    private static final String BIGGER = CONFIG.replace("quantity: 0.01, maxPosition: 0.03",
            "quantity: 0.02, maxPosition: 0.07");
    /** Revision 2: as revision 1, on 6 levels 20.00 apart (the levels move). */
    private static final String WIDER = BIGGER.replace("levels: 11", "levels: 6");

    @TempDir
    Path dir;

    private static RunHeader header(int formatVersion) {
        return new RunHeader(formatVersion, RunHeader.BACKTEST, CONFIG, "grid.yaml", "trades.csv", 7L, "");
    }

    // ------------------------------------------------------------ the document

    @Test
    void shouldReadARevisionBackBetweenTheEventsItWasWrittenBetween() throws Exception {
        ConfigRevision revision = new ConfigRevision(1, "strategies: [] # ünïcödé survives\n", "next.yaml");
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            journal.inboundHandler().onEvent(INBOUND[0], 0, true);
            journal.writeRevision(revision);
            journal.inboundHandler().onEvent(INBOUND[1], 1, true);
            journal.inboundHandler().onEvent(INBOUND[2], 2, true);
        }

        List<String> read = new ArrayList<>();
        List<ConfigRevision> revisions = new ArrayList<>();
        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            reader.read(new JournalVisitor() {
                @Override
                public void onInbound(InboundEvent event) {
                    for (int i = 0; i < INBOUND.length; i++) {
                        if (INBOUND[i].sameAs(event)) {
                            read.add("I" + i);
                            return;
                        }
                    }
                    read.add("I?");
                }

                @Override
                public void onConfigRevision(ConfigRevision r) {
                    read.add("C" + r.revision());
                    revisions.add(r);
                }
            });
            assertEquals(3, reader.countInbound(), "a revision is no event");
        }
        assertEquals(List.of("I0", "C1", "I1", "I2"), read);
        assertEquals(List.of(revision), revisions, "number, text and name as written");
    }

    @Test
    void shouldRefuseARevisionBeforeTheHeader() {
        try (Journal journal = Journal.create(dir)) {
            assertThrows(IllegalStateException.class,
                    () -> journal.writeRevision(new ConfigRevision(1, CONFIG, "next.yaml")));
        }
    }

    // ------------------------------------------------------------ a revision out of turn

    /** A journal of {@code CONFIG} whose first revision is numbered {@code number}, then a RECONFIGURE naming it. */
    private Path journalWithRevision(int number, String text) throws Exception {
        Path journalDir = dir.resolve("out-of-turn");
        try (Journal journal = Journal.create(journalDir)) {
            journal.writeHeader(new RunHeader(RunHeader.BACKTEST, CONFIG, "grid.yaml", "trades.csv", 7L));
            journal.inboundHandler().onEvent(new InboundEvent().setTrade(SEC, 0, 14_550, 1, 1), 0, true);
            journal.writeRevision(new ConfigRevision(number, text, "skipped.yaml"));
            journal.inboundHandler().onEvent(new InboundEvent().setReconfigure(2 * SEC, 0, 0, number), 1, true);
        }
        return journalDir;
    }

    @Test
    void shouldFailAReplayWhoseRevisionIsNotTheNextNumberAndSayWhy() throws Exception {
        Path journalDir = journalWithRevision(2, BIGGER);

        JournalException replay = assertThrows(JournalException.class,
                () -> new Replayer(WaitStrategyKind.BLOCKING).replay(journalDir, null, n -> { }));
        assertEquals("configuration revision 2 (skipped.yaml) cannot be taken: configuration revision 2 where 1 "
                + "comes next", replay.getMessage());

        Playback playback = Playback.open(journalDir);
        JournalException played = assertThrows(JournalException.class,
                () -> playback.play(new Playback.Listener() { }, n -> { }));
        assertEquals(replay.getMessage(), played.getMessage());
    }

    @Test
    void shouldFailAReplayWhoseRevisionDoesNotLoadAndNameIt() throws Exception {
        Path journalDir = journalWithRevision(1, "strategies: [");

        JournalException replay = assertThrows(JournalException.class,
                () -> new Replayer(WaitStrategyKind.BLOCKING).replay(journalDir, null, n -> { }));
        assertTrue(replay.getMessage().startsWith("configuration revision 1 (skipped.yaml) cannot be taken: "),
                replay.getMessage());
    }

    // ------------------------------------------------------------ a run that changed its configuration

    /**
     * Records a run the way a backtest does: the real pipeline journaling both rings; each input is
     * published, then the venue answers whatever the engine sent until both are quiet. The venue
     * accepts every order, fills a resting one when a trade goes through its price (before the trade
     * is published), a market one at once at the last price, and confirms every cancel.
     */
    private static final class Recording implements AutoCloseable {
        private final Journal journal;
        private final EnginePipeline pipeline;
        private final RingBuffer<InboundEvent> ring;
        private final InboundEvent event = new InboundEvent();
        private final List<OutboundEvent> resting = new ArrayList<>();
        final List<OutboundEvent> placed = new ArrayList<>();
        /** Outbound events the engine emitted, every kind. */
        long emitted;
        private long published;
        private long lastPriceTicks;
        private long now;

        Recording(Path journalDir) throws Exception {
            journal = Journal.create(journalDir);
            journal.writeHeader(new RunHeader(RunHeader.BACKTEST, CONFIG, "grid.yaml", "trades.csv", 7L));
            RunDefinition definition = new RunDefinition(ConfigLoader.parse(CONFIG, "grid.yaml"));
            pipeline = EnginePipeline.builder(definition::newLogic)
                    .inboundJournal(journal.inboundHandler())
                    .outboundJournal(journal.outboundHandler())
                    .outboundTap()
                    .start();
            ring = pipeline.inboundRing();
        }

        EngineLogic logic() {
            return pipeline.logic();
        }

        void trade(long sec, long priceTicks) {
            now = sec * SEC;
            for (OutboundEvent o : new ArrayList<>(resting)) {
                if (o.side() == Side.BUY ? priceTicks < o.priceTicks() : priceTicks > o.priceTicks()) {
                    resting.remove(o);
                    publish(event.setFilled(now, 0, o.clientOrderId(), o.side(), o.priceTicks(), o.qtyLots(), 0, 0,
                            true, published));
                }
            }
            lastPriceTicks = priceTicks;
            publish(event.setTrade(now, 0, priceTicks, 1, sec));
            settle();
        }

        void control(long sec, ControlCommand command) {
            now = sec * SEC;
            publish(event.setControl(now, 0, 0, command.ordinal()));
            settle();
        }

        /** As the control endpoint does it: journal the revision, register it, then name it. */
        void reconfigure(long sec, String configText, String configName) throws Exception {
            now = sec * SEC;
            int revision = logic().revisions().latest() + 1;
            journal.writeRevision(new ConfigRevision(revision, configText, configName));
            logic().revisions().add(revision, new RunDefinition(ConfigLoader.parse(configText, configName)));
            publish(event.setReconfigure(now, 0, 0, revision));
            settle();
        }

        private void publish(InboundEvent e) {
            long seq = ring.next();
            ring.get(seq).copyFrom(e);
            ring.publish(seq);
            published++;
        }

        private void settle() {
            while (true) {
                pipeline.awaitLogicCaughtUp();
                assertFalse(pipeline.health().halted(), () -> "engine halted: " + pipeline.health().failure());
                long before = published;
                pipeline.drainOutbound(this::answer);
                if (published == before) {
                    return;
                }
            }
        }

        private void answer(OutboundEvent o) {
            emitted++;
            if (o.type() == OutboundType.PLACE) {
                OutboundEvent order = new OutboundEvent().copyFrom(o);
                placed.add(order);
                publish(event.setAccepted(now, 0, o.clientOrderId(), o.side(), o.priceTicks(), o.qtyLots()));
                if (o.orderType() == OrderType.MARKET) {
                    publish(event.setFilled(now, 0, o.clientOrderId(), o.side(), lastPriceTicks, o.qtyLots(), 0, 0,
                            false, published));
                } else {
                    resting.add(order);
                }
            } else if (o.type() == OutboundType.CANCEL) {
                for (OutboundEvent r : resting) {
                    if (r.clientOrderId() == o.clientOrderId()) {
                        resting.remove(r);
                        publish(event.setCanceled(now, 0, r.clientOrderId(), r.side(), r.qtyLots()));
                        return;
                    }
                }
            }
        }

        @Override
        public void close() {
            pipeline.close();
            journal.close();
        }
    }

    @Test
    @Timeout(60)
    void shouldReplayAndPlayBackARunThatChangedItsConfigurationIdentically() throws Exception {
        Path journalDir = dir.resolve("journal");
        long recordedHash;
        long emitted;
        try (Recording run = new Recording(journalDir)) {
            run.trade(1, 14_550);
            run.trade(2, 13_900);
            run.control(3, ControlCommand.PAUSE);
            run.reconfigure(4, BIGGER, "bigger.yaml");
            run.control(5, ControlCommand.RESUME);
            int before = run.placed.size();
            run.trade(6, 13_900);
            assertTrue(run.placed.subList(before, run.placed.size()).stream()
                    .anyMatch(o -> o.orderType() == OrderType.LIMIT && o.qtyLots() == 20), "revision 1 trades");
            run.trade(7, 15_100);
            run.trade(8, 15_100);
            run.trade(9, 14_900);
            run.control(10, ControlCommand.STOP);
            assertEquals(OrderType.MARKET, run.placed.get(run.placed.size() - 1).orderType(), "a stop that closes");
            run.reconfigure(11, WIDER, "wider.yaml");
            run.control(12, ControlCommand.START);
            before = run.placed.size();
            run.trade(13, 17_050);
            assertEquals(List.of(16_000L, 14_000L, 12_000L), run.placed.subList(before, run.placed.size()).stream()
                    .map(OutboundEvent::priceTicks).toList(), "revision 2's levels, 20.00 apart");
            assertEquals(0, run.logic().statusBoard().controlsRefused(), "every command and change was taken");
            assertEquals(2, run.logic().revisionOf(0));
            run.pipeline.awaitQuiescent();
            recordedHash = run.logic().stateHash();
            emitted = run.emitted;
        }

        ReplayResult replay = new Replayer(WaitStrategyKind.BLOCKING).replay(journalDir, null, n -> { });
        assertTrue(replay.verified(), () -> "replay: " + replay.firstMismatch() + " / " + replay.engineFailure());
        assertEquals(emitted, replay.expectedOutbound(), "the journal holds everything the run emitted");
        assertEquals(2, replay.logic().revisionOf(0));
        assertEquals(recordedHash, replay.logic().stateHash());

        long[] played = new long[2];
        Playback.Result result = Playback.open(journalDir).play(new Playback.Listener() {
            @Override
            public void afterInbound(InboundEvent event, EngineLogic logic) {
                played[0] = logic.stateHash();
                played[1] = logic.revisionOf(0);
            }
        }, n -> { });
        assertTrue(result.verified(), () -> "playback: " + result.firstMismatch() + " / " + result.engineFailure());
        assertEquals(recordedHash, played[0]);
        assertEquals(2, played[1]);
    }

    // ------------------------------------------------------------ format versions

    @Test
    void shouldReadAVersion5JournalAsOneWithoutRevisions() throws Exception {
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(header(5));
            journal.inboundHandler().onEvent(INBOUND[0], 0, true);
        }
        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(header(5), reader.header());
            assertEquals(1, reader.countInbound());
        }
    }

    @Test
    void shouldRefuseVersion4AndVersion7Journals() throws Exception {
        for (int version : new int[] {RunHeader.OLDEST_READABLE - 1, RunHeader.FORMAT_VERSION + 1}) {
            Path journalDir = dir.resolve("v" + version);
            try (Journal journal = Journal.create(journalDir)) {
                journal.writeHeader(header(version));
            }
            try (JournalReader reader = Journal.open(journalDir)) {
                JournalException refused = assertThrows(JournalException.class, reader::header);
                assertTrue(refused.getMessage().contains("is a run header of format version " + version
                        + "; this reader reads versions 5 to 6"), refused.getMessage());
                assertThrows(JournalException.class, () -> reader.read(new JournalVisitor() { }));
            }
        }
        assertEquals(6, RunHeader.FORMAT_VERSION);
        assertEquals(5, RunHeader.OLDEST_READABLE);
    }
}
