package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user-data stream follows an order from NEW through partial and full fills, and a cancel. */
@Timeout(60)
class UserStreamTest {
    private final SimServer server = SimServerFixture.start();
    private final VenueClient client = SimServerFixture.oneWay(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private WsClient privateStream() throws InterruptedException {
        String key = client.listenKey();
        int before = server.webSocketConnections();
        WsClient ws = WsClient.connect(server.wsBaseUrl() + "/private/ws/" + key);
        SimServerFixture.await(() -> server.webSocketConnections() > before, "the private stream");
        return ws;
    }

    @Test
    void shouldReportNewPartialFullFillsAndCancelOfARestingOrder() throws Exception {
        server.trade("BTCUSDT", "20000.00", "1");
        try (WsClient ws = privateStream()) {
            Json placed = Json.parse(client.limit("BUY", "19999.00", "0.010", "GTC", "newClientOrderId=grid-1").body());

            Json created = ws.next("\"x\":\"NEW\"");
            Json official = Json.official("binance_ws_order_trade_update_new.json");
            assertEquals(official.keys(), created.keys());
            assertEquals(official.get("o").keysWithout("AP", "cr"), created.get("o").keys());
            assertEquals("grid-1", created.get("o").str("c"));
            assertEquals(placed.num("orderId"), created.get("o").num("i"));
            assertEquals("199.99000000", created.get("o").str("b"));

            server.trade("BTCUSDT", "19998.00", "0.004");
            Json partial = ws.next("PARTIALLY_FILLED").get("o");
            assertEquals("TRADE", partial.str("x"));
            assertEquals("0.004", partial.str("l"));
            assertEquals("0.004", partial.str("z"));
            assertEquals("19999.00", partial.str("L"));
            assertEquals("0.01599920", partial.str("n"));
            assertEquals("USDT", partial.str("N"));
            assertTrue(partial.bool("m"));
            assertTrue(partial.num("t") > 0);
            assertEquals("BOTH", partial.str("ps"));
            assertEquals("0.00000000", partial.str("rp"));
            Json balance = ws.next("ACCOUNT_UPDATE");
            Json officialBalance = Json.official("binance_ws_account_update.json");
            assertEquals(officialBalance.keys(), balance.keys());
            assertEquals(officialBalance.get("a").keys(), balance.get("a").keys());
            assertEquals(officialBalance.get("a").get("B").at(0).keys(), balance.get("a").get("B").at(0).keys());
            assertEquals(officialBalance.get("a").get("P").at(0).keys(), balance.get("a").get("P").at(0).keys());
            assertEquals("0.004", balance.get("a").get("P").at(0).str("pa"));
            assertEquals("9999.98400080", balance.get("a").get("B").at(0).str("wb"));

            server.trade("BTCUSDT", "19998.00", "0.100");
            Json full = ws.next("\"X\":\"FILLED\"").get("o");
            assertEquals("0.006", full.str("l"));
            assertEquals("0.010", full.str("z"));
            assertEquals("19999", full.str("ap"));
            assertTrue(full.num("t") > partial.num("t"));

            client.limit("SELL", "20001.00", "0.004", "GTC", "newClientOrderId=grid-2");
            ws.next("grid-2");
            server.trade("BTCUSDT", "20002.00", "1");
            Json exit = ws.next(m -> m.contains("grid-2") && m.contains("\"X\":\"FILLED\"")).get("o");
            assertEquals("0.00800000", exit.str("rp"));

            Json resting = Json.parse(client.limit("SELL", "20100.00", "0.005", "GTC", "").body());
            ws.next("\"x\":\"NEW\"");
            client.signed("DELETE", "/fapi/v1/order", "symbol=BTCUSDT&orderId=" + resting.num("orderId"));
            Json canceled = ws.next("\"x\":\"CANCELED\"").get("o");
            assertEquals(resting.num("orderId"), canceled.num("i"));
            assertEquals("CANCELED", canceled.str("X"));
        }
        Json position = Json.parse(client.signed("GET", "/fapi/v2/positionRisk", "").body()).at(0);
        assertEquals("0.006", position.str("positionAmt"));
        assertEquals("19999.0", position.str("entryPrice"));
    }

    @Test
    void shouldExpireAnIocRestAndAMarketOrderFillsAtTheNextTradeAsTaker() throws Exception {
        server.trade("BTCUSDT", "20000.00", "1");
        try (WsClient ws = privateStream()) {
            client.limit("BUY", "19990.00", "0.010", "IOC", "newClientOrderId=ioc-1");
            client.signed("POST", "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002"
                    + "&newClientOrderId=mkt-1");
            server.trade("BTCUSDT", "20001.00", "0.001");
            Json expired = ws.next(m -> m.contains("ioc-1") && m.contains("EXPIRED")).get("o");
            assertEquals("EXPIRED", expired.str("X"));
            Json market = ws.next(m -> m.contains("mkt-1") && m.contains("TRADE")).get("o");
            assertEquals("FILLED", market.str("X"));
            assertEquals("20001.00", market.str("L"));
            assertEquals(false, market.bool("m"));
            assertEquals("0.02000100", market.str("n"));
        }
    }
}
