package dev.gridbot.gateway.binance.live;

import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceEndpoint;
import dev.gridbot.gateway.binance.BinanceRateLimitHeaders;
import dev.gridbot.gateway.binance.BinanceResponses;
import dev.gridbot.gateway.net.HttpFailure;
import dev.gridbot.gateway.net.ResponseHandler;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaders;

import java.util.Iterator;
import java.util.Map;

/**
 * Turns REST answers about orders into engine events: decoded by {@link BinanceResponses} into the
 * inbound ring, rate-limit headers handed to the sender, a refused timestamp (-1021) reported to the
 * time keeper. A request that never left is refused locally with -1001 (disconnected: it cannot have
 * reached the venue); one whose answer never came has an unknown outcome.
 *
 * <p>Owned by the HTTP client's event loop, which runs every callback.
 */
final class RestAnswers {
    /** Binance's "Internal error; unable to process your request" (DISCONNECTED), for requests never sent. */
    static final int NOT_SENT_CODE = -1001;
    private static final int TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;

    private final BinanceResponses responses;
    private final InboundPublisher publisher;
    private final BinanceRateLimitHeaders headers = new BinanceRateLimitHeaders();
    private final UsageMailbox usage;
    private final Clock clock;
    private final Runnable resyncTime;
    /** The minimum ban after HTTP 418 (Binance bans for 2 minutes to 3 days). */
    static final long BAN_NANOS = 120_000_000_000L;

    private final long cooldownNanos;
    private final Runnable onThrottled;
    private volatile long throttledUntilNanos;
    private volatile boolean closed;

    RestAnswers(BinanceResponses responses, InboundPublisher publisher, UsageMailbox usage, Clock clock,
                Runnable resyncTime, Runnable onThrottled, long cooldownNanos) {
        this.responses = responses;
        this.publisher = publisher;
        this.usage = usage;
        this.clock = clock;
        this.resyncTime = resyncTime;
        this.onThrottled = onThrottled;
        this.cooldownNanos = cooldownNanos;
    }

    /** The callback of one request about an order (or a position). */
    ResponseHandler handler(BinanceEndpoint endpoint, int instrumentId, long clientOrderId, Side side) {
        return new Pending(endpoint, instrumentId, clientOrderId, side);
    }

    void close() {
        closed = true;
    }

    /**
     * The venue throttled us: nothing goes out for the cooldown after a 429 (30 s unless configured
     * otherwise; 2 min after a 418), or for its
     * Retry-After if longer. The engine learns it as a THROTTLED event; the gateway keeps the end
     * time for the requests it holds back meanwhile.
     */
    private void throttled(int status, long retryAfterSeconds) {
        long now = clock.epochNanos();
        long floor = status == 418 ? BAN_NANOS : cooldownNanos;
        long until = now + Math.max(floor, Math.max(0, retryAfterSeconds) * 1_000_000_000L);
        if (until > throttledUntilNanos) {
            throttledUntilNanos = until;
        }
        InboundEvent e = publisher.claim();
        if (e != null) {
            e.setThrottled(now, throttledUntilNanos, status);
            publisher.publish();
        }
        onThrottled.run();
    }

    /** Event time until which the venue throttles us (0 if it never did). */
    long throttledUntilNanos() {
        return throttledUntilNanos;
    }

    private final class Pending implements ResponseHandler {
        private final BinanceEndpoint endpoint;
        private final int instrumentId;
        private final long clientOrderId;
        private final Side side;

        Pending(BinanceEndpoint endpoint, int instrumentId, long clientOrderId, Side side) {
            this.endpoint = endpoint;
            this.instrumentId = instrumentId;
            this.clientOrderId = clientOrderId;
            this.side = side;
        }

        @Override
        public void onResponse(int status, HttpHeaders httpHeaders, ByteBuf body) {
            if (closed) {
                return;
            }
            headers.clear();
            Iterator<Map.Entry<CharSequence, CharSequence>> it = httpHeaders.iteratorCharSequence();
            while (it.hasNext()) {
                Map.Entry<CharSequence, CharSequence> h = it.next();
                headers.accept(h.getKey(), h.getValue());
            }
            usage.post(headers.usedWeight1m(), headers.orderCount10s(), headers.orderCount1m(), status,
                    headers.retryAfterSeconds());
            if (status == 429 || status == 418) {
                throttled(status, headers.retryAfterSeconds());
            }
            responses.decode(endpoint, instrumentId, clientOrderId, side, status, body.nioBuffer(), clock.epochNanos());
            if (status == 400 && contains(body, TIMESTAMP_OUTSIDE_RECV_WINDOW)) {
                resyncTime.run();
            }
        }

        @Override
        public void onFailure(HttpFailure failure, Throwable cause) {
            if (closed) {
                return;
            }
            long now = clock.epochNanos();
            if (failure.outcomeUnknown()) {
                responses.noResponse(endpoint, instrumentId, clientOrderId, side, now);
                return;
            }
            InboundEvent e = publisher.claim();
            if (e == null) {
                return;
            }
            if (endpoint == BinanceEndpoint.NEW_ORDER) {
                e.setRejected(now, instrumentId, clientOrderId, side, NOT_SENT_CODE);
            } else if (endpoint == BinanceEndpoint.CANCEL_ORDER) {
                e.setCancelRejected(now, instrumentId, clientOrderId, side, NOT_SENT_CODE);
            } else {
                // A query that never left: no tight retry loop; the order stays in flight until the
                // connection is back and a re-sync settles it.
                e.setVenueStatus(now, VenueState.NOTICE.ordinal(), NOT_SENT_CODE);
            }
            publisher.publish();
        }
    }

    /** Whether the body holds {@code "code":<code>} (cold path: only on a 400). */
    private static boolean contains(ByteBuf body, int code) {
        String text = body.toString(java.nio.charset.StandardCharsets.UTF_8);
        return text.replace(" ", "").contains("\"code\":" + code);
    }
}
