package dev.gridbot.gateway.sim.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The simulated venue's fault switch, for tests: cut every WebSocket connection now; answer the
 * next N order requests (POST and DELETE {@code /fapi/v1/order}) with an error code, or with HTTP
 * 503 "Unknown error…" after or without placing the order; delay every REST answer; stop and
 * resume market data; expire a listenKey now. Thread-safe: set from any thread, read by the venue
 * and Netty threads.
 */
public final class SimFaults {
    /** What the next faulty order requests get. */
    enum OrderFault { NONE, ERROR_CODE, UNKNOWN_AFTER_PLACING, UNKNOWN_WITHOUT_PLACING, THROTTLED }

    private final AtomicInteger faultyOrders = new AtomicInteger();
    private volatile OrderFault orderFault = OrderFault.NONE;
    private volatile int errorCode;
    private volatile long delayMillis;
    private volatile boolean marketDataStopped;
    private volatile Runnable dropConnections = () -> { };
    private volatile Predicate<String> expireListenKey = key -> false;
    private volatile Consumer<Runnable> onVenueThread = Runnable::run;

    SimFaults() {
    }

    void bind(Runnable dropConnections, Predicate<String> expireListenKey, Consumer<Runnable> onVenueThread) {
        this.dropConnections = dropConnections;
        this.expireListenKey = expireListenKey;
        this.onVenueThread = onVenueThread;
    }

    /** Closes every WebSocket connection of the venue now (clients see the close and must reconnect). */
    public void dropAllWebSockets() {
        dropConnections.run();
    }

    /**
     * The next {@code count} order requests are refused with {@code code} (HTTP 400, Binance's
     * message for it; e.g. -1001, -2019) without touching the book.
     */
    public void failNextOrders(int count, int code) {
        if (!ErrorCodes.has(code)) {
            throw new IllegalArgumentException("the venue keeps no official message for code " + code);
        }
        set(OrderFault.ERROR_CODE, count, code);
    }

    /**
     * The next {@code count} order requests get HTTP 503 "Unknown error, please check your request
     * or try again later." after the venue has carried them out: the real unknown-outcome case.
     */
    public void unknownAfterPlacing(int count) {
        set(OrderFault.UNKNOWN_AFTER_PLACING, count, 0);
    }

    /**
     * The next {@code count} order requests are throttled: HTTP 429 with -1003 and
     * {@code Retry-After: retryAfterSeconds}, without touching the book (as the venue's own limiter
     * answers, for a client that believes it is within the limits).
     */
    public void throttleNextOrders(int count, int retryAfterSeconds) {
        set(OrderFault.THROTTLED, count, retryAfterSeconds);
    }

    /** As {@link #unknownAfterPlacing}, but the requests are not carried out. */
    public void unknownWithoutPlacing(int count) {
        set(OrderFault.UNKNOWN_WITHOUT_PLACING, count, 0);
    }

    private synchronized void set(OrderFault fault, int count, int code) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        errorCode = code;
        orderFault = fault;
        faultyOrders.set(count);
    }

    /** Every REST answer waits this long before it is written (0 = none). */
    public void delayAnswers(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        delayMillis = delay.toMillis();
    }

    /** Market data stops: no trade is replayed (so nothing fills) until {@link #resumeMarketData()}. */
    public void stopMarketData() {
        marketDataStopped = true;
    }

    /** The replay goes on where it stopped, its clock shifted by the pause. */
    public void resumeMarketData() {
        marketDataStopped = false;
    }

    /** Expires {@code listenKey} now (listenKeyExpired, then the stream closes); false if it was not live. */
    public boolean expireListenKey(String listenKey) {
        boolean[] done = new boolean[1];
        onVenueThread.accept(() -> done[0] = expireListenKey.test(listenKey));
        return done[0];
    }

    /** Clears the order faults and the delay, and resumes market data. */
    public synchronized void clear() {
        faultyOrders.set(0);
        orderFault = OrderFault.NONE;
        delayMillis = 0;
        marketDataStopped = false;
    }

    long delayMillis() {
        return delayMillis;
    }

    boolean marketDataStopped() {
        return marketDataStopped;
    }

    /** Takes one faulty-order ticket: the fault this request gets, or NONE. */
    OrderFault takeOrderFault() {
        OrderFault fault = orderFault;
        if (fault == OrderFault.NONE) {
            return OrderFault.NONE;
        }
        int left = faultyOrders.getAndUpdate(n -> n > 0 ? n - 1 : 0);
        return left > 0 ? fault : OrderFault.NONE;
    }

    int errorCode() {
        return errorCode;
    }
}
