package dev.gridbot.bench;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import org.HdrHistogram.Histogram;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The sender stage of the latency harness, last on the outbound ring. For every order command it
 * records {@code now − planned send time of the trade that caused it} (the engine stamps each
 * outbound event with its inbound event's timestamp, and the harness stamps each trade with its
 * planned send time), into the measured histogram once the plan has left the warm-up. Playing the
 * venue, it answers every cancel with an ORDER_CANCELED on the inbound ring, as the user-data
 * stream would, so the grid can decide to place that level again. Once an order command is
 * handled (and its ack published), it releases the planned send time of the trade that caused it
 * ({@link #answeredPlannedNanos}), which the trade sender waits for before sending the next trade.
 *
 * <p>Owned by the outbound ring's handler thread. {@link #arm} runs on the driving thread before
 * the first trade is published (the ring's publication orders it before every {@code onEvent});
 * the driver reads the results only after the pipeline is quiescent; {@link #answeredPlannedNanos}
 * is the one field read while running (release/acquire).
 */
final class OrderLatencyRecorder implements EventHandler<OutboundEvent> {
    private final Histogram measured;
    private final long canceledLots;
    private final AtomicLong answeredPlannedNanos = new AtomicLong(Long.MIN_VALUE);
    private RingBuffer<InboundEvent> venueReplies;
    private long measureFromNanos = Long.MAX_VALUE;
    private long measuredOrders;

    OrderLatencyRecorder(long highestTrackableNanos, long canceledLots) {
        this.measured = new Histogram(highestTrackableNanos, 3);
        this.canceledLots = canceledLots;
    }

    /** Where to answer cancels, and from which planned send time on latencies count. */
    void arm(RingBuffer<InboundEvent> venueReplies, long measureFromNanos) {
        this.venueReplies = venueReplies;
        this.measureFromNanos = measureFromNanos;
    }

    @Override
    public void onEvent(OutboundEvent event, long sequence, boolean endOfBatch) {
        OutboundType type = event.type();
        if (!type.isOrderCommand()) {
            return;
        }
        long now = System.nanoTime();
        long planned = event.timestampNanos();
        if (planned >= measureFromNanos) {
            measured.recordValue(Math.min(now - planned, measured.getHighestTrackableValue()));
            measuredOrders++;
        }
        if (type == OutboundType.CANCEL) {
            long s = venueReplies.next();
            venueReplies.get(s).setCanceled(now, event.instrumentId(), event.clientOrderId(), event.side(),
                    canceledLots);
            venueReplies.publish(s);
        }
        answeredPlannedNanos.setRelease(planned);
    }

    /** The planned send time of the trade whose order command was handled last. */
    long answeredPlannedNanos() {
        return answeredPlannedNanos.getAcquire();
    }

    /** Tick-to-order latencies of the measured window, in nanoseconds. */
    Histogram measured() {
        return measured;
    }

    long measuredOrders() {
        return measuredOrders;
    }
}
