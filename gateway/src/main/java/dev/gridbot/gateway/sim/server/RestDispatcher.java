package dev.gridbot.gateway.sim.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The REST router of the simulated venue, run on the venue thread: finds the endpoint of
 * {@code METHOD path}, counts its weight (429 / 418 past the limits), checks the API key and
 * signature as the endpoint's security demands, applies the fault switch to order requests, calls
 * the handler, and adds the {@code X-MBX-USED-WEIGHT-1M} and {@code X-MBX-ORDER-COUNT-10S/-1M}
 * headers to every answer. Owned by the venue thread.
 */
final class RestDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RestDispatcher.class);

    /** Who may call an endpoint (Binance's security types). */
    enum Security { NONE, API_KEY, SIGNED }

    /** An endpoint's handler; {@code account} is null for public endpoints. */
    interface Handler {
        RestAnswer handle(RestRequest request, VenueAccount account);
    }

    private record Endpoint(Security security, ToIntFunction<RestRequest> weight, boolean orderRequest,
                            Handler handler) {
    }

    private final Venue venue;
    private final SimFaults faults;
    private final RateLimiter limiter;
    private final Map<String, Endpoint> routes = new HashMap<>();

    RestDispatcher(Venue venue, SimFaults faults) {
        this.venue = venue;
        this.faults = faults;
        this.limiter = new RateLimiter(venue.config.rateLimits(), venue.accounts.length);
        MarketEndpoints.register(this, venue);
        OrderEndpoints.register(this, venue);
        AccountEndpoints.register(this, venue);
        ListenKeyEndpoints.register(this, venue);
    }

    void add(String method, String path, Security security, int weight, Handler handler) {
        add(method, path, security, request -> weight, false, handler);
    }

    /** An endpoint with a weight that depends on the request; {@code orderRequest}: the fault switch applies. */
    void add(String method, String path, Security security, ToIntFunction<RestRequest> weight, boolean orderRequest,
             Handler handler) {
        routes.put(method + " " + path, new Endpoint(security, weight, orderRequest, handler));
    }

    RestAnswer handle(RestRequest request) {
        long now = venue.wallClockMs.getAsLong();
        int accountIndex = -1;
        RestAnswer answer;
        try {
            Endpoint endpoint = routes.get(request.method + " " + request.path);
            limiter.admit(now, endpoint == null ? 1 : endpoint.weight.applyAsInt(request));
            if (endpoint == null) {
                throw new VenueError(404, ErrorCodes.NOT_FOUND, ErrorCodes.message(ErrorCodes.NOT_FOUND));
            }
            if (request.duplicateParameter) {
                throw new VenueError(400, ErrorCodes.TOO_MANY_PARAMETERS, ErrorCodes.DUPLICATE_PARAMETER);
            }
            VenueAccount account = endpoint.security == Security.SIGNED ? RequestAuth.signed(venue, request, now)
                    : endpoint.security == Security.API_KEY ? RequestAuth.apiKey(venue, request) : null;
            accountIndex = account == null ? -1 : account.index;
            if (endpoint.orderRequest && "POST".equals(request.method)) {
                limiter.admitOrder(now, account.index);
            }
            limiter.obeyed();
            answer = endpoint.orderRequest ? withFaults(endpoint, request, account)
                    : endpoint.handler.handle(request, account);
        } catch (RateLimiter.Limited e) {
            answer = RestAnswer.error(e).header("Retry-After", Long.toString(e.retryAfterSeconds));
        } catch (VenueError e) {
            answer = RestAnswer.error(e);
        } catch (RuntimeException e) {
            LOG.error("simulated venue: {} {} failed", request.method, request.path, e);
            answer = new RestAnswer(500, JsonText.error(ErrorCodes.UNKNOWN, ErrorCodes.message(ErrorCodes.UNKNOWN)));
        }
        return answer.header("X-MBX-USED-WEIGHT-1M", Integer.toString(limiter.usedWeight(now)))
                .header("X-MBX-ORDER-COUNT-10S", Integer.toString(limiter.orders10s(now, accountIndex)))
                .header("X-MBX-ORDER-COUNT-1M", Integer.toString(limiter.orders1m(now, accountIndex)));
    }

    private RestAnswer withFaults(Endpoint endpoint, RestRequest request, VenueAccount account) {
        switch (faults.takeOrderFault()) {
            case ERROR_CODE:
                throw VenueError.of(faults.errorCode());
            case UNKNOWN_WITHOUT_PLACING:
                return unknownOutcome();
            case THROTTLED:
                throw new RateLimiter.Limited(429, ErrorCodes.TOO_MANY_REQUESTS,
                        String.format(ErrorCodes.TOO_MANY_REQUESTS_MINUTE, "the fault switch's"), faults.errorCode());
            case UNKNOWN_AFTER_PLACING:
                try {
                    endpoint.handler.handle(request, account);
                } catch (VenueError ignored) {
                    // The client cannot tell either way: that is the fault.
                }
                return unknownOutcome();
            default:
                return endpoint.handler.handle(request, account);
        }
    }

    private static RestAnswer unknownOutcome() {
        return new RestAnswer(503, JsonText.error(ErrorCodes.UNKNOWN, ErrorCodes.UNKNOWN_OUTCOME));
    }
}
