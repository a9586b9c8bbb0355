package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.ExceptionHandler;

/**
 * Records the first failure of any ring handler and halts the pipeline's business logic: an
 * invariant breach stops trading, it is never skipped silently. The failure is read by the thread
 * driving the run, which reports it; the handler thread itself does not log.
 */
final class HaltingExceptionHandler<T> implements ExceptionHandler<T> {
    private final PipelineHealth health;
    private final String stage;

    HaltingExceptionHandler(PipelineHealth health, String stage) {
        this.health = health;
        this.stage = stage;
    }

    @Override
    public void handleEventException(Throwable ex, long sequence, T event) {
        health.fail(stage + " failed at sequence " + sequence + " on " + event, ex);
    }

    @Override
    public void handleOnStartException(Throwable ex) {
        health.fail(stage + " failed to start", ex);
    }

    @Override
    public void handleOnShutdownException(Throwable ex) {
        health.fail(stage + " failed to shut down", ex);
    }
}
