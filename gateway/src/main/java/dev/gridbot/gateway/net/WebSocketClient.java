package dev.gridbot.gateway.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.TrustManagerFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket connection with a life of its own: it connects, answers pings, pings a silent
 * server and drops it when it stays silent, reconnects after any drop following the back-off
 * schedule, gives up (and reports it) after too many failed attempts, and replaces itself before
 * the venue's maximum connection age (make-before-break: the old connection serves until the new
 * one is open, then closes; {@link WebSocketListener#onConnected()} runs again so that the owner
 * resubscribes).
 *
 * <p>Threads: all state belongs to one Netty event loop, which runs every listener callback.
 * {@link #state()}, the counters and {@link #sendText} may be used from any thread.
 */
public final class WebSocketClient implements AutoCloseable {
    /** Where the client is in its life; readable from any thread. */
    public enum State { NEW, CONNECTING, CONNECTED, BACKING_OFF, CLOSED }

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketClient.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final WebSocketConfig config;
    private final Endpoint endpoint;
    private final WebSocketListener listener;
    private final SslContext ssl;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();

    private volatile State state = State.NEW;
    private volatile WsConnection current;
    /** An attempt to (re)connect while no connection is open. */
    private WsConnection pending;
    /** An attempt to replace the aged {@link #current}, which keeps serving until this one is open. */
    private WsConnection successor;
    private ScheduledFuture<?> retry;
    private int consecutiveFailures;
    private int rotationFailures;
    private boolean gaveUp;
    private boolean closed;

    private volatile long connects;
    private volatile long drops;
    private volatile long failedAttempts;
    private volatile long rotations;
    private volatile long pingsSent;
    private volatile long pongsReceived;
    private volatile long pingsAnswered;
    private volatile long listenerErrors;

    /** A client on its own one-thread event loop, shut down by {@link #close()}; call {@link #start()}. */
    public WebSocketClient(WebSocketConfig config, WebSocketListener listener) {
        this(config, listener, null, null);
    }

    /** A client on one loop of a shared NIO group ({@code NioIoHandler}); {@link #close()} leaves it running. */
    public WebSocketClient(WebSocketConfig config, WebSocketListener listener, EventLoopGroup group) {
        this(config, listener, requireGroup(group), null);
    }

    /** As above, trusting {@code trust} instead of the JDK's trust store (tests, private CAs). */
    WebSocketClient(WebSocketConfig config, WebSocketListener listener, EventLoopGroup group, TrustManagerFactory trust) {
        this.config = config;
        this.endpoint = Endpoint.webSocket(config.url());
        if (listener == null) {
            throw new IllegalArgumentException("listener is missing");
        }
        this.listener = listener;
        this.ssl = endpoint.secure ? Tls.clientContext(trust) : null;
        this.ownsGroup = group == null;
        this.group = ownsGroup ? EventLoops.newOwnedGroup("gridbot-ws") : group;
        this.loop = this.group.next();
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, config.handshakeTimeoutMillis()));
    }

    private static EventLoopGroup requireGroup(EventLoopGroup group) {
        if (group == null) {
            throw new IllegalArgumentException("group is missing; use WebSocketClient(config, listener) for an owned event loop");
        }
        return group;
    }

    /** Starts connecting (once; later calls do nothing). Construct, keep the reference, then start. */
    public void start() {
        if (!closing.get() && started.compareAndSet(false, true)) {
            loop.execute(() -> attempt(false));
        }
    }

    /**
     * Queues a text frame (e.g. a subscription) on the open connection. Returns false when no
     * connection is open; a frame is not replayed after a reconnect, so subscribe in
     * {@link WebSocketListener#onConnected()}. A failed write drops the connection.
     */
    public boolean sendText(CharSequence text) {
        WsConnection connection = current;
        if (connection == null || state != State.CONNECTED) {
            return false;
        }
        Channel channel = connection.channel;
        ByteBuf utf8 = ByteBufUtil.writeUtf8(channel.alloc(), text);
        channel.writeAndFlush(new TextWebSocketFrame(utf8), channel.voidPromise());
        return true;
    }

    private void attempt(boolean asSuccessor) {
        retry = null;
        if (closed) {
            return;
        }
        WsConnection connection = new WsConnection(this, WebSocketClientHandshakerFactory.newHandshaker(endpoint.uri,
                WebSocketVersion.V13, null, false, new DefaultHttpHeaders(), config.maxMessageBytes()), config);
        if (asSuccessor) {
            successor = connection;
        } else {
            pending = connection;
            state = State.CONNECTING;
        }
        connection.handshakeDeadline = loop.schedule(connection::handshakeTimedOut,
                config.handshakeTimeoutMillis(), TimeUnit.MILLISECONDS);
        ChannelFuture future = bootstrap.clone().handler(connection.initializer(ssl, endpoint))
                .connect(endpoint.host, endpoint.port);
        connection.channel = future.channel();
        future.addListener(connection);
    }

    /** The one pending timer of the client: the next attempt, or the next try at a replacement. */
    private void scheduleRetry(Runnable task, long delayMillis) {
        if (retry != null) {
            retry.cancel(false);
        }
        retry = loop.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    void onOpen(WsConnection connection) {
        if (connection.handshakeDeadline != null) {
            connection.handshakeDeadline.cancel(false);
            connection.handshakeDeadline = null;
        }
        if (closed || (connection != pending && connection != successor)) {
            connection.retired = true;
            connection.closeNormally();
            return;
        }
        WsConnection old = current;
        pending = null;
        successor = null;
        current = connection;
        consecutiveFailures = 0;
        rotationFailures = 0;
        gaveUp = false;
        connects++;
        state = State.CONNECTED;
        connection.rotation = loop.schedule(this::rotate, config.maxConnectionAgeMillis(), TimeUnit.MILLISECONDS);
        if (old != null) {
            old.retired = true;
            old.closeNormally();
            rotations++;
            LOG.info("WebSocket {} replaced by a fresh connection (maximum age reached)", endpoint);
        }
        try {
            listener.onConnected();
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    /** The maximum age is reached: open a successor unless a replacement is already under way. */
    private void rotate() {
        if (!closed && current != null && successor == null && pending == null) {
            attempt(true);
        }
    }

    void onEnded(WsConnection connection) {
        if (closed || connection.retired) {
            return;
        }
        if (connection == current) {
            current = null;
            drops++;
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
            DisconnectReason reason = connection.reason != null ? connection.reason : DisconnectReason.CONNECTION_LOST;
            if (successor != null) {
                pending = successor;
                successor = null;
                state = State.CONNECTING;
                LOG.warn("WebSocket {} dropped ({}); its replacement is already connecting", endpoint, reason);
            } else {
                state = State.BACKING_OFF;
                long delay = config.backoff(0);
                LOG.warn("WebSocket {} dropped ({}); reconnecting in {} ms", endpoint, reason, delay);
                scheduleRetry(() -> attempt(false), delay);
            }
            try {
                listener.onDisconnected(reason);
            } catch (RuntimeException e) {
                listenerFailed(e);
            }
        } else if (connection == successor) {
            successor = null;
            long delay = config.backoff(++rotationFailures);
            LOG.warn("WebSocket {}: the replacement connection failed ({}); the current one serves, retry in {} ms",
                    endpoint, connection.error, delay);
            scheduleRetry(this::rotate, delay);
        } else if (connection == pending) {
            pending = null;
            attemptFailed(connection.error);
        }
    }

    private void attemptFailed(Throwable error) {
        failedAttempts++;
        consecutiveFailures++;
        boolean givingUp = !gaveUp && consecutiveFailures >= config.maxFailedAttempts();
        if (givingUp) {
            gaveUp = true;
            LOG.warn("WebSocket {}: {} consecutive attempts failed, last: {}; {}", endpoint, consecutiveFailures, error,
                    config.keepTryingAfterGiveUp() ? "still trying every " + config.slowRetryMillis() + " ms" : "stopping");
            if (!config.keepTryingAfterGiveUp()) {
                state = State.CLOSED;
                closed = true;
            }
            try {
                listener.onGaveUp();
            } catch (RuntimeException e) {
                listenerFailed(e);
            }
            if (closed) {
                return;
            }
        }
        long delay = gaveUp ? config.slowRetryMillis() : config.backoff(consecutiveFailures);
        if (!gaveUp) {
            LOG.warn("WebSocket {}: attempt {} failed ({}); next in {} ms", endpoint, consecutiveFailures, error, delay);
        }
        state = State.BACKING_OFF;
        scheduleRetry(() -> attempt(false), delay);
    }

    void deliverText(ByteBuf utf8) {
        if (closed) {
            return;
        }
        try {
            listener.onText(utf8);
        } catch (RuntimeException e) {
            listenerFailed(e);
        }
    }

    private void listenerFailed(RuntimeException e) {
        long n = ++listenerErrors;
        if (Long.bitCount(n) == 1) {
            LOG.error("a WebSocket listener threw ({} so far) for {}", n, endpoint, e);
        }
    }

    void pingSent() {
        pingsSent++;
    }

    void pongReceived() {
        pongsReceived++;
    }

    void pingAnswered() {
        pingsAnswered++;
    }

    /**
     * Stops for good: no reconnect and no callback after this. Closes the connection politely and
     * shuts down an owned event loop; idempotent; waits a bounded time unless called on the loop.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (loop.inEventLoop()) {
            closeOnLoop();
            if (ownsGroup) {
                group.shutdownGracefully(0, CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            return;
        }
        loop.submit(this::closeOnLoop).awaitUninterruptibly(CLOSE_WAIT_MILLIS);
        if (ownsGroup) {
            EventLoops.shutdown(group, CLOSE_WAIT_MILLIS);
        }
    }

    private void closeOnLoop() {
        closed = true;
        state = State.CLOSED;
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        for (WsConnection connection : new WsConnection[] {current, pending, successor}) {
            if (connection != null) {
                connection.retired = true;
                connection.closeNormally();
            }
        }
        current = null;
        pending = null;
        successor = null;
    }

    public State state() {
        return state;
    }

    /** The URL without its secret parts (a listen key in the path). */
    public String endpoint() {
        return endpoint.display;
    }

    /** Connections opened (rotations included). */
    public long connects() {
        return connects;
    }

    /** Open connections lost (rotations excluded). */
    public long drops() {
        return drops;
    }

    /** Attempts that ended before the connection opened. */
    public long failedAttempts() {
        return failedAttempts;
    }

    /** Aged connections replaced. */
    public long rotations() {
        return rotations;
    }

    public long pingsSent() {
        return pingsSent;
    }

    public long pongsReceived() {
        return pongsReceived;
    }

    /** Server pings answered with a pong carrying the same payload. */
    public long pingsAnswered() {
        return pingsAnswered;
    }

    /** Exceptions thrown by the listener (a bug in the caller; logged at 1, 2, 4, 8… occurrences). */
    public long listenerErrors() {
        return listenerErrors;
    }
}
