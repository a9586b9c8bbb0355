package dev.gridbot.gateway.binance.live;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceEndpoint;
import dev.gridbot.gateway.binance.BinanceRequests;
import dev.gridbot.gateway.net.HttpClient;
import dev.gridbot.gateway.net.RateLimiter;
import io.netty.handler.codec.http.HttpMethod;

import java.nio.charset.StandardCharsets;

/**
 * The sender of one account: takes the order commands of that account's strategies off the
 * outbound ring (after the journal), checks them against the venue's rate limits, builds and signs
 * the request, and sends it over the kept-alive HTTP client. A new order the limits would refuse is
 * refused here first (-1015, as Binance would) so the engine learns before the venue does.
 *
 * <p>Owned by the outbound ring's sender thread.
 */
final class OrderSender implements EventHandler<OutboundEvent> {
    /** Binance's "Too many new orders", for an order the local limits refuse. */
    static final int TOO_MANY_ORDERS = -1015;
    /** Binance's "Too many requests", for a request refused by a 429 cooldown or a 418 ban. */
    static final int TOO_MANY_REQUESTS = -1003;

    private final boolean[] ours;
    private final BinanceRequests requests;
    private final RateLimiter limiter;
    private final UsageMailbox usage;
    private final HttpClient http;
    private final String apiKey;
    private final RestAnswers answers;
    private final Clock clock;
    private final TimeKeeper time;
    private final InboundPublisher refusals;
    private final long timeoutMillis;
    private long sent;
    private long refusedLocally;

    OrderSender(boolean[] ours, BinanceRequests requests, RateLimiter limiter, UsageMailbox usage, HttpClient http,
                String apiKey, RestAnswers answers, Clock clock, TimeKeeper time, InboundPublisher refusals,
                long timeoutMillis) {
        this.ours = ours.clone();
        this.requests = requests;
        this.limiter = limiter;
        this.usage = usage;
        this.http = http;
        this.apiKey = apiKey;
        this.answers = answers;
        this.clock = clock;
        this.time = time;
        this.refusals = refusals;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void onEvent(OutboundEvent e, long sequence, boolean endOfBatch) {
        if (!e.type().isOrderCommand() || e.strategyId() >= ours.length || !ours[e.strategyId()]) {
            return;
        }
        long mono = System.nanoTime();
        usage.applyTo(limiter, mono);
        boolean place = e.type() == OutboundType.PLACE;
        if (!limiter.tryAcquire(1, place ? 1 : 0, mono)) {
            RateLimiter.Refusal why = limiter.lastRefusal();
            boolean blocked = why == RateLimiter.Refusal.BANNED || why == RateLimiter.Refusal.COOLDOWN;
            if (place || blocked) {
                refuse(e, place && !blocked ? TOO_MANY_ORDERS : TOO_MANY_REQUESTS);
                return;
            }
        }
        BinanceEndpoint endpoint = requests.command(e, time.venueMillis());
        String pathAndQuery = requests.length() == 0 ? endpoint.path()
                : endpoint.path() + '?' + new String(requests.buffer(), 0, requests.length(), StandardCharsets.US_ASCII);
        http.send(HttpMethod.valueOf(endpoint.method()), pathAndQuery, null, apiKey, timeoutMillis,
                answers.handler(endpoint, e.instrumentId(), e.clientOrderId(), e.side()));
        sent++;
    }

    private void refuse(OutboundEvent e, int code) {
        refusedLocally++;
        InboundEvent r = refusals.claim();
        if (r == null) {
            return;
        }
        if (e.type() == OutboundType.PLACE) {
            r.setRejected(clock.epochNanos(), e.instrumentId(), e.clientOrderId(), e.side(), code);
        } else {
            r.setVenueStatus(clock.epochNanos(), VenueState.NOTICE.ordinal(), code);
        }
        refusals.publish();
    }

    long sent() {
        return sent;
    }

    long refusedLocally() {
        return refusedLocally;
    }
}
