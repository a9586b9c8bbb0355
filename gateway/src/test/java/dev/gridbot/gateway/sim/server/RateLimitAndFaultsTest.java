package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate limits (429, then 418 for a client that keeps going) and each order fault of the switch. */
@Timeout(60)
class RateLimitAndFaultsTest {

    @Test
    void shouldAnswer429WithRetryAfterThen418WhenTheClientKeepsGoing() {
        SimRateLimits limits = new SimRateLimits(5, 300, 1200, 3, Duration.ofMinutes(2));
        try (SimServer server = SimServer.start(SimServerFixture.config().rateLimits(limits).build())) {
            VenueClient client = SimServerFixture.oneWay(server);
            HttpResponse<String> limited = null;
            HttpResponse<String> banned = null;
            for (int i = 0; i < 40 && banned == null; i++) {
                HttpResponse<String> response = client.send("GET", "/fapi/v1/ping", "");
                if (response.statusCode() == 429 && limited == null) {
                    limited = response;
                } else if (response.statusCode() == 418) {
                    banned = response;
                }
            }
            assertTrue(limited != null, "a 429 came");
            assertEquals(-1003, Json.parse(limited.body()).num("code"));
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertTrue(banned != null, "a 418 came");
            assertTrue(Json.parse(banned.body()).str("msg").startsWith("Way too many requests; IP banned until "));
            assertEquals(418, client.send("GET", "/fapi/v1/time", "").statusCode());
        }
    }

    @Test
    void shouldLimitNewOrdersPerAccount() {
        SimRateLimits limits = new SimRateLimits(2400, 3, 1200, 100, Duration.ofMinutes(2));
        try (SimServer server = SimServer.start(SimServerFixture.config().rateLimits(limits).build())) {
            VenueClient client = SimServerFixture.oneWay(server);
            int refused = 0;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> response = client.limit("BUY", "19000.00", "0.001", "GTC", "");
                if (response.statusCode() == 429) {
                    refused++;
                    assertEquals(-1015, Json.parse(response.body()).num("code"));
                }
            }
            assertTrue(refused >= 3, "orders past 3 per 10 s were refused: " + refused);
        }
    }

    @Test
    void shouldApplyEachOrderFault() {
        try (SimServer server = SimServerFixture.start()) {
            VenueClient client = SimServerFixture.oneWay(server);
            SimFaults faults = server.faults();

            faults.failNextOrders(1, -1001);
            HttpResponse<String> failed = client.limit("BUY", "19000.00", "0.010", "GTC", "newClientOrderId=f-1");
            assertEquals(400, failed.statusCode());
            assertEquals(-1001, Json.parse(failed.body()).num("code"));
            assertEquals(200, client.limit("BUY", "19000.00", "0.010", "GTC", "newClientOrderId=f-2").statusCode());

            faults.unknownAfterPlacing(1);
            HttpResponse<String> after = client.limit("BUY", "19000.00", "0.010", "GTC", "newClientOrderId=u-1");
            assertEquals(503, after.statusCode());
            assertEquals("Unknown error, please check your request or try again later.",
                    Json.parse(after.body()).str("msg"));
            assertEquals("NEW", Json.parse(client.signed("GET", "/fapi/v1/order",
                    "symbol=BTCUSDT&origClientOrderId=u-1").body()).str("status"));

            faults.unknownWithoutPlacing(1);
            assertEquals(503, client.limit("BUY", "19000.00", "0.010", "GTC", "newClientOrderId=u-2").statusCode());
            assertEquals(-2013, Json.parse(client.signed("GET", "/fapi/v1/order",
                    "symbol=BTCUSDT&origClientOrderId=u-2").body()).num("code"));

            faults.unknownAfterPlacing(1);
            assertEquals(503, client.signed("DELETE", "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=f-2")
                    .statusCode());
            assertEquals("CANCELED", Json.parse(client.signed("GET", "/fapi/v1/order",
                    "symbol=BTCUSDT&origClientOrderId=f-2").body()).str("status"));

            faults.delayAnswers(Duration.ofMillis(50));
            assertEquals(200, client.send("GET", "/fapi/v1/ping", "").statusCode());
            faults.clear();
            assertEquals(200, client.limit("BUY", "19000.00", "0.010", "GTC", "").statusCode());
        }
    }

    @Test
    void shouldStopAndResumeMarketData() throws Exception {
        SimServerConfig config = SimServerFixture.config()
                .data(SimDataSource.bundled("BTCUSDT", 1.0).atFixedRate(2000)).build();
        try (SimServer server = SimServer.start(config)) {
            VenueClient client = SimServerFixture.oneWay(server);
            SimServerFixture.await(() -> server.tradesReplayed() > 10, "the replay to start");
            server.faults().stopMarketData();
            client.send("GET", "/fapi/v1/ping", "");
            long stopped = server.tradesReplayed();
            for (int i = 0; i < 20; i++) {
                client.send("GET", "/fapi/v1/ping", "");
            }
            assertEquals(stopped, server.tradesReplayed());
            assertFalse(server.replayFinished());
            server.faults().resumeMarketData();
            SimServerFixture.await(() -> server.tradesReplayed() > stopped, "the replay to go on");
        }
    }
}
