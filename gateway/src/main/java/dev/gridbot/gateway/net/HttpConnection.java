package dev.gridbot.gateway.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * One kept-alive connection of an {@link HttpClient}: at most one request in flight (no
 * pipelining). Owned by the client's event loop, like every field here.
 */
final class HttpConnection extends ChannelInboundHandlerAdapter implements ChannelFutureListener, Runnable {
    private final HttpClient client;
    Channel channel;
    /** Connected (and TLS handshake done): requests may be written. */
    boolean ready;
    /** Closed or failed; the client has been told. */
    boolean gone;
    /** The request in flight, or one that timed out and whose late answer is still awaited. */
    HttpExchange current;
    Throwable lastError;
    ScheduledFuture<?> staleClose;

    HttpConnection(HttpClient client) {
        this.client = client;
    }

    ChannelInitializer<SocketChannel> initializer(SslContext ssl, Endpoint endpoint, HttpClientConfig config) {
        HttpConnection self = this;
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ChannelPipeline p = ch.pipeline();
                if (ssl != null) {
                    p.addLast("tls", Tls.newHandler(ssl, ch.alloc(), endpoint, config.connectTimeoutMillis()));
                }
                p.addLast("http", new HttpClientCodec());
                p.addLast("aggregate", new HttpObjectAggregator(config.maxResponseBytes()));
                p.addLast("exchange", self);
            }
        };
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        channel = ctx.channel();
        if (ctx.pipeline().get("tls") == null) {
            markReady();
        }
        super.channelActive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent) {
            SslHandshakeCompletionEvent done = (SslHandshakeCompletionEvent) evt;
            if (done.isSuccess()) {
                markReady();
            } else {
                lastError = done.cause();
                ctx.close();
            }
        }
        super.userEventTriggered(ctx, evt);
    }

    private void markReady() {
        if (!ready && !gone) {
            ready = true;
            client.onReady(this);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpResponse)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        FullHttpResponse response = (FullHttpResponse) msg;
        try {
            client.onResponse(this, response);
        } finally {
            response.release();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (lastError == null) {
            lastError = cause;
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closed(null);
        super.channelInactive(ctx);
    }

    /** Connect result (failure only: success continues in {@link #channelActive}) and write results. */
    @Override
    public void operationComplete(ChannelFuture future) {
        if (future.isSuccess()) {
            return;
        }
        if (lastError == null) {
            lastError = future.cause();
        }
        if (channel == null || !channel.isActive()) {
            closed(future.cause());
        } else {
            channel.close();
        }
    }

    private void closed(Throwable cause) {
        if (gone) {
            return;
        }
        gone = true;
        if (staleClose != null) {
            staleClose.cancel(false);
            staleClose = null;
        }
        if (cause != null && lastError == null) {
            lastError = cause;
        }
        client.onClosed(this);
    }

    /** Late-answer grace expired: give up on the connection. */
    @Override
    public void run() {
        staleClose = null;
        if (current != null && current.state == HttpExchange.State.TIMED_OUT && channel != null) {
            channel.close();
        }
    }
}
