package dev.gridbot.gateway.binance.live;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceFrame;
import dev.gridbot.gateway.binance.BinanceResponses;
import dev.gridbot.gateway.binance.BinanceStreamDecoder;
import dev.gridbot.gateway.net.HttpClient;
import dev.gridbot.gateway.net.WebSocketClient;
import dev.gridbot.gateway.net.WebSocketConfig;

import java.util.concurrent.ScheduledExecutorService;

/**
 * An account's user-data stream: a listenKey from the REST API, the private WebSocket
 * {@code <ws>/private/ws/<listenKey>} decoded into the inbound ring, the key kept alive every 30
 * minutes, and a new key and connection when the venue says the key expired (listenKeyExpired, or
 * -1125 on keep-alive). Upkeep runs on the account's upkeep thread; frames on the socket's loop.
 */
final class UserStream implements AutoCloseable {
    private static final int LISTEN_KEY_NOT_FOUND = -1125;

    private final HttpClient http;
    private final String apiKey;
    private final String wsBase;
    private final Instruments instruments;
    private final RingBuffer<InboundEvent> ring;
    private final Clock clock;
    private final ScheduledExecutorService upkeep;
    private final WebSocketConfig template;
    private final Runnable onGaveUp;
    private volatile WebSocketClient socket;
    private volatile StreamListener listener;
    private volatile String listenKey;

    UserStream(HttpClient http, String apiKey, String wsBase, Instruments instruments, RingBuffer<InboundEvent> ring,
               Clock clock, ScheduledExecutorService upkeep, WebSocketConfig template, Runnable onGaveUp) {
        this.http = http;
        this.apiKey = apiKey;
        this.wsBase = wsBase;
        this.instruments = instruments;
        this.ring = ring;
        this.clock = clock;
        this.upkeep = upkeep;
        this.template = template;
        this.onGaveUp = onGaveUp;
    }

    /** Creates the key and opens the stream (blocking: start-up thread). */
    void start() throws VenueException {
        listenKey = createKey();
        open();
    }

    private String createKey() throws VenueException {
        RestCall.Answer a = RestCall.call(http, "POST", "/fapi/v1/listenKey", apiKey, 5_000);
        if (!a.ok()) {
            throw new VenueException(http.endpoint() + ": creating a listenKey answered HTTP " + a.status() + ": "
                    + a.text());
        }
        return BinanceResponses.listenKey(a.body());
    }

    private void open() {
        // The first connect of the run is re-synced by the gateway's start-up; every later one
        // (after a drop, or with a new listenKey) re-syncs here: fills may have been missed.
        StreamListener l = new StreamListener(new BinanceStreamDecoder(instruments, new InboundPublisher(ring)),
                new InboundPublisher(ring), clock, this::onSpecialFrame, true, listener != null, onGaveUp);
        WebSocketClient s = new WebSocketClient(template.withUrl(wsBase + "/private/ws/" + listenKey), l);
        listener = l;
        socket = s;
        s.start();
    }

    private void onSpecialFrame(BinanceFrame frame) {
        if (frame == BinanceFrame.LISTEN_KEY_EXPIRED) {
            upkeep.execute(this::renewQuietly);
        }
    }

    /** PUT the key (upkeep thread); a key the venue no longer knows is replaced. */
    void keepAlive() {
        try {
            RestCall.Answer a = RestCall.call(http, "PUT", "/fapi/v1/listenKey", apiKey, 5_000);
            if (!a.ok() && BinanceResponses.error(a.body()).code() == LISTEN_KEY_NOT_FOUND) {
                renew();
            }
        } catch (VenueException e) {
            // The next keep-alive tries again; the socket's own reconnects go on meanwhile.
        }
    }

    private void renewQuietly() {
        try {
            renew();
        } catch (VenueException e) {
            upkeep.schedule(this::renewQuietly, 5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private void renew() throws VenueException {
        String key = createKey();
        WebSocketClient old = socket;
        listenKey = key;
        open();
        if (old != null) {
            old.close();
        }
    }

    boolean connected() {
        StreamListener l = listener;
        return l != null && l.connected();
    }

    @Override
    public void close() {
        WebSocketClient s = socket;
        if (s != null) {
            s.close();
        }
        try {
            RestCall.call(http, "DELETE", "/fapi/v1/listenKey", apiKey, 2_000);
        } catch (VenueException e) {
            // The key expires by itself within the hour.
        }
    }
}
