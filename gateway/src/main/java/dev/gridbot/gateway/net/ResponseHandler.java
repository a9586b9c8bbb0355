package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * Receives the single outcome of one {@link HttpClient} request: exactly one of the two methods is
 * called, once, on the client's Netty event loop. Implementations must not block; they decode (or
 * copy) and hand off.
 */
public interface ResponseHandler {
    /**
     * An HTTP response of any status (4xx and 5xx included; 503 from Binance means the outcome is
     * unknown). {@code headers} and {@code body} are valid only during the call: the body is
     * released when it returns.
     */
    void onResponse(int status, HttpHeaders headers, ByteBuf body);

    /** No response: {@code failure} says whether the venue may have received the request. */
    void onFailure(HttpFailure failure, Throwable cause);
}
