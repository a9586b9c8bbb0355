package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.EventHandler;

/**
 * Runs a handler until the pipeline halts, then only consumes (so producers never block on a
 * halted consumer) and decides nothing more.
 */
final class GuardedHandler<T> implements EventHandler<T> {
    private final EventHandler<T> delegate;
    private final PipelineHealth health;

    GuardedHandler(EventHandler<T> delegate, PipelineHealth health) {
        this.delegate = delegate;
        this.health = health;
    }

    @Override
    public void onEvent(T event, long sequence, boolean endOfBatch) throws Exception {
        if (!health.halted()) {
            delegate.onEvent(event, sequence, endOfBatch);
        }
    }
}
