package dev.gridbot.gateway.net;

/**
 * One of a venue's rate limits, as published (Binance: an entry of exchangeInfo's
 * {@code rateLimits}): at most {@code limit} units of {@code type} per {@code intervalNum}
 * {@code interval}s. Immutable.
 */
public record RateLimit(Type type, Interval interval, int intervalNum, int limit) {

    /** What a limit counts. */
    public enum Type {
        /** Request weight (Binance: per IP, reported in {@code X-MBX-USED-WEIGHT-<n><unit>}). */
        REQUEST_WEIGHT,
        /** Orders placed (Binance: per account, reported in {@code X-MBX-ORDER-COUNT-<n><unit>}). */
        ORDERS
    }

    /** The unit of a limit's window; {@link #letter} is the unit in the venue's header names. */
    public enum Interval {
        SECOND(1_000_000_000L, 'S'),
        MINUTE(60_000_000_000L, 'M'),
        HOUR(3_600_000_000_000L, 'H'),
        DAY(86_400_000_000_000L, 'D');

        final long nanos;
        final char letter;

        Interval(long nanos, char letter) {
            this.nanos = nanos;
            this.letter = letter;
        }

        /** The unit for a header letter (either case), or null. */
        static Interval ofLetter(char c) {
            char upper = Character.toUpperCase(c);
            for (Interval interval : values()) {
                if (interval.letter == upper) {
                    return interval;
                }
            }
            return null;
        }
    }

    public RateLimit {
        if (type == null || interval == null) {
            throw new IllegalArgumentException("a rate limit needs a type and an interval");
        }
        if (intervalNum <= 0 || limit <= 0) {
            throw new IllegalArgumentException("intervalNum and limit must be positive: " + intervalNum + ", " + limit);
        }
    }

    /** The window length in nanoseconds. */
    public long windowNanos() {
        return Math.multiplyExact(interval.nanos, (long) intervalNum);
    }
}
