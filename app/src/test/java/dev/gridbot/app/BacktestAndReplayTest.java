package dev.gridbot.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example configuration backtests over the bundled real trades through the CLI, writes
 * summary.json, trades.csv and the journal, and its journal replays to identical outbound events,
 * the same summary (state hash included) and the same trades.
 */
class BacktestAndReplayTest {
    static final Path EXAMPLES = Path.of("..", "config", "examples");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"demo.yaml", "short.yaml", "long.yaml", "geometric.yaml", "stop-loss.yaml", "desk.yaml"})
    void shouldBacktestEveryExampleAndReplayItToIdenticalDecisions(String example) throws Exception {
        Path out = tmp.resolve("run");
        CliRunner.Result run = CliRunner.run("backtest", "--config", EXAMPLES.resolve(example).toString(),
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("100,000 trades of BTCUSDT"), run.out());
        assertFalse(run.out().contains("WARNING"), "venue and strategy positions must agree: " + run.out());
        assertTrue(Files.size(out.resolve("summary.json")) > 0);
        assertTrue(Files.readAllLines(out.resolve("trades.csv")).size() > 1, "the strategies traded");

        Path again = tmp.resolve("replayed");
        CliRunner.Result replay = CliRunner.run("replay", "--journal", out.resolve("journal").toString(), "--verify",
                "--out", again.toString());
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("verified: every outbound event identical"), replay.out());
        assertEquals(Files.readString(out.resolve("summary.json")), Files.readString(again.resolve("summary.json")));
        assertEquals(Files.readString(out.resolve("trades.csv")), Files.readString(again.resolve("trades.csv")));
    }
}
