package dev.gridbot.gateway.binance.live;

import dev.gridbot.gateway.net.RateLimit;
import dev.gridbot.gateway.net.RateLimiter;

/**
 * Hands what the venue says about our rate-limit usage (headers, 429/418) from the HTTP event loop,
 * which reads the answers, to the sender thread, which owns the {@link RateLimiter}. Single writer,
 * single reader, lock-free: the writer stores the values, then bumps a volatile version.
 */
final class UsageMailbox {
    private long usedWeight1m = -1;
    private long orders10s = -1;
    private long orders1m = -1;
    private int status;
    private long retryAfterSeconds = -1;
    private volatile long version;
    private long seen;

    /** HTTP event loop: one answer's usage. */
    void post(long usedWeight1m, long orders10s, long orders1m, int status, long retryAfterSeconds) {
        this.usedWeight1m = usedWeight1m;
        this.orders10s = orders10s;
        this.orders1m = orders1m;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        version = version + 1;
    }

    /** Sender thread: applies the latest usage to the limiter, if any came since the last call. */
    void applyTo(RateLimiter limiter, long nowNanos) {
        long v = version;
        if (v == seen) {
            return;
        }
        seen = v;
        if (usedWeight1m >= 0) {
            limiter.observeUsage(RateLimit.Type.REQUEST_WEIGHT, RateLimit.Interval.MINUTE, 1, usedWeight1m, nowNanos);
        }
        if (orders10s >= 0) {
            limiter.observeUsage(RateLimit.Type.ORDERS, RateLimit.Interval.SECOND, 10, orders10s, nowNanos);
        }
        if (orders1m >= 0) {
            limiter.observeUsage(RateLimit.Type.ORDERS, RateLimit.Interval.MINUTE, 1, orders1m, nowNanos);
        }
        if (status == 429 || status == 418) {
            limiter.onStatus(status, retryAfterSeconds, nowNanos);
        }
    }
}
