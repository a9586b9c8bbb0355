package dev.gridbot.gateway.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on 127.0.0.1 with behaviour chosen by path: {@code /echo} answers with
 * what it received, {@code /hold} keeps the request until {@link #releaseHeld()}, {@code /close}
 * answers with {@code Connection: close} and closes, {@code /drop} closes without answering.
 */
final class HttpTestServer implements AutoCloseable {
    private final EventLoopGroup group = EventLoops.newOwnedGroup("test-http-server");
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final ConcurrentLinkedQueue<ChannelHandlerContext> held = new ConcurrentLinkedQueue<>();
    final AtomicInteger connectionsAccepted = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    private final Channel server;

    HttpTestServer() {
        this(null);
    }

    HttpTestServer(SslContext tls) {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connectionsAccepted.incrementAndGet();
                        channels.add(ch);
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler());
                    }
                })
                .bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    int held() {
        return held.size();
    }

    /** Answers every held request with 200 "late". */
    void releaseHeld() {
        ChannelHandlerContext ctx;
        while ((ctx = held.poll()) != null) {
            ctx.writeAndFlush(response("late"));
        }
    }

    /** Closes every accepted connection (like a server's idle timeout). */
    void closeConnections() {
        channels.close().syncUninterruptibly();
    }

    private static FullHttpResponse response(String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        return response;
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            requests.incrementAndGet();
            String path = request.uri().split("\\?")[0];
            switch (path) {
                case "/echo":
                    ctx.writeAndFlush(response(request.method() + " " + request.uri()
                            + "|key=" + request.headers().get("X-MBX-APIKEY")
                            + "|type=" + request.headers().get(HttpHeaderNames.CONTENT_TYPE)
                            + "|conn=" + request.headers().get(HttpHeaderNames.CONNECTION)
                            + "|body=" + request.content().toString(StandardCharsets.UTF_8)));
                    break;
                case "/hold":
                    held.add(ctx);
                    break;
                case "/close":
                    FullHttpResponse response = response("bye");
                    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                    break;
                case "/drop":
                    ctx.close();
                    break;
                default:
                    FullHttpResponse notFound = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                            HttpResponseStatus.NOT_FOUND, Unpooled.EMPTY_BUFFER);
                    notFound.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
                    ctx.writeAndFlush(notFound);
            }
        }

        /** Clients that refuse our certificate end here; that is what some tests want. */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        channels.close().syncUninterruptibly();
        EventLoops.shutdown(group, 2_000);
    }
}
