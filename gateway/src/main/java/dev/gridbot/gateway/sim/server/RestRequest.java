package dev.gridbot.gateway.sim.server;

import io.netty.handler.codec.http.QueryStringDecoder;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST request as the venue thread sees it, decoded on the Netty thread: method, path, the raw
 * query string and form body (what the signature covers), their parameters (the query string wins
 * when both carry one, as at Binance), the API key header. Immutable once built.
 */
final class RestRequest {
    final String method;
    final String path;
    final String rawQuery;
    final String rawBody;
    final String apiKey;
    final boolean duplicateParameter;
    private final Map<String, String> params;

    RestRequest(String method, String uri, String body, String apiKey) {
        QueryStringDecoder query = new QueryStringDecoder(uri, StandardCharsets.UTF_8);
        this.method = method;
        this.path = query.path();
        this.rawQuery = query.rawQuery();
        this.rawBody = body == null ? "" : body;
        this.apiKey = apiKey;
        Map<String, String> all = new LinkedHashMap<>();
        boolean duplicate = collect(query.parameters(), all);
        if (!rawBody.isEmpty()) {
            Map<String, String> fromBody = new LinkedHashMap<>();
            duplicate |= collect(new QueryStringDecoder(rawBody, StandardCharsets.UTF_8, false).parameters(), fromBody);
            fromBody.forEach(all::putIfAbsent);
        }
        this.params = Collections.unmodifiableMap(all);
        this.duplicateParameter = duplicate;
    }

    private static boolean collect(Map<String, List<String>> decoded, Map<String, String> into) {
        boolean duplicate = false;
        for (Map.Entry<String, List<String>> e : decoded.entrySet()) {
            duplicate |= e.getValue().size() > 1;
            into.put(e.getKey(), e.getValue().get(0));
        }
        return duplicate;
    }

    /** The parameter, or null when absent or empty. */
    String param(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    /** A mandatory parameter: -1102 when missing. */
    String required(String name) {
        String value = param(name);
        if (value == null) {
            throw VenueError.mandatory(name);
        }
        return value;
    }

    /** A whole-number parameter, {@code fallback} when absent; -1102 when malformed. */
    long longParam(String name, long fallback) {
        String value = param(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw VenueError.mandatory(name);
        }
    }

    /**
     * The text the signature covers: the query string and the body, each without its
     * {@code signature} parameter, concatenated (Binance's totalParams). Null when no signature came.
     */
    String signedPayload() {
        String fromQuery = without(rawQuery);
        if (fromQuery != null) {
            return fromQuery + rawBody;
        }
        String fromBody = without(rawBody);
        return fromBody == null ? null : rawQuery + fromBody;
    }

    private static String without(String text) {
        if (text.startsWith("signature=")) {
            int end = text.indexOf('&');
            return end < 0 ? "" : text.substring(end + 1);
        }
        int at = text.indexOf("&signature=");
        if (at < 0) {
            return null;
        }
        int end = text.indexOf('&', at + 1);
        return end < 0 ? text.substring(0, at) : text.substring(0, at) + text.substring(end);
    }
}
