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
 */
public final class Journal implements AutoCloseable {

    static {
        ChronicleQueues.configureJvm();
    }

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final JournalHandler<InboundEvent> inbound;
    private final JournalHandler<OutboundEvent> outbound;
    private final AtomicBoolean headerWritten = new AtomicBoolean();

    private Journal(Path directory, SingleChronicleQueue queue) {
        this.directory = directory;
        this.queue = queue;
        this.inbound = new JournalHandler<>(queue, DocumentFormat::writeInbound);
        this.outbound = new JournalHandler<>(queue, DocumentFormat::writeOutbound);
    }

    /**
     * Creates the journal of a new run in {@code dir}, creating the directory if needed.
     *
     * @throws JournalException if {@code dir} already holds a journal (a run never appends to another
     *                          run's journal) or cannot be created
     */
    public static Journal create(Path dir) {
        return create(dir, SystemTimeProvider.INSTANCE);
    }

    /** {@link #create(Path)} with the clock that names Chronicle's cycle files (tests roll with it). */
    static Journal create(Path dir, TimeProvider fileClock) {
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
            return new Journal(directory, ChronicleQueues.openForWrite(directory, fileClock));
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

    /** The handler that journals the inbound ring; the same instance on every call. */
    public EventHandler<InboundEvent> inboundHandler() {
        return inbound;
    }

    /** The handler that journals the outbound ring; the same instance on every call. */
    public EventHandler<OutboundEvent> outboundHandler() {
        return outbound;
    }

    /** Inbound events written so far. */
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

    public long inboundWritten() {
        return inbound.written();
    }

    /** Outbound events written so far. */
    public long outboundWritten() {
        return outbound.written();
    }

    /** Events of either direction that could not be written (and are missing from the journal). */
    public long failedWrites() {
        return inbound.failed() + outbound.failed();
    }

    /** The cause of the latest failed inbound write, else of the latest failed outbound one; null if none. */
    public Throwable lastWriteFailure() {
        Throwable in = inbound.lastFailure();
        return in != null ? in : outbound.lastFailure();
    }

    /** The journal's directory, absolute. */
    public Path directory() {
        return directory;
    }

    /**
     * Closes the queue. Call after both rings have shut down: a handler that writes after this counts a
     * failed write.
     */
    @Override
    public void close() {
        queue.close();
    }
}
