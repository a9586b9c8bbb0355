package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.WaitStrategyKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Replays a journal: rebuilds the engine from the run header's configuration, feeds every journaled
 * inbound event, in order and with its original timestamp, through a fresh pipeline, and compares
 * every outbound event the engine emits with the journaled one, field by field.
 *
 * <p>Runs on the calling thread (reading and publishing) plus the pipeline's handler threads.
 */
public final class Replayer {
    private final WaitStrategyKind waitStrategy;

    public Replayer(WaitStrategyKind waitStrategy) {
        this.waitStrategy = waitStrategy;
    }

    /**
     * Replays {@code journalDir}.
     *
     * @param observer   also sees every replayed outbound event, after the comparison (may be null)
     * @param progress   told how many inbound events were published, now and then
     * @throws ConfigException if the configuration stored in the journal does not load
     */
    public ReplayResult replay(Path journalDir, EventHandler<OutboundEvent> observer, LongConsumer progress)
            throws ConfigException {
        try (JournalReader reader = Journal.open(journalDir)) {
            RunHeader header = reader.header();
            RunDefinition definition = new RunDefinition(ConfigLoader.parse(header.configText(), header.configName()));
            List<OutboundEvent> expected = new ArrayList<>();
            long[] inboundCount = new long[1];
            reader.read(new JournalVisitor() {
                @Override
                public void onInbound(InboundEvent event) {
                    inboundCount[0]++;
                }

                @Override
                public void onOutbound(OutboundEvent event) {
                    expected.add(new OutboundEvent().copyFrom(event));
                }
            });
            List<Path> predecessors = JournalChain.predecessors(journalDir);
            Verifier verifier = new Verifier(expected, predecessors.isEmpty());
            EnginePipeline.Builder builder = EnginePipeline.builder(definition::newLogic)
                    .waitStrategy(waitStrategy)
                    .sender(verifier);
            if (observer != null) {
                builder.sender(observer);
            }
            EnginePipeline pipeline = builder.start();
            long[] published = new long[1];
            long[] trades = new long[1];
            long[] tradeTimes = new long[2];
            try {
                RingBuffer<InboundEvent> ring = pipeline.inboundRing();
                if (!predecessors.isEmpty()) {
                    // A restarted run: its state begins where the earlier journals end.
                    JournalChain.restore(predecessors, pipeline);
                    verifier.arm();
                }
                reader.read(new EngineFeed(pipeline.logic().revisions(), event -> {
                    if (event.type() == InboundType.TRADE) {
                        if (trades[0]++ == 0) {
                            tradeTimes[0] = event.timestampNanos();
                        }
                        tradeTimes[1] = event.timestampNanos();
                    }
                    long seq = ring.next();
                    ring.get(seq).copyFrom(event);
                    ring.publish(seq);
                    if ((++published[0] & 4095) == 0) {
                        progress.accept(published[0]);
                    }
                }));
                progress.accept(published[0]);
                pipeline.awaitQuiescent();
            } finally {
                pipeline.close();
            }
            return new ReplayResult(header, definition, pipeline.logic(), inboundCount[0], expected.size(),
                    verifier.seen, verifier.matched, verifier.firstMismatch, pipeline.health().failure(), trades[0],
                    tradeTimes[0], tradeTimes[1]);
        }
    }

    /** Compares each replayed outbound event with the journaled one at the same position. */
    private static final class Verifier implements EventHandler<OutboundEvent> {
        private final List<OutboundEvent> expected;
        private volatile boolean armed;
        private long seen;
        private long matched;
        private String firstMismatch;

        Verifier(List<OutboundEvent> expected, boolean armed) {
            this.expected = expected;
            this.armed = armed;
        }

        /** From now on (the pipeline being quiet) events are this journal's and are compared. */
        void arm() {
            armed = true;
        }

        @Override
        public void onEvent(OutboundEvent event, long sequence, boolean endOfBatch) {
            if (!armed) {
                return;
            }
            long index = seen++;
            if (index < expected.size() && expected.get((int) index).sameAs(event)) {
                matched++;
            } else if (firstMismatch == null) {
                firstMismatch = "outbound #" + (index + 1) + ": journaled "
                        + (index < expected.size() ? expected.get((int) index) : "nothing") + ", replayed " + event;
            }
        }
    }
}
