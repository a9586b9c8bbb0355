package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.EventHandlerGroup;
import com.lmax.disruptor.dsl.ProducerType;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The Disruptor wiring, and nothing else:
 * <pre>
 * producers ─▶ inbound ring ─▶ journal(in) ─▶ business logic ─▶ outbound ring ─▶ journal(out) ─▶ sender
 * </pre>
 * The inbound ring takes many producers (gateway I/O threads, timers, control); the business logic
 * is the outbound ring's only producer. Each handler runs on its own thread; the journal handlers
 * gate the stages behind them, so whatever was decided was journaled first. A driver that must
 * interleave with the engine deterministically (backtest) consumes the outbound ring itself
 * ({@link #drainOutbound}) instead of through a sender thread, and waits for {@link #awaitLogicCaughtUp()}.
 */
public final class EnginePipeline implements AutoCloseable {
    private final Disruptor<InboundEvent> inbound;
    private final Disruptor<OutboundEvent> outbound;
    private final EngineLogic logic;
    private final PipelineHealth health;
    private final Sequence tapSequence;
    private final EventHandler<InboundEvent> logicHandler;
    /** The outbound chain's last handler (journal, then senders, in order), or null if there is none. */
    private final EventHandler<OutboundEvent> lastOutboundHandler;
    private boolean closed;

    private EnginePipeline(Builder b) {
        this.health = new PipelineHealth();
        this.outbound = new Disruptor<>(OutboundEvent::new, b.outboundRingSize, threads("gridbot-out-"),
                ProducerType.SINGLE, b.waitStrategy.create());
        this.outbound.setDefaultExceptionHandler(new HaltingExceptionHandler<>(health, "outbound"));
        OrderSink sink = new RingOrderSink(outbound.getRingBuffer());
        this.logic = b.logicFactory.apply(sink);

        EventHandler<OutboundEvent> last = null;
        EventHandlerGroup<OutboundEvent> outGroup = null;
        if (b.outboundJournal != null) {
            outGroup = outbound.handleEventsWith(b.outboundJournal);
            last = b.outboundJournal;
        }
        for (EventHandler<OutboundEvent> sender : b.senders) {
            outGroup = outGroup == null ? outbound.handleEventsWith(sender) : outGroup.then(sender);
            last = sender;
        }
        this.lastOutboundHandler = last;
        if (b.withOutboundTap) {
            this.tapSequence = new Sequence();
            outbound.getRingBuffer().addGatingSequences(tapSequence);
        } else {
            this.tapSequence = null;
        }

        this.inbound = new Disruptor<>(InboundEvent::new, b.inboundRingSize, threads("gridbot-in-"),
                ProducerType.MULTI, b.waitStrategy.create());
        this.inbound.setDefaultExceptionHandler(new HaltingExceptionHandler<>(health, "inbound"));
        this.logicHandler = new GuardedHandler<>(logic, health);
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array: the handlers are all InboundEvent's
        EventHandler<InboundEvent>[] afterJournal = new EventHandler[1 + b.inboundObservers.size()];
        afterJournal[0] = logicHandler;
        for (int i = 0; i < b.inboundObservers.size(); i++) {
            afterJournal[i + 1] = b.inboundObservers.get(i);
        }
        if (b.inboundJournal != null) {
            inbound.handleEventsWith(b.inboundJournal).then(afterJournal);
        } else {
            inbound.handleEventsWith(afterJournal);
        }
        outbound.start();
        inbound.start();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }

    public static Builder builder(Function<OrderSink, EngineLogic> logicFactory) {
        return new Builder(logicFactory);
    }

    /** The inbound ring, for producers: claim with {@code next()/tryNext()}, fill, {@code publish}. */
    public RingBuffer<InboundEvent> inboundRing() {
        return inbound.getRingBuffer();
    }

    public EngineLogic logic() {
        return logic;
    }

    public PipelineHealth health() {
        return health;
    }

    /**
     * Hands every outbound event published so far, once all outbound handlers have handled it, to
     * {@code consumer} on the calling thread (the pipeline must have been built with
     * {@link Builder#outboundTap()}; one thread drains). Returns how many events it handed over.
     */
    public int drainOutbound(OutboundConsumer consumer) {
        long target = outbound.getRingBuffer().getCursor();
        awaitOutboundHandled(target);
        RingBuffer<OutboundEvent> ring = outbound.getRingBuffer();
        long from = tapSequence.get() + 1;
        for (long seq = from; seq <= target; seq++) {
            consumer.accept(ring.get(seq));
        }
        tapSequence.set(target);
        return (int) (target - from + 1);
    }

    /** Waits until the business logic has handled every inbound event published so far. */
    public void awaitLogicCaughtUp() {
        long target = inbound.getRingBuffer().getCursor();
        awaitSequence(inbound, logicHandler, target);
    }

    /** Waits until every outbound handler has handled every outbound event published so far. */
    public void awaitOutboundCaughtUp() {
        awaitOutboundHandled(outbound.getRingBuffer().getCursor());
    }

    private void awaitOutboundHandled(long target) {
        if (lastOutboundHandler != null) {
            awaitSequence(outbound, lastOutboundHandler, target);
        }
    }

    /** Waits until both rings are drained by all their handlers (the tap aside). */
    public void awaitQuiescent() {
        awaitLogicCaughtUp();
        awaitOutboundCaughtUp();
    }

    private <T> void awaitSequence(Disruptor<T> d, EventHandler<T> handler, long target) {
        int spins = 0;
        while (d.getSequenceValueFor(handler) < target && !health.halted()) {
            if (spins < 200) {
                Thread.onSpinWait();
            } else if (spins < 2_000) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(20_000);
            }
            spins++;
        }
    }

    /** Drains what was published, then stops the handler threads. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        inbound.shutdown();
        outbound.shutdown();
    }

    /** Builds and starts a pipeline. */
    public static final class Builder {
        private final Function<OrderSink, EngineLogic> logicFactory;
        private int inboundRingSize = 1 << 14;
        private int outboundRingSize = 1 << 14;
        private WaitStrategyKind waitStrategy = WaitStrategyKind.BLOCKING;
        private EventHandler<InboundEvent> inboundJournal;
        private EventHandler<OutboundEvent> outboundJournal;
        private final List<EventHandler<OutboundEvent>> senders = new ArrayList<>();
        private final List<EventHandler<InboundEvent>> inboundObservers = new ArrayList<>();
        private boolean withOutboundTap;

        private Builder(Function<OrderSink, EngineLogic> logicFactory) {
            this.logicFactory = Objects.requireNonNull(logicFactory);
        }

        public Builder ringSizes(int inbound, int outbound) {
            this.inboundRingSize = inbound;
            this.outboundRingSize = outbound;
            return this;
        }

        public Builder waitStrategy(WaitStrategyKind kind) {
            this.waitStrategy = kind;
            return this;
        }

        public Builder inboundJournal(EventHandler<InboundEvent> handler) {
            this.inboundJournal = handler;
            return this;
        }

        public Builder outboundJournal(EventHandler<OutboundEvent> handler) {
            this.outboundJournal = handler;
            return this;
        }

        /** A consumer of the outbound ring after the journal (the sender, a recorder, a verifier). */
        public Builder sender(EventHandler<OutboundEvent> handler) {
            this.senders.add(handler);
            return this;
        }

        /**
         * A consumer of the inbound ring after the journal, beside the business logic on a thread of
         * its own (metrics): it must only read the events.
         */
        public Builder inboundObserver(EventHandler<InboundEvent> handler) {
            this.inboundObservers.add(handler);
            return this;
        }

        /** Let the driving thread consume the outbound ring ({@link #drainOutbound}), after the handlers. */
        public Builder outboundTap() {
            this.withOutboundTap = true;
            return this;
        }

        public EnginePipeline start() {
            return new EnginePipeline(this);
        }
    }
}
