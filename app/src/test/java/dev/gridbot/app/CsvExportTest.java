package dev.gridbot.app;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.JournalReader;
import dev.gridbot.journal.JournalVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gridbot export}: orders.csv and fills.csv carry the columns a spreadsheet user wants, one row per
 * order the journal placed and per fill it booked, and their sums agree with trades.csv.
 */
class CsvExportTest {
    @TempDir
    static Path out;

    private static List<String> orders;
    private static List<String> fills;

    @BeforeAll
    static void export() throws Exception {
        CliRunner.Result r = CliRunner.run("export", "--journal", DemoBacktest.journal().toString(), "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        orders = Files.readAllLines(out.resolve("orders.csv"));
        fills = Files.readAllLines(out.resolve("fills.csv"));
    }

    @Test
    void shouldWriteTheDocumentedColumns() {
        assertEquals("clientOrderId,strategy,symbol,level,intent,side,type,timeInForce,reduceOnly,price,qty,"
                + "placedTime,acceptedTime,firstFillTime,lastFillTime,filledQty,avgFillPrice,fee,realizedPnl,status,"
                + "rejectCode,cancelRequestTime,canceledTime", orders.get(0));
        assertEquals("time,strategy,symbol,clientOrderId,level,intent,side,price,qty,notional,fee,realizedPnl,"
                + "liquidity", fills.get(0));
        int orderColumns = orders.get(0).split(",").length;
        int fillColumns = fills.get(0).split(",").length;
        assertTrue(orders.stream().allMatch(l -> l.split(",", -1).length == orderColumns));
        assertTrue(fills.stream().allMatch(l -> l.split(",", -1).length == fillColumns));
    }

    @Test
    void shouldWriteOneRowPerJournaledPlacementAndFill() throws Exception {
        Set<Long> placed = new HashSet<>();
        long[] fillReports = {0};
        try (JournalReader reader = Journal.open(DemoBacktest.journal())) {
            reader.read(new JournalVisitor() {
                @Override
                public void onOutbound(OutboundEvent e) {
                    if (e.type() == OutboundType.PLACE) {
                        placed.add(e.clientOrderId());
                    } else if (e.type() == OutboundType.FILL_REPORT) {
                        fillReports[0]++;
                    }
                }
            });
        }
        assertEquals(placed.size(), orders.size() - 1);
        assertEquals(fillReports[0], fills.size() - 1);
        assertEquals(Files.readAllLines(DemoBacktest.dir().resolve("trades.csv")).size(), fills.size());
    }

    @Test
    void shouldAgreeWithTradesCsvAndBetweenTheTwoFiles() throws Exception {
        List<String> trades = Files.readAllLines(DemoBacktest.dir().resolve("trades.csv"));
        assertEquals(sum(trades, "qty"), sum(fills, "qty"));
        assertEquals(sum(trades, "fee"), sum(fills, "fee"));
        assertEquals(sum(trades, "realizedPnl"), sum(fills, "realizedPnl"));
        assertEquals(sum(fills, "qty"), sum(orders, "filledQty"), "every fill of the demo is of a placed order");
        assertEquals(sum(fills, "fee"), sum(orders, "fee"));
        List<String> header = List.of(orders.get(0).split(","));
        long filledOrders = orders.stream().skip(1)
                .filter(l -> new BigDecimal(l.split(",", -1)[header.indexOf("filledQty")]).signum() > 0).count();
        long statusFilled = orders.stream().skip(1).filter(l -> l.contains(",FILLED,")).count();
        assertTrue(statusFilled > 0 && statusFilled <= filledOrders, statusFilled + " of " + filledOrders);
        assertTrue(fills.stream().skip(1).allMatch(l -> l.endsWith(",maker") || l.endsWith(",taker")),
                "a backtest's fills are the venue's, maker or taker");
        assertEquals(notional(fills), sum(fills, "notional"));
    }

    private static BigDecimal sum(List<String> csv, String column) {
        int index = List.of(csv.get(0).split(",")).indexOf(column);
        assertTrue(index >= 0, column);
        return csv.stream().skip(1).map(l -> l.split(",", -1)[index]).filter(v -> !v.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    private static BigDecimal notional(List<String> csv) {
        List<String> h = List.of(csv.get(0).split(","));
        Function<String, BigDecimal> row = l -> new BigDecimal(l.split(",")[h.indexOf("price")])
                .multiply(new BigDecimal(l.split(",")[h.indexOf("qty")]));
        return csv.stream().skip(1).map(row).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }
}
