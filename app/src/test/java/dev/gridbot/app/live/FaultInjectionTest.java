package dev.gridbot.app.live;

import dev.gridbot.app.report.RunSummary;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.gateway.binance.live.AccountSettings;
import dev.gridbot.gateway.sim.server.SimDataSource;
import dev.gridbot.gateway.sim.server.SimFaults;
import dev.gridbot.journal.JournalChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One live run through the real gateway while the simulated venue misbehaves, over and over:
 * it drops the WebSockets, throttles with 429, answers orders with 503 (placed or not) and with
 * -5022, stops its market data for a while, delays its answers, and fills partly. Afterwards: the
 * venue's position equals the strategies', no two live orders ever shared a level and intent,
 * nothing of ours is left open, every venue fill is in the journal once, and the journal replays.
 */
class FaultInjectionTest {
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientOrderId\":\"([^\"]+)\"");

    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void shouldStayConsistentWithTheVenueThroughRepeatedFaults() throws Exception {
        Path trades = SimVenueFixture.swingingTrades(tmp, 20, "0.006");
        try (SimVenueFixture venue = SimVenueFixture.start(
                SimDataSource.file(SimVenueFixture.SYMBOL, trades, 1).atFixedRate(30))) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger injected = new AtomicInteger();
            AtomicReference<Throwable> checkFailure = new AtomicReference<>();
            Thread chaos = new Thread(() -> {
                try {
                    chaos(venue, running, injected);
                } catch (Throwable t) {
                    checkFailure.set(t);
                }
            }, "fault-injector");
            String text = SimVenueFixture.config("neutral");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            LiveRun.Options options = LiveRun.Options.untilStopped().withStatusEvery(Duration.ofSeconds(2))
                    .endingAfter(Duration.ofSeconds(120), venue.sim::replayFinished)
                    .whenReady(() -> {
                        venue.sim.faults().resumeMarketData();
                        chaos.start();
                    })
                    .withConnections(AccountSettings.connectionPolicy(venue.sim.wsBaseUrl()).withIdle(400, 400)
                            .withBackoffMillis(List.of(100L, 200L, 300L)).withGiveUp(3, true, 500), Duration.ofSeconds(1));
            LiveRun.Result r;
            try {
                r = new LiveRun().run(text, venue.liveConfig(text), SimVenueFixture.credentials(), tmp.resolve("out"),
                        options, new PrintStream(printed, true, StandardCharsets.UTF_8));
            } finally {
                running.set(false);
                chaos.join(10_000);
            }
            String output = printed.toString(StandardCharsets.UTF_8);
            assertNull(checkFailure.get(), "checked during the run: " + checkFailure.get() + "\n" + output);
            assertTrue(injected.get() >= 14, "faults injected: " + injected.get());
            RunSummary.Figures g = r.summary().strategies().get(0);
            assertTrue(g.fills() > 0, output);
            assertEquals(0, venue.venuePosition().compareTo(g.finalPosition()),
                    "venue " + venue.venuePosition() + " vs strategies " + g.finalPosition() + "\n" + output);
            assertEquals(0, openOrders(venue).size(), "nothing of ours left open");
            Set<String> fills = new HashSet<>();
            JournalChain.feed(List.of(r.journalDir()), e -> {
                if (e.type() == InboundType.ORDER_FILLED) {
                    assertTrue(fills.add(e.clientOrderId() + "/" + e.venueSequence()), "fill journaled twice: " + e);
                }
            });
            assertTrue(r.replay().verified(), "replays identically: " + r.replay().firstMismatch());
            OrderCounters c = r.replay().logic().strategy(0).counters();
            assertTrue(c.unknownOutcomes() > 0 && c.resyncs() > 0, "unknown outcomes " + c.unknownOutcomes()
                    + ", re-syncs " + c.resyncs());
            assertTrue(r.replay().logic().venue().throttles() > 0, "throttled at least once");
            System.out.printf("faults injected %d, fills %d, unknown outcomes %d, re-syncs %d, throttles %d, "
                            + "orphans cancelled %d, duplicate fills ignored %d, lasting position mismatches %d%n",
                    injected.get(), g.fills(), c.unknownOutcomes(), c.resyncs(), r.replay().logic().venue().throttles(),
                    c.orphansCanceled(), c.duplicateFills(), r.replay().logic().venue().positionMismatches());
        }
    }

    /** Cycles through the venue's faults until the run ends, checking for duplicate orders in between. */
    private static void chaos(SimVenueFixture venue, AtomicBoolean running, AtomicInteger injected) throws Exception {
        SimFaults faults = venue.sim.faults();
        int step = 0;
        while (running.get() && !venue.sim.replayFinished()) {
            switch (step++ % 7) {
                case 0 -> faults.dropAllWebSockets();
                case 1 -> faults.failNextOrders(2, VenueCodes.POST_ONLY_WOULD_TAKE);
                case 2 -> faults.unknownAfterPlacing(1);
                case 3 -> faults.unknownWithoutPlacing(1);
                case 4 -> faults.throttleNextOrders(1, 1);
                case 5 -> {
                    faults.stopMarketData();
                    Thread.sleep(600);
                    faults.resumeMarketData();
                }
                default -> {
                    faults.delayAnswers(Duration.ofMillis(300));
                    Thread.sleep(400);
                    faults.delayAnswers(Duration.ZERO);
                }
            }
            injected.incrementAndGet();
            Thread.sleep(600);
            assertNoDuplicates(venue);
        }
    }

    private static void assertNoDuplicates(SimVenueFixture venue) throws Exception {
        List<Long> ids = openOrders(venue);
        Set<String> keys = new HashSet<>();
        for (long id : ids) {
            if (!keys.add(ClientOrderId.level(id) + "" + ClientOrderId.intent(id).code())) {
                throw new AssertionError("two live orders for one level and intent: " + ids);
            }
        }
    }

    private static List<Long> openOrders(SimVenueFixture venue) throws Exception {
        Matcher m = CLIENT_ID.matcher(venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL));
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(ClientOrderId.parse(m.group(1)));
        }
        return ids;
    }
}
