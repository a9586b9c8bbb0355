package dev.gridbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One backtest of config/examples/demo.yaml over the bundled trades, run once per test JVM and shared
 * by the analysis tests (it takes seconds); deleted when the JVM exits.
 */
final class DemoBacktest {
    private static Path runDir;
    private static String output;

    private DemoBacktest() {
    }

    /** The run's output directory: summary.json, trades.csv, report.html, journal/. */
    static synchronized Path dir() throws IOException {
        if (runDir == null) {
            Path root = Files.createTempDirectory("gridbot-analysis-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path out = root.resolve("demo");
            CliRunner.Result run = CliRunner.run("backtest", "--config",
                    BacktestAndReplayTest.EXAMPLES.resolve("demo.yaml").toString(), "--out", out.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            output = run.out();
            runDir = out;
        }
        return runDir;
    }

    /** What the backtest printed. */
    static synchronized String output() throws IOException {
        dir();
        return output;
    }

    static Path journal() throws IOException {
        return dir().resolve("journal");
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the system cleans it eventually
        }
    }
}
