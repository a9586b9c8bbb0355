package dev.gridbot.gateway.binance.live;

import dev.gridbot.gateway.binance.BinanceResponses;
import dev.gridbot.gateway.net.HttpClient;

/**
 * The venue's clock as we estimate it: the local wall clock plus the offset measured against
 * {@code /fapi/v1/time} (half the round trip taken into account). Re-synchronised on start, every
 * few minutes, and when the venue refuses a timestamp (-1021). The offset is written by the
 * upkeep thread and read by the sender (volatile).
 */
final class TimeKeeper {
    private final HttpClient http;
    private volatile long offsetMillis;

    TimeKeeper(HttpClient http) {
        this.http = http;
    }

    /** Measures the offset now (blocking: start-up and upkeep thread only). */
    void sync() throws VenueException {
        long before = System.currentTimeMillis();
        RestCall.Answer a = RestCall.call(http, "GET", "/fapi/v1/time", null, 5_000);
        long after = System.currentTimeMillis();
        if (!a.ok()) {
            throw new VenueException(http.endpoint() + ": server time answered HTTP " + a.status() + ": " + a.text());
        }
        long serverTime = BinanceResponses.serverTime(a.body());
        offsetMillis = serverTime - (before + after) / 2;
    }

    /** Milliseconds on the venue's clock, for request timestamps. */
    long venueMillis() {
        return System.currentTimeMillis() + offsetMillis;
    }

}
