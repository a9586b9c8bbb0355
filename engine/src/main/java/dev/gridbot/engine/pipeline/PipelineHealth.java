package dev.gridbot.engine.pipeline;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the pipeline is halted, and why. Set once by whichever handler thread fails first
 * (lock-free), read by any thread.
 */
public final class PipelineHealth {
    private record Failure(String what, Throwable cause) {
    }

    private final AtomicReference<Failure> failure = new AtomicReference<>();

    void fail(String what, Throwable ex) {
        failure.compareAndSet(null, new Failure(what + ": " + ex, ex));
    }

    public boolean halted() {
        return failure.get() != null;
    }

    /** A one-line description of the first failure, or null. */
    public String failure() {
        Failure f = failure.get();
        return f == null ? null : f.what();
    }

    /** The first failure's exception, or null. */
    public Throwable cause() {
        Failure f = failure.get();
        return f == null ? null : f.cause();
    }
}
