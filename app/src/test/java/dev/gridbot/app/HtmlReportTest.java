package dev.gridbot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * report.html: written at the end of a backtest and by {@code gridbot report}, self-contained (no
 * http:// or https:// reference, no script), its charts inline SVG, its statistics table present, and
 * small even though the run has 100,000 trades.
 */
class HtmlReportTest {
    @TempDir
    Path tmp;

    @Test
    void shouldWriteTheReportAtTheEndOfABacktest() throws Exception {
        Path report = DemoBacktest.dir().resolve("report.html");
        assertTrue(DemoBacktest.output().contains("  report: " + report), DemoBacktest.output());
        assertSelfContainedWithChartsAndStatistics(Files.readString(report));
        assertTrue(Files.size(report) < 5_000_000, "report.html is " + Files.size(report) + " bytes");
    }

    @Test
    void shouldWriteTheReportOfAWindowOnRequest() throws Exception {
        CliRunner.Result r = CliRunner.run("report", "--journal", DemoBacktest.journal().toString(), "--out",
                tmp.toString(), "--from", "2013-11-29", "--to", "2013-12-01");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        String html = Files.readString(tmp.resolve("report.html"));
        assertSelfContainedWithChartsAndStatistics(html);
        assertTrue(html.contains("2013-11-29T00:00:00Z → 2013-12-01T00:00:00Z (2.00 days)"), "the window is said");
    }

    private static void assertSelfContainedWithChartsAndStatistics(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://"), "no http:// reference");
        assertFalse(html.contains("https://"), "no https:// reference");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script");
        assertFalse(html.contains("<img"), "no image to fetch");
        long charts = html.lines().filter(l -> l.startsWith("<svg ")).count();
        assertEquals(4, charts, "price, equity and drawdown, position, position by level");
        assertTrue(html.contains("BTCUSDT: price, grid levels and fills"));
        assertTrue(html.contains("<path"), "lines are SVG paths");
        assertTrue(html.contains("<table class=\"stats\">"), "the statistics table");
        assertTrue(html.contains("<th>btc-neutral</th>"));
        for (String figure : new String[] {"fills", "realized PnL", "total PnL", "grid yield %/day", "max drawdown",
            "fill rate %", "avg time to fill (s)", "entries skipped by cap", "avg |position| (time-weighted)"}) {
            assertTrue(html.contains("<td>" + figure + "</td>"), figure);
        }
    }
}
