package dev.gridbot.gateway.sim.server;

import dev.gridbot.gateway.data.BundledTrades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venue replays trade files, fills resting orders as the backtest does, and reports its progress. */
@Timeout(120)
class ReplayTest {

    @Test
    void shouldReplayTheBundledTradesToTheEndAndServeKlines() throws Exception {
        SimServerConfig config = SimServerFixture.config()
                .data(SimDataSource.bundled("BTCUSDT", Double.POSITIVE_INFINITY)).build();
        try (SimServer server = SimServer.start(config)) {
            assertTrue(server.awaitReplayFinished(Duration.ofSeconds(100)));
            assertEquals(BundledTrades.TRADE_COUNT, server.tradesReplayed());
            VenueClient client = SimServerFixture.oneWay(server);
            Json days = Json.parse(client.send("GET", "/fapi/v1/klines?symbol=BTCUSDT&interval=1d", "").body());
            double high = 0;
            double low = Double.MAX_VALUE;
            long count = 0;
            for (int i = 0; i < days.size(); i++) {
                high = Math.max(high, Double.parseDouble((String) days.at(i).at(2).value));
                low = Math.min(low, Double.parseDouble((String) days.at(i).at(3).value));
                count += ((Number) days.at(i).at(8).value).longValue();
            }
            assertEquals(7, days.size());
            assertEquals(1163.00, high);
            assertEquals(770.10, low);
            assertEquals(BundledTrades.TRADE_COUNT, count);
        }
    }

    @Test
    void shouldFillARestingOrderFromAReplayedFileAsTheFillModelSays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trades.csv");
        Files.writeString(file, "timestamp,price,amount\n1700000000,100.00,1\n1700000001,99.50,0.004\n"
                + "1700000002,99.00,1\n1700000003,101.00,1\n");
        SimServerConfig config = SimServerFixture.config()
                .data(SimDataSource.file("BTCUSDT", file, 1.0).atFixedRate(1000)).build();
        try (SimServer server = SimServer.start(config)) {
            server.faults().stopMarketData();
            VenueClient client = SimServerFixture.oneWay(server);
            String key = client.listenKey();
            WsClient ws = WsClient.connect(server.wsBaseUrl() + "/private/ws/" + key);
            SimServerFixture.await(() -> server.webSocketConnections() == 1, "the private stream");
            client.limit("BUY", "99.80", "0.060", "GTC", "newClientOrderId=replayed");
            server.faults().resumeMarketData();
            assertTrue(server.awaitReplayFinished(Duration.ofSeconds(30)));
            Json partial = ws.next("PARTIALLY_FILLED").get("o");
            assertEquals("0.004", partial.str("l"));
            assertEquals("99.80", partial.str("L"));
            Json full = ws.next("\"X\":\"FILLED\"").get("o");
            assertEquals("0.056", full.str("l"));
            ws.close();
            Json position = Json.parse(client.signed("GET", "/fapi/v2/positionRisk", "").body()).at(0);
            assertEquals("0.060", position.str("positionAmt"));
            assertEquals("101.00000000", position.str("markPrice"));
            assertEquals("0.07200000", position.str("unRealizedProfit"));
        }
    }
}
