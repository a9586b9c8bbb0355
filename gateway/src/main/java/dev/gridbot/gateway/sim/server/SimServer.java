package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The simulated venue as a server: a Netty HTTP and WebSocket server that speaks the Binance
 * USDT-M futures protocol (signed REST, routed market and user-data streams) on top of the
 * matching core, so real clients (the gateway, Binance's own connector) are tested over sockets.
 *
 * <p><b>Threads</b>: Netty's event-loop threads decode requests and write answers and stream
 * messages; one venue thread ({@code gridbot-sim-venue}) owns every account, order and matching
 * core, replays the market data and answers every REST request, in the order they reach it. The
 * public methods are thread-safe. {@link #start} binds (127.0.0.1 and a free port by default) and
 * starts both; {@link #close} stops them.
 */
public final class SimServer implements AutoCloseable {
    private final SimServerConfig config;
    private final EventLoopGroup group;
    private final Channel serverChannel;
    private final VenueLoop loop;
    private final Venue venue;
    private final StreamHub hub;
    private final MarketReplay replay;
    private final SimFaults faults;
    private final int port;

    private SimServer(SimServerConfig config) throws InterruptedException {
        this.config = config;
        this.hub = new StreamHub();
        this.faults = new SimFaults();
        if (config.startPaused()) {
            faults.stopMarketData();
        }
        this.venue = new Venue(config, hub, System::currentTimeMillis);
        this.replay = new MarketReplay(venue, config.data(), faults);
        this.loop = new VenueLoop(venue, replay);
        RestDispatcher rest = new RestDispatcher(venue, faults);
        WsAcceptor webSockets = new WsAcceptor(venue, hub, config);
        faults.bind(hub::closeAll, venue::expireListenKeyNow, task -> loop.call(() -> {
            task.run();
            return null;
        }));
        this.group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                    new HttpRouter(loop, rest, faults, webSockets));
                        }
                    });
            this.serverChannel = bootstrap.bind(new InetSocketAddress(config.host(), config.port())).sync().channel();
            this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            replay.close();
            throw e;
        }
        loop.start();
    }

    /**
     * Binds and starts the venue. Refuses an address that is not loopback unless the config allows it.
     *
     * @throws IllegalArgumentException for a non-loopback or unknown address
     * @throws IllegalStateException when the port cannot be bound
     */
    public static SimServer start(SimServerConfig config) {
        try {
            InetAddress address = InetAddress.getByName(config.host());
            if (!address.isLoopbackAddress() && !config.allowNonLoopback()) {
                throw new IllegalArgumentException("refusing to bind " + config.host()
                        + ": the simulated venue binds loopback addresses only unless allowNonLoopback() is set");
            }
            return new SimServer(config);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + config.host(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding", e);
        }
    }

    /** The bound port. */
    public int port() {
        return port;
    }

    /** {@code http://host:port}: the base URL REST clients take (paths start with /fapi). */
    public String httpBaseUrl() {
        return "http://" + hostForUrl() + ":" + port;
    }

    /** {@code ws://host:port}: streams are under /public, /market and /private. */
    public String wsBaseUrl() {
        return "ws://" + hostForUrl() + ":" + port;
    }

    private String hostForUrl() {
        return config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    }

    public SimFaults faults() {
        return faults;
    }

    public SimServerConfig config() {
        return config;
    }

    /** Trades replayed from the data source so far. */
    public long tradesReplayed() {
        return replay.replayed();
    }

    /** True once the data source is exhausted (at once for {@link SimDataSource#none()}) or failed. */
    public boolean replayFinished() {
        return replay.finished();
    }

    /** The replay's failure (a malformed trade file line, …), or null. */
    public RuntimeException replayFailure() {
        return replay.failure();
    }

    /** Waits until the replay has finished; false when {@code timeout} passed first. */
    public boolean awaitReplayFinished(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!replay.finished()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Injects a market trade now (wall-clock time): the venue matches it and publishes it, then this returns. */
    public void trade(String symbol, String price, String qty) {
        trade(symbol, price, qty, System.currentTimeMillis());
    }

    /**
     * Injects a market trade at {@code timeMillis} of venue time (never earlier than the last one);
     * returns once it has been matched and published. The taker is the buyer.
     */
    public void trade(String symbol, String price, String qty, long timeMillis) {
        loop.call(() -> {
            Instrument instrument = venue.instruments.bySymbol(symbol);
            if (instrument == null) {
                throw new IllegalArgumentException("unknown symbol " + symbol);
            }
            venue.trade(instrument.id(), timeMillis, instrument.priceToTicks(new BigDecimal(price)),
                    instrument.qtyToLotsFloor(new BigDecimal(qty)), false);
            return null;
        });
    }

    /** Open WebSocket connections. */
    public int webSocketConnections() {
        return hub.connections();
    }

    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        hub.closeAll();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        loop.close();
    }
}
