package dev.gridbot.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gridbot log} over the demo backtest's journal: one line per event of interest, and each filter
 * (--type, --grep, --from/--to, --last) keeps exactly the lines of the unfiltered log it should.
 */
class TradeLogTest {
    private static List<String> all;

    @BeforeAll
    static void readWholeLog() throws Exception {
        all = log();
    }

    @Test
    void shouldLogOneFillLinePerFillAndOneOrderLinePerPlacementAndCancellation() throws Exception {
        long fills = Files.readAllLines(DemoBacktest.dir().resolve("trades.csv")).size() - 1;
        String summary = Files.readString(DemoBacktest.dir().resolve("summary.json"));
        assertEquals(fills, all.stream().filter(l -> type(l).equals("fill")).count());
        long orders = all.stream().filter(l -> type(l).equals("order")).count();
        assertEquals(field(summary, "ordersPlaced") + field(summary, "ordersCanceled"), orders);
        assertTrue(all.stream().filter(l -> type(l).equals("order")).allMatch(l -> l.contains("btc-neutral")));
        assertTrue(all.stream().anyMatch(l -> l.matches(".* placed SELL 0\\.01 @ 810 LIMIT/GTX level 9 ENTRY gb0-9E-1")),
                "a placement names side, quantity, price, type, level, intent and id: " + all.get(0));
    }

    @Test
    void shouldKeepOnlyTheTypesAsked() throws Exception {
        List<String> fillsAndOrders = log("--type", "fill", "--type", "order");
        assertEquals(all.stream().filter(l -> type(l).equals("fill") || type(l).equals("order")).toList(),
                fillsAndOrders);
        List<String> info = log("--type", "info,warn");
        assertEquals(all.stream().filter(l -> type(l).equals("info") || type(l).equals("warn")).toList(), info);
        CliRunner.Result bad = CliRunner.run("log", "--journal", DemoBacktest.journal().toString(), "--type", "debug");
        assertEquals(Main.EXIT_BAD_INPUT, bad.exitCode());
    }

    @Test
    void shouldKeepOnlyTheLinesThatContainTheText() throws Exception {
        List<String> level17 = log("--grep", "LEVEL 17 ");
        assertFalse(level17.isEmpty());
        assertEquals(all.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("level 17 ")).toList(), level17);
    }

    @Test
    void shouldKeepOnlyTheTimeRangeAsked() throws Exception {
        Instant from = Instant.parse("2013-11-28T00:00:00Z");
        Instant to = Instant.parse("2013-11-28T06:00:00Z");
        List<String> range = log("--from", from.toString(), "--to", to.toString(), "--type", "fill");
        List<String> expected = all.stream().filter(l -> type(l).equals("fill"))
                .filter(l -> !time(l).isBefore(from) && !time(l).isAfter(to)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, range);

        Instant last = time(all.get(all.size() - 1));
        List<String> lastDay = log("--last", "1d");
        assertEquals(all.stream().filter(l -> !time(l).isBefore(last.minus(Duration.ofDays(1)))).toList(), lastDay);
    }

    private static List<String> log(String... filters) throws Exception {
        Path journal = DemoBacktest.journal();
        String[] args = new String[filters.length + 3];
        args[0] = "log";
        args[1] = "--journal";
        args[2] = journal.toString();
        System.arraycopy(filters, 0, args, 3, filters.length);
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r.out().lines().toList();
    }

    private static String type(String line) {
        return line.split("\\s+")[1];
    }

    private static Instant time(String line) {
        return Instant.parse(line.split("\\s+")[0]);
    }

    private static long field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\" : (\\d+)").matcher(json);
        assertTrue(m.find(), name);
        return Long.parseLong(m.group(1));
    }
}
