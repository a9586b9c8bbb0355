package dev.gridbot.gateway.sim.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Accepts WebSocket connections on the routed paths, on the connection's Netty thread:
 * {@code /<route>/ws/<stream>} (raw messages), {@code /<route>/ws} (streams come by SUBSCRIBE) and
 * {@code /<route>/stream?streams=a/b} (combined: {@code {"stream":…,"data":…}}), where the route is
 * {@code public} (bookTicker), {@code market} (aggTrade, markPrice) or {@code private} (a live
 * listenKey). A path or stream the route does not serve is refused with HTTP 400. Stateless apart
 * from its configuration.
 */
final class WsAcceptor {
    private final Venue venue;
    private final StreamHub hub;
    private final long pingIntervalMs;
    private final long pongTimeoutMs;

    WsAcceptor(Venue venue, StreamHub hub, SimServerConfig config) {
        this.venue = venue;
        this.hub = hub;
        this.pingIntervalMs = config.pingInterval().toMillis();
        this.pongTimeoutMs = config.pongTimeout().toMillis();
    }

    /** True when {@code route} serves {@code stream}; thread-safe. */
    boolean validStream(String route, String stream) {
        if ("private".equals(route)) {
            return venue.listenKeyAccount(stream) != null;
        }
        return venue.market.isMarketStream(route, stream);
    }

    void accept(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String[] parts = uri.path().split("/", 4);
        String route = parts.length > 1 ? parts[1] : "";
        String kind = parts.length > 2 ? parts[2] : "";
        List<String> streams = new ArrayList<>();
        boolean combined = "stream".equals(kind);
        if ("ws".equals(kind) && parts.length == 4 && !parts[3].isEmpty()) {
            streams.add(parts[3]);
        } else if (combined && uri.parameters().containsKey("streams")) {
            for (String stream : uri.parameters().get("streams").get(0).split("/")) {
                if (!stream.isEmpty()) {
                    streams.add(stream);
                }
            }
        }
        boolean known = ("ws".equals(kind) || combined) && (parts.length < 4 || "ws".equals(kind))
                && ("public".equals(route) || "market".equals(route) || "private".equals(route));
        for (String stream : streams) {
            known &= validStream(route, stream);
        }
        if (!known || ("private".equals(route) && streams.isEmpty())) {
            HttpRouter.send(ctx.channel(), new RestAnswer(400, JsonText.error(ErrorCodes.NOT_FOUND,
                    ErrorCodes.message(ErrorCodes.NOT_FOUND))), false);
            return;
        }
        String location = "ws://" + request.headers().get("Host") + request.uri();
        WebSocketServerHandshaker handshaker =
                new WebSocketServerHandshakerFactory(location, null, true, 1 << 16).newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        WsSession session = new WsSession(ctx.channel(), route, combined, hub, this::validStream, pingIntervalMs,
                pongTimeoutMs);
        ctx.pipeline().addLast("ws-session", session);
        handshaker.handshake(ctx.channel(), request).addListener(f -> {
            if (f.isSuccess()) {
                session.start(streams);
            } else {
                ctx.close();
            }
        });
    }
}
