package dev.gridbot.app.control;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.time.Clock;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts what crosses the engine's rings, for {@code GET /metrics}: inbound events by type, order
 * rejections by venue code, reconnects and rate-limit events (from the inbound ring, beside the
 * business logic), outbound events by type and the tick-to-order latency (from the outbound ring,
 * after the journal, just before the senders). The handlers run on pipeline threads: they write atomics and a lock-free
 * HdrHistogram {@link Recorder}, allocate nothing and never block. Scrapes read from any thread.
 *
 * <p>Tick-to-order latency is the time from the inbound event that caused an order (its timestamp
 * is the gateway's receive time, on the same clock) to the moment the order reaches the venue's
 * sender: decode, inbound ring, journal, business logic, outbound ring and journal. It is recorded only once {@link #arm()} is called: events replayed to
 * restore a restarted run carry old times.
 */
public final class EngineMetrics {
    /** Distinct rejection codes counted; further codes share the last slot. */
    static final int CODES = 32;

    private final Clock clock;
    private final AtomicLongArray inbound = new AtomicLongArray(InboundType.values().length);
    private final AtomicLongArray outbound = new AtomicLongArray(OutboundType.values().length);
    private final AtomicIntegerArray codes = new AtomicIntegerArray(CODES);
    private final AtomicLongArray codeCounts = new AtomicLongArray(CODES);
    private final AtomicLongArray venueStates = new AtomicLongArray(VenueState.values().length);
    private final Recorder tickToOrder = new Recorder(3_600_000_000_000L, 3);
    private Histogram interval;
    private final Histogram total = new Histogram(3_600_000_000_000L, 3);
    private volatile boolean armed;
    private final RecentEvents recent;

    /** @param recent where the observers also keep the last trade-log entries */
    public EngineMetrics(Clock clock, RecentEvents recent) {
        this.clock = clock;
        this.recent = recent;
    }

    /** Starts recording latencies (after a restart's restore). */
    public void arm() {
        armed = true;
    }

    /** The inbound observer: put it beside the business logic. */
    public EventHandler<InboundEvent> inboundObserver() {
        return (e, sequence, endOfBatch) -> {
            inbound.incrementAndGet(e.type().ordinal());
            recent.onInbound(e);
            if (e.type() == InboundType.ORDER_REJECTED) {
                countCode(e.code());
            } else if (e.type() == InboundType.VENUE_STATUS) {
                long state = e.qtyLots();
                if (state >= 0 && state < venueStates.length()) {
                    venueStates.incrementAndGet((int) state);
                }
            }
        };
    }

    /** The outbound observer: put it after the outbound journal, before the senders. */
    public EventHandler<OutboundEvent> outboundObserver() {
        return (e, sequence, endOfBatch) -> {
            outbound.incrementAndGet(e.type().ordinal());
            recent.onOutbound(e);
            if (e.type() == OutboundType.PLACE && armed) {
                long latency = clock.epochNanos() - e.timestampNanos();
                if (latency >= 0 && latency < 3_600_000_000_000L) {
                    tickToOrder.recordValue(latency);
                }
            }
        };
    }

    private void countCode(int code) {
        for (int i = 0; i < CODES - 1; i++) {
            int key = codes.get(i);
            if (key == code && codeCounts.get(i) > 0) {
                codeCounts.incrementAndGet(i);
                return;
            }
            if (codeCounts.get(i) == 0) {
                codes.set(i, code);
                codeCounts.incrementAndGet(i);
                return;
            }
        }
        codes.set(CODES - 1, 0);
        codeCounts.incrementAndGet(CODES - 1);
    }

    public long inbound(InboundType type) {
        return inbound.get(type.ordinal());
    }

    public long outbound(OutboundType type) {
        return outbound.get(type.ordinal());
    }

    /** Times the venue connection entered {@code state}. */
    public long venueStates(VenueState state) {
        return venueStates.get(state.ordinal());
    }

    /** Appends the rejection counters as Prometheus samples. */
    void appendRejections(StringBuilder b, String name) {
        for (int i = 0; i < CODES; i++) {
            long n = codeCounts.get(i);
            if (n > 0) {
                b.append(name).append("{code=\"").append(i == CODES - 1 ? "other" : Integer.toString(codes.get(i)))
                        .append("\"} ").append(n).append('\n');
            }
        }
    }

    /** The tick-to-order latency histogram since the start (scrapes are serialized by the caller). */
    synchronized Histogram tickToOrder() {
        interval = tickToOrder.getIntervalHistogram(interval);
        total.add(interval);
        return total;
    }
}
