package dev.gridbot.gateway.binance.live;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.VenueState;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.gateway.binance.BinanceEndpoint;
import dev.gridbot.gateway.binance.BinanceExchangeInfo;
import dev.gridbot.gateway.binance.BinanceOpenOrder;
import dev.gridbot.gateway.binance.BinanceRequests;
import dev.gridbot.gateway.binance.BinanceResponses;
import dev.gridbot.gateway.binance.BinanceSigner;
import dev.gridbot.gateway.net.HttpClient;
import dev.gridbot.gateway.net.HttpClientConfig;
import dev.gridbot.gateway.net.RateLimit;
import dev.gridbot.gateway.net.RateLimiter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One account at Binance USDⓈ-M futures (or anything speaking its protocol, such as the simulated
 * venue): the sender of its strategies' orders, its user-data stream, its clock offset, and the
 * checks made before trading — the venue's tick, step and minimums must be the configuration's, its
 * position mode the account's.
 *
 * <p>Threads: {@link #connect} and {@link #cancelAllOpenOrders} on the thread running the run; the
 * sender on the outbound ring's sender thread; answers on the HTTP loop; stream frames on the
 * socket loops; upkeep (time re-sync, listenKey keep-alive) on this account's upkeep thread.
 */
public final class BinanceAccountGateway implements AutoCloseable {
    private static final long TIME_RESYNC_MINUTES = 5;
    private static final long LISTEN_KEY_KEEPALIVE_MINUTES = 30;

    private final AccountSettings settings;
    private final HttpClient http;
    private final TimeKeeper time;
    private final BinanceRequests coldRequests;
    private final ScheduledExecutorService upkeep;
    private final DelegatingSender sender = new DelegatingSender();
    private volatile OrderSender orderSender;
    private volatile RestAnswers answers;
    private UserStream userStream;
    /** Cancels and queries the rate limits held back, sent by the upkeep thread when the cooldown ends. */
    private final java.util.concurrent.ConcurrentLinkedQueue<OutboundEvent> heldBack =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    public BinanceAccountGateway(AccountSettings settings) {
        this.settings = settings;
        this.http = new HttpClient(HttpClientConfig.of(settings.restUrl()));
        this.time = new TimeKeeper(http);
        this.coldRequests = new BinanceRequests(settings.instruments(), new BinanceSigner(settings.secret()),
                settings.recvWindowMillis(), settings.hedgeMode());
        this.upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridbot-upkeep-" + settings.name());
            t.setDaemon(true);
            return t;
        });
    }

    /** The outbound ring handler that sends this account's order commands (usable before connect). */
    public EventHandler<OutboundEvent> sender() {
        return sender;
    }

    /**
     * Checks the venue and opens the account's streams, publishing what the venue says into
     * {@code ring}; trading may start when it returns.
     *
     * @throws VenueException when the venue cannot be reached or disagrees with the configuration
     */
    public void connect(RingBuffer<InboundEvent> ring) throws VenueException {
        time.sync();
        BinanceExchangeInfo info = exchangeInfo();
        checkInstruments(info);
        checkPositionMode();
        UsageMailbox usage = new UsageMailbox();
        RestAnswers restAnswers = new RestAnswers(new BinanceResponses(settings.instruments(),
                new InboundPublisher(ring)), new InboundPublisher(ring), usage, settings.clock(),
                () -> upkeep.execute(this::resyncTimeQuietly), this::scheduleHeldBack,
                settings.throttleCooldownMillis() * 1_000_000L);
        answers = restAnswers;
        orderSender = new OrderSender(settings.strategies(), new BinanceRequests(settings.instruments(),
                new BinanceSigner(settings.secret()), settings.recvWindowMillis(), settings.hedgeMode()),
                new RateLimiter(rateLimits(info), settings.throttleCooldownMillis() * 1_000_000L, RestAnswers.BAN_NANOS),
                usage, http,
                settings.apiKey(), restAnswers, settings.clock(), time, new InboundPublisher(ring),
                settings.requestTimeoutMillis(), held -> {
                    heldBack.add(held);
                    scheduleHeldBack();
                });
        InboundPublisher upkeepPublisher = new InboundPublisher(ring);
        userStream = new UserStream(http, settings.apiKey(), settings.wsUrl(), settings.instruments(), ring,
                settings.clock(), upkeep, settings.webSocket(), () -> upkeep.execute(() -> enterSafeMode(
                upkeepPublisher)));
        userStream.start();
        InboundPublisher own = new InboundPublisher(ring);
        publishPositions(ring);
        publishOpenOrders(own);
        publishVenueState(own, VenueState.RESYNC);
        upkeep.scheduleAtFixedRate(this::resyncTimeQuietly, TIME_RESYNC_MINUTES, TIME_RESYNC_MINUTES,
                TimeUnit.MINUTES);
        upkeep.scheduleAtFixedRate(userStream::keepAlive, LISTEN_KEY_KEEPALIVE_MINUTES, LISTEN_KEY_KEEPALIVE_MINUTES,
                TimeUnit.MINUTES);
    }

    private BinanceExchangeInfo exchangeInfo() throws VenueException {
        RestCall.Answer a = RestCall.call(http, "GET", BinanceEndpoint.EXCHANGE_INFO.path(), null, 10_000);
        if (!a.ok()) {
            throw new VenueException(http.endpoint() + ": exchangeInfo answered HTTP " + a.status() + ": " + a.text());
        }
        return BinanceResponses.exchangeInfo(a.body());
    }

    /** The venue's rules are the truth: a configuration that disagrees is refused, not guessed around. */
    private void checkInstruments(BinanceExchangeInfo info) throws VenueException {
        for (Instrument i : settings.instruments().all()) {
            BinanceExchangeInfo.SymbolRules rules = info.symbol(i.symbol());
            if (rules == null) {
                throw new VenueException(http.endpoint() + " does not list " + i.symbol());
            }
            mustMatch(i.symbol(), "tickSize", i.tickSize(), rules.tickSize());
            mustMatch(i.symbol(), "stepSize", i.stepSize(), rules.stepSize());
            mustMatch(i.symbol(), "minQty", i.lotsToQty(i.minQtyLots()), rules.minQty());
            if (rules.minNotional() != null && i.minNotional().compareTo(rules.minNotional()) < 0) {
                throw new VenueException(i.symbol() + ": the configuration's minNotional " + i.minNotional()
                        .toPlainString() + " is below the venue's " + rules.minNotional().toPlainString()
                        + ": orders would be refused (-4164)");
            }
        }
    }

    private static void mustMatch(String symbol, String what, java.math.BigDecimal ours, java.math.BigDecimal venue)
            throws VenueException {
        if (venue == null || ours.compareTo(venue) != 0) {
            throw new VenueException(symbol + ": the configuration's " + what + " is " + ours.toPlainString()
                    + " but the venue's is " + (venue == null ? "not stated" : venue.toPlainString())
                    + "; set it to the venue's");
        }
    }

    private static List<RateLimit> rateLimits(BinanceExchangeInfo info) {
        List<RateLimit> limits = new ArrayList<>();
        for (BinanceExchangeInfo.RateLimit r : info.rateLimits()) {
            try {
                limits.add(new RateLimit(RateLimit.Type.valueOf(r.type()), RateLimit.Interval.valueOf(r.interval()),
                        r.intervalNum(), (int) Math.min(Integer.MAX_VALUE, r.limit())));
            } catch (IllegalArgumentException e) {
                // A kind of limit the gateway does not track (RAW_REQUESTS): the venue still enforces it.
            }
        }
        return limits;
    }

    private void checkPositionMode() throws VenueException {
        RestCall.Answer a = signedCall(r -> r.positionMode(time.venueMillis()));
        if (!a.ok()) {
            throw new VenueException(settings.name() + ": reading the position mode answered HTTP " + a.status()
                    + ": " + a.text());
        }
        if (BinanceResponses.hedgeMode(a.body()) != settings.hedgeMode()) {
            RestCall.Answer change = signedCall(r -> r.changePositionMode(settings.hedgeMode(), time.venueMillis()));
            if (!change.ok()) {
                throw new VenueException(settings.name() + ": the account is in "
                        + (settings.hedgeMode() ? "one-way" : "hedge") + " mode and the venue refused to change it: "
                        + change.text());
            }
        }
    }

    private void publishPositions(RingBuffer<InboundEvent> ring) throws VenueException {
        SignedRequest request = signed(r -> r.positionRisk(BinanceRequests.ALL_INSTRUMENTS, time.venueMillis()));
        BinanceEndpoint endpoint = request.endpoint();
        RestCall.Answer a = call(request);
        if (!a.ok()) {
            throw new VenueException(settings.name() + ": reading positions answered HTTP " + a.status() + ": "
                    + a.text());
        }
        new BinanceResponses(settings.instruments(), new InboundPublisher(ring)).decode(endpoint, 0, -1,
                dev.gridbot.engine.model.Side.BUY, a.status(), a.body(), 0, a.body().length,
                settings.clock().epochNanos());
    }

    /**
     * The venue's open orders of ours as ORDER_STATUS events: the engine matches each to the level
     * that owns it, and cancels those no level owns (orphans of an earlier run). Orders that are not
     * ours are left alone.
     */
    private void publishOpenOrders(InboundPublisher publisher) throws VenueException {
        RestCall.Answer a = signedCall(r -> r.openOrders(BinanceRequests.ALL_INSTRUMENTS, time.venueMillis()));
        if (!a.ok()) {
            throw new VenueException(settings.name() + ": reading open orders answered HTTP " + a.status() + ": "
                    + a.text());
        }
        for (BinanceOpenOrder o : BinanceResponses.openOrders(a.body())) {
            Instrument i = settings.instruments().bySymbol(o.symbol());
            if (!o.ours() || i == null) {
                continue;
            }
            InboundEvent e = publisher.claim();
            if (e == null) {
                throw new VenueException("the inbound ring is full while reading open orders");
            }
            long filled = i.qtyToLotsFloor(o.executedQty());
            e.setOrderStatus(settings.clock().epochNanos(), i.id(), o.gridbotId(), o.side(),
                    i.priceToTicks(o.price()), filled, i.qtyToLotsFloor(o.origQty()) - filled,
                    filled > 0 ? OrderStatus.PARTIALLY_FILLED.ordinal() : OrderStatus.NEW.ordinal());
            publisher.publish();
        }
    }

    private void publishVenueState(InboundPublisher publisher, VenueState state) {
        InboundEvent e = publisher.claim();
        if (e != null) {
            e.setVenueStatus(settings.clock().epochNanos(), state.ordinal(), 0);
            publisher.publish();
        }
    }

    /**
     * The user stream could not be restored within its retries: cancel everything over REST and tell
     * the engine to place nothing new; the stream keeps trying at a slow pace, and its next connect
     * re-syncs and ends the safe mode (upkeep thread).
     */
    private void enterSafeMode(InboundPublisher publisher) {
        try {
            cancelAllOpenOrders();
        } catch (VenueException e) {
            // The venue may be out of reach too: the engine still stops placing; the re-sync settles.
        }
        publishVenueState(publisher, VenueState.SAFE_MODE);
    }

    /** Arranges for the held-back requests to go out when the venue's cooldown ends (any thread). */
    private void scheduleHeldBack() {
        RestAnswers a = answers;
        long wait = a == null ? 0 : Math.max(0, a.throttledUntilNanos() - settings.clock().epochNanos());
        upkeep.schedule(this::sendHeldBack, wait + 250_000_000L, TimeUnit.NANOSECONDS);
    }

    /** Sends the held-back cancels first, then the queries (upkeep thread). */
    private void sendHeldBack() {
        RestAnswers a = answers;
        if (a == null) {
            return;
        }
        if (a.throttledUntilNanos() > settings.clock().epochNanos()) {
            scheduleHeldBack();
            return;
        }
        List<OutboundEvent> all = new ArrayList<>();
        for (OutboundEvent e; (e = heldBack.poll()) != null; ) {
            all.add(e);
        }
        all.sort(java.util.Comparator.comparingInt(e -> e.type() == dev.gridbot.engine.event.OutboundType.CANCEL
                ? 0 : 1));
        for (OutboundEvent e : all) {
            SignedRequest request = signed(r -> r.command(e, time.venueMillis()));
            http.send(io.netty.handler.codec.http.HttpMethod.valueOf(request.endpoint().method()),
                    request.pathAndQuery(), null, settings.apiKey(), settings.requestTimeoutMillis(),
                    a.handler(request.endpoint(), e.instrumentId(), e.clientOrderId(), e.side()));
        }
    }

    /** Cancels every open order of the run's instruments (blocking: shutdown and safe mode). */
    public void cancelAllOpenOrders() throws VenueException {
        for (Instrument i : settings.instruments().all()) {
            RestCall.Answer a = signedCall(r -> r.cancelAllOpenOrders(i.id(), time.venueMillis()));
            if (!a.ok()) {
                throw new VenueException(settings.name() + ": cancelling all " + i.symbol() + " orders answered HTTP "
                        + a.status() + ": " + a.text());
            }
        }
    }

    /** A signed request built for the cold paths: what to call and its full path with parameters. */
    private record SignedRequest(BinanceEndpoint endpoint, String pathAndQuery) {
    }

    /**
     * Builds a signed request in the shared cold-path buffer. The run thread (start-up, shutdown) and
     * the upkeep thread (safe mode, held-back requests) both build requests: the buffer is used under
     * its lock only, and the request leaves it as text before anything is sent.
     */
    private SignedRequest signed(java.util.function.Function<BinanceRequests, BinanceEndpoint> build) {
        synchronized (coldRequests) {
            return new SignedRequest(build.apply(coldRequests), coldRequests.pathAndQuery());
        }
    }

    private RestCall.Answer call(SignedRequest request) throws VenueException {
        return RestCall.call(http, request.endpoint().method(), request.pathAndQuery(), settings.apiKey(),
                settings.requestTimeoutMillis());
    }

    /** Builds, signs and sends a cold-path request, waiting for its answer. */
    private RestCall.Answer signedCall(java.util.function.Function<BinanceRequests, BinanceEndpoint> build)
            throws VenueException {
        return call(signed(build));
    }

    private void resyncTimeQuietly() {
        try {
            time.sync();
        } catch (VenueException e) {
            // The next scheduled re-sync tries again.
        }
    }

    /** True while the user-data stream is connected. */
    public boolean userStreamConnected() {
        UserStream s = userStream;
        return s != null && s.connected();
    }

    @Override
    public void close() {
        upkeep.shutdownNow();
        if (userStream != null) {
            userStream.close();
        }
        RestAnswers a = answers;
        if (a != null) {
            a.close();
        }
        http.close();
    }

    /** The sender handed to the pipeline before the account is connected; forwards once it is. */
    private final class DelegatingSender implements EventHandler<OutboundEvent> {
        @Override
        public void onEvent(OutboundEvent event, long sequence, boolean endOfBatch) {
            OrderSender s = orderSender;
            if (s != null) {
                s.onEvent(event, sequence, endOfBatch);
            }
        }
    }
}
