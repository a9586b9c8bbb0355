package dev.gridbot.gateway.binance;

/**
 * The rate-limit headers of a Binance REST response, as the transport hands them over (name and
 * value as {@link CharSequence}s, read without allocating): {@code X-MBX-USED-WEIGHT-1M},
 * {@code X-MBX-ORDER-COUNT-10S}, {@code X-MBX-ORDER-COUNT-1M} and {@code Retry-After} (seconds).
 * Header names match in any case. A value not seen, or not a whole number, is -1.
 *
 * <p>Owned by the thread that reads the responses; {@link #clear()} it before each response.
 */
public final class BinanceRateLimitHeaders {
    private static final String USED_WEIGHT_1M = "X-MBX-USED-WEIGHT-1M";
    private static final String ORDER_COUNT_10S = "X-MBX-ORDER-COUNT-10S";
    private static final String ORDER_COUNT_1M = "X-MBX-ORDER-COUNT-1M";
    private static final String RETRY_AFTER = "RETRY-AFTER";

    private long usedWeight1m = -1;
    private long orderCount10s = -1;
    private long orderCount1m = -1;
    private long retryAfterSeconds = -1;

    /** Forgets the values of the previous response. */
    public void clear() {
        usedWeight1m = -1;
        orderCount10s = -1;
        orderCount1m = -1;
        retryAfterSeconds = -1;
    }

    /** Takes one header; returns true when it is one of the four this class reads. */
    public boolean accept(CharSequence name, CharSequence value) {
        if (nameIs(name, USED_WEIGHT_1M)) {
            usedWeight1m = parseCount(value);
        } else if (nameIs(name, ORDER_COUNT_10S)) {
            orderCount10s = parseCount(value);
        } else if (nameIs(name, ORDER_COUNT_1M)) {
            orderCount1m = parseCount(value);
        } else if (nameIs(name, RETRY_AFTER)) {
            retryAfterSeconds = parseCount(value);
        } else {
            return false;
        }
        return true;
    }

    /** Request weight used in the current minute (IP limit), or -1. */
    public long usedWeight1m() {
        return usedWeight1m;
    }

    /** Orders placed in the current 10 seconds (account limit), or -1. */
    public long orderCount10s() {
        return orderCount10s;
    }

    /** Orders placed in the current minute (account limit), or -1. */
    public long orderCount1m() {
        return orderCount1m;
    }

    /** Seconds to wait before the next request (with a 429 or 418), or -1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * A header value as a whole non-negative number (surrounding blanks allowed), or -1 when it is
     * not one (an HTTP date in Retry-After, for instance).
     */
    public static long parseCount(CharSequence value) {
        if (value == null) {
            return -1;
        }
        int from = 0;
        int to = value.length();
        while (from < to && value.charAt(from) == ' ') {
            from++;
        }
        while (to > from && value.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || to - from > 18) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean nameIs(CharSequence name, String upper) {
        if (name == null || name.length() != upper.length()) {
            return false;
        }
        for (int i = 0; i < upper.length(); i++) {
            char c = name.charAt(i);
            char u = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
            if (u != upper.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
