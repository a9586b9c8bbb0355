package dev.gridbot.app.live;

import dev.gridbot.engine.grid.GridStrategy;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

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
        LiveRun run = new LiveRun();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<LiveRun.Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Thread runner = new Thread(() -> {
            try {
                result.set(run.run(text, venue.liveConfig(text), SimVenueFixture.credentials(), out,
                        LiveRun.Options.untilStopped().whenReady(ready::countDown),
                        new PrintStream(printed, true, StandardCharsets.UTF_8)));
            } catch (Throwable t) {
                failure.set(t);
                ready.countDown();
            }
        }, "live-run");
        runner.start();
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        onReady.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL).contains("clientOrderId")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        run.requestStop();
        runner.join(30_000);
        if (failure.get() != null) {
            throw new AssertionError(printed.toString(StandardCharsets.UTF_8), failure.get());
        }
        return result.get();
    }
}
