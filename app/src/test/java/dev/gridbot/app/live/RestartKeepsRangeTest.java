package dev.gridbot.app.live;

import dev.gridbot.engine.grid.GridStrategy;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grid started at 1000 and stopped; the market moves 15 % away (to 1150, beyond the 900-1100
 * range); the restarted run keeps the grid the first run fixed — its reference price, hence its
 * roles and range — instead of centring a new grid on the new price.
 */
class RestartKeepsRangeTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void shouldKeepTheOriginalRangeAndRolesAfterARestartFifteenPercentAway() throws Exception {
        String text = SimVenueFixture.config("neutral").replace("stopLossBufferPct: 2", "stopLossBufferPct: 20");
        Path out = tmp.resolve("run");
        try (SimVenueFixture venue = SimVenueFixture.start(SimDataSource.none())) {
            LiveRun.Result first = runUntil(venue, text, out, () -> venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001"));
            GridStrategy before = (GridStrategy) first.replay().logic().strategy(0);
            assertEquals(100037, before.referencePriceTicks());

            LiveRun.Result second = runUntil(venue, text, out, () -> venue.sim.trade(SimVenueFixture.SYMBOL, "1150.37", "0.001"));
            assertTrue(second.journalDir().endsWith("journal-2"));
            GridStrategy after = (GridStrategy) second.replay().logic().strategy(0);
            assertEquals(100037, after.referencePriceTicks(), "the range and roles of the first run are kept");
            assertEquals(115037, after.account().lastPriceTicks());
            assertTrue(second.replay().verified());
        }
    }

    /** Runs until the trade sent once ready has reached the engine and its orders are out, then stops. */
    private static LiveRun.Result runUntil(SimVenueFixture venue, String text, Path out, Runnable onReady)
            throws Exception {
        BackgroundRun run = BackgroundRun.start(venue, text, out);
        onReady.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL).contains("clientOrderId")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return run.stop();
    }
}
