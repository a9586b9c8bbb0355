package dev.gridbot.gateway.binance.live;

import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.net.WebSocketConfig;

/**
 * What one account's gateway needs: the venue's base URLs, the account's credentials (the secret
 * as bytes, never printed), its position mode, the run's instruments (checked against the venue's
 * exchangeInfo at start), which strategies trade through it, the clock, timeouts, the WebSocket policy,
 * and the cooldown after HTTP 429 when the venue's Retry-After is shorter (30 s).
 */
public record AccountSettings(String name, String restUrl, String wsUrl, String apiKey, byte[] secret,
                              boolean hedgeMode, Instruments instruments, boolean[] strategies, Clock clock,
                              long requestTimeoutMillis, long recvWindowMillis, WebSocketConfig webSocket,
                              long throttleCooldownMillis) {

    /** Defaults for the timeouts and the WebSocket behaviour ({@link #connectionPolicy}). */
    public static AccountSettings of(String name, String restUrl, String wsUrl, String apiKey, byte[] secret,
                                     boolean hedgeMode, Instruments instruments, boolean[] strategies, Clock clock) {
        return new AccountSettings(name, restUrl, wsUrl, apiKey, secret, hedgeMode, instruments, strategies, clock,
                5_000, 5_000, connectionPolicy(wsUrl), 30_000);
    }

    /** The same account with another WebSocket policy and cooldown after a 429 (tests shorten both). */
    public AccountSettings with(WebSocketConfig policy, long cooldownMillis) {
        return new AccountSettings(name, restUrl, wsUrl, apiKey, secret, hedgeMode, instruments, strategies, clock,
                requestTimeoutMillis, recvWindowMillis, policy, cooldownMillis);
    }

    /**
     * How a venue WebSocket behaves: a silent connection is pinged after 3 s and dropped if no pong
     * comes within 2 more (a drop is seen within 5 s); it is retried 3 times, 5, 10 and 15 s apart;
     * then it gives up (the user stream's give-up is the safe mode) and keeps trying once a minute.
     */
    public static WebSocketConfig connectionPolicy(String url) {
        return WebSocketConfig.of(url).withIdle(3_000, 2_000).withBackoffMillis(java.util.List.of(5_000L, 10_000L,
                15_000L)).withGiveUp(3, true, 60_000);
    }

    @Override
    public String toString() {
        return "AccountSettings{" + name + " at " + restUrl + ", secret=<hidden>}";
    }
}
