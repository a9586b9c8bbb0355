package dev.gridbot.app.live;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A live run on its own thread against a test venue, started, awaited until ready, and stopped. */
final class BackgroundRun {
    private final LiveRun run = new LiveRun();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicReference<LiveRun.Result> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Thread runner;

    private BackgroundRun(SimVenueFixture venue, String configText, Path out) {
        runner = new Thread(() -> {
            try {
                result.set(run.run(configText, venue.liveConfig(configText), SimVenueFixture.credentials(), out,
                        LiveRun.Options.untilStopped().whenReady(ready::countDown),
                        new PrintStream(printed, true, StandardCharsets.UTF_8)));
            } catch (Throwable t) {
                failure.set(t);
                ready.countDown();
            }
        }, "live-run");
    }

    /** Starts the run and waits until it is connected and trading may begin. */
    static BackgroundRun start(SimVenueFixture venue, String configText, Path out) throws InterruptedException {
        BackgroundRun r = new BackgroundRun(venue, configText, out);
        r.runner.start();
        assertTrue(r.ready.await(30, TimeUnit.SECONDS), "the run did not get ready");
        return r;
    }

    /** Stops the run cleanly and returns its result (failing with what it printed if it failed). */
    LiveRun.Result stop() throws InterruptedException {
        run.requestStop();
        runner.join(30_000);
        if (failure.get() != null) {
            throw new AssertionError(printed.toString(StandardCharsets.UTF_8), failure.get());
        }
        return result.get();
    }
}
