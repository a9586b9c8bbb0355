package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each REST answer has the keys of Binance's official example (less trailing-stop-only fields). */
@Timeout(60)
class EndpointShapeTest {
    private static final String[] TRAILING_ONLY = {"activatePrice", "priceRate"};

    private final SimServer server = SimServerFixture.start();
    private final VenueClient client = SimServerFixture.oneWay(server);
    private final VenueClient hedge = SimServerFixture.hedge(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private static Json ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    @Test
    void shouldAnswerOrderEndpointsInTheOfficialShapes() {
        Json placed = ok(client.limit("BUY", "20000", "0.010", "GTC", "newClientOrderId=shape-1"));
        assertEquals(Json.official("binance_rest_new_order_response.json").keys(), placed.keys());

        Json queried = ok(client.signed("GET", "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=shape-1"));
        Json officialOpen = Json.official("binance_rest_open_orders_response.json").at(0);
        assertEquals(officialOpen.keysWithout(TRAILING_ONLY), queried.keys());
        Json open = ok(client.signed("GET", "/fapi/v1/openOrders", "symbol=BTCUSDT"));
        assertEquals(officialOpen.keysWithout(TRAILING_ONLY), open.at(0).keys());

        Json canceled = ok(client.signed("DELETE", "/fapi/v1/order", "symbol=BTCUSDT&orderId=" + placed.num("orderId")));
        assertEquals(Json.official("binance_rest_cancel_order_response.json").keysWithout(TRAILING_ONLY),
                canceled.keys());

        Json all = ok(client.signed("DELETE", "/fapi/v1/allOpenOrders", "symbol=BTCUSDT"));
        assertEquals(Json.official("binance_rest_cancel_all_open_orders_response.json").toString(), all.toString());
    }

    @Test
    void shouldAnswerPositionRiskInTheOfficialShapes() {
        Json v2 = ok(client.signed("GET", "/fapi/v2/positionRisk", "symbol=BTCUSDT"));
        assertEquals(Json.official("binance_rest_position_risk_v2_oneway.json").at(0).keys(), v2.at(0).keys());
        Json v2Hedge = ok(hedge.signed("GET", "/fapi/v2/positionRisk", ""));
        assertEquals(2, v2Hedge.size());
        assertEquals(Json.official("binance_rest_position_risk_v2_hedge.json").at(0).keys(), v2Hedge.at(0).keys());
        assertEquals("LONG", v2Hedge.at(0).str("positionSide"));
        assertEquals("SHORT", v2Hedge.at(1).str("positionSide"));

        ok(client.limit("BUY", "20000", "0.010", "GTC", ""));
        Json v3 = ok(client.signed("GET", "/fapi/v3/positionRisk", ""));
        assertEquals(Json.official("binance_rest_position_risk_v3_oneway.json").at(0).keys(), v3.at(0).keys());
        assertEquals("10.00000000", v3.at(0).str("openOrderInitialMargin"));
        ok(hedge.limit("BUY", "20000", "0.010", "GTC", "positionSide=LONG"));
        Json v3Hedge = ok(hedge.signed("GET", "/fapi/v3/positionRisk", ""));
        assertEquals(Json.official("binance_rest_position_risk_v3_hedge.json").at(0).keys(), v3Hedge.at(0).keys());
    }

    @Test
    void shouldServeExchangeInfoInTheOfficialShapeWithTheVenuesOwnRules() {
        Json info = ok(client.send("GET", "/fapi/v1/exchangeInfo", ""));
        Json official = Json.official("binance_rest_exchange_info.json");
        assertEquals(official.keys(), info.keys());
        Json symbol = info.get("symbols").at(0);
        Json officialSymbol = official.get("symbols").at(0);
        assertEquals(officialSymbol.keys(), symbol.keys());
        assertEquals(officialSymbol.get("filters").size(), symbol.get("filters").size());
        for (int i = 0; i < symbol.get("filters").size(); i++) {
            Json filter = symbol.get("filters").at(i);
            Json same = null;
            for (int j = 0; j < officialSymbol.get("filters").size(); j++) {
                if (officialSymbol.get("filters").at(j).str("filterType").equals(filter.str("filterType"))) {
                    same = officialSymbol.get("filters").at(j);
                }
            }
            assertEquals(same.keys(), filter.keys(), filter.str("filterType"));
        }
        assertEquals("0.01", symbol.get("filters").at(0).str("tickSize"));
        assertEquals("0.001", symbol.get("filters").at(1).str("stepSize"));
        assertEquals("5", symbol.get("filters").at(4).str("notional"));
        assertEquals(official.get("rateLimits").at(0).keys(), info.get("rateLimits").at(0).keys());
    }

    @Test
    void shouldServeKlinesListenKeysPingTimeAndErrorsInTheOfficialShapes() {
        long minute = 1_700_000_100_000L;
        server.trade("BTCUSDT", "100.00", "1", minute + 1);
        server.trade("BTCUSDT", "101.50", "2", minute + 2);
        server.trade("BTCUSDT", "99.00", "1", minute + 60_000);
        Json klines = ok(client.send("GET", "/fapi/v1/klines?symbol=BTCUSDT&interval=1m", ""));
        Json officialRow = Json.official("binance_rest_klines_response.json").at(0);
        assertEquals(2, klines.size());
        assertEquals(officialRow.size(), klines.at(0).size());
        assertEquals(minute, ((Number) klines.at(0).at(0).value).longValue());
        assertEquals("100.00", klines.at(0).at(1).value);
        assertEquals("101.50", klines.at(0).at(2).value);
        assertEquals("3.000", klines.at(0).at(5).value);
        Json fiveMinutes = ok(client.send("GET", "/fapi/v1/klines?symbol=BTCUSDT&interval=5m&limit=10", ""));
        assertEquals(1, fiveMinutes.size());
        assertEquals("4.000", fiveMinutes.at(0).at(5).value);

        Json key = Json.parse(client.send("POST", "/fapi/v1/listenKey", "").body());
        assertEquals(Json.official("binance_rest_listen_key_post_response.json").keys(), key.keys());
        Json kept = ok(client.send("PUT", "/fapi/v1/listenKey", ""));
        assertEquals(Json.official("binance_rest_listen_key_put_response.json").keys(), kept.keys());
        assertEquals(key.str("listenKey"), kept.str("listenKey"));

        assertEquals("{}", client.send("GET", "/fapi/v1/ping", "").body());
        assertTrue(ok(client.send("GET", "/fapi/v1/time", "")).num("serverTime") > 0);

        HttpResponse<String> bad = client.send("GET", "/fapi/v1/klines?symbol=NOPE&interval=1m", "");
        assertEquals(400, bad.statusCode());
        assertEquals(Json.official("binance_rest_error_payload.json").toString(), Json.parse(bad.body()).toString());
    }

    @Test
    void shouldSendTheRateLimitHeadersOnEveryAnswer() {
        for (HttpResponse<String> response : List.of(client.send("GET", "/fapi/v1/ping", ""),
                client.limit("BUY", "20000", "0.010", "GTC", ""), client.limit("BUY", "-1", "0.010", "GTC", ""))) {
            assertTrue(response.headers().firstValue("X-MBX-USED-WEIGHT-1M").isPresent(), response.toString());
            assertTrue(response.headers().firstValue("X-MBX-ORDER-COUNT-10S").isPresent());
            assertTrue(response.headers().firstValue("X-MBX-ORDER-COUNT-1M").isPresent());
        }
        HttpResponse<String> order = client.limit("BUY", "20000", "0.010", "GTC", "");
        assertEquals("3", order.headers().firstValue("X-MBX-ORDER-COUNT-10S").orElseThrow());
    }
}
