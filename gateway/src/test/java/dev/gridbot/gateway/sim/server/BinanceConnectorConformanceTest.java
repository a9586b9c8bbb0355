package dev.gridbot.gateway.sim.server;

import com.binance.connector.futures.client.exceptions.BinanceClientException;
import com.binance.connector.futures.client.impl.UMFuturesClientImpl;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.LinkedHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Binance's official Java connector talks to the simulated venue over loopback: its signed requests
 * are accepted, and its answers parse as the connector's users parse them (org.json).
 */
@Timeout(60)
class BinanceConnectorConformanceTest {
    private final SimServer server = SimServerFixture.start();
    private final UMFuturesClientImpl client =
            new UMFuturesClientImpl(SimServerFixture.KEY, SimServerFixture.SECRET, server.httpBaseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    private static LinkedHashMap<String, Object> params(Object... pairs) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void shouldPlaceQueryAndCancelALimitOrderThroughTheOfficialConnector() {
        long serverTime = new JSONObject(client.market().time()).getLong("serverTime");
        assertTrue(serverTime > 0);
        JSONObject info = new JSONObject(client.market().exchangeInfo());
        assertEquals("BTCUSDT", info.getJSONArray("symbols").getJSONObject(0).getString("symbol"));

        JSONObject placed = new JSONObject(client.account().newOrder(params("symbol", "BTCUSDT", "side", "BUY",
                "type", "LIMIT", "timeInForce", "GTC", "quantity", 0.01, "price", 20000.1)));
        long orderId = placed.getLong("orderId");
        assertEquals("NEW", placed.getString("status"));
        assertEquals("20000.10", placed.getString("price"));
        assertEquals("0.010", placed.getString("origQty"));

        JSONObject queried = new JSONObject(client.account().queryOrder(params("symbol", "BTCUSDT", "orderId", orderId)));
        assertEquals("NEW", queried.getString("status"));
        assertEquals(placed.getString("clientOrderId"), queried.getString("clientOrderId"));

        JSONArray open = new JSONArray(client.account().currentAllOpenOrders(params("symbol", "BTCUSDT")));
        assertEquals(orderId, open.getJSONObject(0).getLong("orderId"));

        JSONObject canceled = new JSONObject(client.account().cancelOrder(params("symbol", "BTCUSDT", "orderId", orderId)));
        assertEquals("CANCELED", canceled.getString("status"));
        assertEquals(orderId, canceled.getLong("orderId"));
    }

    @Test
    void shouldPlaceAndQueryByClientOrderId() {
        String id = "gb0-17E-42";
        JSONObject placed = new JSONObject(client.account().newOrder(params("symbol", "BTCUSDT", "side", "SELL",
                "type", "LIMIT", "timeInForce", "GTX", "quantity", 0.002, "price", 30000, "newClientOrderId", id)));
        assertEquals(id, placed.getString("clientOrderId"));

        JSONObject queried = new JSONObject(client.account().queryOrder(params("symbol", "BTCUSDT",
                "origClientOrderId", id)));
        assertEquals(placed.getLong("orderId"), queried.getLong("orderId"));
        assertEquals("SELL", queried.getString("side"));
        assertEquals("GTX", queried.getString("timeInForce"));

        JSONObject canceled = new JSONObject(client.account().cancelOrder(params("symbol", "BTCUSDT",
                "origClientOrderId", id)));
        assertEquals("CANCELED", canceled.getString("status"));
    }

    @Test
    void shouldReadPositionRiskAccountAndBalance() {
        JSONArray positions = new JSONArray(client.account().positionInformation(params()));
        JSONObject position = positions.getJSONObject(0);
        assertEquals("BTCUSDT", position.getString("symbol"));
        assertEquals("BOTH", position.getString("positionSide"));
        assertEquals(0.0, Double.parseDouble(position.getString("positionAmt")));
        assertEquals("20", position.getString("leverage"));

        JSONObject account = new JSONObject(client.account().accountInformation(params()));
        assertEquals("10000.00000000", account.getString("totalWalletBalance"));
        assertEquals("USDT", account.getJSONArray("assets").getJSONObject(0).getString("asset"));

        JSONArray balance = new JSONArray(client.account().futuresAccountBalance(params()));
        assertEquals("10000.00000000", balance.getJSONObject(0).getString("balance"));

        JSONObject mode = new JSONObject(client.account().getCurrentPositionMode(params()));
        assertEquals(false, mode.getBoolean("dualSidePosition"));

        String listenKey = new JSONObject(client.userData().createListenKey()).getString("listenKey");
        assertEquals(64, listenKey.length());
    }

    @Test
    void shouldSurfaceVenueErrorsAsTheConnectorsClientException() {
        BinanceClientException e = assertThrows(BinanceClientException.class,
                () -> client.account().queryOrder(params("symbol", "BTCUSDT", "orderId", 987654321L)));
        assertEquals(-2013, e.getErrorCode());
        assertEquals(400, e.getHttpStatusCode());
        assertTrue(e.getMessage().contains("Order does not exist."), e.getMessage());

        UMFuturesClientImpl stranger = new UMFuturesClientImpl("nobody", "nothing", server.httpBaseUrl());
        BinanceClientException refused = assertThrows(BinanceClientException.class,
                () -> stranger.account().accountInformation(params()));
        assertEquals(-2015, refused.getErrorCode());
        assertEquals(401, refused.getHttpStatusCode());
    }
}
