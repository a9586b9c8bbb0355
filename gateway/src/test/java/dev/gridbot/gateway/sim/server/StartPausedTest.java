package dev.gridbot.gateway.sim.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A venue started paused replays nothing until told to resume, then all of its data. */
class StartPausedTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void shouldHoldTheReplayUntilResumed() throws Exception {
        Path file = tmp.resolve("t.csv");
        Files.writeString(file, "timestamp,price,amount\n1700000000,1000.00,0.1\n1700000001,1001.00,0.1\n");
        try (SimServer sim = SimServer.start(SimServerConfig.builder().port(0).startPaused()
                .account(SimAccountConfig.oneWay("k", "s", "1000"))
                .data(SimDataSource.file("BTCUSDT", file, Double.POSITIVE_INFINITY)).build())) {
            Thread.sleep(300);
            assertEquals(0, sim.tradesReplayed());
            assertFalse(sim.replayFinished());
            sim.faults().resumeMarketData();
            assertTrue(sim.awaitReplayFinished(Duration.ofSeconds(10)));
            assertEquals(2, sim.tradesReplayed());
        }
    }
}
