package dev.gridbot.app.live;

import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.journal.JournalChain;
import dev.gridbot.journal.ReplayResult;
import dev.gridbot.journal.Replayer;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code gridbot run} process is killed with SIGKILL three times at different points while
 * the simulated venue keeps trading, restarted each time, and finally stopped with SIGTERM. After
 * every restart and at the end: the venue never holds two orders of ours for one level and intent,
 * nothing of ours is left open after the clean stop, the venue's position equals the strategies',
 * no venue fill is in the journals twice, and the last journal replays (after its predecessors) to
 * identical outbound events.
 */
class CrashRecoveryTest {
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientOrderId\":\"([^\"]+)\"");
    private static final Pattern POSITION = Pattern.compile("\"finalPosition\" : (-?[0-9.]+)");

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void shouldResumeAfterSigkillWithNothingLostNothingDoubled() throws Exception {
        Path trades = SimVenueFixture.swingingTrades(tmp, 16);
        try (SimVenueFixture venue = SimVenueFixture.start(
                SimDataSource.file(SimVenueFixture.SYMBOL, trades, 1).atFixedRate(20))) {
            venue.sim.faults().resumeMarketData();
            Path config = tmp.resolve("crash.yaml");
            Files.writeString(config, SimVenueFixture.config("neutral").replace("venue: { kind: sim }",
                    "venue: { kind: sim, restUrl: \"" + venue.sim.httpBaseUrl() + "\", wsUrl: \""
                            + venue.sim.wsBaseUrl() + "\" }\naccounts:\n  main: { apiKeyEnv: GB_KEY, apiSecretEnv: GB_SECRET }"));
            Path out = tmp.resolve("run");
            long[] killAfterMillis = {1_500, 4_000, 2_500};
            int started = 0;
            for (long delay : killAfterMillis) {
                Process p = start(config, out);
                awaitRunning(out, ++started, p);
                awaitOpenOrders(venue, p);
                Thread.sleep(delay);
                assertNoDuplicates(venue);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Process last = start(config, out);
            awaitRunning(out, ++started, last);
            awaitOpenOrders(venue, last);
            assertTrue(venue.sim.awaitReplayFinished(java.time.Duration.ofSeconds(120)));
            Thread.sleep(1_000);
            assertNoDuplicates(venue);
            last.destroy();
            assertTrue(last.waitFor(60, TimeUnit.SECONDS));
            String printed = Files.readString(out.resolve("process.log"));
            assertEquals(0, last.exitValue(), "SIGTERM: a clean stop exits 0\n" + printed);

            assertEquals(3, printed.split("restart: state restored from", -1).length - 1,
                    "each of the three restarts restored the grid\n" + printed);
            assertEquals(0, openOrders(venue).size(), "nothing of ours left open after the clean stop");
            List<Path> journals = JournalChain.existing(out);
            assertEquals(4, journals.size());
            Matcher m = POSITION.matcher(Files.readString(out.resolve("summary.json")));
            assertTrue(m.find());
            assertEquals(0, venue.venuePosition().compareTo(new BigDecimal(m.group(1))),
                    "venue position " + venue.venuePosition() + " vs strategies " + m.group(1) + "\n" + printed);
            Set<String> fills = new HashSet<>();
            JournalChain.feed(journals, e -> {
                if (e.type() == InboundType.ORDER_FILLED) {
                    assertTrue(fills.add(e.clientOrderId() + "/" + e.venueSequence()), "fill journaled twice: " + e);
                }
            });
            ReplayResult replay = new Replayer(WaitStrategyKind.BLOCKING).replay(journals.get(3), null, n -> { });
            assertTrue(replay.verified(), "the restarted run replays identically: " + replay.firstMismatch());
        }
    }

    private Process start(Path config, Path out) throws Exception {
        String flags = Files.readAllLines(Path.of("..", "jvm.properties")).stream()
                .filter(l -> l.startsWith("gridbot.jvm.flags=")).findFirst().orElseThrow()
                .substring("gridbot.jvm.flags=".length());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(flags.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gridbot.app.Main", "run",
                "--config", config.toString(), "--out", out.toString(), "--status-every", "1"));
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("process.log").toFile()));
        pb.environment().put("GB_KEY", SimVenueFixture.KEY);
        pb.environment().put("GB_SECRET", SimVenueFixture.SECRET);
        return pb.start();
    }

    /** Waits until the {@code nth} process has connected and printed that it runs (its own line). */
    private static void awaitRunning(Path out, int nth, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            String log = Files.exists(out.resolve("process.log")) ? Files.readString(out.resolve("process.log")) : "";
            if (log.split("gridbot run: ", -1).length - 1 >= nth) {
                return;
            }
            assertTrue(p.isAlive(), "the run process died:\n" + log);
            assertTrue(System.nanoTime() < deadline, "the run process never started:\n" + log);
            Thread.sleep(50);
        }
    }

    /** Waits until the process trades: the venue holds orders of ours. */
    private static void awaitOpenOrders(SimVenueFixture venue, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (openOrders(venue).isEmpty()) {
            assertTrue(p.isAlive(), "the run process died");
            assertTrue(System.nanoTime() < deadline, "the run never placed an order");
            Thread.sleep(50);
        }
    }

    private static void assertNoDuplicates(SimVenueFixture venue) throws Exception {
        List<Long> ids = openOrders(venue);
        Set<String> keys = new HashSet<>();
        for (long id : ids) {
            assertTrue(keys.add(ClientOrderId.level(id) + "" + ClientOrderId.intent(id).code()),
                    "two live orders for one level and intent: " + ids);
        }
    }

    private static List<Long> openOrders(SimVenueFixture venue) throws Exception {
        Matcher m = CLIENT_ID.matcher(venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL));
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(ClientOrderId.parse(m.group(1)));
        }
        return ids;
    }
}
