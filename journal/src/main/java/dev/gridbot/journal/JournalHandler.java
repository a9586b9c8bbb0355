package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import net.openhft.chronicle.bytes.BytesOut;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Journals every event of one ring, one document per event, ahead of the ring's next consumer.
 *
 * <p>Owned by the ring thread that runs it: that thread alone creates and uses the appender (Chronicle
 * appenders belong to one thread), the {@link EventBuffer} and the retry time, and writes the
 * counters; any thread may read the counters. Nothing is allocated per event once the appender
 * exists, whether the event is written or buffered.
 *
 * <p>A journal that cannot be written never stops trading. A failed write never reaches the ring's
 * exception handler, which would halt trading: it is counted, its cause kept, and the event is copied
 * into the bounded buffer. Failures of every kind are caught, errors included, since a mapped page
 * that cannot be backed when the disk fills surfaces as an {@link InternalError}. While the buffer
 * holds events the journal is degraded: every new event joins the buffer behind them, so a newer
 * event is never written before an older one, and a full buffer drops its oldest event (counted) to
 * make room. The first event after the retry time drains the buffer in order and is then written
 * itself; a retry that fails leaves the rest buffered and sets the next retry one interval later.
 * Without events there is no retry, except a last one at {@link #onShutdown}.
 *
 * @param <E> the ring's event type
 */
final class JournalHandler<E> implements EventHandler<E> {

    /** Writes one value as the body of one document; stateless and allocation-free for events. */
    @FunctionalInterface
    interface Encoder<T> {
        void encode(BytesOut<?> out, T value);
    }

    private final ChronicleQueue queue;
    /** Also the tests' seam: an encoder that throws is a write that fails. */
    private final Encoder<E> encoder;
    private final EventBuffer<E> buffer;
    private final long retryIntervalNanos;
    /** Monotonic; read only on the failure and the degraded paths. */
    private final LongSupplier nanoClock;

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong buffered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Throwable lastFailure;
    /** Set around a restart's restore: the restored events belong to the earlier journals. */
    private volatile boolean suspended;

    private ExcerptAppender appender;
    private long writtenCount;
    private long failedCount;
    private long droppedCount;
    /** When the buffer may next be written, on {@link #nanoClock}; meaningful only while it holds events. */
    private long nextRetryNanos;

    /**
     * @param encoder            writes one event's document
     * @param buffer             holds the events that wait for a write; this handler's alone
     * @param retryIntervalNanos how long a failed write waits before the next attempt, 0 or more
     * @param nanoClock          monotonic time in nanoseconds ({@code System::nanoTime} outside tests)
     */
    JournalHandler(ChronicleQueue queue, Encoder<E> encoder, EventBuffer<E> buffer, long retryIntervalNanos,
                   LongSupplier nanoClock) {
        if (retryIntervalNanos < 0) {
            throw new IllegalArgumentException("journal retry interval must not be negative: " + retryIntervalNanos);
        }
        this.queue = queue;
        this.encoder = encoder;
        this.buffer = buffer;
        this.retryIntervalNanos = retryIntervalNanos;
        this.nanoClock = nanoClock;
    }

    /** Appends {@code value} as one document; a document that fails half-way is rolled back. */
    static <T> void append(ExcerptAppender appender, Encoder<T> encoder, T value) {
        DocumentContext document = appender.writingDocument();
        try {
            encoder.encode(document.wire().bytes(), value);
        } catch (Throwable t) {
            document.rollbackOnClose();
            throw t;
        } finally {
            document.close();
        }
    }

    /** Creates the appender before the first event; if that fails, the first event tries again. */
    @Override
    public void onStart() {
        try {
            appender();
        } catch (Throwable t) {
            lastFailure = t;
        }
    }

    @Override
    public void onEvent(E event, long sequence, boolean endOfBatch) {
        if (suspended) {
            return;
        }
        if (!buffer.isEmpty() && nanoClock.getAsLong() - nextRetryNanos >= 0) {
            drain();
        }
        if (buffer.isEmpty() && write(event)) {
            return;
        }
        hold(event);
    }

    /** Stop or resume writing (any thread; the pipeline must be quiet when it changes). */
    void suspend(boolean value) {
        suspended = value;
    }

    /**
     * A last attempt at the buffered events, whatever the retry time (no later event will bring one),
     * then the appender is closed. What still fails stays counted in {@link #buffered()}.
     */
    @Override
    public void onShutdown() {
        if (!buffer.isEmpty()) {
            drain();
        }
        ExcerptAppender current = appender;
        appender = null;
        if (current != null) {
            try {
                current.close();
            } catch (Throwable t) {
                lastFailure = t;
            }
        }
    }

    /** Writes the buffered events, oldest first, until one fails. */
    private void drain() {
        while (!buffer.isEmpty() && write(buffer.oldest())) {
            buffer.removeOldest();
        }
        buffered.lazySet(buffer.size());
    }

    /** Keeps a copy of {@code event} behind the buffered ones; a full buffer drops its oldest. */
    private void hold(E event) {
        if (buffer.add(event)) {
            dropped.lazySet(++droppedCount);
        }
        buffered.lazySet(buffer.size());
    }

    /** One attempt at one document; false if it failed (and was counted). */
    private boolean write(E value) {
        try {
            append(appender(), encoder, value);
        } catch (Throwable t) {
            writeFailed(t);
            return false;
        }
        written.lazySet(++writtenCount);
        return true;
    }

    /** The one place a failed attempt goes: counted, its cause kept, the next attempt one interval away. */
    private void writeFailed(Throwable cause) {
        lastFailure = cause;
        failed.lazySet(++failedCount);
        nextRetryNanos = nanoClock.getAsLong() + retryIntervalNanos;
    }

    private ExcerptAppender appender() {
        ExcerptAppender current = appender;
        if (current == null) {
            current = queue.createAppender();
            appender = current;
        }
        return current;
    }

    /** Events written so far, buffered ones included once written; any thread. */
    long written() {
        return written.get();
    }

    /** Write attempts that threw; an event retried more than once counts each time; any thread. */
    long failed() {
        return failed.get();
    }

    /** Events waiting in the buffer now; any thread. */
    long buffered() {
        return buffered.get();
    }

    /** Buffered events dropped, oldest first, to make room in a full buffer (lost to the journal); any thread. */
    long dropped() {
        return dropped.get();
    }

    /** The cause of the latest failure (a write, or the appender's creation or close), or null; any thread. */
    Throwable lastFailure() {
        return lastFailure;
    }
}
