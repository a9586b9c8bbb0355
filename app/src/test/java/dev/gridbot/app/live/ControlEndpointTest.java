package dev.gridbot.app.live;

import dev.gridbot.app.CliRunner;
import dev.gridbot.app.control.ControlFile;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control endpoint of a live run over loopback: the token is required and a wrong one refused;
 * pause, resume, stop and start act on the running grid (and enter its journal, so the replay
 * matches); status answers; the Prometheus metrics parse; health needs no token.
 */
class ControlEndpointTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+-]+|NaN)$");

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(90)
    void shouldPauseResumeStopAndStartAGridOfALiveRunOverItsAuthenticatedEndpoint() throws Exception {
        try (SimVenueFixture venue = SimVenueFixture.start(SimDataSource.none())) {
            Path out = tmp.resolve("out");
            BackgroundRun run = BackgroundRun.start(venue, SimVenueFixture.config("neutral"), out);
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");
            venue.awaitOpenOrders(10);

            Path file = out.resolve(ControlFile.NAME);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            ControlFile control = ControlFile.read(out);

            assertEquals(401, send(control, "GET", "/status", null).statusCode(), "no token");
            assertEquals(401, send(control, "GET", "/status", "0".repeat(64)).statusCode(), "a wrong token");
            assertEquals(401, send(control, "POST", "/pause?strategy=g", "nope").statusCode());
            HttpResponse<String> health = send(control, "GET", "/health", null);
            assertEquals(200, health.statusCode());

            HttpResponse<String> status = send(control, "GET", "/status?strategy=g", control.token());
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"state\" : \"running\""), status.body());
            assertTrue(status.body().contains("\"workingOrders\" : 10"), status.body());
            // Working orders by level: five sells above 1000.37 and five buys below, from 1050 down to 960.
            assertTrue(status.body().contains("\"price\" : \"1050\"") && status.body().contains("\"price\" : \"960\""),
                    status.body());
            assertEquals(10, status.body().split("\"state\" : \"entry working\"", -1).length - 1, status.body());
            assertEquals(404, send(control, "GET", "/status?strategy=nope", control.token()).statusCode());

            HttpResponse<String> pause = send(control, "POST", "/pause?strategy=g", control.token());
            assertEquals(200, pause.statusCode(), pause.body());
            assertTrue(pause.body().contains("\"result\":\"applied\"") && pause.body().contains("\"state\":\"paused\""),
                    pause.body());
            assertEquals(409, send(control, "POST", "/pause?strategy=g", control.token()).statusCode(),
                    "paused already: refused");
            // The market moves up three levels: a running grid would re-arrange; a paused one places nothing.
            venue.sim.trade(SimVenueFixture.SYMBOL, "1030.37", "0.001");
            Thread.sleep(500);
            assertEquals(10, venue.openOrdersByPrice().size(), "paused: the working orders are kept, nothing new");

            HttpResponse<String> resume = send(control, "POST", "/resume?strategy=g", control.token());
            assertTrue(resume.body().contains("\"state\":\"running\""), resume.body());

            HttpResponse<String> stop = send(control, "POST", "/stop?strategy=g", control.token());
            assertTrue(stop.body().contains("\"result\":\"applied\""), stop.body());
            // The entries are cancelled; what the paused grid's filled sells opened is closed by a
            // market order, which fills at the next trade.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL)
                    .contains("\"type\":\"MARKET\"")) {
                assertTrue(System.nanoTime() < deadline, "the closing market order never reached the venue");
                Thread.sleep(20);
            }
            venue.sim.trade(SimVenueFixture.SYMBOL, "1030.37", "1");
            venue.awaitOpenOrders(0);
            assertTrue(send(control, "GET", "/status", control.token()).body().contains("\"state\" : \"stopped\""));

            HttpResponse<String> start = send(control, "POST", "/start?strategy=g", control.token());
            assertTrue(start.body().contains("\"state\":\"waiting\""), start.body());
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");
            venue.awaitOpenOrders(10);

            // The process keeps the last trade-log entries for status: the commands and orders are there.
            String recent = send(control, "GET", "/status?log=200", control.token()).body();
            assertTrue(recent.contains("operator: pause") && recent.contains("operator: start"), recent);
            assertTrue(recent.contains("\"type\" : \"order\"") && recent.contains("placed SELL 0.01 @ 1010"),
                    recent);
            assertEquals(400, send(control, "GET", "/status?log=x", control.token()).statusCode());

            // The CLI reads the same file and prints the table.
            CliRunner.Result cli = CliRunner.run("status", "--run", out.toString());
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.out().contains("running") && cli.out().contains("recent log:"), cli.out());

            Map<String, String> metrics = scrape(control);
            assertEquals("5", metrics.get("gridbot_inbound_events_total{type=\"control\"}"), "4 applied, 1 refused");
            assertTrue(Double.parseDouble(metrics.get("gridbot_orders_placed_total")) >= 20, metrics.toString());
            assertTrue(metrics.containsKey("gridbot_tick_to_order_seconds{quantile=\"0.99\"}"));
            assertTrue(metrics.containsKey("gridbot_strategy_pnl{strategy=\"g\",kind=\"realized\"}"));

            LiveRun.Result result = run.stop();
            assertTrue(result.replay().verified(), "the commands are in the journal: the replay matches");
            assertFalse(Files.exists(file), "the control file goes with the run");
        }
    }

    private HttpResponse<String> send(ControlFile control, String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port() + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every line of the scrape is a comment or a valid sample; returns the samples by name and labels. */
    private Map<String, String> scrape(ControlFile control) throws Exception {
        HttpResponse<String> r = send(control, "GET", "/metrics", control.token());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        Map<String, String> samples = new HashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a Prometheus sample: " + line);
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), m.group(3));
        }
        return samples;
    }
}
