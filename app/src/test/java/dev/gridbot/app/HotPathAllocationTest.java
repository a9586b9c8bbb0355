package dev.gridbot.app;

import dev.gridbot.app.backtest.BacktestResult;
import dev.gridbot.app.backtest.BacktestRunner;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.data.TradeFileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot path allocates nothing in steady state: over the second half of the bundled backtest
 * (50,000 trades, hundreds of orders and fills) the pipeline's threads — inbound journal, business
 * logic, outbound journal — allocate (nearly) no bytes. Measured with HotSpot's per-thread
 * allocation counters; an allocation assertion, not a timing one.
 */
class HotPathAllocationTest {
    private static final long BOUND_BYTES = 256 * 1024;

    @TempDir
    Path tmp;

    /** The demo's lone grid, and the desk's grid and target strategies netted in one book. */
    @ParameterizedTest
    @ValueSource(strings = {"demo.yaml", "desk.yaml"})
    void shouldAllocateNothingOnThePipelineThreadsInSteadyState(String example) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path config = BacktestAndReplayTest.EXAMPLES.resolve(example);
        String text = Files.readString(config);
        RunDefinition definition = new RunDefinition(ConfigLoader.parse(text, config.toString()));
        long[] atHalf = new long[1];
        long[] atEnd = new long[1];
        BacktestResult result;
        try (TradeFileReader trades = BundledTrades.open(BacktestRunner.dataInstrument(definition))) {
            result = new BacktestRunner(definition, WaitStrategyKind.SLEEPING).run(trades, text, example,
                    BundledTrades.NAME, tmp.resolve("journal"), done -> {
                        if (done == 50_176) {
                            atHalf[0] = pipelineAllocatedBytes(threads);
                        } else if (done == BundledTrades.TRADE_COUNT) {
                            atEnd[0] = pipelineAllocatedBytes(threads);
                        }
                    });
        }
        assertEquals(BundledTrades.TRADE_COUNT, result.trades());
        assertTrue(atHalf[0] > 0 && atEnd[0] > 0, "measured the pipeline threads");
        long steady = atEnd[0] - atHalf[0];
        assertTrue(steady < BOUND_BYTES, "pipeline threads allocated " + steady + " bytes over ~50,000 trades");
    }

    private static long pipelineAllocatedBytes(com.sun.management.ThreadMXBean threads) {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("gridbot-")) {
                total += threads.getThreadAllocatedBytes(t.getId());
            }
        }
        return total;
    }
}
