package dev.gridbot.bench;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.PipelineHealth;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of the latency harness: a fresh {@link EnginePipeline} (inbound ring → business logic →
 * outbound ring → {@link OrderLatencyRecorder}) with one wait strategy, fed trades from the calling
 * thread on a fixed schedule: trade {@code i} is planned for {@code start + i / rate} and carries
 * that planned time as its timestamp.
 *
 * <p>Trades go round-robin over the scenario's books; each book alternates between its pivot price
 * (the grid cancels its entry there) and one tick above it (the grid places it again, provided the
 * venue's ack of that cancel came first). So that every trade decides exactly one order, trade
 * {@code i} goes out at its planned time or, if later, once the order of trade {@code i - books}
 * (the same book's previous trade, whose cancel it may need acknowledged) has reached the sender:
 * at most {@code books} trades are in flight. Latency is measured from the planned time, never
 * from the actual send, so such a wait, like any stall of the engine, is charged to every trade
 * that should have gone out meanwhile: no coordinated omission (wrk2 does the same per
 * connection). How late trades actually went out is reported as the send lag.
 *
 * <p>Used by one thread at a time; each {@link #run} starts and closes its own pipeline.
 */
final class LatencyRun {
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.HOURS.toNanos(1);
    /** Time for the pipeline's threads to start before the first planned trade. */
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** A trade whose order has not reached the sender after this long means the scenario is broken. */
    private static final long STALL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final GridScenario scenario;
    private final int tradesPerSecond;
    private final long warmupTicks;
    private final long measuredTicks;
    private final long yieldWindowNanos;

    /**
     * @param yieldWindowNanos the last stretch before a planned time that the trade sender yields
     *                         in a loop rather than parks (parking overshoots by the OS timer slack)
     */
    LatencyRun(GridScenario scenario, int tradesPerSecond, double warmupSeconds, double measureSeconds,
               long yieldWindowNanos) {
        if (tradesPerSecond <= 0 || tradesPerSecond > 1_000_000) {
            throw new IllegalArgumentException("rate must be 1..1000000 trades/s, not " + tradesPerSecond);
        }
        if (warmupSeconds < 0 || measureSeconds <= 0) {
            throw new IllegalArgumentException("warm-up must be >= 0 s and the measured time > 0 s");
        }
        if (yieldWindowNanos < 0) {
            throw new IllegalArgumentException("the yield window must be >= 0");
        }
        this.scenario = scenario;
        this.tradesPerSecond = tradesPerSecond;
        this.warmupTicks = Math.round(warmupSeconds * tradesPerSecond);
        this.measuredTicks = Math.max(1, Math.round(measureSeconds * tradesPerSecond));
        this.yieldWindowNanos = yieldWindowNanos;
    }

    /** Runs the pipeline with {@code waitStrategy}, closes it, and returns what was measured. */
    LatencyResult run(WaitStrategyKind waitStrategy) {
        OrderLatencyRecorder recorder = new OrderLatencyRecorder(HIGHEST_TRACKABLE_NANOS, scenario.qtyLots());
        Histogram sendLag = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / tradesPerSecond;
        int books = scenario.books();
        int[] instrumentIds = new int[books];
        for (int b = 0; b < books; b++) {
            instrumentIds[b] = scenario.instrumentId(b);
        }
        try (EnginePipeline pipeline = EnginePipeline.builder(scenario.definition()::newLogic)
                .waitStrategy(waitStrategy)
                .sender(recorder)
                .start()) {
            RingBuffer<InboundEvent> ring = pipeline.inboundRing();
            PipelineHealth health = pipeline.health();
            long start = System.nanoTime() + START_DELAY_NANOS;
            long measureFrom = start + (warmupTicks + 1) * intervalNanos;
            recorder.arm(ring, measureFrom);

            awaitPlanned(start);
            for (int b = 0; b < books; b++) {
                publishTrade(ring, start, instrumentIds[b], scenario.referenceTicks(), 0);
            }
            long atPivot = scenario.atPivotTicks();
            long abovePivot = scenario.abovePivotTicks();
            long total = warmupTicks + measuredTicks;
            for (long i = 1; i <= total; i++) {
                long planned = start + i * intervalNanos;
                long round = (i - 1) / books;
                int book = (int) ((i - 1) % books);
                awaitPlanned(planned);
                awaitAnswered(recorder, health, Math.max(start, planned - books * intervalNanos), i - books);
                long sent = publishTrade(ring, planned, instrumentIds[book], (round & 1) == 0 ? atPivot : abovePivot,
                        round + 1);
                if (planned >= measureFrom) {
                    sendLag.recordValue(Math.min(sent - planned, HIGHEST_TRACKABLE_NANOS));
                }
            }
            awaitAnswered(recorder, health, start + total * intervalNanos, total);
            pipeline.awaitQuiescent();
            if (health.halted()) {
                throw new IllegalStateException("the pipeline halted: " + health.failure(), health.cause());
            }
        }
        return new LatencyResult(waitStrategy, measuredTicks, recorder.measuredOrders(), recorder.measured().copy(),
                sendLag);
    }

    /** Publishes one trade stamped with its planned send time; returns when it was actually published. */
    private static long publishTrade(RingBuffer<InboundEvent> ring, long plannedNanos, int instrumentId,
                                     long priceTicks, long venueSequence) {
        long s = ring.next();
        ring.get(s).setTrade(plannedNanos, instrumentId, priceTicks, 1, venueSequence);
        ring.publish(s);
        return System.nanoTime();
    }

    /**
     * Parks until the yield window before {@code plannedNanos}, then yields in a loop: on time to
     * within a few µs, yet the engine's threads get the core whenever they are runnable.
     */
    private void awaitPlanned(long plannedNanos) {
        long remaining;
        while ((remaining = plannedNanos - System.nanoTime()) > 0) {
            if (remaining > yieldWindowNanos) {
                LockSupport.parkNanos(remaining - yieldWindowNanos);
            } else {
                Thread.yield();
            }
        }
    }

    /**
     * Waits until the order caused by the trade planned at {@code plannedNanos} has reached the
     * sender. Spins, then yields: parking would oversleep by the timer slack, and on a small machine
     * yielding hands the core to the very threads being waited for.
     */
    private static void awaitAnswered(OrderLatencyRecorder recorder, PipelineHealth health, long plannedNanos,
                                      long tick) {
        long since = 0;
        int spins = 0;
        while (recorder.answeredPlannedNanos() < plannedNanos) {
            if (spins < 100) {
                Thread.onSpinWait();
                spins++;
                continue;
            }
            Thread.yield();
            if (++spins % 1_000 == 0) {
                if (health.halted()) {
                    throw new IllegalStateException("the pipeline halted: " + health.failure(), health.cause());
                }
                long now = System.nanoTime();
                if (since == 0) {
                    since = now;
                } else if (now - since > STALL_LIMIT_NANOS) {
                    throw new IllegalStateException((tick <= 0 ? "the reference trades" : "trade " + tick)
                            + " caused no order within " + TimeUnit.NANOSECONDS.toSeconds(STALL_LIMIT_NANOS)
                            + " s; every trade should cause one");
                }
            }
        }
    }

    int tradesPerSecond() {
        return tradesPerSecond;
    }

    long warmupTicks() {
        return warmupTicks;
    }

    long measuredTicks() {
        return measuredTicks;
    }

    long yieldWindowNanos() {
        return yieldWindowNanos;
    }
}
