package dev.gridbot.gateway.sim.server;

import dev.gridbot.gateway.binance.BinanceSigner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A minimal signed REST client for the tests: sends query-string (or body) signed requests as Binance wants. */
final class VenueClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;
    private final BinanceSigner signer;

    VenueClient(SimServer server, String apiKey, String secret) {
        this.baseUrl = server.httpBaseUrl();
        this.apiKey = apiKey;
        this.signer = new BinanceSigner(secret.getBytes(StandardCharsets.US_ASCII));
    }

    /** A signed request with the parameters in the query string; a fresh timestamp is appended. */
    HttpResponse<String> signed(String method, String path, String params) {
        String query = (params.isEmpty() ? "" : params + "&") + "timestamp=" + System.currentTimeMillis();
        return send(method, path + "?" + query + "&signature=" + signer.sign(query), "");
    }

    /** A signed request with the parameters in a form body. */
    HttpResponse<String> signedBody(String method, String path, String params) {
        String body = (params.isEmpty() ? "" : params + "&") + "timestamp=" + System.currentTimeMillis();
        return send(method, path, body + "&signature=" + signer.sign(body));
    }

    /** The query as given, signed as given (the test builds timestamp and signature itself). */
    HttpResponse<String> raw(String method, String pathAndQuery) {
        return send(method, pathAndQuery, "");
    }

    String sign(String payload) {
        return signer.sign(payload);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-MBX-APIKEY", apiKey);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /fapi/v1/order for a LIMIT order; returns the answer. */
    HttpResponse<String> limit(String side, String price, String qty, String tif, String extra) {
        return signed("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=" + side + "&type=LIMIT&timeInForce=" + tif
                + "&quantity=" + qty + "&price=" + price + (extra.isEmpty() ? "" : "&" + extra));
    }

    String listenKey() {
        return Json.parse(send("POST", "/fapi/v1/listenKey", "").body()).str("listenKey");
    }
}
