package dev.gridbot.gateway.sim.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The venue thread: the one thread that touches the {@link Venue} (matching cores, accounts,
 * orders, market data). Netty threads hand it requests through a bounded queue ({@link #offer}
 * never blocks; a full queue is the caller's 503); between tasks it replays the trades that are due
 * and expires listenKeys. So the cores stay single-threaded and, given the order of their inputs,
 * deterministic. Owns its thread from {@link #start} to {@link #close}.
 */
final class VenueLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VenueLoop.class);
    private static final int QUEUE_CAPACITY = 8192;
    private static final int TASKS_PER_TURN = 64;
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Venue venue;
    private final MarketReplay replay;
    private final Thread thread;
    private volatile boolean running = true;

    VenueLoop(Venue venue, MarketReplay replay) {
        this.venue = venue;
        this.replay = replay;
        this.thread = new Thread(this::run, "gridbot-sim-venue");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues a task for the venue thread; false when the queue is full or the loop stopped. */
    boolean offer(Runnable task) {
        return running && tasks.offer(task);
    }

    /** Runs {@code task} on the venue thread and waits for its result (for API callers, never Netty threads). */
    <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable wrapped = () -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        };
        try {
            if (!running || !tasks.offer(wrapped, 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the venue thread is not taking tasks");
            }
            return result.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the venue thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("venue task failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the venue thread did not answer in 30 s", e);
        }
    }

    private void run() {
        while (running) {
            try {
                long wait = Math.min(IDLE_WAIT_NANOS, replay.nanosUntilDue(System.nanoTime()));
                Runnable task = wait > 0 ? tasks.poll(wait, TimeUnit.NANOSECONDS) : tasks.poll();
                for (int n = 0; task != null; n++) {
                    runSafely(task);
                    task = n < TASKS_PER_TURN ? tasks.poll() : null;
                }
                replay.replayDue(System.nanoTime());
                venue.expireListenKeys();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("simulated venue: replay failed; market data stops", e);
                replay.fail(e);
            }
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("simulated venue: a task failed", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        replay.close();
    }
}
