package dev.gridbot.gateway.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.ssl.SslContext;
import io.netty.util.AsciiString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.TrustManagerFactory;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP/1.1 client for one base URL over a small pool of kept-alive Netty connections.
 *
 * <p>Threads: {@link #send} may be called from any thread; it hands the request to the client's
 * single event loop, which owns the pool, the wait queue and every connection, and runs every
 * {@link ResponseHandler} callback. Counters are readable from any thread.
 *
 * <p>Each request gets exactly one outcome. A request waits in a bounded queue while every
 * connection is busy; when the queue is full it fails at once with {@link HttpFailure#NOT_SENT}.
 * Its timeout counts from {@code send}: if it expires before the request was written the failure
 * is NOT_SENT, after that {@link HttpFailure#TIMEOUT}; a response arriving after the timeout is
 * ignored and counted, and the connection serves again. A connection the server closes is dropped
 * and a new one opened when a request needs it. Connections are opened on demand (or by
 * {@link #warmUp()}), up to {@code poolSize}; names resolve through the JDK resolver.
 */
public final class HttpClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpClient.class);
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final HttpClientConfig config;
    private final Endpoint endpoint;
    private final SslContext ssl;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final AsciiString apiKeyHeader;
    private final AtomicBoolean closing = new AtomicBoolean();

    private final ArrayDeque<HttpExchange> queue = new ArrayDeque<>();
    private final ArrayDeque<HttpConnection> idle = new ArrayDeque<>();
    private final List<HttpConnection> connections = new ArrayList<>();
    private int connecting;
    /** Connections holding a timed-out request until its late answer or the grace ends; not counted in the pool. */
    private int stale;
    private int lostNotReplaced;
    private boolean closed;

    private volatile long sent;
    private volatile long responses;
    private volatile long timeouts;
    private volatile long lateResponses;
    private volatile long rejected;
    private volatile long connectionsOpened;
    private volatile long reconnects;
    private volatile long handlerErrors;
    private volatile int openConnections;

    /** A client with its own one-thread event loop, shut down by {@link #close()}. */
    public HttpClient(HttpClientConfig config) {
        this(config, null, null);
    }

    /** A client on one loop of a shared NIO group ({@code NioIoHandler}); {@link #close()} leaves the group running. */
    public HttpClient(HttpClientConfig config, EventLoopGroup group) {
        this(config, requireGroup(group), null);
    }

    /** As above, trusting {@code trust} instead of the JDK's trust store (tests, private CAs). */
    HttpClient(HttpClientConfig config, EventLoopGroup group, TrustManagerFactory trust) {
        this.config = config;
        this.endpoint = Endpoint.http(config.baseUrl());
        this.ssl = endpoint.secure ? Tls.clientContext(trust) : null;
        this.apiKeyHeader = AsciiString.of(config.apiKeyHeader());
        this.ownsGroup = group == null;
        this.group = ownsGroup ? EventLoops.newOwnedGroup("gridbot-http") : group;
        this.loop = this.group.next();
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, config.connectTimeoutMillis()));
    }

    private static EventLoopGroup requireGroup(EventLoopGroup group) {
        if (group == null) {
            throw new IllegalArgumentException("group is missing; use HttpClient(config) for an owned event loop");
        }
        return group;
    }

    /**
     * Sends one request; the outcome reaches {@code handler} on the event loop. {@code body} (form
     * encoded) is copied, so the caller may reuse the array; {@code apiKey} (null: no key header)
     * must not change afterwards. Never blocks. After {@link #close()} the request fails as NOT_SENT,
     * possibly on the calling thread once the event loop is gone.
     *
     * @param pathAndQuery the request target, starting with {@code /}, e.g. {@code /fapi/v1/order?symbol=…}
     */
    public void send(HttpMethod method, String pathAndQuery, byte[] body, CharSequence apiKey, long timeoutMillis,
                     ResponseHandler handler) {
        if (method == null || handler == null) {
            throw new IllegalArgumentException("method and handler are required");
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeoutMillis must be positive, got " + timeoutMillis);
        }
        FullHttpRequest request = HttpRequests.build(endpoint, apiKeyHeader, method, pathAndQuery, body, apiKey);
        HttpExchange exchange = new HttpExchange(this, request, handler, timeoutMillis);
        if (loop.inEventLoop()) {
            dispatch(exchange);
        } else {
            try {
                loop.execute(exchange);
            } catch (RejectedExecutionException e) {
                exchange.releaseRequest();
                handler.onFailure(HttpFailure.NOT_SENT, e);
            }
        }
    }

    /** Opens connections up to {@code poolSize} ahead of the first request (TLS costs a round trip or two). */
    public void warmUp() {
        loop.execute(() -> {
            while (!closed && connections.size() - stale + connecting < config.poolSize()) {
                open();
            }
        });
    }

    void dispatch(HttpExchange exchange) {
        if (closed) {
            fail(exchange, HttpFailure.NOT_SENT, new IllegalStateException("client closed: " + endpoint));
            return;
        }
        HttpConnection connection = idle.pollFirst();
        if (connection == null && queue.size() >= config.queueCapacity()) {
            rejected++;
            fail(exchange, HttpFailure.NOT_SENT, new IllegalStateException(
                    "request queue full (" + config.queueCapacity() + " waiting for " + endpoint + ")"));
            return;
        }
        exchange.timeout = loop.schedule(new HttpExchange.Timeout(exchange), exchange.timeoutMillis, TimeUnit.MILLISECONDS);
        if (connection != null) {
            write(connection, exchange);
            return;
        }
        exchange.state = HttpExchange.State.QUEUED;
        queue.addLast(exchange);
        pump();
    }

    /** Matches waiting requests with idle connections and opens connections for the rest. */
    private void pump() {
        while (!queue.isEmpty() && !idle.isEmpty()) {
            write(idle.pollFirst(), queue.pollFirst());
        }
        int unserved = queue.size() - connecting;
        while (unserved > 0 && connections.size() - stale + connecting < config.poolSize()) {
            open();
            unserved--;
        }
    }

    private void open() {
        HttpConnection connection = new HttpConnection(this);
        connecting++;
        ChannelFuture future = bootstrap.clone().handler(connection.initializer(ssl, endpoint, config))
                .connect(endpoint.host, endpoint.port);
        connection.channel = future.channel();
        future.addListener(connection);
    }

    private void write(HttpConnection connection, HttpExchange exchange) {
        exchange.state = HttpExchange.State.SENT;
        exchange.connection = connection;
        connection.current = exchange;
        sent++;
        connection.channel.writeAndFlush(exchange.takeRequest()).addListener(connection);
    }

    void onReady(HttpConnection connection) {
        connecting--;
        connections.add(connection);
        openConnections = connections.size();
        connectionsOpened++;
        if (lostNotReplaced > 0) {
            lostNotReplaced--;
            reconnects++;
        }
        if (closed) {
            connection.channel.close();
            return;
        }
        idle.addFirst(connection);
        pump();
    }

    void onClosed(HttpConnection connection) {
        if (!connection.ready) {
            connecting--;
            if (connections.isEmpty() && connecting == 0) {
                Throwable cause = connection.lastError != null ? connection.lastError : new ClosedChannelException();
                failQueued(cause);
            }
            return;
        }
        connections.remove(connection);
        openConnections = connections.size();
        idle.remove(connection);
        if (!closed) {
            lostNotReplaced++;
        }
        HttpExchange exchange = connection.current;
        connection.current = null;
        if (exchange != null && exchange.state == HttpExchange.State.TIMED_OUT) {
            exchange.state = HttpExchange.State.DONE;
            stale--;
        }
        if (exchange != null && exchange.state == HttpExchange.State.SENT) {
            Throwable cause = connection.lastError != null ? connection.lastError : new ClosedChannelException();
            fail(exchange, HttpFailure.DISCONNECTED_AFTER_SEND, cause);
        }
        if (!closed) {
            pump();
        }
    }

    void onResponse(HttpConnection connection, FullHttpResponse response) {
        HttpExchange exchange = connection.current;
        connection.current = null;
        if (connection.staleClose != null) {
            connection.staleClose.cancel(false);
            connection.staleClose = null;
        }
        if (exchange == null) {
            connection.channel.close();
            return;
        }
        boolean late = exchange.state == HttpExchange.State.TIMED_OUT;
        if (late) {
            stale--;
            lateResponses++;
        } else {
            exchange.cancelTimeout();
            responses++;
        }
        exchange.state = HttpExchange.State.DONE;
        if (HttpUtil.isKeepAlive(response) && !closed) {
            idle.addFirst(connection);
            pump();
        } else {
            connection.channel.close();
        }
        if (!late) {
            try {
                exchange.handler.onResponse(response.status().code(), response.headers(), response.content());
            } catch (RuntimeException e) {
                handlerFailed(e);
            }
        }
    }

    void onTimeout(HttpExchange exchange) {
        exchange.timeout = null;
        if (exchange.state == HttpExchange.State.QUEUED) {
            queue.remove(exchange);
            fail(exchange, HttpFailure.NOT_SENT, new TimeoutException(
                    "not sent within " + exchange.timeoutMillis + " ms: every connection was busy or connecting"));
        } else if (exchange.state == HttpExchange.State.SENT) {
            exchange.state = HttpExchange.State.TIMED_OUT;
            stale++;
            timeouts++;
            HttpConnection connection = exchange.connection;
            connection.staleClose = loop.schedule(connection, config.lateResponseGraceMillis(), TimeUnit.MILLISECONDS);
            deliverFailure(exchange, HttpFailure.TIMEOUT,
                    new TimeoutException("no response within " + exchange.timeoutMillis + " ms"));
        }
    }

    private void failQueued(Throwable cause) {
        HttpExchange exchange;
        while ((exchange = queue.pollFirst()) != null) {
            fail(exchange, HttpFailure.NOT_SENT, cause);
        }
    }

    private void fail(HttpExchange exchange, HttpFailure failure, Throwable cause) {
        exchange.state = HttpExchange.State.DONE;
        exchange.cancelTimeout();
        exchange.releaseRequest();
        deliverFailure(exchange, failure, cause);
    }

    private void deliverFailure(HttpExchange exchange, HttpFailure failure, Throwable cause) {
        try {
            exchange.handler.onFailure(failure, cause);
        } catch (RuntimeException e) {
            handlerFailed(e);
        }
    }

    private void handlerFailed(RuntimeException e) {
        long n = ++handlerErrors;
        if (Long.bitCount(n) == 1) {
            LOG.error("a response handler threw ({} so far) for {}", n, endpoint, e);
        }
    }

    /**
     * Fails waiting requests (NOT_SENT), closes every connection (requests in flight fail with
     * DISCONNECTED_AFTER_SEND) and shuts down an owned event loop. Idempotent; waits a bounded time
     * unless called on the event loop itself.
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
        } else {
            loop.submit(() -> { }).awaitUninterruptibly(CLOSE_WAIT_MILLIS);
        }
    }

    private void closeOnLoop() {
        closed = true;
        failQueued(new IllegalStateException("client closed: " + endpoint));
        idle.clear();
        for (HttpConnection connection : new ArrayList<>(connections)) {
            connection.channel.close();
        }
    }

    /** The base URL, without anything secret. */
    public String endpoint() {
        return endpoint.display;
    }

    /** Requests written to a connection. */
    public long sent() {
        return sent;
    }

    /** Responses delivered to handlers (late ones excluded). */
    public long responses() {
        return responses;
    }

    /** Requests that were sent and got no response in time. */
    public long timeouts() {
        return timeouts;
    }

    /** Responses that arrived after their request's timeout, and were ignored. */
    public long lateResponses() {
        return lateResponses;
    }

    /** Requests refused because the wait queue was full. */
    public long rejected() {
        return rejected;
    }

    /** Connections established (TLS included). */
    public long connectionsOpened() {
        return connectionsOpened;
    }

    /** Connections established and not yet closed. */
    public int openConnections() {
        return openConnections;
    }

    /** Connections established to replace one that was closed or lost. */
    public long reconnects() {
        return reconnects;
    }

    /** Exceptions thrown by response handlers (a bug in the caller; logged at 1, 2, 4, 8… occurrences). */
    public long handlerErrors() {
        return handlerErrors;
    }
}
