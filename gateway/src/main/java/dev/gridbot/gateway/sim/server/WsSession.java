package dev.gridbot.gateway.sim.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * One WebSocket connection of the simulated venue, on one route ({@code public}, {@code market} or
 * {@code private}): the streams it listens to, whether messages are wrapped as combined-stream
 * {@code {"stream":…,"data":…}}, and the live-subscription frames (SUBSCRIBE, UNSUBSCRIBE,
 * LIST_SUBSCRIPTIONS, SET_PROPERTY / GET_PROPERTY combined). The server pings it every ping
 * interval and closes it when no pong came for the pong timeout; client pings are answered with
 * the same payload. Frames are handled on the connection's Netty thread; {@link #send} and
 * {@link #close} may be called from any thread.
 */
final class WsSession extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final JsonFactory JSON = new JsonFactory();

    private final Channel channel;
    private final String route;
    private final StreamHub hub;
    private final BiPredicate<String, String> validStream;
    private final long pingIntervalMs;
    private final long pongTimeoutNanos;
    private final Set<String> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean combined;
    private volatile long lastPongNanos = System.nanoTime();
    private ScheduledFuture<?> pinger;

    WsSession(Channel channel, String route, boolean combined, StreamHub hub, BiPredicate<String, String> validStream,
              long pingIntervalMs, long pongTimeoutMs) {
        this.channel = channel;
        this.route = route;
        this.combined = combined;
        this.hub = hub;
        this.validStream = validStream;
        this.pingIntervalMs = pingIntervalMs;
        this.pongTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(pongTimeoutMs);
    }

    /** After the handshake: listens to the streams of the URL and starts pinging. */
    void start(List<String> initial) {
        hub.add(this);
        for (String stream : initial) {
            streams.add(stream);
            hub.subscribe(this, stream);
        }
        pinger = channel.eventLoop().scheduleAtFixedRate(this::ping, pingIntervalMs, pingIntervalMs,
                TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> {
            pinger.cancel(false);
            hub.remove(this);
        });
    }

    Set<String> streams() {
        return streams;
    }

    void send(String stream, String json) {
        String text = combined ? JsonText.object().str("stream", stream).raw("data", json).end().done() : json;
        channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    void close() {
        channel.writeAndFlush(new CloseWebSocketFrame(1000, "closed by the venue"))
                .addListener(f -> channel.close());
    }

    private void ping() {
        if (System.nanoTime() - lastPongNanos > pongTimeoutNanos) {
            channel.close();
            return;
        }
        byte[] payload = Long.toString(System.currentTimeMillis()).getBytes(StandardCharsets.US_ASCII);
        channel.writeAndFlush(new PingWebSocketFrame(Unpooled.wrappedBuffer(payload)));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof PongWebSocketFrame) {
            lastPongNanos = System.nanoTime();
        } else if (frame instanceof PingWebSocketFrame) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame) {
            ctx.writeAndFlush(new CloseWebSocketFrame(1000, "")).addListener(f -> ctx.close());
        } else if (frame instanceof TextWebSocketFrame) {
            ctx.writeAndFlush(new TextWebSocketFrame(answer(((TextWebSocketFrame) frame).text())));
        }
    }

    /** The answer to a live-subscription frame, Binance's error shapes for bad ones. */
    String answer(String text) {
        String method = null;
        List<Object> params = new ArrayList<>();
        long id = -1;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return error(3, "Invalid JSON: expected an object", -1);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("method".equals(name) && value == JsonToken.VALUE_STRING) {
                    method = p.getText();
                } else if ("id".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    id = p.getLongValue();
                } else if ("params".equals(name) && value == JsonToken.START_ARRAY) {
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        params.add(t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE
                                ? Boolean.FALSE : p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return error(3, "Invalid JSON: " + e.getMessage(), -1);
        }
        if (id < 0) {
            return error(2, "Invalid request: request ID must be an unsigned integer", -1);
        }
        return method == null ? error(2, "Invalid request: missing method", id) : dispatch(method, params, id);
    }

    private String dispatch(String method, List<Object> params, long id) {
        switch (method) {
            case "SUBSCRIBE":
                for (Object stream : params) {
                    if (!validStream.test(route, String.valueOf(stream))) {
                        return error(2, "Invalid request: unknown stream " + stream + " on /" + route, id);
                    }
                }
                for (Object stream : params) {
                    streams.add((String) stream);
                    hub.subscribe(this, (String) stream);
                }
                return result(id);
            case "UNSUBSCRIBE":
                for (Object stream : params) {
                    streams.remove(String.valueOf(stream));
                    hub.unsubscribe(this, String.valueOf(stream));
                }
                return result(id);
            case "LIST_SUBSCRIPTIONS": {
                JsonText json = JsonText.object().beginArray("result");
                for (String stream : streams) {
                    json.str(stream);
                }
                return json.endArray().num("id", id).end().done();
            }
            case "SET_PROPERTY":
                if (params.size() != 2 || !"combined".equals(params.get(0)) || !(params.get(1) instanceof Boolean)) {
                    return error(1, "Invalid value type: expected Boolean", id);
                }
                combined = (Boolean) params.get(1);
                return result(id);
            case "GET_PROPERTY":
                if (params.size() != 1 || !"combined".equals(params.get(0))) {
                    return error(0, "Unknown property", id);
                }
                return JsonText.object().bool("result", combined).num("id", id).end().done();
            default:
                return error(2, "Invalid request: unknown variant " + method + ", expected one of SUBSCRIBE, "
                        + "UNSUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY, GET_PROPERTY", id);
        }
    }

    private static String result(long id) {
        return JsonText.object().nul("result").num("id", id).end().done();
    }

    private static String error(int code, String msg, long id) {
        JsonText json = JsonText.object().num("code", code).str("msg", msg);
        return (id >= 0 ? json.num("id", id) : json.nul("id")).end().done();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
