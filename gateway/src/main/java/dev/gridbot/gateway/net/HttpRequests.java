package dev.gridbot.gateway.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/** Builds the request an {@link HttpClient} writes; runs on the sending thread, keeps no state. */
final class HttpRequests {
    private HttpRequests() {
    }

    static FullHttpRequest build(Endpoint endpoint, AsciiString apiKeyHeader, HttpMethod method, String pathAndQuery,
                                 byte[] body, CharSequence apiKey) {
        checkTarget(pathAndQuery);
        ByteBuf content = body == null ? Unpooled.EMPTY_BUFFER
                : ByteBufAllocator.DEFAULT.buffer(body.length).writeBytes(body);
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, pathAndQuery, content);
        HttpHeaders headers = request.headers();
        headers.set(HttpHeaderNames.HOST, endpoint.hostHeader);
        headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        if (apiKey != null) {
            headers.set(apiKeyHeader, apiKey instanceof String || apiKey instanceof AsciiString ? apiKey : apiKey.toString());
        }
        if (body != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED);
        }
        if (body != null || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        }
        return request;
    }

    /** The target goes verbatim into the request line: it must be encoded ASCII without spaces or controls. */
    private static void checkTarget(String pathAndQuery) {
        if (pathAndQuery == null || pathAndQuery.isEmpty() || pathAndQuery.charAt(0) != '/') {
            throw new IllegalArgumentException("the request target must start with '/': " + pathAndQuery);
        }
        for (int i = 0; i < pathAndQuery.length(); i++) {
            char c = pathAndQuery.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException("the request target must be URL-encoded ASCII (character " + i + ")");
            }
        }
    }
}
