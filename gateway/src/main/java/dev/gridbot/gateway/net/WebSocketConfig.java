package dev.gridbot.gateway.net;

import java.util.List;

/**
 * Settings of a {@link WebSocketClient}; immutable. Start from {@link #of(String)} and adjust
 * with the {@code with*} methods. Times are milliseconds so that tests can shrink them.
 *
 * @param url                    {@code wss://host[:port]/path}, or {@code ws://127.0.0.1:port/path} (loopback only)
 * @param handshakeTimeoutMillis TCP connect, TLS and the HTTP upgrade together
 * @param readerIdleMillis       no frame for this long: send a ping
 * @param pongTimeoutMillis      after that ping, no frame for this long: drop and reconnect
 * @param backoffMillis          delay before the n-th consecutive attempt (0 after a drop); the last repeats
 * @param maxFailedAttempts      consecutive failed attempts before {@link WebSocketListener#onGaveUp()}
 * @param keepTryingAfterGiveUp  after giving up, keep trying every {@code slowRetryMillis} (else: CLOSED)
 * @param slowRetryMillis        the pace after giving up
 * @param maxConnectionAgeMillis a connection is replaced (make-before-break) when it reaches this age
 * @param maxMessageBytes        the largest frame and the largest reassembled fragmented message
 */
public record WebSocketConfig(String url, long handshakeTimeoutMillis, long readerIdleMillis, long pongTimeoutMillis,
                              List<Long> backoffMillis, int maxFailedAttempts, boolean keepTryingAfterGiveUp,
                              long slowRetryMillis, long maxConnectionAgeMillis, int maxMessageBytes) {

    /** Binance cuts a connection at 24 hours; rotate half an hour before. */
    public static final long DEFAULT_MAX_AGE_MILLIS = (23 * 60 + 30) * 60_000L;

    public WebSocketConfig {
        positive("handshakeTimeoutMillis", handshakeTimeoutMillis);
        positive("readerIdleMillis", readerIdleMillis);
        positive("pongTimeoutMillis", pongTimeoutMillis);
        positive("maxFailedAttempts", maxFailedAttempts);
        positive("slowRetryMillis", slowRetryMillis);
        positive("maxConnectionAgeMillis", maxConnectionAgeMillis);
        positive("maxMessageBytes", maxMessageBytes);
        if (backoffMillis == null || backoffMillis.isEmpty()) {
            throw new IllegalArgumentException("backoffMillis needs at least one delay");
        }
        backoffMillis = List.copyOf(backoffMillis);
        for (Long delay : backoffMillis) {
            if (delay < 0) {
                throw new IllegalArgumentException("backoffMillis must not be negative: " + backoffMillis);
            }
        }
    }

    /**
     * Defaults: 10 s handshake, ping after 30 s of silence, drop 10 s later, back-off 1 s, 5 s,
     * 10 s, 15 s…, give up after 10 failed attempts but keep trying every 60 s, rotate at
     * 23 h 30 min, messages up to 1 MiB.
     */
    public static WebSocketConfig of(String url) {
        return new WebSocketConfig(url, 10_000, 30_000, 10_000, List.of(1_000L, 5_000L, 10_000L, 15_000L), 10, true,
                60_000, DEFAULT_MAX_AGE_MILLIS, 1 << 20);
    }

    /** The delay before an attempt that follows {@code consecutiveFailures} failed ones. */
    long backoff(int consecutiveFailures) {
        return backoffMillis.get(Math.min(consecutiveFailures, backoffMillis.size() - 1));
    }

    /** The same settings for another URL (one template serves several streams). */
    public WebSocketConfig withUrl(String value) {
        return new WebSocketConfig(value, handshakeTimeoutMillis, readerIdleMillis, pongTimeoutMillis, backoffMillis,
                maxFailedAttempts, keepTryingAfterGiveUp, slowRetryMillis, maxConnectionAgeMillis, maxMessageBytes);
    }

    public WebSocketConfig withHandshakeTimeoutMillis(long value) {
        return new WebSocketConfig(url, value, readerIdleMillis, pongTimeoutMillis, backoffMillis, maxFailedAttempts,
                keepTryingAfterGiveUp, slowRetryMillis, maxConnectionAgeMillis, maxMessageBytes);
    }

    public WebSocketConfig withIdle(long readerIdle, long pongTimeout) {
        return new WebSocketConfig(url, handshakeTimeoutMillis, readerIdle, pongTimeout, backoffMillis,
                maxFailedAttempts, keepTryingAfterGiveUp, slowRetryMillis, maxConnectionAgeMillis, maxMessageBytes);
    }

    public WebSocketConfig withBackoffMillis(List<Long> value) {
        return new WebSocketConfig(url, handshakeTimeoutMillis, readerIdleMillis, pongTimeoutMillis, value,
                maxFailedAttempts, keepTryingAfterGiveUp, slowRetryMillis, maxConnectionAgeMillis, maxMessageBytes);
    }

    public WebSocketConfig withGiveUp(int maxFailed, boolean keepTrying, long slowRetry) {
        return new WebSocketConfig(url, handshakeTimeoutMillis, readerIdleMillis, pongTimeoutMillis, backoffMillis,
                maxFailed, keepTrying, slowRetry, maxConnectionAgeMillis, maxMessageBytes);
    }

    public WebSocketConfig withMaxConnectionAgeMillis(long value) {
        return new WebSocketConfig(url, handshakeTimeoutMillis, readerIdleMillis, pongTimeoutMillis, backoffMillis,
                maxFailedAttempts, keepTryingAfterGiveUp, slowRetryMillis, value, maxMessageBytes);
    }

    public WebSocketConfig withMaxMessageBytes(int value) {
        return new WebSocketConfig(url, handshakeTimeoutMillis, readerIdleMillis, pongTimeoutMillis, backoffMillis,
                maxFailedAttempts, keepTryingAfterGiveUp, slowRetryMillis, maxConnectionAgeMillis, value);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
