package dev.gridbot.engine.netting;

import dev.gridbot.engine.strategy.StateHash;

/**
 * An account's risk limits that no single strategy sees: the venue's open-order limit per symbol
 * and its order-rate budgets (Binance USDT-M: 300 orders per 10 s, 1,200 per minute), counted in
 * event time over every book of the account. The cap on the venue position is per book (it is in
 * lots of the book's instrument). Owned by the business-logic thread; allocates nothing after
 * construction.
 */
public final class AccountLimits {
    static final long TEN_SECONDS = 10_000_000_000L;
    static final long ONE_MINUTE = 60_000_000_000L;

    private final String name;
    private final int maxOpenOrders;
    private final RateWindow perTenSeconds;
    private final RateWindow perMinute;

    public AccountLimits(String name, int maxOpenOrders, int ordersPer10s, int ordersPerMinute) {
        if (maxOpenOrders <= 0 || ordersPer10s <= 0 || ordersPerMinute <= 0) {
            throw new IllegalArgumentException("account " + name + ": limits must be positive");
        }
        this.name = name;
        this.maxOpenOrders = maxOpenOrders;
        this.perTenSeconds = new RateWindow(ordersPer10s, TEN_SECONDS);
        this.perMinute = new RateWindow(ordersPerMinute, ONE_MINUTE);
    }

    public String name() {
        return name;
    }

    public int maxOpenOrders() {
        return maxOpenOrders;
    }

    /** True when one more order at {@code nowNanos} stays within both rate budgets. */
    boolean allowsOrder(long nowNanos) {
        return perTenSeconds.allows(nowNanos) && perMinute.allows(nowNanos);
    }

    void recordOrder(long nowNanos) {
        perTenSeconds.record(nowNanos);
        perMinute.record(nowNanos);
    }

    long stateHash(long h) {
        return perMinute.stateHash(perTenSeconds.stateHash(h));
    }

    /**
     * A sliding window in {@link #BUCKETS} buckets: an order counts until the whole bucket it fell in
     * has left the window, so the budget is never overrun (at most one bucket, 1 % of the window,
     * too strict). Fixed memory whatever the limit.
     */
    private static final class RateWindow {
        static final int BUCKETS = 100;
        private final long limit;
        private final long bucketNanos;
        private final long[] counts = new long[BUCKETS];
        private long currentBucket = Long.MIN_VALUE;
        private long inWindow;

        RateWindow(long limit, long windowNanos) {
            this.limit = limit;
            this.bucketNanos = windowNanos / BUCKETS;
        }

        boolean allows(long now) {
            advance(now);
            return inWindow < limit;
        }

        void record(long now) {
            advance(now);
            counts[Math.floorMod(currentBucket, BUCKETS)]++;
            inWindow++;
        }

        /** Moves the window to the bucket of {@code now}, dropping the buckets that left it. */
        private void advance(long now) {
            long bucket = Math.floorDiv(now, bucketNanos);
            if (currentBucket == Long.MIN_VALUE || bucket - currentBucket >= BUCKETS) {
                java.util.Arrays.fill(counts, 0);
                inWindow = 0;
            } else {
                for (long b = currentBucket + 1; b <= bucket; b++) {
                    int at = Math.floorMod(b, BUCKETS);
                    inWindow -= counts[at];
                    counts[at] = 0;
                }
            }
            if (currentBucket == Long.MIN_VALUE || bucket > currentBucket) {
                currentBucket = bucket;
            }
        }

        long stateHash(long h) {
            h = StateHash.mix(h, currentBucket);
            return StateHash.mix(h, inWindow);
        }
    }
}
