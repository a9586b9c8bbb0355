package dev.gridbot.gateway.sim.server;

/**
 * The venue's rate limits in fixed windows of the wall clock, as Binance counts them: request
 * weight per minute (one IP: every loopback client shares it), new orders per 10 s and per minute
 * (per account). Past a limit the answer is HTTP 429 with Retry-After; a client that keeps sending
 * before that time has passed is banned with HTTP 418 after {@code ignoredBeforeBan} requests.
 * Owned by the venue thread.
 */
final class RateLimiter {
    private static final long MINUTE_MS = 60_000L;
    private static final long TEN_SECONDS_MS = 10_000L;

    private final SimRateLimits limits;
    private long weightWindow = -1;
    private int weightUsed;
    private final long[] orderWindow10s;
    private final int[] orders10s;
    private final long[] orderWindow1m;
    private final int[] orders1m;
    private long retryAfterUntilMs;
    /** The refusal that set {@link #retryAfterUntilMs}: repeated to a client that comes back too early. */
    private int retryCode;
    private String retryMsg;
    private int ignored;
    private long bannedUntilMs;

    RateLimiter(SimRateLimits limits, int accounts) {
        this.limits = limits;
        this.orderWindow10s = new long[accounts];
        this.orders10s = new int[accounts];
        this.orderWindow1m = new long[accounts];
        this.orders1m = new int[accounts];
    }

    /** Counts a request's weight; throws the 429 or 418 answer when it is over the limit or banned. */
    void admit(long nowMs, int weight) {
        if (nowMs < bannedUntilMs) {
            throw banned(nowMs);
        }
        if (nowMs < retryAfterUntilMs) {
            if (++ignored >= limits.ignoredBeforeBan()) {
                ignored = 0;
                bannedUntilMs = nowMs + limits.banDuration().toMillis();
                throw banned(nowMs);
            }
            throw tooMany(nowMs, retryAfterUntilMs, retryCode, retryMsg);
        }
        long window = nowMs / MINUTE_MS;
        if (window != weightWindow) {
            weightWindow = window;
            weightUsed = 0;
        }
        weightUsed += weight;
        if (weightUsed > limits.weightPerMinute()) {
            throw backOff(nowMs, (window + 1) * MINUTE_MS, ErrorCodes.TOO_MANY_REQUESTS,
                    String.format(ErrorCodes.TOO_MANY_REQUESTS_MINUTE, limits.weightPerMinute()));
        }
    }

    /** Counts a new order of {@code account}; throws 429 (-1015) past the 10 s or 1 min limit. */
    void admitOrder(long nowMs, int account) {
        long w10 = nowMs / TEN_SECONDS_MS;
        long w1m = nowMs / MINUTE_MS;
        if (w10 != orderWindow10s[account]) {
            orderWindow10s[account] = w10;
            orders10s[account] = 0;
        }
        if (w1m != orderWindow1m[account]) {
            orderWindow1m[account] = w1m;
            orders1m[account] = 0;
        }
        orders10s[account]++;
        orders1m[account]++;
        if (orders10s[account] > limits.ordersPer10s()) {
            throw backOff(nowMs, (w10 + 1) * TEN_SECONDS_MS, ErrorCodes.TOO_MANY_ORDERS,
                    String.format(ErrorCodes.TOO_MANY_ORDERS_PER, limits.ordersPer10s(), "TEN_SECONDS"));
        }
        if (orders1m[account] > limits.ordersPerMinute()) {
            throw backOff(nowMs, (w1m + 1) * MINUTE_MS, ErrorCodes.TOO_MANY_ORDERS,
                    String.format(ErrorCodes.TOO_MANY_ORDERS_PER, limits.ordersPerMinute(), "MINUTE"));
        }
    }

    /** A request that was not over any limit: the client waited as told. */
    void obeyed() {
        ignored = 0;
    }

    int usedWeight(long nowMs) {
        return nowMs / MINUTE_MS == weightWindow ? weightUsed : 0;
    }

    int orders10s(long nowMs, int account) {
        return account >= 0 && nowMs / TEN_SECONDS_MS == orderWindow10s[account] ? orders10s[account] : 0;
    }

    int orders1m(long nowMs, int account) {
        return account >= 0 && nowMs / MINUTE_MS == orderWindow1m[account] ? orders1m[account] : 0;
    }

    private VenueError banned(long nowMs) {
        return new Limited(418, ErrorCodes.TOO_MANY_REQUESTS,
                String.format(ErrorCodes.IP_BANNED, bannedUntilMs), seconds(bannedUntilMs - nowMs));
    }

    private VenueError backOff(long nowMs, long untilMs, int code, String msg) {
        retryAfterUntilMs = untilMs;
        retryCode = code;
        retryMsg = msg;
        return tooMany(nowMs, untilMs, code, msg);
    }

    private static VenueError tooMany(long nowMs, long untilMs, int code, String msg) {
        return new Limited(429, code, msg, seconds(untilMs - nowMs));
    }

    private static long seconds(long ms) {
        return Math.max(1, (ms + 999) / 1000);
    }

    /** A 429 / 418 refusal with its Retry-After in seconds. */
    static final class Limited extends VenueError {
        private static final long serialVersionUID = 1L;
        final long retryAfterSeconds;

        Limited(int status, int code, String msg, long retryAfterSeconds) {
            super(status, code, msg);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
