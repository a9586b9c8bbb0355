package dev.gridbot.gateway.net;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A venue's rate limits on our side: before a request goes out, {@link #tryAcquire} says whether
 * the venue would still accept it, so a refusal can reach the engine before the venue refuses.
 * Each limit is tracked in slotted windows (see {@link RateWindow}); the usage the venue reports
 * in its response headers ({@code X-MBX-USED-WEIGHT-1M}, {@code X-MBX-ORDER-COUNT-10S}, …)
 * replaces ours when it is higher. HTTP 429 starts a cooldown and 418 a ban (for
 * {@code Retry-After} seconds, or the defaults), during which nothing is admitted.
 *
 * <p>Time comes in as an argument (one monotonic clock, e.g. {@code System.nanoTime()}); there is
 * no clock inside. Not thread-safe: one thread owns it, the gateway's sender (the thread that calls
 * {@link HttpClient#send}). Responses arrive on the HTTP client's event loop, so their status and
 * usage numbers must be handed to the owner (for example with the response event) before
 * {@link #observeUsage}/{@link #onStatus} is called; {@link #onResponse} is for an owner that reads
 * the headers itself. {@link #tryAcquire} allocates nothing.
 */
public final class RateLimiter {
    /** Why the last {@link #tryAcquire} said no. */
    public enum Refusal { NONE, REQUEST_WEIGHT, ORDERS, COOLDOWN, BANNED }

    /** Without {@code Retry-After}, a 429 stops everything for a full minute (the longest common window). */
    public static final long DEFAULT_COOLDOWN_NANOS = 60_000_000_000L;
    /** Without {@code Retry-After}, a 418 ban is assumed to last Binance's shortest ban, 2 minutes. */
    public static final long DEFAULT_BAN_NANOS = 120_000_000_000L;

    private static final AsciiString USED_WEIGHT = AsciiString.of("X-MBX-USED-WEIGHT-");
    private static final AsciiString ORDER_COUNT = AsciiString.of("X-MBX-ORDER-COUNT-");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateWindow[] windows;
    private final long defaultCooldownNanos;
    private final long defaultBanNanos;
    private boolean coolingDown;
    private long cooldownUntilNanos;
    private boolean banned;
    private long bannedUntilNanos;
    private Refusal lastRefusal = Refusal.NONE;

    /** Limits with the default 429 cooldown and 418 ban. */
    public RateLimiter(List<RateLimit> limits) {
        this(limits, DEFAULT_COOLDOWN_NANOS, DEFAULT_BAN_NANOS);
    }

    public RateLimiter(List<RateLimit> limits, long defaultCooldownNanos, long defaultBanNanos) {
        if (defaultCooldownNanos <= 0 || defaultBanNanos <= 0) {
            throw new IllegalArgumentException("default cooldown and ban must be positive");
        }
        windows = new RateWindow[limits.size()];
        for (int i = 0; i < windows.length; i++) {
            windows[i] = new RateWindow(limits.get(i));
        }
        this.defaultCooldownNanos = defaultCooldownNanos;
        this.defaultBanNanos = defaultBanNanos;
    }

    /**
     * Takes {@code weight} request weight and {@code orders} order count from every matching limit,
     * all or nothing. False (nothing taken, {@link #lastRefusal()} says why) when a limit has no
     * room, or during a cooldown or ban.
     */
    public boolean tryAcquire(int weight, int orders, long nowNanos) {
        if (weight < 0 || orders < 0) {
            throw new IllegalArgumentException("weight and orders must not be negative: " + weight + ", " + orders);
        }
        if (banned && nowNanos - bannedUntilNanos < 0) {
            return refuse(Refusal.BANNED);
        }
        banned = false;
        if (coolingDown && nowNanos - cooldownUntilNanos < 0) {
            return refuse(Refusal.COOLDOWN);
        }
        coolingDown = false;
        for (RateWindow window : windows) {
            window.advance(nowNanos);
            int amount = amount(window, weight, orders);
            if (amount > 0 && !window.fits(amount)) {
                return refuse(window.limit.type() == RateLimit.Type.ORDERS ? Refusal.ORDERS : Refusal.REQUEST_WEIGHT);
            }
        }
        for (RateWindow window : windows) {
            int amount = amount(window, weight, orders);
            if (amount > 0) {
                window.add(amount);
            }
        }
        lastRefusal = Refusal.NONE;
        return true;
    }

    private static int amount(RateWindow window, int weight, int orders) {
        return window.limit.type() == RateLimit.Type.ORDERS ? orders : weight;
    }

    private boolean refuse(Refusal refusal) {
        lastRefusal = refusal;
        return false;
    }

    public Refusal lastRefusal() {
        return lastRefusal;
    }

    /** The venue's count for one window (a usage header's value); raises ours when higher. */
    public void observeUsage(RateLimit.Type type, RateLimit.Interval interval, int intervalNum, long used, long nowNanos) {
        for (RateWindow window : windows) {
            if (window.matches(type, interval, intervalNum)) {
                window.advance(nowNanos);
                window.observeVenueCount(used);
            }
        }
    }

    /** A response's status: 429 starts a cooldown, 418 a ban, each for {@code retryAfterSeconds} (negative: the default). */
    public void onStatus(int status, long retryAfterSeconds, long nowNanos) {
        if (status == 429) {
            long until = nowNanos + (retryAfterSeconds >= 0 ? retryAfterSeconds * NANOS_PER_SECOND : defaultCooldownNanos);
            if (!coolingDown || until - cooldownUntilNanos > 0) {
                cooldownUntilNanos = until;
            }
            coolingDown = true;
        } else if (status == 418) {
            long until = nowNanos + (retryAfterSeconds >= 0 ? retryAfterSeconds * NANOS_PER_SECOND : defaultBanNanos);
            if (!banned || until - bannedUntilNanos > 0) {
                bannedUntilNanos = until;
            }
            banned = true;
        }
    }

    /** Reads a response's usage headers and status (with {@code Retry-After}), on the owner thread. */
    public void onResponse(int status, HttpHeaders headers, long nowNanos) {
        Iterator<Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence();
        while (it.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = it.next();
            CharSequence name = header.getKey();
            if (startsWithIgnoreCase(name, USED_WEIGHT)) {
                observeHeader(RateLimit.Type.REQUEST_WEIGHT, name, USED_WEIGHT.length(), header.getValue(), nowNanos);
            } else if (startsWithIgnoreCase(name, ORDER_COUNT)) {
                observeHeader(RateLimit.Type.ORDERS, name, ORDER_COUNT.length(), header.getValue(), nowNanos);
            }
        }
        if (status == 429 || status == 418) {
            String retryAfter = headers.get(HttpHeaderNames.RETRY_AFTER);
            retryAfter = retryAfter == null ? null : retryAfter.trim();
            onStatus(status, retryAfter == null ? -1 : parseDigits(retryAfter, 0, retryAfter.length()), nowNanos);
        }
    }

    /** {@code name} is PREFIX + digits + unit letter, e.g. {@code X-MBX-ORDER-COUNT-10S}. */
    private void observeHeader(RateLimit.Type type, CharSequence name, int prefix, CharSequence value, long nowNanos) {
        if (name.length() < prefix + 2) {
            return;
        }
        RateLimit.Interval interval = RateLimit.Interval.ofLetter(name.charAt(name.length() - 1));
        long intervalNum = parseDigits(name, prefix, name.length() - 1);
        long used = value == null ? -1 : parseDigits(value, 0, value.length());
        if (interval != null && intervalNum > 0 && intervalNum <= Integer.MAX_VALUE && used >= 0) {
            observeUsage(type, interval, (int) intervalNum, used, nowNanos);
        }
    }

    private static boolean startsWithIgnoreCase(CharSequence name, AsciiString prefix) {
        return name.length() >= prefix.length() && AsciiString.regionMatchesAscii(name, true, 0, prefix, 0, prefix.length());
    }

    /** {@code text[from, to)} as a non-negative decimal number, or -1 when empty, not all digits, or too long. */
    private static long parseDigits(CharSequence text, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Our count (corrected by the venue's) for {@code limit}'s window as of {@code nowNanos}; 0 if it is not configured. */
    public long used(RateLimit limit, long nowNanos) {
        for (RateWindow window : windows) {
            if (window.limit.equals(limit)) {
                window.advance(nowNanos);
                return window.used();
            }
        }
        return 0;
    }

    /** True while a 418 ban lasts. */
    public boolean banned(long nowNanos) {
        return banned && nowNanos - bannedUntilNanos < 0;
    }

    /** True while a 429 cooldown lasts. */
    public boolean coolingDown(long nowNanos) {
        return coolingDown && nowNanos - cooldownUntilNanos < 0;
    }
}
