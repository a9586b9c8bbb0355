package dev.gridbot.app.live;

import dev.gridbot.app.report.RunSummary;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine through the real Binance gateway (REST over a kept-alive Netty client, user and market
 * WebSockets) against the simulated venue over loopback sockets, for every grid mode: it trades,
 * the venue's own position equals the strategies' at the end, and the live journal replays to the
 * very same outbound events.
 */
class LiveRunAgainstSimVenueTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"short", "neutral", "long"})
    @Timeout(120)
    void shouldTradeEveryGridModeThroughTheRealGatewayAndAgreeWithTheVenue(String mode) throws Exception {
        Path trades = SimVenueFixture.swingingTrades(tmp, 3);
        try (SimVenueFixture venue = SimVenueFixture.start(
                SimDataSource.file(SimVenueFixture.SYMBOL, trades, 1).atFixedRate(100))) {
            String text = SimVenueFixture.config(mode);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(1))
                    .endingAfter(Duration.ofSeconds(60), venue.sim::replayFinished)
                    .whenReady(venue.sim.faults()::resumeMarketData);
            LiveRun.Result r = new LiveRun().run(text, venue.liveConfig(text), SimVenueFixture.credentials(),
                    tmp.resolve("out"), options, new PrintStream(printed, true, StandardCharsets.UTF_8));
            String output = printed.toString(StandardCharsets.UTF_8);
            RunSummary.Figures g = r.summary().strategies().get(0);
            assertEquals(120, r.summary().trades(), output);
            assertTrue(g.fills() > 0 && g.roundTrips() > 0, mode + " traded: " + g + "\n" + output);
            assertEquals(0, venue.venuePosition().compareTo(g.finalPosition()),
                    "venue " + venue.venuePosition() + " vs strategies " + g.finalPosition());
            assertTrue(r.replay().verified(), "live journal replays identically: " + r.replay().firstMismatch());
            assertNull(r.replay().engineFailure());
            assertTrue(output.contains("| venue connected"), output);
        }
    }
}
