package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The journal of one run: a Chronicle Queue in a directory of its own, holding the run header and
 * then every inbound and outbound event, each as one binary document (see {@link #open} to read it).
 *
 * <p>Threads: the thread that creates the journal writes the header and closes it; the
 * {@linkplain #inboundHandler() inbound} and {@linkplain #outboundHandler() outbound} handlers each run
 * on their own ring thread with their own appender; the counters may be read from any thread. Within
 * one direction, documents are in ring order; between the two directions the interleaving depends on
 * thread timing.
 *
 * <p>A journal that cannot be written (a full disk, lost permissions) never stops trading: each handler
 * keeps the events it could not write in a bounded buffer of its own and retries at the first event
 * after each retry interval, writing the buffered events in order before any newer one. While a buffer
 * holds events the journal is {@linkplain #degraded() degraded}; a full buffer drops its oldest event,
 * which is {@linkplain #droppedEvents() counted} for the thread that reports (the handlers never log).
 */
public final class Journal implements AutoCloseable {

    /** Events each direction holds while its writes fail, unless {@link #create(Path, int)} says otherwise. */
    public static final int DEFAULT_BUFFER_CAPACITY = 1_000;
    /**
     * How long a failed write waits before the next attempt, on the monotonic clock, unless
     * {@link #create(Path, int, Duration)} says otherwise.
     */
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(10);

    static {
        ChronicleQueues.configureJvm();
    }

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final JournalHandler<InboundEvent> inbound;
    private final JournalHandler<OutboundEvent> outbound;
    private final AtomicBoolean headerWritten = new AtomicBoolean();

    private Journal(Path directory, SingleChronicleQueue queue, int bufferCapacity, long retryIntervalNanos,
                    JournalHandler.Encoder<InboundEvent> inboundEncoder,
                    JournalHandler.Encoder<OutboundEvent> outboundEncoder) {
        this.directory = directory;
        this.queue = queue;
        this.inbound = new JournalHandler<>(queue, inboundEncoder,
                new EventBuffer<>(bufferCapacity, InboundEvent::new, InboundEvent::copyFrom),
                retryIntervalNanos, System::nanoTime);
        this.outbound = new JournalHandler<>(queue, outboundEncoder,
                new EventBuffer<>(bufferCapacity, OutboundEvent::new, OutboundEvent::copyFrom),
                retryIntervalNanos, System::nanoTime);
    }

    /**
     * Creates the journal of a new run in {@code dir}, creating the directory if needed, with the
     * {@linkplain #DEFAULT_BUFFER_CAPACITY default buffer} and {@linkplain #DEFAULT_RETRY_INTERVAL retry
     * interval}.
     *
     * @throws JournalException if {@code dir} already holds a journal (a run never appends to another
     *                          run's journal) or cannot be created
     */
    public static Journal create(Path dir) {
        return create(dir, DEFAULT_BUFFER_CAPACITY);
    }

    /**
     * {@link #create(Path)} holding up to {@code bufferCapacity} unwritten events per direction.
     *
     * @throws IllegalArgumentException if {@code bufferCapacity} is less than 1
     */
    public static Journal create(Path dir, int bufferCapacity) {
        return create(dir, bufferCapacity, DEFAULT_RETRY_INTERVAL);
    }

    /**
     * {@link #create(Path)} holding up to {@code bufferCapacity} unwritten events per direction, and
     * retrying a failed write {@code retryInterval} after it failed (at the next event after that; zero
     * retries at every event).
     *
     * @throws IllegalArgumentException if {@code bufferCapacity} is less than 1 or {@code retryInterval}
     *                                  is negative
     */
    public static Journal create(Path dir, int bufferCapacity, Duration retryInterval) {
        return create(dir, SystemTimeProvider.INSTANCE, bufferCapacity, retryInterval, DocumentFormat::writeInbound,
                DocumentFormat::writeOutbound);
    }

    /** {@link #create(Path)} with the clock that names Chronicle's cycle files (tests roll with it). */
    static Journal create(Path dir, TimeProvider fileClock) {
        return create(dir, fileClock, DEFAULT_BUFFER_CAPACITY, DEFAULT_RETRY_INTERVAL, DocumentFormat::writeInbound,
                DocumentFormat::writeOutbound);
    }

    /**
     * Every choice explicit; tests put an encoder in front of {@link DocumentFormat}'s that fails when
     * armed, which is how they make writes fail.
     */
    static Journal create(Path dir, TimeProvider fileClock, int bufferCapacity, Duration retryInterval,
                          JournalHandler.Encoder<InboundEvent> inboundEncoder,
                          JournalHandler.Encoder<OutboundEvent> outboundEncoder) {
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("journal buffer capacity must be at least 1, not " + bufferCapacity);
        }
        if (retryInterval.isNegative()) {
            throw new IllegalArgumentException("journal retry interval must not be negative: " + retryInterval);
        }
        long retryIntervalNanos = retryInterval.toNanos();
        Path directory = dir.toAbsolutePath().normalize();
        try {
            if (ChronicleQueues.holdsQueue(directory)) {
                throw new JournalException("journal " + directory
                        + ": already holds a journal; a run writes to a new directory");
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new JournalException("journal " + directory + ": cannot create the directory: " + e, e);
        }
        try {
            return new Journal(directory, ChronicleQueues.openForWrite(directory, fileClock), bufferCapacity,
                    retryIntervalNanos, inboundEncoder, outboundEncoder);
        } catch (RuntimeException e) {
            throw new JournalException("journal " + directory + ": cannot create the queue: " + e, e);
        }
    }

    /**
     * Opens the journal in {@code dir} for reading; the files are not changed.
     *
     * @throws JournalException if {@code dir} holds no journal
     */
    public static JournalReader open(Path dir) {
        return JournalReader.open(dir.toAbsolutePath().normalize());
    }

    /**
     * Writes the run header; it must come before any event, exactly once. Called on the thread that
     * created the journal, before the rings start.
     *
     * @throws IllegalStateException if a header or an event has already been written
     * @throws JournalException      if the header cannot be written
     */
    public void writeHeader(RunHeader header) {
        if (inbound.written() + inbound.failed() + outbound.written() + outbound.failed() != 0) {
            throw new IllegalStateException("journal " + directory + ": the run header must precede every event");
        }
        if (!headerWritten.compareAndSet(false, true)) {
            throw new IllegalStateException("journal " + directory + ": the run header is already written");
        }
        try (ExcerptAppender appender = queue.createAppender()) {
            JournalHandler.append(appender, DocumentFormat::writeHeader, header);
        } catch (RuntimeException e) {
            throw new JournalException("journal " + directory + ": cannot write the run header: " + e, e);
        }
    }

    /**
     * Writes a configuration revision, from any thread, before publishing the control events that
     * name it (so it precedes them in the journal). Unlike an event, it is never buffered: a change
     * the journal cannot hold would not replay, so the caller refuses the change instead.
     *
     * @throws IllegalStateException if the run header is not written yet
     * @throws JournalException      if it cannot be written now
     */
    public void writeRevision(ConfigRevision revision) {
        if (!headerWritten.get()) {
            throw new IllegalStateException("journal " + directory + ": a configuration revision follows the header");
        }
        try (ExcerptAppender appender = queue.createAppender()) {
            JournalHandler.append(appender, DocumentFormat::writeRevision, revision);
        } catch (RuntimeException e) {
            throw new JournalException("journal " + directory + ": cannot write configuration revision "
                    + revision.revision() + ": " + e, e);
        }
    }

    /** The handler that journals the inbound ring; the same instance on every call. */
    public EventHandler<InboundEvent> inboundHandler() {
        return inbound;
    }

    /** The handler that journals the outbound ring; the same instance on every call. */
    public EventHandler<OutboundEvent> outboundHandler() {
        return outbound;
    }

    /**
     * Stops writing events (a restarted run restores its state by feeding the earlier journals'
     * events through the engine: those are not this journal's). Call only when the pipeline is quiet.
     */
    public void suspend() {
        inbound.suspend(true);
        outbound.suspend(true);
    }

    /** Writes events again after {@link #suspend()}; call only when the pipeline is quiet. */
    public void resume() {
        inbound.suspend(false);
        outbound.suspend(false);
    }

    /** Inbound events written so far, buffered ones included once written. */
    public long inboundWritten() {
        return inbound.written();
    }

    /** Outbound events written so far, buffered ones included once written. */
    public long outboundWritten() {
        return outbound.written();
    }

    /**
     * Write attempts of either direction that threw. An event that fails is buffered, not lost, and may
     * count again at each retry; what is lost is {@link #droppedEvents()}.
     */
    public long failedWrites() {
        return inbound.failed() + outbound.failed();
    }

    /** Events of either direction waiting in the buffers for a write, now. */
    public long bufferedEvents() {
        return inbound.buffered() + outbound.buffered();
    }

    /**
     * Events of either direction dropped, oldest first, because a buffer was full: they are missing from
     * the journal. Anything above zero is worth a warning, which the reporting thread gives.
     */
    public long droppedEvents() {
        return inbound.dropped() + outbound.dropped();
    }

    /** True while either direction holds events it could not write yet (its writes failed and wait for a retry). */
    public boolean degraded() {
        return bufferedEvents() != 0;
    }

    /**
     * The cause of the latest failed inbound write, else of the latest failed outbound one; null if none.
     * It stays after the writes recover: {@link #degraded()} says whether they currently fail.
     */
    public Throwable lastWriteFailure() {
        Throwable in = inbound.lastFailure();
        return in != null ? in : outbound.lastFailure();
    }

    /** The journal's directory, absolute. */
    public Path directory() {
        return directory;
    }

    /**
     * Closes the queue. Call after both rings have shut down (each handler's shutdown makes a last
     * attempt at its buffered events): a handler that writes after this counts a failed write.
     */
    @Override
    public void close() {
        queue.close();
    }
}
