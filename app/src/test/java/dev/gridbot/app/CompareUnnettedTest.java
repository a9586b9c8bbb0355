package dev.gridbot.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code backtest --compare-unnetted} on the desk (a grid and three target strategies on one account)
 * over the bundled trades: both runs are complete and replay by themselves, the un-netted one crosses
 * nothing and pays more fees, and compare.json holds the runs' own figures.
 */
class CompareUnnettedTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path tmp;

    @Test
    void shouldRunTheDeskNettedAndUnnettedAndShowWhatNettingSaved() throws Exception {
        Path out = tmp.resolve("compare");
        CliRunner.Result run = CliRunner.run("backtest", "--config",
                BacktestAndReplayTest.EXAMPLES.resolve("desk.yaml").toString(), "--compare-unnetted",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("PnL is the same in both runs up to its fees and to the fills netting changed"),
                run.out());
        for (String dir : new String[] {"netted", "unnetted"}) {
            CliRunner.Result replay = CliRunner.run("replay", "--journal",
                    out.resolve(dir).resolve("journal").toString(), "--verify");
            assertEquals(0, replay.exitCode(), dir + ": " + replay.out() + replay.err());
            assertTrue(Files.size(out.resolve(dir).resolve("trades.csv")) > 0);
        }

        JsonNode compare = JSON.readTree(out.resolve("compare.json").toFile());
        JsonNode netted = compare.get("netted");
        JsonNode unnetted = compare.get("unnetted");
        assertTrue(netted.get("internalCrosses").asLong() > 0, compare::toPrettyString);
        assertEquals(0, unnetted.get("internalCrosses").asLong());
        assertEquals(0, unnetted.get("internalCrossVolume").decimalValue().signum());
        assertTrue(decimal(netted, "feesPaid").compareTo(decimal(unnetted, "feesPaid")) < 0, compare::toPrettyString);
        assertTrue(unnetted.get("venueOrders").asLong() > netted.get("venueOrders").asLong(), compare::toPrettyString);
        assertTrue(decimal(netted, "venueVolume").compareTo(decimal(unnetted, "venueVolume")) < 0,
                compare::toPrettyString);
        assertEquals(0, decimal(unnetted, "feesPaid").subtract(decimal(netted, "feesPaid"))
                .compareTo(decimal(compare, "feesSaved")));
        assertMatchesItsSummary(netted, out.resolve("netted"), 1);
        assertMatchesItsSummary(unnetted, out.resolve("unnetted"), 4);
    }

    private static void assertMatchesItsSummary(JsonNode totals, Path runDir, int accounts) throws IOException {
        JsonNode summary = JSON.readTree(runDir.resolve("summary.json").toFile());
        assertEquals(accounts, summary.get("accounts").size());
        long orders = 0;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal crossed = BigDecimal.ZERO;
        for (JsonNode account : summary.get("accounts")) {
            orders += account.get("venueOrders").asLong();
            fees = fees.add(decimal(account, "feesPaid"));
            volume = volume.add(decimal(account, "venueVolume"));
            crossed = crossed.add(decimal(account, "internalCrossVolume"));
            assertEquals(0, decimal(account, "venuePosition").compareTo(decimal(account, "virtualPosition")));
        }
        assertEquals(orders, totals.get("venueOrders").asLong());
        assertEquals(0, fees.compareTo(decimal(totals, "feesPaid")));
        assertEquals(0, volume.compareTo(decimal(totals, "venueVolume")));
        assertEquals(0, crossed.compareTo(decimal(totals, "internalCrossVolume")));
        assertEquals(0, decimal(summary, "netPnl").compareTo(decimal(totals, "netPnl")));
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }
}
