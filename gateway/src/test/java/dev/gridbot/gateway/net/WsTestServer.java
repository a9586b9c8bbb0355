package dev.gridbot.gateway.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.ssl.SslContext;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket server on 127.0.0.1 that does the upgrade by hand, so a test decides what it does:
 * refuse upgrades, stay silent and ignore pings, send fragments or pings, close or drop.
 */
final class WsTestServer implements AutoCloseable {
    private final EventLoopGroup group = EventLoops.newOwnedGroup("test-ws-server");
    private final ChannelGroup open = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel server;
    volatile boolean acceptUpgrades = true;
    volatile boolean answerPings = true;
    final AtomicInteger handshakes = new AtomicInteger();
    final AtomicInteger closedConnections = new AtomicInteger();
    final AtomicInteger pingsReceived = new AtomicInteger();
    final ConcurrentLinkedQueue<String> pongPayloads = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();

    private final boolean tls;

    WsTestServer() {
        this(null);
    }

    WsTestServer(SslContext tlsContext) {
        tls = tlsContext != null;
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tlsContext != null) {
                            ch.pipeline().addLast(tlsContext.newHandler(ch.alloc()));
                        }
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536), new Handler());
                    }
                })
                .bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    String url(String path) {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + path;
    }

    /** Connections that completed the upgrade and are still open. */
    int openConnections() {
        return open.size();
    }

    void sendText(String text) {
        open.writeAndFlush(new TextWebSocketFrame(text));
    }

    /** One message in several frames: a text frame, then continuations, the last one final. */
    void sendFragmented(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            WebSocketFrame frame = i == 0 ? new TextWebSocketFrame(last, 0, parts[i])
                    : new ContinuationWebSocketFrame(last, 0, parts[i]);
            open.writeAndFlush(frame);
        }
    }

    void sendPing(String payload) {
        open.writeAndFlush(new PingWebSocketFrame(Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8)));
    }

    /** Ends every connection without a close frame (a network failure, as the client sees it). */
    void dropAll() {
        open.close().syncUninterruptibly();
    }

    /** Ends every connection politely, as Binance does at 24 hours. */
    void closeAll() {
        open.writeAndFlush(new CloseWebSocketFrame(1001, "going away"));
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        private WebSocketServerHandshaker handshaker;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof FullHttpRequest) {
                    upgrade(ctx, (FullHttpRequest) msg);
                } else if (msg instanceof PingWebSocketFrame) {
                    pingsReceived.incrementAndGet();
                    if (answerPings) {
                        ctx.writeAndFlush(new PongWebSocketFrame(((PingWebSocketFrame) msg).content().retain()));
                    }
                } else if (msg instanceof PongWebSocketFrame) {
                    pongPayloads.add(((PongWebSocketFrame) msg).content().toString(StandardCharsets.UTF_8));
                } else if (msg instanceof TextWebSocketFrame) {
                    texts.add(((TextWebSocketFrame) msg).text());
                } else if (msg instanceof CloseWebSocketFrame) {
                    ctx.close();
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
            paths.add(request.uri());
            if (!acceptUpgrades) {
                ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                        HttpResponseStatus.SERVICE_UNAVAILABLE)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            handshaker = new WebSocketServerHandshakerFactory(request.uri(), null, false).newHandshaker(request);
            handshaker.handshake(ctx.channel(), request).addListener(f -> {
                if (f.isSuccess()) {
                    open.add(ctx.channel());
                    handshakes.incrementAndGet();
                }
            });
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (handshaker != null) {
                closedConnections.incrementAndGet();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        open.close().syncUninterruptibly();
        EventLoops.shutdown(group, 2_000);
    }
}
