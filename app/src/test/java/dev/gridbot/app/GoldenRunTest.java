package dev.gridbot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden run: the demo configuration over the bundled data must produce exactly the summary
 * recorded in src/test/resources/golden (every count, every PnL figure, the state hash). A change
 * that moves a single fill shows up here; if the change is intended, regenerate the file with
 * {@code ./gridbot backtest --config config/examples/demo.yaml --out DIR} and review the diff.
 */
class GoldenRunTest {
    @TempDir
    Path tmp;

    @Test
    void shouldReproduceTheGoldenDemoSummaryExactly() throws Exception {
        Path out = tmp.resolve("demo");
        CliRunner.Result run = CliRunner.run("backtest", "--config",
                BacktestAndReplayTest.EXAMPLES.resolve("demo.yaml").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        String golden = Files.readString(Path.of("src", "test", "resources", "golden", "demo-summary.json"));
        assertEquals(withoutConfigPath(golden), withoutConfigPath(Files.readString(out.resolve("summary.json"))));
    }

    private static String withoutConfigPath(String summary) {
        return summary.replaceFirst("\"config\" : \"[^\"]*\"", "\"config\" : \"-\"");
    }
}
