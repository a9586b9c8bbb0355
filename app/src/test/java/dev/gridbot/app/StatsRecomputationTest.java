package dev.gridbot.app;

import dev.gridbot.app.analysis.JournalAnalysis;
import dev.gridbot.app.analysis.RunStats;
import dev.gridbot.app.analysis.TimeWindow;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.JournalReader;
import dev.gridbot.journal.JournalVisitor;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gridbot stats} against an independent recomputation: the backtest's trades.csv (its fills) and
 * the bundled market trades, read here with nothing of the analysis code, must give the same figures
 * within 0.01% (or the last printed digit), over the whole run and over a window. Fill rate and time to
 * fill, which trades.csv cannot tell, are recomputed from the journal's PLACE and FILL_REPORT events.
 */
class StatsRecomputationTest {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** demo.yaml: maxPosition 0.2 at the mean of the levels 720, 730, …, 1240. */
    private static final BigDecimal DEMO_CAPITAL = new BigDecimal("0.2").multiply(new BigDecimal("980"));

    @Test
    void shouldEqualARecomputationFromTradesCsvOverTheWholeRun() throws Exception {
        RunStats stats = JournalAnalysis.open(DemoBacktest.dir()).stats(TimeWindow.all(), n -> { });
        Recomputed expected = Recomputed.of(fills(), marketTrades(), Long.MIN_VALUE, Long.MAX_VALUE);
        assertTrue(stats.verified(), stats.replay());
        assertFigures(expected, stats);
        assertEquals(317, stats.run().fills(), "the demo's fills, as summary.json says");
    }

    @Test
    void shouldEqualARecomputationFromTradesCsvOverAWindow() throws Exception {
        JournalAnalysis analysis = JournalAnalysis.open(DemoBacktest.dir());
        TimeWindow window = analysis.window("2013-11-27T00:00:00Z", "2013-11-29T12:00:00Z", null);
        RunStats stats = analysis.stats(window, n -> { });
        Recomputed expected = Recomputed.of(fills(), marketTrades(), seconds("2013-11-27T00:00:00Z"),
                seconds("2013-11-29T12:00:00Z"));
        assertFigures(expected, stats);
        assertTrue(stats.run().fills() > 0 && stats.run().fills() < 317, "a part of the run: " + stats.run().fills());
    }

    @Test
    void shouldCountFillRateAndTimeToFillFromTheJournalsPlacementsAndFills() throws Exception {
        Map<Long, Long> placed = new HashMap<>();
        Map<Long, Long> firstFill = new HashMap<>();
        try (JournalReader reader = Journal.open(DemoBacktest.journal())) {
            reader.read(new JournalVisitor() {
                @Override
                public void onOutbound(OutboundEvent e) {
                    if (e.type() == OutboundType.PLACE) {
                        placed.putIfAbsent(e.clientOrderId(), e.timestampNanos());
                    } else if (e.type() == OutboundType.FILL_REPORT) {
                        firstFill.putIfAbsent(e.clientOrderId(), e.timestampNanos());
                    }
                }
            });
        }
        long filled = 0;
        long waited = 0;
        for (Map.Entry<Long, Long> p : placed.entrySet()) {
            Long fill = firstFill.get(p.getKey());
            if (fill != null) {
                filled++;
                waited += fill - p.getValue();
            }
        }
        RunStats stats = JournalAnalysis.open(DemoBacktest.dir()).stats(TimeWindow.all(), n -> { });
        RunStats.Figures run = stats.run();
        assertEquals(placed.size(), run.ordersPlaced());
        assertEquals(filled, run.ordersFilled());
        close("fill rate %", BigDecimal.valueOf(filled * 100.0 / placed.size()), run.fillRatePct(), "0.005");
        close("avg time to fill", BigDecimal.valueOf(waited / 1e9 / filled), run.avgTimeToFillSec(), "0.0005");
    }

    @Test
    void shouldPrintTheFiguresAsATableAndAsJson() throws Exception {
        CliRunner.Result text = CliRunner.run("stats", "--journal", DemoBacktest.journal().toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("grid yield %/day"), text.out());
        assertTrue(text.out().contains("btc-neutral, position by level at the end"), text.out());
        CliRunner.Result json = CliRunner.run("stats", "--journal", DemoBacktest.dir().toString(), "--last", "1d",
                "--json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"wholeJournal\" : false"), json.out());
        assertTrue(json.out().contains("\"from\" : \"2013-11-30T16:02:05Z\""), "--last counts back from the last "
                + "event: " + json.out());
        CliRunner.Result both = CliRunner.run("stats", "--journal", DemoBacktest.dir().toString(), "--last", "1d",
                "--from", "2013-11-30");
        assertEquals(Main.EXIT_BAD_INPUT, both.exitCode());
    }

    // ------------------------------------------------------------------ the comparison

    private static void assertFigures(Recomputed e, RunStats stats) {
        RunStats.Figures f = stats.row("btc-neutral");
        assertNotNull(f);
        assertEquals(e.fills, f.fills(), "fills");
        assertEquals(e.entries, f.entryFills(), "entries filled");
        assertEquals(e.exits, f.exitFills(), "exits filled");
        assertEquals(e.stops, f.stopFills(), "stop-loss fills");
        close("realized PnL", e.realized, f.realizedPnl(), null);
        close("fees", e.fees, f.fees(), null);
        close("unrealized PnL", e.unrealized, f.unrealizedPnl(), null);
        close("total PnL", e.total, f.totalPnl(), null);
        close("max drawdown", e.maxDrawdown, f.maxDrawdown(), null);
        close("position", e.position, f.position(), null);
        close("max |position|", e.maxAbsPosition, f.maxAbsPosition(), null);
        close("avg |position|", e.avgAbsPosition, f.avgAbsPosition(), "0.0000005");
        BigDecimal days = BigDecimal.valueOf(stats.toNanos() - stats.fromNanos())
                .divide(BigDecimal.valueOf(86_400L * NANOS_PER_SECOND), MathContext.DECIMAL64);
        close("window days", BigDecimal.valueOf(e.toNanos - e.fromNanos)
                .divide(BigDecimal.valueOf(86_400L * NANOS_PER_SECOND), MathContext.DECIMAL64), days, null);
        BigDecimal gridYield = e.realized.subtract(e.fees).multiply(BigDecimal.valueOf(100))
                .divide(DEMO_CAPITAL.multiply(days), MathContext.DECIMAL64);
        close("capital", DEMO_CAPITAL, f.capital(), null);
        close("grid yield", gridYield, f.gridYieldPctPerDay(), "0.0000005");
        RunStats.GridLevels levels = stats.levels().get(0);
        for (RunStats.Level level : levels.levels()) {
            close("position at level " + level.level(), e.levelPositions.getOrDefault(level.level(), BigDecimal.ZERO),
                    level.position(), null);
        }
        // One strategy: the run's figures are the strategy's.
        close("run total PnL", e.total, stats.run().totalPnl(), null);
        close("run max drawdown", e.maxDrawdown, stats.run().maxDrawdown(), null);
    }

    /** Within 0.01% of the expected value, or within {@code printed} (half the last printed digit). */
    private static void close(String what, BigDecimal expected, BigDecimal actual, String printed) {
        assertNotNull(actual, what);
        BigDecimal diff = expected.subtract(actual).abs();
        BigDecimal allowed = expected.abs().multiply(TOLERANCE);
        if (printed != null) {
            allowed = allowed.max(new BigDecimal(printed));
        }
        assertTrue(diff.compareTo(allowed) <= 0, what + ": expected " + expected.toPlainString() + ", stats say "
                + actual.toPlainString());
    }

    // ------------------------------------------------------------------ the independent recomputation

    /** One row of trades.csv. */
    record Fill(long nanos, String intent, int level, int sign, BigDecimal price, BigDecimal qty, BigDecimal fee,
                BigDecimal pnl) {
    }

    /** One market trade of the bundled data: epoch nanoseconds and price. */
    record Trade(long nanos, BigDecimal price) {
    }

    /**
     * The figures from fills and market trades alone. The books are sampled at every distinct trade time,
     * after every fill of that time; the window's figures are relative to the state just before it.
     */
    static final class Recomputed {
        long fills;
        long entries;
        long exits;
        long stops;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal unrealized;
        BigDecimal total;
        BigDecimal maxDrawdown = BigDecimal.ZERO;
        BigDecimal position;
        BigDecimal maxAbsPosition;
        BigDecimal avgAbsPosition;
        long fromNanos;
        long toNanos;
        final Map<Integer, BigDecimal> levelPositions = new TreeMap<>();

        static Recomputed of(List<Fill> fills, List<Trade> trades, long from, long to) {
            Recomputed r = new Recomputed();
            long first = trades.get(0).nanos();
            long last = trades.get(trades.size() - 1).nanos();
            r.fromNanos = Math.max(from, first);
            r.toNanos = Math.min(to, last);
            BigDecimal pos = BigDecimal.ZERO;
            BigDecimal cash = BigDecimal.ZERO;
            BigDecimal feesAll = BigDecimal.ZERO;
            BigDecimal realizedAll = BigDecimal.ZERO;
            BigDecimal mark = BigDecimal.ZERO;
            BigDecimal base = null;
            BigDecimal peak = BigDecimal.ZERO;
            BigDecimal area = BigDecimal.ZERO;
            BigDecimal previousPos = BigDecimal.ZERO;
            long previousT = 0;
            int next = 0;
            int i = 0;
            while (i < trades.size() && trades.get(i).nanos() <= to) {
                long t = trades.get(i).nanos();
                if (base == null && t >= from) {
                    base = cash.subtract(feesAll).add(pos.multiply(mark));
                    r.maxAbsPosition = pos.abs();
                    previousPos = pos;
                    previousT = r.fromNanos;
                }
                while (i < trades.size() && trades.get(i).nanos() == t) {
                    mark = trades.get(i++).price();
                }
                while (next < fills.size() && fills.get(next).nanos() <= t) {
                    Fill f = fills.get(next++);
                    BigDecimal signed = f.qty().multiply(BigDecimal.valueOf(f.sign()));
                    pos = pos.add(signed);
                    cash = cash.subtract(signed.multiply(f.price()));
                    feesAll = feesAll.add(f.fee());
                    realizedAll = realizedAll.add(f.pnl());
                    if (f.intent().equals("STOP")) {
                        r.levelPositions.clear();
                    } else if (f.level() >= 0) {
                        r.levelPositions.merge(f.level(), signed, BigDecimal::add);
                    }
                    if (base != null) {
                        r.fills++;
                        r.entries += f.intent().equals("ENTRY") ? 1 : 0;
                        r.exits += f.intent().equals("EXIT") ? 1 : 0;
                        r.stops += f.intent().equals("STOP") ? 1 : 0;
                        r.realized = r.realized.add(f.pnl());
                        r.fees = r.fees.add(f.fee());
                    }
                }
                if (base == null) {
                    continue;
                }
                area = area.add(previousPos.abs().multiply(BigDecimal.valueOf(t - previousT)));
                previousPos = pos;
                previousT = t;
                BigDecimal relative = cash.subtract(feesAll).add(pos.multiply(mark)).subtract(base);
                peak = peak.max(relative);
                r.maxDrawdown = r.maxDrawdown.max(peak.subtract(relative));
                r.maxAbsPosition = r.maxAbsPosition.max(pos.abs());
            }
            area = area.add(pos.abs().multiply(BigDecimal.valueOf(r.toNanos - previousT)));
            BigDecimal equity = cash.subtract(feesAll).add(pos.multiply(mark));
            r.total = equity.subtract(base);
            r.unrealized = equity.add(feesAll).subtract(realizedAll);
            r.position = pos;
            r.avgAbsPosition = area.divide(BigDecimal.valueOf(r.toNanos - r.fromNanos), 12, RoundingMode.HALF_EVEN);
            return r;
        }
    }

    /** trades.csv of the demo backtest, by its header's column names. */
    private static List<Fill> fills() throws IOException {
        List<String> lines = Files.readAllLines(DemoBacktest.dir().resolve("trades.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<Fill> fills = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            String level = c[header.indexOf("level")];
            fills.add(new Fill(nanos(Instant.parse(c[header.indexOf("time")])), c[header.indexOf("intent")],
                    level.isEmpty() ? -1 : Integer.parseInt(level), c[header.indexOf("side")].equals("BUY") ? 1 : -1,
                    new BigDecimal(c[header.indexOf("price")]), new BigDecimal(c[header.indexOf("qty")]),
                    new BigDecimal(c[header.indexOf("fee")]), new BigDecimal(c[header.indexOf("realizedPnl")])));
        }
        return fills;
    }

    /** The bundled Bitstamp trades (timestamp in seconds, price), each price rounded to the 0.01 tick. */
    private static List<Trade> marketTrades() throws IOException {
        List<Trade> trades = new ArrayList<>();
        try (InputStream in = StatsRecomputationTest.class.getResourceAsStream("/bitstamp_trades_from_20131125_usd.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                trades.add(new Trade(Long.parseLong(c[0]) * NANOS_PER_SECOND,
                        new BigDecimal(c[1]).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return trades;
    }

    private static long seconds(String instant) {
        return nanos(Instant.parse(instant));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
    }
}
