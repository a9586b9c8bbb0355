package dev.gridbot.gateway.net;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * One request and its single outcome. Created by the sending thread, then owned by the client's
 * event loop: {@link #run()} is the hop onto the loop, {@link Timeout} the deadline.
 */
final class HttpExchange implements Runnable {
    enum State { NEW, QUEUED, SENT, TIMED_OUT, DONE }

    private final HttpClient client;
    final ResponseHandler handler;
    final long timeoutMillis;
    private FullHttpRequest request;
    State state = State.NEW;
    HttpConnection connection;
    ScheduledFuture<?> timeout;

    HttpExchange(HttpClient client, FullHttpRequest request, ResponseHandler handler, long timeoutMillis) {
        this.client = client;
        this.request = request;
        this.handler = handler;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void run() {
        client.dispatch(this);
    }

    /** Hands the request to the writer; from then on the pipeline owns (and releases) it. */
    FullHttpRequest takeRequest() {
        FullHttpRequest r = request;
        request = null;
        return r;
    }

    /** Releases the request if it was never written. */
    void releaseRequest() {
        if (request != null) {
            request.release();
            request = null;
        }
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }

    /** The deadline task, scheduled on the event loop. */
    static final class Timeout implements Runnable {
        private final HttpExchange exchange;

        Timeout(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void run() {
            exchange.client.onTimeout(exchange);
        }
    }
}
