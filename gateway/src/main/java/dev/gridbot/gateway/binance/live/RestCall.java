package dev.gridbot.gateway.binance.live;

import dev.gridbot.gateway.net.HttpClient;
import dev.gridbot.gateway.net.HttpFailure;
import dev.gridbot.gateway.net.ResponseHandler;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A blocking REST call for the cold paths (start-up, listenKey upkeep, shutdown): sends, waits for
 * the answer, returns status and body. Never used on the order path. Any thread but the HTTP
 * client's own event loop may call it.
 */
final class RestCall {
    /** An answer: HTTP status and body bytes. */
    record Answer(int status, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private RestCall() {
    }

    static Answer call(HttpClient http, String method, String pathAndQuery, CharSequence apiKey, long timeoutMillis)
            throws VenueException {
        CompletableFuture<Answer> result = new CompletableFuture<>();
        http.send(HttpMethod.valueOf(method), pathAndQuery, null, apiKey, timeoutMillis, new ResponseHandler() {
            @Override
            public void onResponse(int status, HttpHeaders headers, ByteBuf body) {
                result.complete(new Answer(status, ByteBufUtil.getBytes(body)));
            }

            @Override
            public void onFailure(HttpFailure failure, Throwable cause) {
                result.completeExceptionally(new VenueException(http.endpoint() + ": " + method + " "
                        + redact(pathAndQuery) + " failed: " + failure + (cause == null ? "" : " (" + cause + ")")));
            }
        });
        try {
            return result.get(timeoutMillis + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof VenueException v ? v : new VenueException(e.getCause().toString());
        } catch (TimeoutException e) {
            throw new VenueException(http.endpoint() + ": " + method + " " + redact(pathAndQuery) + " timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VenueException("interrupted while calling " + http.endpoint());
        }
    }

    /** The path without its parameters (signatures and listen keys stay out of messages). */
    static String redact(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q) + "?…";
    }
}
