package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import net.openhft.chronicle.bytes.BytesOut;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Journals every event of one ring, one document per event, ahead of the ring's next consumer.
 *
 * <p>Owned by the ring thread that runs it: that thread alone creates and uses the appender (Chronicle
 * appenders belong to one thread) and writes the counters; any thread may read the counters. Nothing
 * is allocated per event once the appender exists.
 *
 * <p>A failed write never reaches the ring's exception handler, which would halt trading: it is
 * counted and recorded in {@link #writeFailed}, and the next event is written as usual. Failures of
 * every kind are caught, errors included, since a mapped page that cannot be backed when the disk
 * fills surfaces as an {@link InternalError}.
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
    private final Encoder<E> encoder;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Throwable lastFailure;
    /** Set around a restart's restore: the restored events belong to the earlier journals. */
    private volatile boolean suspended;
    private long skipped;

    private ExcerptAppender appender;
    private long writtenCount;
    private long failedCount;

    JournalHandler(ChronicleQueue queue, Encoder<E> encoder) {
        this.queue = queue;
        this.encoder = encoder;
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
            skipped++;
            return;
        }
        try {
            append(appender(), encoder, event);
        } catch (Throwable t) {
            writeFailed(t);
            return;
        }
        written.lazySet(++writtenCount);
    }

    /** Stop or resume writing (any thread; the pipeline must be quiet when it changes). */
    void suspend(boolean value) {
        suspended = value;
    }

    @Override
    public void onShutdown() {
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

    /**
     * The one place a failed write goes: the event is lost to the journal, counted, and its cause kept
     * for the thread that reports. A bounded buffer that keeps the event for a later attempt belongs
     * here, with its drain at the top of {@link #onEvent}.
     */
    private void writeFailed(Throwable cause) {
        lastFailure = cause;
        failed.lazySet(++failedCount);
    }

    private ExcerptAppender appender() {
        ExcerptAppender current = appender;
        if (current == null) {
            current = queue.createAppender();
            appender = current;
        }
        return current;
    }

    /** Events written so far; any thread. */
    long written() {
        return written.get();
    }

    /** Events that could not be written; any thread. */
    long failed() {
        return failed.get();
    }

    /** The cause of the latest failure (a write, or the appender's creation or close), or null; any thread. */
    Throwable lastFailure() {
        return lastFailure;
    }
}
