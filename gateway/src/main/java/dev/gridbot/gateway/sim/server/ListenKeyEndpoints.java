package dev.gridbot.gateway.sim.server;

import dev.gridbot.gateway.sim.server.RestDispatcher.Security;

/**
 * The user-data stream's key: {@code POST /fapi/v1/listenKey} (the account's live key, extended, or
 * a new one), {@code PUT} (keep-alive; -1125 when the key expired or never was) and {@code DELETE}.
 * API key only, no signature, as at Binance. Handlers run on the venue thread.
 */
final class ListenKeyEndpoints {
    private ListenKeyEndpoints() {
    }

    static void register(RestDispatcher rest, Venue venue) {
        rest.add("POST", "/fapi/v1/listenKey", Security.API_KEY, 1,
                (request, account) -> key(venue.openListenKey(account)));
        rest.add("PUT", "/fapi/v1/listenKey", Security.API_KEY, 1, (request, account) -> {
            if (!venue.keepAliveListenKey(account)) {
                throw VenueError.of(ErrorCodes.INVALID_LISTEN_KEY);
            }
            return key(account.listenKey);
        });
        rest.add("DELETE", "/fapi/v1/listenKey", Security.API_KEY, 1, (request, account) -> {
            venue.closeListenKey(account);
            return RestAnswer.ok("{}");
        });
    }

    private static RestAnswer key(String listenKey) {
        return RestAnswer.ok(JsonText.object().str("listenKey", listenKey).end().done());
    }
}
