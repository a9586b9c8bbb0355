package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Records each outcome of a request, with the thread it arrived on. */
final class RecordingHandler implements ResponseHandler {
    /** One callback: a response (failure null) or a failure (status -1). */
    record Outcome(int status, String body, HttpFailure failure, Throwable cause, String thread) {
    }

    final LinkedBlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void onResponse(int status, HttpHeaders headers, ByteBuf body) {
        outcomes.add(new Outcome(status, body.toString(StandardCharsets.UTF_8), null, null,
                Thread.currentThread().getName()));
    }

    @Override
    public void onFailure(HttpFailure failure, Throwable cause) {
        outcomes.add(new Outcome(-1, null, failure, cause, Thread.currentThread().getName()));
    }

    /** The next outcome; the test's {@code @Timeout} bounds the wait in practice. */
    Outcome next() throws InterruptedException {
        Outcome outcome = outcomes.poll(15, TimeUnit.SECONDS);
        assertNotNull(outcome, "no outcome arrived");
        return outcome;
    }
}
