package dev.gridbot.gateway.binance.live;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceFrame;
import dev.gridbot.gateway.binance.BinanceStreamDecoder;
import dev.gridbot.gateway.net.DisconnectReason;
import dev.gridbot.gateway.net.WebSocketListener;
import io.netty.buffer.ByteBuf;

import java.util.function.Consumer;

/**
 * One WebSocket's frames into the inbound ring: each text frame is decoded straight into claimed
 * ring slots, stamped with the receive time; connection changes become VENUE_STATUS events. Owned
 * by the connection's event loop (the decoder and publisher are its own).
 */
final class StreamListener implements WebSocketListener {
    private final BinanceStreamDecoder decoder;
    private final InboundPublisher publisher;
    private final Clock clock;
    private final Consumer<BinanceFrame> onSpecialFrame;
    private final Runnable onGaveUp;
    private final boolean resyncs;
    private boolean resyncNextConnect;
    private volatile boolean connected;

    /**
     * @param resyncs          publish RESYNC when the connection comes back after a drop (user data:
     *                         events may have been missed; market data need none)
     * @param resyncFirstConnect publish RESYNC on the first connect too (a replacement connection)
     * @param onGaveUp         called once the connection's retries are exhausted
     */
    StreamListener(BinanceStreamDecoder decoder, InboundPublisher publisher, Clock clock,
                   Consumer<BinanceFrame> onSpecialFrame, boolean resyncs, boolean resyncFirstConnect,
                   Runnable onGaveUp) {
        this.decoder = decoder;
        this.publisher = publisher;
        this.clock = clock;
        this.onSpecialFrame = onSpecialFrame;
        this.resyncs = resyncs;
        this.resyncNextConnect = resyncFirstConnect;
        this.onGaveUp = onGaveUp;
    }

    @Override
    public void onConnected() {
        connected = true;
        status(VenueState.CONNECTED);
        if (resyncs && resyncNextConnect) {
            status(VenueState.RESYNC);
        }
        resyncNextConnect = true;
    }

    @Override
    public void onText(ByteBuf utf8) {
        BinanceFrame frame = decoder.decode(utf8.nioBuffer(), clock.epochNanos());
        if (frame == BinanceFrame.LISTEN_KEY_EXPIRED) {
            onSpecialFrame.accept(frame);
        }
    }

    @Override
    public void onDisconnected(DisconnectReason reason) {
        connected = false;
        status(VenueState.DISCONNECTED);
    }

    @Override
    public void onGaveUp() {
        status(VenueState.DISCONNECTED);
        onGaveUp.run();
    }

    boolean connected() {
        return connected;
    }

    private void status(VenueState state) {
        InboundEvent e = publisher.claim();
        if (e != null) {
            e.setVenueStatus(clock.epochNanos(), state.ordinal(), 0);
            publisher.publish();
        }
    }
}
