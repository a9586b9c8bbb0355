package dev.gridbot.gateway.sim.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the venue thread answers a REST request with: HTTP status, JSON body and headers (the rate
 * limit counters, Retry-After). Built on the venue thread, written by the Netty thread.
 */
final class RestAnswer {
    final int status;
    final String body;
    final Map<String, String> headers = new LinkedHashMap<>();

    RestAnswer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    static RestAnswer ok(String body) {
        return new RestAnswer(200, body);
    }

    static RestAnswer error(VenueError e) {
        return new RestAnswer(e.httpStatus, e.json());
    }

    RestAnswer header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
