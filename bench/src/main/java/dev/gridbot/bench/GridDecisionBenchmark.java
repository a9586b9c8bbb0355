package dev.gridbot.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The trade → grid decision path: {@code EngineLogic.onEvent} with TRADE events against the demo
 * grid (config/examples/demo.yaml), the strategies emitting into a counting {@code OrderSink}, all
 * on the benchmark thread (no rings). See {@link GridScenario} for the prices.
 * <ul>
 *   <li>{@link #decidingRound}: trade at a level (CANCEL), the venue's cancel ack, trade one tick
 *       above (PLACE) — three events, two order decisions per operation;</li>
 *   <li>{@link #quietTrade}: one trade between two levels that decides nothing.</li>
 * </ul>
 * Run with {@code -prof gc}: in steady state both show ~0 B/op. Each benchmark method gets a fresh
 * engine from its own {@link Setup}; the state is owned by the single benchmark thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GridDecisionBenchmark {
    private GridDriver driver;

    /** A fresh engine on the demo grid, past its reference trade, checked to decide as expected. */
    @Setup(Level.Trial)
    public void setUp() {
        driver = new GridDriver(GridScenario.demo(1));
        driver.verifyScenario();
    }

    /** Cancel, ack, re-place: two decisions in three events. Returns the order count (consumed by JMH). */
    @Benchmark
    public long decidingRound() {
        return driver.decidingRound();
    }

    /** A trade that changes nothing the grid wants. Returns the order count (consumed by JMH). */
    @Benchmark
    public long quietTrade() {
        return driver.quietTrade();
    }
}
