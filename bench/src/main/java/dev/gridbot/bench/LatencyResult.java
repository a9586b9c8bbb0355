package dev.gridbot.bench;

import dev.gridbot.engine.pipeline.WaitStrategyKind;
import org.HdrHistogram.Histogram;

/**
 * What one measured run of the latency harness saw. Immutable once built (the histograms are
 * copies no thread writes any more).
 *
 * @param waitStrategy  the rings' wait strategy
 * @param measuredTicks trades sent in the measured window
 * @param orders        order commands caused by those trades (one per trade)
 * @param tickToOrder   order seen by the sender − planned send time of its trade, ns
 * @param sendLag       actual − planned publication time of each measured trade, ns (the harness's own lateness)
 */
record LatencyResult(WaitStrategyKind waitStrategy, long measuredTicks, long orders, Histogram tickToOrder,
                     Histogram sendLag) {
}
