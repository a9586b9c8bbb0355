package dev.gridbot.gateway.sim.server;

/**
 * Checks a request as Binance does, on the venue thread: the {@code X-MBX-APIKEY} must be an
 * account's (-2015, HTTP 401); a signed request must carry {@code timestamp} and a {@code signature}
 * equal to the hex HMAC-SHA256 of its query string and body (-1022), and its timestamp must be
 * less than 1000 ms ahead of the server and no older than {@code recvWindow} (default 5000, at most
 * 60000) (-1021). Stateless; the accounts' signers belong to the venue thread.
 */
final class RequestAuth {
    private static final long DEFAULT_RECV_WINDOW = 5000;
    private static final long MAX_RECV_WINDOW = 60_000;

    private RequestAuth() {
    }

    /** The account of the request's API key. */
    static VenueAccount apiKey(Venue venue, RestRequest request) {
        VenueAccount account = venue.account(request.apiKey);
        if (account == null) {
            throw new VenueError(401, ErrorCodes.REJECTED_MBX_KEY, ErrorCodes.message(ErrorCodes.REJECTED_MBX_KEY));
        }
        return account;
    }

    /** The account of a signed request whose signature and timestamp hold at {@code serverTimeMs}. */
    static VenueAccount signed(Venue venue, RestRequest request, long serverTimeMs) {
        VenueAccount account = apiKey(venue, request);
        long time;
        try {
            time = Long.parseLong(request.required("timestamp"));
        } catch (NumberFormatException e) {
            throw VenueError.mandatory("timestamp");
        }
        String signature = request.param("signature");
        if (signature == null) {
            throw VenueError.mandatory("signature");
        }
        String payload = request.signedPayload();
        if (payload == null || !account.signer.verify(payload, signature)) {
            throw VenueError.of(ErrorCodes.INVALID_SIGNATURE);
        }
        long recvWindow = request.longParam("recvWindow", DEFAULT_RECV_WINDOW);
        if (recvWindow <= 0 || recvWindow > MAX_RECV_WINDOW) {
            throw VenueError.of(ErrorCodes.INVALID_PARAMETER, ErrorCodes.INVALID_PARAMETER_NAMED, "recvWindow");
        }
        if (time >= serverTimeMs + 1000) {
            throw new VenueError(400, ErrorCodes.INVALID_TIMESTAMP, ErrorCodes.TIMESTAMP_AHEAD);
        }
        if (serverTimeMs - time > recvWindow) {
            throw VenueError.of(ErrorCodes.INVALID_TIMESTAMP);
        }
        return account;
    }
}
