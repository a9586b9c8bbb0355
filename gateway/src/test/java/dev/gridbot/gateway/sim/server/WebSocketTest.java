package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Market streams on the routed paths, combined streams, live subscription, pings, drops, listenKey expiry. */
@Timeout(60)
class WebSocketTest {
    private final SimServer server = SimServer.start(SimServerFixture.config()
            .pingInterval(Duration.ofMillis(100)).listenKeyValidity(Duration.ofMinutes(60)).build());
    private final VenueClient client = SimServerFixture.oneWay(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private WsClient connect(String path) throws InterruptedException {
        int before = server.webSocketConnections();
        WsClient ws = WsClient.connect(server.wsBaseUrl() + path);
        SimServerFixture.await(() -> server.webSocketConnections() > before, path);
        return ws;
    }

    @Test
    void shouldPublishMarketStreamsInTheOfficialShapes() throws Exception {
        try (WsClient trades = connect("/market/ws/btcusdt@aggTrade");
             WsClient book = connect("/public/ws/btcusdt@bookTicker");
             WsClient mark = connect("/market/ws/btcusdt@markPrice@1s")) {
            server.trade("BTCUSDT", "20000.00", "0.250", 1_700_000_000_000L);
            Json trade = trades.next("aggTrade");
            assertEquals(Json.official("binance_ws_agg_trade.json").keys(), trade.keys());
            assertEquals("20000.00", trade.str("p"));
            assertEquals("0.250", trade.str("q"));
            assertEquals(1_700_000_000_000L, trade.num("T"));
            Json ticker = book.next("bookTicker");
            assertEquals(Json.official("binance_ws_book_ticker.json").keys(), ticker.keys());
            assertEquals("19999.99", ticker.str("b"));
            assertEquals("20000.01", ticker.str("a"));
            Json price = mark.next("markPriceUpdate");
            assertEquals(Json.official("binance_ws_mark_price.json").keys(), price.keys());
            assertEquals("20000.00000000", price.str("p"));

            server.trade("BTCUSDT", "20001.00", "0.1", 1_700_000_000_500L);
            server.trade("BTCUSDT", "20002.00", "0.1", 1_700_000_001_000L);
            assertEquals("20002.00000000", mark.next("markPriceUpdate").str("p"));
            assertTrue(mark.messages.isEmpty(), "one mark price per second of venue time");
        }
    }

    @Test
    void shouldWrapCombinedStreamsAndAnswerSubscriptionFrames() throws Exception {
        try (WsClient combined = connect("/market/stream?streams=btcusdt@aggTrade/btcusdt@markPrice");
             WsClient live = connect("/public/ws")) {
            live.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@bookTicker\"],\"id\":1}");
            assertEquals("{\"result\":null,\"id\":1}", live.next("\"id\":1").toString().replace(" ", ""));
            live.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@aggTrade\"],\"id\":2}");
            assertEquals(2, live.next("\"id\":2").num("code"));
            live.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
            assertEquals("btcusdt@bookTicker", live.next("\"id\":3").get("result").at(0).value);

            server.trade("BTCUSDT", "20000.00", "0.250");
            Json wrapped = combined.next("btcusdt@aggTrade");
            assertEquals("btcusdt@aggTrade", wrapped.str("stream"));
            assertEquals("aggTrade", wrapped.get("data").str("e"));
            assertEquals("btcusdt@markPrice", combined.next("btcusdt@markPrice").str("stream"));
            assertEquals("bookTicker", live.next("bookTicker").str("e"));
        }
        assertThrows(CompletionException.class, () -> WsClient.connect(server.wsBaseUrl() + "/market/ws/btcusdt@bookTicker"));
        assertThrows(CompletionException.class, () -> WsClient.connect(server.wsBaseUrl() + "/private/ws/not-a-key"));
    }

    @Test
    void shouldPingClientsAndDropEveryConnectionOnTheFaultSwitch() throws Exception {
        try (WsClient ws = connect("/market/ws/btcusdt@aggTrade")) {
            SimServerFixture.await(() -> ws.pings.get() >= 2, "server pings");
            server.faults().dropAllWebSockets();
            assertTrue(ws.awaitClosed());
            SimServerFixture.await(() -> server.webSocketConnections() == 0, "no connection left");
        }
    }

    @Test
    void shouldExpireAListenKeyAndRefuseItsKeepAlive() throws Exception {
        String key = client.listenKey();
        try (WsClient ws = connect("/private/ws/" + key)) {
            assertTrue(server.faults().expireListenKey(key));
            Json expired = ws.next("listenKeyExpired");
            assertEquals(Json.official("binance_ws_listen_key_expired.json").keys(), expired.keys());
            assertEquals(key, expired.str("listenKey"));
            assertTrue(ws.awaitClosed());
        }
        Json refused = Json.parse(client.send("PUT", "/fapi/v1/listenKey", "").body());
        assertEquals(-1125, refused.num("code"));
    }

    @Test
    void shouldExpireAListenKeyPastItsValidity() throws Exception {
        try (SimServer shortLived = SimServer.start(SimServerFixture.config()
                .listenKeyValidity(Duration.ofMillis(300)).build())) {
            VenueClient owner = SimServerFixture.oneWay(shortLived);
            String key = owner.listenKey();
            WsClient ws = WsClient.connect(shortLived.wsBaseUrl() + "/private/stream?streams=" + key);
            Json expired = ws.next("listenKeyExpired");
            assertEquals(key, expired.str("stream"));
            assertEquals(-1125, Json.parse(owner.send("PUT", "/fapi/v1/listenKey", "").body()).num("code"));
            ws.close();
        }
    }
}
