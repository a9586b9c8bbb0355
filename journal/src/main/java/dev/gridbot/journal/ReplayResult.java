package dev.gridbot.journal;

import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.strategy.EngineLogic;

/**
 * The outcome of a replay: how many inbound events were fed, how many outbound events the journal
 * held, how many the engine emitted again and how many of those matched field by field, the first
 * difference, and the replayed engine's final state.
 */
public record ReplayResult(RunHeader header, RunDefinition definition, EngineLogic logic, long inbound,
                           long expectedOutbound, long replayedOutbound, long matched, String firstMismatch,
                           String engineFailure, long trades, long firstTradeNanos, long lastTradeNanos) {

    /** True when every journaled outbound event was emitted again, identically, and nothing more. */
    public boolean verified() {
        return engineFailure == null && firstMismatch == null && matched == expectedOutbound
                && replayedOutbound == expectedOutbound;
    }
}
