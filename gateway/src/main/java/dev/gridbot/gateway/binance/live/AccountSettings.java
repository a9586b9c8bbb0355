package dev.gridbot.gateway.binance.live;

import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.net.WebSocketConfig;

/**
 * What one account's gateway needs: the venue's base URLs, the account's credentials (the secret
 * as bytes, never printed), its position mode, the run's instruments (checked against the venue's
 * exchangeInfo at start), which strategies trade through it, the clock, and timeouts.
 */
public record AccountSettings(String name, String restUrl, String wsUrl, String apiKey, byte[] secret,
                              boolean hedgeMode, Instruments instruments, boolean[] strategies, Clock clock,
                              long requestTimeoutMillis, long recvWindowMillis, WebSocketConfig webSocket) {

    /** Defaults for the timeouts and the WebSocket behaviour; {@code ws} settings apply to every stream. */
    public static AccountSettings of(String name, String restUrl, String wsUrl, String apiKey, byte[] secret,
                                     boolean hedgeMode, Instruments instruments, boolean[] strategies, Clock clock) {
        return new AccountSettings(name, restUrl, wsUrl, apiKey, secret, hedgeMode, instruments, strategies, clock,
                5_000, 5_000, WebSocketConfig.of(wsUrl));
    }

    @Override
    public String toString() {
        return "AccountSettings{" + name + " at " + restUrl + ", secret=<hidden>}";
    }
}
