package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One connection attempt of a {@link WebSocketClient} and, once the upgrade succeeds, the open
 * connection: its own (never reused) handshaker, the handshake deadline, and ping/pong liveness.
 * Owned by the client's event loop.
 */
final class WsConnection extends ChannelInboundHandlerAdapter implements ChannelFutureListener {
    private static final int HANDSHAKE_RESPONSE_MAX_BYTES = 64 * 1024;

    private final WebSocketClient client;
    private final WebSocketClientHandshaker handshaker;
    private final WebSocketConfig config;
    Channel channel;
    /** Replaced by a newer connection: its end is not a drop, its late messages are not delivered. */
    boolean retired;
    boolean open;
    boolean ended;
    DisconnectReason reason;
    Throwable error;
    ScheduledFuture<?> handshakeDeadline;
    ScheduledFuture<?> rotation;
    private ScheduledFuture<?> pongDeadline;
    private long framesRead;
    private long framesAtPing;

    WsConnection(WebSocketClient client, WebSocketClientHandshaker handshaker, WebSocketConfig config) {
        this.client = client;
        this.handshaker = handshaker;
        this.config = config;
    }

    ChannelInitializer<SocketChannel> initializer(SslContext ssl, Endpoint endpoint) {
        WsConnection self = this;
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ChannelPipeline p = ch.pipeline();
                if (ssl != null) {
                    p.addLast("tls", Tls.newHandler(ssl, ch.alloc(), endpoint, config.handshakeTimeoutMillis()));
                }
                p.addLast("http", new HttpClientCodec());
                p.addLast("http-aggregate", new HttpObjectAggregator(HANDSHAKE_RESPONSE_MAX_BYTES));
                p.addLast("ws", self);
            }
        };
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.pipeline().get("tls") == null) {
            handshaker.handshake(ctx.channel()).addListener(this);
        }
        super.channelActive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent) {
            SslHandshakeCompletionEvent done = (SslHandshakeCompletionEvent) evt;
            if (done.isSuccess()) {
                handshaker.handshake(ctx.channel()).addListener(this);
            } else {
                fail(ctx, done.cause());
            }
        } else if (evt instanceof IdleStateEvent && ((IdleStateEvent) evt).state() == IdleState.READER_IDLE) {
            readerIdle(ctx);
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        framesRead++;
        if (!open) {
            try {
                if (msg instanceof FullHttpResponse && !handshaker.isHandshakeComplete()) {
                    handshaker.finishHandshake(ctx.channel(), (FullHttpResponse) msg);
                    opened(ctx);
                }
            } catch (RuntimeException e) {
                fail(ctx, e);
            } finally {
                ReferenceCountUtil.release(msg);
            }
            return;
        }
        if (msg instanceof TextWebSocketFrame) {
            TextWebSocketFrame text = (TextWebSocketFrame) msg;
            try {
                if (!retired) {
                    client.deliverText(text.content());
                }
            } finally {
                text.release();
            }
        } else if (msg instanceof PingWebSocketFrame) {
            ByteBuf payload = ((PingWebSocketFrame) msg).content();
            client.pingAnswered();
            ctx.writeAndFlush(new PongWebSocketFrame(payload), ctx.voidPromise());
        } else if (msg instanceof PongWebSocketFrame) {
            client.pongReceived();
            ReferenceCountUtil.release(msg);
        } else if (msg instanceof CloseWebSocketFrame) {
            if (reason == null) {
                reason = DisconnectReason.CLOSED_BY_SERVER;
            }
            ctx.writeAndFlush(msg).addListener(ChannelFutureListener.CLOSE);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void opened(ChannelHandlerContext ctx) {
        open = true;
        ChannelPipeline p = ctx.pipeline();
        p.addBefore("ws", "ws-aggregate", new WebSocketFrameAggregator(config.maxMessageBytes()));
        p.addBefore("ws", "idle", new IdleStateHandler(config.readerIdleMillis(), 0, 0, TimeUnit.MILLISECONDS));
        client.onOpen(this);
    }

    private void readerIdle(ChannelHandlerContext ctx) {
        if (!open || pongDeadline != null) {
            return;
        }
        framesAtPing = framesRead;
        ByteBuf payload = ctx.alloc().buffer(Long.BYTES).writeLong(framesRead);
        ctx.writeAndFlush(new PingWebSocketFrame(payload), ctx.voidPromise());
        client.pingSent();
        pongDeadline = ctx.executor().schedule(this::checkPong, config.pongTimeoutMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkPong() {
        pongDeadline = null;
        if (framesRead == framesAtPing && !ended) {
            if (reason == null) {
                reason = DisconnectReason.PONG_TIMEOUT;
            }
            channel.close();
        }
    }

    /** Handshake deadline: the attempt took too long (connect, TLS or upgrade). */
    void handshakeTimedOut() {
        handshakeDeadline = null;
        if (!open && !ended) {
            error = new TimeoutException(
                    "handshake not complete within " + config.handshakeTimeoutMillis() + " ms");
            channel.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (open && reason == null && isProtocolError(cause)) {
            reason = DisconnectReason.PROTOCOL_ERROR;
        }
        fail(ctx, cause);
    }

    private static boolean isProtocolError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLongFrameException || t instanceof CorruptedFrameException) {
                return true;
            }
        }
        return false;
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        if (error == null) {
            error = cause;
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        end(null);
        super.channelInactive(ctx);
    }

    /** The connect result, and the result of writing the upgrade request: failures end the attempt. */
    @Override
    public void operationComplete(ChannelFuture future) {
        if (future.isSuccess()) {
            return;
        }
        if (error == null) {
            error = future.cause();
        }
        if (channel.isActive()) {
            channel.close();
        } else {
            end(future.cause());
        }
    }

    private void end(Throwable cause) {
        if (ended) {
            return;
        }
        ended = true;
        if (error == null) {
            error = cause;
        }
        cancel(handshakeDeadline);
        cancel(rotation);
        cancel(pongDeadline);
        handshakeDeadline = null;
        rotation = null;
        pongDeadline = null;
        client.onEnded(this);
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    /** Closes politely (status 1000) after a rotation or on {@link WebSocketClient#close()}. */
    void closeNormally() {
        if (open && channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE)).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }
}
