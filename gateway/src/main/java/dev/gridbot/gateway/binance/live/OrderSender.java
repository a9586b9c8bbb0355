package dev.gridbot.gateway.binance.live;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceEndpoint;
import dev.gridbot.gateway.binance.BinanceRequests;
import dev.gridbot.gateway.net.HttpClient;
import dev.gridbot.gateway.net.RateLimiter;
import io.netty.handler.codec.http.HttpMethod;


/**
 * The sender of one account: takes the order commands of that account's strategies off the
 * outbound ring (after the journal), checks them against the venue's rate limits, builds and signs
 * the request, and sends it over the kept-alive HTTP client. A new order the limits would refuse is
 * refused here first (-1015, as Binance would; -1003 in a 429 cooldown or a 418 ban) so the engine
 * learns before the venue does; a cancel or query in a cooldown is held back and sent after it.
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
    private final java.util.function.Consumer<OutboundEvent> holdBack;

    OrderSender(boolean[] ours, BinanceRequests requests, RateLimiter limiter, UsageMailbox usage, HttpClient http,
                String apiKey, RestAnswers answers, Clock clock, TimeKeeper time, InboundPublisher refusals,
                long timeoutMillis, java.util.function.Consumer<OutboundEvent> holdBack) {
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
        this.holdBack = holdBack;
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
            if (place) {
                // Never reached the venue: the engine frees the level and decides again later.
                refuse(e, blocked ? TOO_MANY_REQUESTS : TOO_MANY_ORDERS);
                return;
            }
            if (blocked) {
                // A cancel or a query must not be lost: held back, sent when the cooldown ends.
                holdBack.accept(new OutboundEvent().copyFrom(e));
                return;
            }
        }
        BinanceEndpoint endpoint = requests.command(e, time.venueMillis());
        http.send(HttpMethod.valueOf(endpoint.method()), requests.pathAndQuery(), null, apiKey, timeoutMillis,
                answers.handler(endpoint, e.instrumentId(), e.clientOrderId(), e.side()));
    }

    private void refuse(OutboundEvent e, int code) {
        InboundEvent r = refusals.claim();
        if (r == null) {
            return;
        }
        r.setRejected(clock.epochNanos(), e.instrumentId(), e.clientOrderId(), e.side(), code);
        refusals.publish();
    }

}
