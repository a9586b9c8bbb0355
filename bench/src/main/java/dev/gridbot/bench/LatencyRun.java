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
 * <p>Trades alternate between the scenario's pivot price (the grid cancels its entry there) and
 * one tick above it (the grid places it again, provided the venue's cancel ack came first). To make
 * every trade decide exactly one order, trade {@code i} is sent at its planned time or, if later,
 * once the order of trade {@code i-1} (with its ack) has reached the sender. Latency is measured
 * from the planned time, never from the actual send, so such a wait, like any stall of the engine,
 * is charged to every trade that should have gone out meanwhile: no coordinated omission (the
 * approach of wrk2). How late trades actually went out is reported separately as the send lag.
 *
 * <p>Used by one thread at a time; each {@link #run} starts and closes its own pipeline.
 */
final class LatencyRun {
    private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** Time for the pipeline's threads to start before the first planned trade. */
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** A trade whose order has not reached the sender after this long means the scenario is broken. */
    private static final long STALL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final GridScenario scenario;
    private final int tradesPerSecond;
    private final long warmupTicks;
    private final long measuredTicks;
    private final long spinWindowNanos;

    /**
     * @param spinWindowNanos the last stretch before a planned time that the trade sender spins
     *                        rather than parks (parking overshoots by the OS timer slack)
     */
    LatencyRun(GridScenario scenario, int tradesPerSecond, double warmupSeconds, double measureSeconds,
               long spinWindowNanos) {
        if (tradesPerSecond <= 0 || tradesPerSecond > 1_000_000) {
            throw new IllegalArgumentException("rate must be 1..1000000 trades/s, not " + tradesPerSecond);
        }
        if (warmupSeconds < 0 || measureSeconds <= 0) {
            throw new IllegalArgumentException("warm-up must be >= 0 s and the measured time > 0 s");
        }
        if (spinWindowNanos < 0) {
            throw new IllegalArgumentException("the spin window must be >= 0");
        }
        this.scenario = scenario;
        this.tradesPerSecond = tradesPerSecond;
        this.warmupTicks = Math.round(warmupSeconds * tradesPerSecond);
        this.measuredTicks = Math.max(1, Math.round(measureSeconds * tradesPerSecond));
        this.spinWindowNanos = spinWindowNanos;
    }

    /** Runs the pipeline with {@code waitStrategy}, closes it, and returns what was measured. */
    LatencyResult run(WaitStrategyKind waitStrategy) {
        OrderLatencyRecorder recorder = new OrderLatencyRecorder(HIGHEST_TRACKABLE_NANOS, scenario.instrumentId(),
                scenario.qtyLots());
        Histogram sendLag = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / tradesPerSecond;
        try (EnginePipeline pipeline = EnginePipeline.builder(scenario.definition()::newLogic)
                .waitStrategy(waitStrategy)
                .sender(recorder)
                .start()) {
            RingBuffer<InboundEvent> ring = pipeline.inboundRing();
            PipelineHealth health = pipeline.health();
            int instrumentId = scenario.instrumentId();
            long start = System.nanoTime() + START_DELAY_NANOS;
            long measureFrom = start + (warmupTicks + 1) * intervalNanos;
            recorder.arm(ring, measureFrom);

            awaitPlanned(start);
            publishTrade(ring, start, instrumentId, scenario.referenceTicks(), 0);
            long atPivot = scenario.atPivotTicks();
            long abovePivot = scenario.abovePivotTicks();
            long total = warmupTicks + measuredTicks;
            long previous = start;
            for (long i = 1; i <= total; i++) {
                long planned = start + i * intervalNanos;
                awaitPlanned(planned);
                awaitAnswered(recorder, health, previous, i - 1);
                long sent = publishTrade(ring, planned, instrumentId, (i & 1) == 1 ? atPivot : abovePivot, i);
                if (planned >= measureFrom) {
                    sendLag.recordValue(Math.min(sent - planned, HIGHEST_TRACKABLE_NANOS));
                }
                previous = planned;
            }
            awaitAnswered(recorder, health, previous, total);
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

    /** Parks until the spin window before {@code plannedNanos}, then spins. */
    private void awaitPlanned(long plannedNanos) {
        long remaining;
        while ((remaining = plannedNanos - System.nanoTime()) > 0) {
            if (remaining > spinWindowNanos) {
                LockSupport.parkNanos(remaining - spinWindowNanos);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Waits until the order caused by the trade planned at {@code plannedNanos} has reached the sender. */
    private static void awaitAnswered(OrderLatencyRecorder recorder, PipelineHealth health, long plannedNanos,
                                      long tick) {
        long since = 0;
        int spins = 0;
        while (recorder.answeredPlannedNanos() < plannedNanos) {
            if (health.halted()) {
                throw new IllegalStateException("the pipeline halted: " + health.failure(), health.cause());
            }
            if (spins < 1_000) {
                Thread.onSpinWait();
            } else if (spins < 2_000) {
                Thread.yield();
            } else {
                long now = System.nanoTime();
                if (since == 0) {
                    since = now;
                } else if (now - since > STALL_LIMIT_NANOS) {
                    throw new IllegalStateException("trade " + tick + " caused no order within "
                            + TimeUnit.NANOSECONDS.toSeconds(STALL_LIMIT_NANOS) + " s; every trade should cause one");
                }
                LockSupport.parkNanos(1_000);
            }
            spins++;
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

    long spinWindowNanos() {
        return spinWindowNanos;
    }
}
