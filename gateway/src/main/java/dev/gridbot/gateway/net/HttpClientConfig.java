package dev.gridbot.gateway.net;

/**
 * Settings of an {@link HttpClient}; immutable. Start from {@link #of(String)} and adjust with the
 * {@code with*} methods.
 *
 * @param baseUrl                 {@code https://host[:port]}, or {@code http://127.0.0.1:port} (loopback only)
 * @param poolSize                at most this many kept-alive connections
 * @param queueCapacity           requests waiting for a free connection; one more fails at once as NOT_SENT
 * @param connectTimeoutMillis    TCP connect, and separately the TLS handshake
 * @param maxResponseBytes        a larger response body closes the connection (DISCONNECTED_AFTER_SEND)
 * @param lateResponseGraceMillis after a TIMEOUT, how long the connection waits for the late answer
 *                                (then ignored and counted) before it is closed
 * @param apiKeyHeader            the header carrying the API key ({@code X-MBX-APIKEY} for Binance-style venues)
 */
public record HttpClientConfig(String baseUrl, int poolSize, int queueCapacity, long connectTimeoutMillis,
                               int maxResponseBytes, long lateResponseGraceMillis, String apiKeyHeader) {

    public HttpClientConfig {
        positive("poolSize", poolSize);
        positive("queueCapacity", queueCapacity);
        positive("connectTimeoutMillis", connectTimeoutMillis);
        positive("maxResponseBytes", maxResponseBytes);
        positive("lateResponseGraceMillis", lateResponseGraceMillis);
        if (apiKeyHeader == null || apiKeyHeader.isBlank()) {
            throw new IllegalArgumentException("apiKeyHeader is missing");
        }
    }

    /** Defaults: 4 connections, 256 queued requests, 5 s connect, 16 MiB responses, 30 s grace, X-MBX-APIKEY. */
    public static HttpClientConfig of(String baseUrl) {
        return new HttpClientConfig(baseUrl, 4, 256, 5_000, 16 << 20, 30_000, "X-MBX-APIKEY");
    }

    public HttpClientConfig withPoolSize(int value) {
        return new HttpClientConfig(baseUrl, value, queueCapacity, connectTimeoutMillis, maxResponseBytes,
                lateResponseGraceMillis, apiKeyHeader);
    }

    public HttpClientConfig withQueueCapacity(int value) {
        return new HttpClientConfig(baseUrl, poolSize, value, connectTimeoutMillis, maxResponseBytes,
                lateResponseGraceMillis, apiKeyHeader);
    }

    public HttpClientConfig withConnectTimeoutMillis(long value) {
        return new HttpClientConfig(baseUrl, poolSize, queueCapacity, value, maxResponseBytes,
                lateResponseGraceMillis, apiKeyHeader);
    }

    public HttpClientConfig withMaxResponseBytes(int value) {
        return new HttpClientConfig(baseUrl, poolSize, queueCapacity, connectTimeoutMillis, value,
                lateResponseGraceMillis, apiKeyHeader);
    }

    public HttpClientConfig withLateResponseGraceMillis(long value) {
        return new HttpClientConfig(baseUrl, poolSize, queueCapacity, connectTimeoutMillis, maxResponseBytes,
                value, apiKeyHeader);
    }

    public HttpClientConfig withApiKeyHeader(String value) {
        return new HttpClientConfig(baseUrl, poolSize, queueCapacity, connectTimeoutMillis, maxResponseBytes,
                lateResponseGraceMillis, value);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
