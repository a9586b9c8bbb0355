package dev.gridbot.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyses of a netted run: a short grid and two target strategies on one account, over a short
 * trade file written here that ends in a rally through the grid's stop. The journal then holds internal
 * crosses (CROSS_REPORT), target strategies' fills without a client order id, the book's own orders and
 * a stop-loss; every analysis handles them, and stats agree with summary.json.
 */
class NettedRunAnalysisTest {
    private static final String CONFIG = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - name: grid
                type: grid
                symbol: BTCUSDT
                mode: short
                lower: 98
                upper: 104
                levels: 7
                quantity: 0.01
                maxPosition: 0.05
                stopLossBufferPct: 0.5
              - name: long-hold
                type: target
                symbol: BTCUSDT
                target: 0.2
                maxPosition: 0.2
                maxLoss: 1000
              - name: flipper
                type: target
                symbol: BTCUSDT
                schedule:
                  - { afterSec: 0, target: -0.1 }
                  - { afterSec: 3600, target: 0.1 }
                  - { afterSec: 7200, target: -0.1 }
                maxPosition: 0.1
                maxLoss: 1000
            """;

    @TempDir
    static Path tmp;

    private static Path run;

    @BeforeAll
    static void backtest() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,price,amount\n");
        long t = 1_385_337_600L;
        for (int i = 0; i < 2_000; i++) {
            // Swings across the grid's levels for five hours, then a rally through its stop (104.52).
            double price = i < 1_800 ? 100 + 2.2 * Math.sin(i / 40.0) : 100 + (i - 1_800) * 0.04;
            csv.append(t + 10L * i).append(',').append(String.format(Locale.ROOT, "%.2f", price)).append(",0.5\n");
        }
        Path data = Files.writeString(tmp.resolve("trades.csv"), csv);
        Path config = Files.writeString(tmp.resolve("netted.yaml"), CONFIG);
        run = tmp.resolve("run");
        CliRunner.Result r = CliRunner.run("backtest", "--config", config.toString(), "--data", data.toString(),
                "--out", run.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("stop-loss grid"), "the rally stops the grid: " + r.out());
        assertTrue(Files.exists(run.resolve("report.html")), r.out());
    }

    @Test
    void shouldAgreeWithTheRunsSummary() throws Exception {
        CliRunner.Result r = CliRunner.run("stats", "--journal", run.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        String summary = Files.readString(run.resolve("summary.json"));
        String run = runBlock(r.out());
        assertEquals(number(summary, "realizedPnl"), number(run, "realizedPnl"));
        assertEquals(number(summary, "fees"), number(run, "fees"));
        assertEquals(number(summary, "unrealizedPnl"), number(run, "unrealizedPnl"));
        assertEquals(number(summary, "netPnl"), number(run, "totalPnl"));
        assertEquals(number(summary, "fills"), number(run, "fills"));
        assertEquals(BigDecimal.ONE, number(run, "stopLosses"));
        assertTrue(number(run, "internalFills").signum() > 0, "target strategies crossed inside the book");
        assertTrue(r.out().contains("\"book default/BTCUSDT\""), "the book's own orders have a column: " + r.out());
        assertTrue(r.out().contains("\"verified\" : true"));
    }

    @Test
    void shouldExportCrossesWithoutALevelAsIntentCross() throws Exception {
        Path out = tmp.resolve("export");
        CliRunner.Result r = CliRunner.run("export", "--journal", run.resolve("journal").toString(), "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
        assertEquals(Files.readAllLines(run.resolve("trades.csv")).size(), fills.size());
        List<String> crosses = fills.stream().filter(l -> l.contains(",CROSS,")).toList();
        assertFalse(crosses.isEmpty());
        // time,strategy,symbol,clientOrderId,level,intent,…,liquidity: no order id, no level.
        assertTrue(crosses.stream().allMatch(l -> l.split(",", -1)[3].isEmpty() && l.split(",", -1)[4].isEmpty()
                && l.endsWith(",internal")), crosses.get(0));
        assertTrue(fills.stream().anyMatch(l -> l.contains(",TARGET,")), "fills of the book's orders");
        assertTrue(fills.stream().anyMatch(l -> l.contains(",STOP,")), "the stop-loss close");
        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertTrue(orders.stream().anyMatch(l -> l.startsWith("gb3-4095T-") && l.contains(",book default/BTCUSDT,")),
                "the book's own orders carry its id and name");
    }

    @Test
    void shouldLogCrossesAndTheStopLoss() throws Exception {
        CliRunner.Result r = CliRunner.run("log", "--journal", run.toString(), "--grep", "internal cross");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().count() > 0 && r.out().lines().allMatch(l -> l.contains(" fill ")), r.out());
        CliRunner.Result warn = CliRunner.run("log", "--journal", run.toString(), "--type", "warn");
        assertTrue(warn.out().contains("grid") && warn.out().contains("stop-loss: a trade at"), warn.out());
    }

    @Test
    void shouldReportTheStopLoss() throws Exception {
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("Stop-loss: grid</b> triggered"), "the stop-loss report");
        assertTrue(html.contains("<th>long-hold</th>") && html.contains("<th>book default/BTCUSDT</th>"));
        assertFalse(html.contains("http://") || html.contains("https://"));
    }

    private static String runBlock(String json) {
        int start = json.indexOf("\"run\" : {");
        return json.substring(start, json.indexOf('}', start));
    }

    private static BigDecimal number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\" : (-?[0-9.E-]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return new BigDecimal(m.group(1)).stripTrailingZeros();
    }
}
