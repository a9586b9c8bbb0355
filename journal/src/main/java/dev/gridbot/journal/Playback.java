package dev.gridbot.journal;

import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A replay on the calling thread, for analysis: feeds a journal's inbound events (those of the
 * journals it continues first) through a fresh engine with no rings, and hands a {@link Listener}
 * each inbound event, then every outbound event the engine emitted while handling it, then the
 * engine's state after it. So a reader sees cause and effect in their true order (the journal
 * itself writes the two directions from two threads) and can read the engine's counters at any
 * point in time. The outbound events of {@code journalDir} itself are compared with the journaled
 * ones, as {@link Replayer} does.
 *
 * <p>Opening reads the journals once (counts, time range, the journaled outbound events); each
 * {@link #play} builds a fresh engine. Used by one thread.
 */
public final class Playback {
    /** What a playback tells its reader, in order, on the playing thread. */
    public interface Listener {
        /** An inbound event, before the engine handles it. */
        default void onInbound(InboundEvent event) {
        }

        /**
         * An outbound event the engine emitted while handling {@code cause}. Valid until this method
         * returns; the engine is mid-decision, so read nothing of its state here.
         */
        default void onOutbound(OutboundEvent event, InboundEvent cause) {
        }

        /** The engine has handled {@code event} and everything it caused; its state may be read. */
        default void afterInbound(InboundEvent event, EngineLogic logic) {
        }
    }

    /**
     * How a playback went: inbound events fed, outbound events of the last journal journaled, emitted
     * again and matched, the first difference (null if none), and the engine's failure (null if none).
     */
    public record Result(long inbound, long expectedOutbound, long emittedOutbound, long matched,
                         String firstMismatch, String engineFailure) {
        /** True when the engine emitted exactly the journaled outbound events. */
        public boolean verified() {
            return engineFailure == null && firstMismatch == null && matched == expectedOutbound
                    && emittedOutbound == expectedOutbound;
        }
    }

    private final Path journalDir;
    private final List<Path> chain;
    private final RunHeader header;
    private final RunDefinition definition;
    private final List<OutboundEvent> journaled;
    private final long inboundEvents;
    private final long firstNanos;
    private final long lastNanos;

    private Playback(Path journalDir, List<Path> chain, RunHeader header, RunDefinition definition,
                     List<OutboundEvent> journaled, long inboundEvents, long firstNanos, long lastNanos) {
        this.journalDir = journalDir;
        this.chain = chain;
        this.header = header;
        this.definition = definition;
        this.journaled = journaled;
        this.inboundEvents = inboundEvents;
        this.firstNanos = firstNanos;
        this.lastNanos = lastNanos;
    }

    /**
     * Reads {@code journalDir} and the journals it continues once: their inbound count and time range,
     * and the journaled outbound events of {@code journalDir}.
     *
     * @throws ConfigException  if the configuration stored in the journal does not load
     * @throws JournalException if a journal does not read
     */
    public static Playback open(Path journalDir) throws ConfigException {
        List<Path> chain = JournalChain.withPredecessors(journalDir);
        RunHeader header;
        List<OutboundEvent> journaled = new ArrayList<>();
        long[] scan = {0, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < chain.size(); i++) {
            boolean last = i == chain.size() - 1;
            try (JournalReader reader = Journal.open(chain.get(i))) {
                reader.read(new JournalVisitor() {
                    @Override
                    public void onInbound(InboundEvent event) {
                        scan[0]++;
                        scan[1] = Math.min(scan[1], event.timestampNanos());
                        scan[2] = Math.max(scan[2], event.timestampNanos());
                    }

                    @Override
                    public void onOutbound(OutboundEvent event) {
                        if (last) {
                            journaled.add(new OutboundEvent().copyFrom(event));
                        }
                    }
                });
            }
        }
        try (JournalReader reader = Journal.open(journalDir)) {
            header = reader.header();
        }
        RunDefinition definition = new RunDefinition(ConfigLoader.parse(header.configText(), header.configName()));
        return new Playback(journalDir, List.copyOf(chain), header, definition, journaled, scan[0],
                scan[0] == 0 ? 0 : scan[1], scan[0] == 0 ? 0 : scan[2]);
    }

    /** The header of the journal played (the last of its chain). */
    public RunHeader header() {
        return header;
    }

    /** What the run traded, from the configuration in the header. */
    public RunDefinition definition() {
        return definition;
    }

    /** The journal played, as given. */
    public Path journalDir() {
        return journalDir;
    }

    /** The journals played, oldest first; the last is {@link #journalDir()}. */
    public List<Path> chain() {
        return chain;
    }

    /** Inbound events over the whole chain. */
    public long inboundEvents() {
        return inboundEvents;
    }

    /** The earliest inbound event time of the chain (0 when it holds none). */
    public long firstEventNanos() {
        return firstNanos;
    }

    /** The latest inbound event time of the chain (0 when it holds none); outbound events carry their cause's. */
    public long lastEventNanos() {
        return lastNanos;
    }

    /**
     * Plays the chain through a fresh engine. An engine failure ends the playback (as it halts a run)
     * and is returned, not thrown; exceptions of the listener pass through.
     *
     * @param progress told how many inbound events were fed, now and then
     */
    public Result play(Listener listener, LongConsumer progress) {
        Sink sink = new Sink(listener, journaled);
        EngineLogic logic = definition.newLogic(sink);
        long[] fed = {0};
        String[] failure = {null};
        for (int i = 0; i < chain.size() && failure[0] == null; i++) {
            if (i == chain.size() - 1) {
                sink.arm();
            }
            try (JournalReader reader = Journal.open(chain.get(i))) {
                reader.read(new EngineFeed(logic.revisions(), event -> {
                    if (failure[0] != null) {
                        return;
                    }
                    listener.onInbound(event);
                    sink.cause = event;
                    try {
                        logic.onEvent(event, fed[0], true);
                    } catch (RuntimeException e) {
                        failure[0] = "at inbound event #" + (fed[0] + 1) + " (" + event + "): " + e;
                        return;
                    }
                    listener.afterInbound(event, logic);
                    if ((++fed[0] & 4095) == 0) {
                        progress.accept(fed[0]);
                    }
                }));
            }
        }
        progress.accept(fed[0]);
        return new Result(fed[0], journaled.size(), sink.emitted, sink.matched, sink.firstMismatch, failure[0]);
    }

    /** The engine's port: each command or report becomes one reused event, compared and handed on. */
    private static final class Sink implements OrderSink {
        private final OutboundEvent event = new OutboundEvent();
        private final Listener listener;
        private final List<OutboundEvent> expected;
        private boolean armed;
        private InboundEvent cause;
        private long emitted;
        private long matched;
        private String firstMismatch;

        Sink(Listener listener, List<OutboundEvent> expected) {
            this.listener = listener;
            this.expected = expected;
        }

        void arm() {
            armed = true;
        }

        private void emit() {
            if (armed) {
                long index = emitted++;
                if (index < expected.size() && expected.get((int) index).sameAs(event)) {
                    matched++;
                } else if (firstMismatch == null) {
                    firstMismatch = "outbound #" + (index + 1) + ": journaled "
                            + (index < expected.size() ? expected.get((int) index) : "nothing") + ", replayed " + event;
                }
            }
            listener.onOutbound(event, cause);
        }

        @Override
        public void place(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                          OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks,
                          long qtyLots) {
            event.setPlace(timestampNanos, strategyId, instrumentId, clientOrderId, side, orderType, timeInForce,
                    reduceOnly, priceTicks, qtyLots);
            emit();
        }

        @Override
        public void cancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
            event.setCancel(timestampNanos, strategyId, instrumentId, clientOrderId, side);
            emit();
        }

        @Override
        public void queryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
            event.setQueryOrder(timestampNanos, strategyId, instrumentId, clientOrderId, side);
            emit();
        }

        @Override
        public void queryPosition(long timestampNanos, int strategyId, int instrumentId) {
            event.setQueryPosition(timestampNanos, strategyId, instrumentId);
            emit();
        }

        @Override
        public void fillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                               long priceTicks, long qtyLots, long feeUnits, long pnlUnits) {
            event.setFillReport(timestampNanos, strategyId, instrumentId, clientOrderId, side, priceTicks, qtyLots,
                    feeUnits, pnlUnits);
            emit();
        }

        @Override
        public void crossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId,
                                long priceTicks, long qtyLots, long feeSavedUnits) {
            event.setCrossReport(timestampNanos, bookId, instrumentId, buyerId, sellerId, priceTicks, qtyLots,
                    feeSavedUnits);
            emit();
        }

        @Override
        public void stopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                               long triggerPriceTicks, long positionLots, long closePriceTicks) {
            event.setStopReport(timestampNanos, strategyId, instrumentId, triggerTimeNanos, triggerPriceTicks,
                    positionLots, closePriceTicks);
            emit();
        }
    }
}
