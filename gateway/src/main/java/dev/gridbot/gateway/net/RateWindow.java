package dev.gridbot.gateway.net;

/**
 * One rate limit's recent usage, in {@link #SLOTS} time slots per window. A request is admitted
 * when the usage of the last {@code SLOTS + 1} slots leaves room: that span covers every window of
 * the limit's length whatever its alignment, so a venue that counts in fixed windows we cannot see
 * (Binance resets per clock minute) never sees more than the limit. The price is 1/SLOTS of
 * throughput. Owned by the {@link RateLimiter}'s thread.
 */
final class RateWindow {
    static final int SLOTS = 60;

    final RateLimit limit;
    private final long slotNanos;
    private final long[] counts = new long[SLOTS + 1];
    private long slot;
    private boolean started;
    private long used;

    RateWindow(RateLimit limit) {
        this.limit = limit;
        this.slotNanos = Math.max(1, limit.windowNanos() / SLOTS);
    }

    /** Moves to the slot of {@code nowNanos}, forgetting slots that left the span. Time never goes back. */
    void advance(long nowNanos) {
        long now = Math.floorDiv(nowNanos, slotNanos);
        if (!started) {
            slot = now;
            started = true;
            return;
        }
        if (now <= slot) {
            return;
        }
        long steps = Math.min(now - slot, counts.length);
        for (long i = 1; i <= steps; i++) {
            int index = (int) Math.floorMod(slot + i, (long) counts.length);
            used -= counts[index];
            counts[index] = 0;
        }
        slot = now;
    }

    boolean fits(long amount) {
        return used + amount <= limit.limit();
    }

    void add(long amount) {
        counts[(int) Math.floorMod(slot, (long) counts.length)] += amount;
        used += amount;
    }

    /** The venue counted more than we did (another client on the IP, a restart): its count wins. */
    void observeVenueCount(long venueUsed) {
        if (venueUsed > used) {
            add(venueUsed - used);
        }
    }

    long used() {
        return used;
    }

    boolean matches(RateLimit.Type type, RateLimit.Interval interval, int intervalNum) {
        return limit.type() == type && limit.interval() == interval && limit.intervalNum() == intervalNum;
    }
}
