package dev.gridbot.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backtest over Binance's public aggTrades CSV: a price path that walks down through three long
 * levels and back up fills three entries and their three exits, to the cent.
 */
class BinanceAggTradesBacktestTest {
    @TempDir
    Path tmp;

    @Test
    void shouldBacktestABinanceAggTradesFileAndRoundTripEveryLevelItCrosses() throws Exception {
        Path cfg = tmp.resolve("long.yaml");
        Files.writeString(cfg, """
                venue: { kind: sim }
                instruments:
                  BTCUSDT: { tickSize: 0.1, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
                strategies:
                  - name: l
                    type: grid
                    symbol: BTCUSDT
                    mode: long
                    lower: 60000
                    upper: 61000
                    levels: 11
                    quantity: 0.002
                    maxPosition: 0.006
                    stopLossBufferPct: 1
                """);
        StringBuilder csv = new StringBuilder("agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,"
                + "is_buyer_maker\n");
        double[] path = {60550, 60450, 60350, 60250, 60150, 60250, 60350, 60450, 60550, 60650};
        long t = 1_700_000_000_000L;
        for (int i = 0; i < path.length; i++) {
            csv.append(i + 1).append(',').append(path[i]).append(",1.000,").append(i).append(',').append(i)
                    .append(',').append(t + i * 1000L).append(",false\n");
        }
        Path data = tmp.resolve("BTCUSDT-aggTrades-2023-11-14.csv");
        Files.writeString(data, csv);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("backtest", "--config", cfg.toString(), "--data", data.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<String> rows = Files.readAllLines(out.resolve("trades.csv"));
        assertEquals(7, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith("2023-11-14T22:13:21Z,l,5,BUY,ENTRY,60500,0.002,"), rows.get(1));
        assertEquals(3, number(out.resolve("summary.json"), "roundTrips"));
        assertEquals(0.6, number(out.resolve("summary.json"), "realizedPnl"), 1e-12);
        CliRunner.Result replay = CliRunner.run("replay", "--journal", out.resolve("journal").toString(), "--verify");
        assertEquals(0, replay.exitCode(), replay.out());
    }

    private static double number(Path json, String field) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
                    p.nextToken();
                    return p.getDoubleValue();
                }
            }
        }
        throw new AssertionError(field + " not in " + json);
    }
}
