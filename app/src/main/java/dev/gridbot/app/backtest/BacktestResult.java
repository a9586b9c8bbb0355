package dev.gridbot.app.backtest;

import dev.gridbot.app.report.FillLog;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.strategy.EngineLogic;

import java.nio.file.Path;

/**
 * What a finished backtest leaves: the engine's final state (read only after its threads stopped),
 * the booked fills, each account's venue position, and the journal's counts.
 */
public record BacktestResult(RunDefinition definition, EngineLogic logic, FillLog fills, long trades,
                             long firstTradeNanos, long lastTradeNanos, long[] venuePositionLots, Path journalDir,
                             long journalInbound, long journalOutbound, long journalFailedWrites,
                             long journalDropped, long elapsedNanos) {
    /** The venue position of every account together, in lots. */
    public long totalVenuePositionLots() {
        long total = 0;
        for (long lots : venuePositionLots) {
            total += lots;
        }
        return total;
    }
}
