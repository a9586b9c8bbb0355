package dev.gridbot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gridbot demo --config desk.yaml}: an account that names no credentials gets a simulated
 * account of its own, the desk trades live over loopback to the end of the data, exits 0, and its
 * journal replays to the same outbound events. Run in a process of its own: a live run installs
 * signal handlers.
 */
class DeskDemoTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void shouldRunTheDeskLiveAgainstThePrivateSimulatedVenueAndReplayIt() throws Exception {
        Path out = tmp.resolve("demo");
        Path log = tmp.resolve("demo.log");
        String flags = Files.readAllLines(Path.of("..", "jvm.properties")).stream()
                .filter(l -> l.startsWith("gridbot.jvm.flags=")).findFirst().orElseThrow()
                .substring("gridbot.jvm.flags=".length());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(flags.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gridbot.app.Main", "demo",
                "--config", BacktestAndReplayTest.EXAMPLES.resolve("desk.yaml").toString(), "--out", out.toString(),
                "--speed", "40000"));
        Process demo = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        try {
            assertTrue(demo.waitFor(200, TimeUnit.SECONDS), "the demo did not stop by itself");
        } finally {
            demo.destroyForcibly();
        }
        String printed = Files.readString(log);
        assertEquals(0, demo.exitValue(), printed);
        assertTrue(printed.contains("| desk BTCUSDT venue "), printed);
        assertTrue(printed.contains("account desk BTCUSDT (ONE_WAY, 4 strategies)"), printed);
        assertFalse(printed.contains("ERROR") || printed.contains("MISMATCH"), printed);

        CliRunner.Result replay = CliRunner.run("replay", "--journal", out.resolve("journal").toString(), "--verify");
        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("verified: every outbound event identical"), replay.out());
    }
}
