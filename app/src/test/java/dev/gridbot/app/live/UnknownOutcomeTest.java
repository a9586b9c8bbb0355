package dev.gridbot.app.live;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.strategy.OrderCounters;
import dev.gridbot.gateway.sim.server.SimDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An order the venue placed but answered with HTTP 503 ("unknown error"): the engine keeps it in
 * flight, settles it by querying it by client id, and never places a second order for its level.
 */
class UnknownOutcomeTest {
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientOrderId\":\"([^\"]+)\"");

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void shouldSettleAnOrderOfUnknownFateByQueryAndNeverDuplicateIt() throws Exception {
        try (SimVenueFixture venue = SimVenueFixture.start(SimDataSource.none())) {
            String text = SimVenueFixture.config("neutral");
            BackgroundRun run = BackgroundRun.start(venue, text, tmp.resolve("out"));
            venue.sim.faults().unknownAfterPlacing(1);
            venue.sim.trade(SimVenueFixture.SYMBOL, "1000.37", "0.001");

            // Five short and five long entries under the cap; the first was answered 503 but placed.
            Set<String> levels = awaitOpenOrders(venue, 10);
            assertEquals(10, levels.size(), "one working order per level and intent: " + levels);
            Thread.sleep(500);
            assertEquals(levels, awaitOpenOrders(venue, 10), "nothing re-sent after the query settled it");

            LiveRun.Result result = run.stop();
            OrderCounters counters = result.replay().logic().strategy(0).counters();
            assertEquals(1, counters.unknownOutcomes());
            assertEquals(10, counters.ordersPlaced());
            assertTrue(result.replay().verified());
        }
    }

    /** Waits until the venue holds {@code count} open orders; returns their (level, intent) keys. */
    private static Set<String> awaitOpenOrders(SimVenueFixture venue, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String body = venue.signedGet("/fapi/v1/openOrders", "symbol=" + SimVenueFixture.SYMBOL);
            Matcher m = CLIENT_ID.matcher(body);
            Set<String> keys = new HashSet<>();
            int n = 0;
            while (m.find()) {
                long id = ClientOrderId.parse(m.group(1));
                keys.add(ClientOrderId.level(id) + "" + ClientOrderId.intent(id).code());
                n++;
            }
            if (n >= count || System.nanoTime() > deadline) {
                assertEquals(count, n, "open orders: " + body);
                return keys;
            }
            Thread.sleep(20);
        }
    }
}
