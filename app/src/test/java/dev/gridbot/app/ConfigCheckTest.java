package dev.gridbot.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code config check} describes every account and every strategy, whatever its type. */
class ConfigCheckTest {
    @Test
    void shouldDescribeTheDesksAccountGridAndTargetStrategies() {
        CliRunner.Result r = CliRunner.run("config", "check",
                BacktestAndReplayTest.EXAMPLES.resolve("desk.yaml").toString());

        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.contains("OK — venue sim, 1 instrument(s), 4 strategies"), out);
        assertTrue(out.contains("account desk: one-way, position cap 2, at most 200 open orders"), out);
        assertTrue(out.contains("signs as gridbot-sim-desk on the simulated venue"), out);
        assertTrue(out.contains("grid: neutral grid on BTCUSDT, account desk, 720–1240"), out);
        assertTrue(out.contains("meanrev: mean-reversion on BTCUSDT, account desk, mean of 48 samples every 300 s"),
                out);
        assertTrue(out.contains("breakout: breakout on BTCUSDT, account desk, channel of 24 samples every 600 s"), out);
        assertTrue(out.contains("hedge: target on BTCUSDT, account desk, target -0.3 from 0 s, -0.15 from 172800 s"),
                out);
        assertTrue(out.contains("chasing after 2000 ms or 20 ticks"), out);
    }
}
