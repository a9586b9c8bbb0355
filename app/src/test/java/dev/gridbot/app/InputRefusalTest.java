package dev.gridbot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is refused before anything runs, with one clear message and exit code 2. */
class InputRefusalTest {
    @TempDir
    Path tmp;

    private Path config(String body) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, body);
        return file;
    }

    private static final String GOOD = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            strategies:
              - name: g
                type: grid
                symbol: BTCUSDT
                mode: neutral
                lower: 720
                upper: 1240
                levels: 53
                quantity: 0.01
                maxPosition: 0.2
                stopLossBufferPct: 0.5
            """;

    @Test
    void shouldAcceptAGoodConfigOnCheck() throws Exception {
        CliRunner.Result r = CliRunner.run("config", "check", config(GOOD).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("OK"));
    }

    @Test
    void shouldRefuseLevelsBelowFiveNamingFileStrategyAndKey() throws Exception {
        Path file = config(GOOD.replace("levels: 53", "levels: 3"));
        CliRunner.Result r = CliRunner.run("config", "check", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.yaml") && r.err().contains("'g'") && r.err().contains("'levels'"), r.err());
    }

    @Test
    void shouldRefuseABadConfigBeforeABacktestWritesAnything() throws Exception {
        Path file = config(GOOD.replace("lower: 720", "lower: 1300"));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("backtest", "--config", file.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'upper'") || r.err().contains("'lower'"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void shouldRefuseAnUnknownKey() throws Exception {
        CliRunner.Result r = CliRunner.run("config", "check", config(GOOD.replace("quantity:", "qty: 1\n    quantity:"))
                .toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'qty'"), r.err());
    }

    @Test
    void shouldRefuseABrokenTradeFileWithItsLineNumberBeforeRunning() throws Exception {
        Path data = tmp.resolve("trades.csv");
        Files.writeString(data, "timestamp,price,amount\n1385337600,800.01,0.1\n1385337601,abc,0.1\n");
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("backtest", "--config", config(GOOD).toString(), "--data", data.toString(),
                "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("trades.csv:3"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void shouldRefuseToWriteIntoAnEarlierRun() throws Exception {
        Path data = tmp.resolve("trades.csv");
        Files.writeString(data, "timestamp,price,amount\n1385337600,800.01,0.1\n");
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("backtest", "--config", config(GOOD).toString(), "--data", data.toString(),
                "--out", out.toString()).exitCode());
        CliRunner.Result again = CliRunner.run("backtest", "--config", config(GOOD).toString(), "--data",
                data.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already holds a run"), again.err());
    }
}
