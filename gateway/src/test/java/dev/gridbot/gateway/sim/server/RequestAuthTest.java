package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Signed requests are checked as Binance checks them: key, signature, timestamp window. */
@Timeout(60)
class RequestAuthTest {
    private final SimServer server = SimServerFixture.start();
    private final VenueClient client = SimServerFixture.oneWay(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertRefused(int status, int code, String msg, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        Json error = Json.parse(response.body());
        assertEquals(code, error.num("code"));
        assertEquals(msg, error.str("msg"));
    }

    private HttpResponse<String> at(long timestamp, String extra) {
        String query = "timestamp=" + timestamp + extra;
        return client.raw("GET", "/fapi/v2/balance?" + query + "&signature=" + client.sign(query));
    }

    @Test
    void shouldRefuseAnUnknownApiKeyWith401() {
        VenueClient stranger = new VenueClient(server, "unknown", SimServerFixture.SECRET);
        assertRefused(401, -2015, "Invalid API-key, IP, or permissions for action.",
                stranger.signed("GET", "/fapi/v2/balance", ""));
        VenueClient noKey = new VenueClient(server, null, SimServerFixture.SECRET);
        assertEquals(401, noKey.send("POST", "/fapi/v1/listenKey", "").statusCode());
    }

    @Test
    void shouldRefuseABadSignature() {
        VenueClient wrongSecret = new VenueClient(server, SimServerFixture.KEY, "not-the-secret");
        assertRefused(400, -1022, "Signature for this request is not valid.",
                wrongSecret.signed("GET", "/fapi/v2/balance", ""));
        String query = "timestamp=" + System.currentTimeMillis();
        assertRefused(400, -1022, "Signature for this request is not valid.",
                client.raw("GET", "/fapi/v2/balance?" + query + "&recvWindow=6000&signature=" + client.sign(query)));
        assertRefused(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
                client.raw("GET", "/fapi/v2/balance?" + query));
    }

    @Test
    void shouldRefuseTimestampsOutsideTheWindow() {
        long now = System.currentTimeMillis();
        assertRefused(400, -1021, "Timestamp for this request is outside of the recvWindow.", at(now - 30_000, ""));
        assertRefused(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.",
                at(now + 60_000, ""));
        assertEquals(200, at(now - 30_000, "&recvWindow=60000").statusCode());
        assertRefused(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
                client.raw("GET", "/fapi/v2/balance?signature=" + client.sign("")));
    }

    @Test
    void shouldAcceptParametersSignedInTheBodyOrSplitBetweenQueryAndBody() {
        assertEquals(200, client.signedBody("POST", "/fapi/v1/order",
                "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price=20000").statusCode());
        String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC";
        String body = "quantity=0.010&price=19000&timestamp=" + System.currentTimeMillis();
        HttpResponse<String> split = client.send("POST", "/fapi/v1/order?" + query,
                body + "&signature=" + client.sign(query + body));
        assertEquals(200, split.statusCode(), split.body());
        assertEquals("19000.00", Json.parse(split.body()).str("price"));
    }
}
