package dev.gridbot.app.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gridbot.app.CliRunner;
import dev.gridbot.app.control.ControlFile;
import dev.gridbot.gateway.binance.live.VenueException;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.journal.JournalChain;
import dev.gridbot.journal.ReplayResult;
import dev.gridbot.journal.Replayer;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing a running strategy's configuration over the control endpoint, against a live run over
 * loopback: refused while it runs, taken while paused (new orders use it), a move of its levels
 * refused until it is stopped and taken then; every change is journaled, so the run replays
 * identically; and a restart goes on from the changed configuration, refusing a file that changes
 * a running strategy.
 */
class ConfigChangeLiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static String config(String quantity, String maxPosition, int levels) {
        return SimVenueFixture.config("neutral").replace("quantity: 0.01", "quantity: " + quantity)
                .replace("maxPosition: 0.05", "maxPosition: " + maxPosition)
                .replace("levels: 21", "levels: " + levels);
    }

    @Test
    @Timeout(150)
    void shouldRefuseAChangeToARunningGridAndTakeItOncePausedOrStopped() throws Exception {
        try (SimVenueFixture venue = SimVenueFixture.start(SimDataSource.none())) {
            Path out = tmp.resolve("out");
            BackgroundRun run = BackgroundRun.start(venue, SimVenueFixture.config("neutral"), out);
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");
            venue.awaitOpenOrders(10);
            ControlFile control = ControlFile.read(out);

            String bigger = config("0.02", "0.1", 21);
            HttpResponse<String> running = post(control, bigger);
            assertEquals(409, running.statusCode(), running.body());
            assertTrue(running.body().contains("pause it first") && running.body().contains("quantity"),
                    running.body());
            assertEquals(0, JSON.readTree(status(control)).path("strategies").get(0).path("configRevision").asInt());

            String otherTick = bigger.replace("tickSize: 0.01", "tickSize: 0.1");
            HttpResponse<String> structural = post(control, otherTick);
            assertEquals(400, structural.statusCode(), structural.body());
            assertTrue(structural.body().contains("instruments.BTCUSDT.tickSize"), structural.body());
            assertEquals(400, post(control, "strategies: [").statusCode(), "a broken file is refused");
            assertEquals(401, post(control, bigger, "0".repeat(64)).statusCode(), "a wrong token");

            assertEquals(200, command(control, "pause").statusCode());
            HttpResponse<String> paused = post(control, bigger);
            assertEquals(200, paused.statusCode(), paused.body());
            JsonNode answer = JSON.readTree(paused.body());
            assertEquals("applied", answer.path("result").asText());
            assertEquals(1, answer.path("revision").asInt());
            assertEquals("[\"quantity\",\"maxPosition\"]", answer.path("strategies").get(0).path("changed").toString());
            String afterChange = status(control);
            assertEquals(1, JSON.readTree(afterChange).path("strategies").get(0).path("configRevision").asInt());
            assertTrue(afterChange.contains("operator: reconfigure to configuration revision 1"), afterChange);
            assertEquals("unchanged", JSON.readTree(post(control, bigger).body()).path("result").asText());

            String moved = config("0.02", "0.1", 11);
            HttpResponse<String> movePaused = post(control, moved);
            assertEquals(409, movePaused.statusCode(), movePaused.body());
            assertTrue(movePaused.body().contains("levels move"), movePaused.body());

            // Resumed, the grid keeps its working orders and adds entries of the new quantity up to the new cap.
            assertEquals(200, command(control, "resume").statusCode());
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");
            venue.awaitOpenOrders(14);
            TreeMap<BigDecimal, BigDecimal> orders = venue.openOrdersByPrice();
            assertEquals(0, new BigDecimal("0.01").compareTo(orders.get(new BigDecimal("1050"))), orders.toString());
            assertEquals(0, new BigDecimal("0.02").compareTo(orders.get(new BigDecimal("1070"))), orders.toString());
            assertEquals(0, new BigDecimal("0.02").compareTo(orders.get(new BigDecimal("940"))), orders.toString());

            // Stopped with its orders settled, it may move its levels; start lays them out.
            assertEquals(200, command(control, "stop").statusCode());
            venue.awaitOpenOrders(0);
            awaitState(control, "stopped");
            CliRunner.Result cli = CliRunner.run("reconfigure", "--run", out.toString(), "--config",
                    write("moved.yaml", moved).toString());
            assertEquals(0, cli.exitCode(), cli.out() + cli.err());
            assertTrue(cli.out().contains("(levels move)") && cli.out().contains("revision 2"), cli.out());
            assertEquals(200, command(control, "start").statusCode());
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");
            venue.awaitOpenOrders(10);
            orders = venue.openOrdersByPrice();
            assertTrue(orders.containsKey(new BigDecimal("1020")) && orders.containsKey(new BigDecimal("980"))
                    && !orders.containsKey(new BigDecimal("1010")), "20 apart now: " + orders);
            JsonNode grid = JSON.readTree(status(control)).path("strategies").get(0);
            assertEquals(2, grid.path("configRevision").asInt());
            assertEquals("1100", grid.path("levels").get(0).path("price").asText(), grid.toString());

            // Paused at the end of this run, so a restart may change it.
            assertEquals(200, command(control, "pause").statusCode());
            LiveRun.Result first = run.stop();
            assertTrue(first.replay().verified(), "the changes are journaled: " + first.replay().firstMismatch());

            // A restart with a file that changes the paused grid's quantity and cap (not its levels): taken.
            BackgroundRun second = BackgroundRun.start(venue, config("0.01", "0.05", 11), out);
            ControlFile again = awaitControl(out, second);
            JsonNode restarted = JSON.readTree(status(again)).path("strategies").get(0);
            assertEquals(3, restarted.path("configRevision").asInt(), restarted.toString());
            assertEquals("paused", restarted.path("state").asText());
            assertEquals(200, command(again, "resume").statusCode());
            LiveRun.Result secondResult = second.stop();
            assertTrue(secondResult.replay().verified(), secondResult.replay().firstMismatch());
            List<Path> journals = JournalChain.existing(out);
            assertEquals(2, journals.size());

            // Now it ran to the end unpaused: a restart that changes it is refused and leaves no journal.
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            String third = config("0.03", "0.1", 11);
            VenueException refused = assertThrows(VenueException.class, () -> new LiveRun().run(third,
                    venue.liveConfig(third), SimVenueFixture.credentials(), out, LiveRun.Options.untilStopped(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8)));
            assertTrue(refused.getMessage().contains("pause it first"), refused.getMessage());
            assertEquals(journals, JournalChain.existing(out), "the refused restart leaves no journal behind");

            ReplayResult chain = new Replayer(WaitStrategyKind.BLOCKING).replay(journals.get(1), null, n -> { });
            assertTrue(chain.verified(), chain.firstMismatch());
            assertEquals(3, chain.logic().revisionOf(0));
        }
    }

    /** The control file of a run that has just got ready (the endpoint opens right after). */
    private static ControlFile awaitControl(Path out, BackgroundRun run) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(out.resolve(ControlFile.NAME))) {
            if (System.nanoTime() > deadline) {
                run.stop();
                throw new AssertionError("the restarted run opened no control endpoint");
            }
            Thread.sleep(20);
        }
        return ControlFile.read(out);
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private HttpResponse<String> post(ControlFile control, String configText) throws Exception {
        return post(control, configText, control.token());
    }

    private HttpResponse<String> post(ControlFile control, String configText, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port()
                        + "/config?name=test.yaml")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(configText)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> command(ControlFile control, String verb) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port() + "/" + verb
                        + "?strategy=g")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + control.token())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String status(ControlFile control) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port() + "/status"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + control.token()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitState(ControlFile control, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body;
        while (!(body = status(control)).contains("\"state\" : \"" + state + "\"")) {
            assertTrue(System.nanoTime() < deadline, "never " + state + ": " + body);
            Thread.sleep(50);
        }
    }
}
