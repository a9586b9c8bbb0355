package dev.gridbot.gateway.sim.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The first handler of every connection, on its Netty thread: a WebSocket upgrade goes to
 * {@link WsAcceptor}; any other request is decoded into a {@link RestRequest} and handed to the
 * venue thread, whose answer is written back (after the fault switch's delay, if any). A full
 * venue queue is answered at once with HTTP 503 (-1008). Never blocks.
 */
final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final VenueLoop loop;
    private final RestDispatcher rest;
    private final SimFaults faults;
    private final WsAcceptor webSockets;

    HttpRouter(VenueLoop loop, RestDispatcher rest, SimFaults faults, WsAcceptor webSockets) {
        this.loop = loop;
        this.rest = rest;
        this.faults = faults;
        this.webSockets = webSockets;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            webSockets.accept(ctx, request);
            return;
        }
        RestRequest decoded = new RestRequest(request.method().name(), request.uri(),
                request.content().toString(StandardCharsets.UTF_8), request.headers().get("X-MBX-APIKEY"));
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        Channel channel = ctx.channel();
        if (!loop.offer(() -> write(channel, rest.handle(decoded), keepAlive))) {
            write(channel, new RestAnswer(503, JsonText.error(ErrorCodes.SERVER_BUSY,
                    ErrorCodes.message(ErrorCodes.SERVER_BUSY))), keepAlive);
        }
    }

    private void write(Channel channel, RestAnswer answer, boolean keepAlive) {
        long delay = faults.delayMillis();
        if (delay > 0) {
            channel.eventLoop().schedule(() -> send(channel, answer, keepAlive), delay, TimeUnit.MILLISECONDS);
        } else {
            send(channel, answer, keepAlive);
        }
    }

    static void send(Channel channel, RestAnswer answer, boolean keepAlive) {
        byte[] body = answer.body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json;charset=UTF-8");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        for (Map.Entry<String, String> header : answer.headers.entrySet()) {
            response.headers().set(header.getKey(), header.getValue());
        }
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            channel.writeAndFlush(response);
        } else {
            channel.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
