package dev.gridbot.app.control;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The last entries of a running engine's trade log, for {@code status}: the events of interest
 * (orders placed and cancelled, fills, internal crosses, stop-losses, refusals, unknown outcomes,
 * the venue's state, operators' commands) copied as raw fields into two fixed rings, one written by
 * the inbound observer and one by the outbound observer. Writing allocates nothing and never blocks
 * (a seqlock per slot); the sentences are made only when {@code status} asks, on its own thread.
 */
public final class RecentEvents {
    /** Default number of entries kept per ring. */
    public static final int DEFAULT_CAPACITY = 200;

    static final int FIELDS = 10;
    private static final int VERSION = 0;
    private static final int TIME = 1;
    private static final int KIND = 2;
    private static final int OWNER = 3;
    private static final int ORDER = 4;
    private static final int SIDE = 5;
    private static final int PRICE = 6;
    private static final int QTY = 7;
    private static final int A = 8;
    private static final int B = 9;

    /** What an entry records: an inbound type (0..) or an outbound type (offset {@link #OUTBOUND}). */
    static final int OUTBOUND = 100;

    private final Ring inbound;
    private final Ring outbound;

    public RecentEvents(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("the recent log keeps at least one entry: " + capacity);
        }
        inbound = new Ring(capacity);
        outbound = new Ring(capacity);
    }

    /** From the inbound observer's thread: keeps the event if it is one of interest. */
    void onInbound(InboundEvent e) {
        switch (e.type()) {
            case ORDER_REJECTED, ORDER_UNKNOWN, VENUE_STATUS, CONTROL -> inbound.put(e.timestampNanos(),
                    e.type().ordinal(), -1, e.clientOrderId(), e.side().ordinal(), e.priceTicks(), e.qtyLots(),
                    e.code(), e.cancelRequest() ? 1 : 0);
            default -> {
            }
        }
    }

    /** From the outbound observer's thread: keeps the event if it is one of interest. */
    void onOutbound(OutboundEvent e) {
        switch (e.type()) {
            case PLACE, CANCEL, FILL_REPORT, CROSS_REPORT, STOP_REPORT -> outbound.put(e.timestampNanos(),
                    OUTBOUND + e.type().ordinal(), e.strategyId(), e.clientOrderId(), e.side().ordinal(),
                    e.priceTicks(), e.qtyLots(), e.type() == dev.gridbot.engine.event.OutboundType.PLACE
                            ? e.orderType().ordinal() * 16L + e.timeInForce().ordinal() * 2L + (e.reduceOnly() ? 1 : 0)
                            : e.feeUnits(),
                    e.type() == dev.gridbot.engine.event.OutboundType.CROSS_REPORT
                            ? e.crossBuyer() * 65_536L + e.crossSeller()
                            : e.type() == dev.gridbot.engine.event.OutboundType.STOP_REPORT ? e.refPriceTicks()
                            : e.pnlUnits());
            default -> {
            }
        }
    }

    /** One kept entry, its fields as written. */
    record Entry(long timeNanos, int kind, int owner, long clientOrderId, int side, long priceTicks, long qtyLots,
                 long a, long b) {
    }

    /** The last {@code max} entries of both rings, oldest first (a consistent copy of each slot). */
    List<Entry> last(int max) {
        List<Entry> in = inbound.read();
        List<Entry> out = outbound.read();
        List<Entry> all = new ArrayList<>(in.size() + out.size());
        int i = 0;
        int j = 0;
        while (i < in.size() || j < out.size()) {
            // An outbound event is caused by the inbound event of the same time: the cause goes first.
            if (j == out.size() || (i < in.size() && in.get(i).timeNanos() <= out.get(j).timeNanos())) {
                all.add(in.get(i++));
            } else {
                all.add(out.get(j++));
            }
        }
        return all.subList(Math.max(0, all.size() - max), all.size());
    }

    /** One writer's ring of fixed-size slots, each guarded by a version (odd while being written). */
    private static final class Ring {
        private final int capacity;
        private final AtomicLongArray slots;
        private final AtomicLong written = new AtomicLong();

        Ring(int capacity) {
            this.capacity = capacity;
            this.slots = new AtomicLongArray(capacity * FIELDS);
        }

        void put(long time, int kind, int owner, long order, int side, long price, long qty, long a, long b) {
            long n = written.get();
            int base = (int) (n % capacity) * FIELDS;
            long version = slots.get(base + VERSION);
            slots.setRelease(base + VERSION, version + 1);
            slots.setRelease(base + TIME, time);
            slots.setRelease(base + KIND, kind);
            slots.setRelease(base + OWNER, owner);
            slots.setRelease(base + ORDER, order);
            slots.setRelease(base + SIDE, side);
            slots.setRelease(base + PRICE, price);
            slots.setRelease(base + QTY, qty);
            slots.setRelease(base + A, a);
            slots.setRelease(base + B, b);
            slots.setRelease(base + VERSION, version + 2);
            written.setRelease(n + 1);
        }

        List<Entry> read() {
            long n = written.getAcquire();
            long from = Math.max(0, n - capacity);
            List<Entry> entries = new ArrayList<>((int) (n - from));
            for (long k = from; k < n; k++) {
                int base = (int) (k % capacity) * FIELDS;
                for (int attempt = 0; attempt < 100; attempt++) {
                    long before = slots.getAcquire(base + VERSION);
                    Entry e = new Entry(slots.getAcquire(base + TIME), (int) slots.getAcquire(base + KIND),
                            (int) slots.getAcquire(base + OWNER), slots.getAcquire(base + ORDER),
                            (int) slots.getAcquire(base + SIDE), slots.getAcquire(base + PRICE),
                            slots.getAcquire(base + QTY), slots.getAcquire(base + A), slots.getAcquire(base + B));
                    if ((before & 1) == 0 && slots.getAcquire(base + VERSION) == before) {
                        // A slot overwritten since `written` was read holds a newer entry: skip it.
                        if (written.getAcquire() - k <= capacity) {
                            entries.add(e);
                        }
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            return entries;
        }
    }
}
