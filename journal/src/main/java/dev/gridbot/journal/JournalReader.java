package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a journal written by {@link Journal}: its {@linkplain #header() run header}, then every event in
 * the order it was written (each direction in its ring's order). Obtained from {@link Journal#open}.
 *
 * <p>Owned by one thread at a time (it decodes into events it reuses). Every document is checked: one
 * that does not decode stops the read with a {@link JournalException} naming the journal and the
 * document's index; nothing is skipped.
 */
public final class JournalReader implements AutoCloseable {

    static {
        ChronicleQueues.configureJvm();
    }

    private final Path directory;
    private final SingleChronicleQueue queue;
    private final InboundEvent inbound = new InboundEvent();
    private final OutboundEvent outbound = new OutboundEvent();
    private RunHeader header;
    /** The last configuration revision decoded. */
    private ConfigRevision revision;

    private JournalReader(Path directory, SingleChronicleQueue queue) {
        this.directory = directory;
        this.queue = queue;
    }

    static JournalReader open(Path directory) {
        try {
            if (!ChronicleQueues.holdsQueue(directory)) {
                throw new JournalException("journal " + directory + ": no journal in this directory");
            }
        } catch (IOException e) {
            throw new JournalException("journal " + directory + ": cannot list the directory: " + e, e);
        }
        try {
            return new JournalReader(directory, ChronicleQueues.openForRead(directory));
        } catch (RuntimeException e) {
            throw new JournalException("journal " + directory + ": cannot open the queue: " + e, e);
        }
    }

    /**
     * The run header, the journal's first document.
     *
     * @throws JournalException if the journal is empty, does not start with a header, or was written in
     *                          another format version
     */
    public RunHeader header() {
        if (header == null) {
            try (ExcerptTailer tailer = queue.createTailer(); DocumentContext document = tailer.readingDocument()) {
                if (!document.isPresent()) {
                    throw noHeader();
                }
                decode(document, true);
            }
        }
        return header;
    }

    /**
     * Streams every event, in journal order, to {@code visitor}, decoding each into one reused
     * {@link InboundEvent} or {@link OutboundEvent}. Exceptions the visitor throws pass through.
     *
     * @throws JournalException at the first document that does not decode
     */
    public void read(JournalVisitor visitor) {
        try (ExcerptTailer tailer = queue.createTailer()) {
            boolean first = true;
            while (true) {
                byte kind;
                try (DocumentContext document = tailer.readingDocument()) {
                    if (!document.isPresent()) {
                        if (first) {
                            throw noHeader();
                        }
                        return;
                    }
                    kind = decode(document, first);
                }
                first = false;
                if (kind == DocumentFormat.INBOUND) {
                    visitor.onInbound(inbound);
                } else if (kind == DocumentFormat.OUTBOUND) {
                    visitor.onOutbound(outbound);
                } else if (kind == DocumentFormat.REVISION) {
                    visitor.onConfigRevision(revision);
                }
            }
        }
    }

    /** The number of inbound events (reads the whole journal). */
    public long countInbound() {
        return count().inbound;
    }

    /** The number of outbound events (reads the whole journal). */
    public long countOutbound() {
        return count().outbound;
    }

    /** The journal's directory, absolute. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        queue.close();
    }

    private Counter count() {
        Counter counter = new Counter();
        read(counter);
        return counter;
    }

    /** Decodes the current document into the header or the reused event of its kind; returns the kind. */
    private byte decode(DocumentContext document, boolean first) {
        long index = document.index();
        Bytes<?> in = document.wire().bytes();
        long length = in.readRemaining();
        if (length == 0) {
            throw corrupt(index, "is empty", null);
        }
        byte kind = in.readByte();
        if (first != (kind == DocumentFormat.HEADER)) {
            throw first
                    ? new JournalException("journal " + directory + ": does not start with a run header ("
                            + describe(index) + " has kind " + kindText(kind) + ")")
                    : corrupt(index, "is a second run header", null);
        }
        try {
            switch (kind) {
                case DocumentFormat.HEADER:
                    header = checkVersion(DocumentFormat.readHeader(in), index);
                    break;
                case DocumentFormat.INBOUND:
                    requireLength(index, length, DocumentFormat.INBOUND_LENGTH, "an inbound event");
                    DocumentFormat.readInbound(in, inbound);
                    break;
                case DocumentFormat.OUTBOUND:
                    requireLength(index, length, DocumentFormat.OUTBOUND_LENGTH, "an outbound event");
                    DocumentFormat.readOutbound(in, outbound);
                    break;
                case DocumentFormat.REVISION:
                    revision = DocumentFormat.readRevision(in);
                    break;
                default:
                    throw corrupt(index, "has unknown kind " + kindText(kind), null);
            }
        } catch (JournalException e) {
            throw e;
        } catch (RuntimeException e) {
            throw corrupt(index, "does not decode: " + e.getMessage(), e);
        }
        return kind;
    }

    private RunHeader checkVersion(RunHeader read, long index) {
        if (read.formatVersion() < RunHeader.OLDEST_READABLE || read.formatVersion() > RunHeader.FORMAT_VERSION) {
            throw corrupt(index, "is a run header of format version " + read.formatVersion()
                    + "; this reader reads versions " + RunHeader.OLDEST_READABLE + " to " + RunHeader.FORMAT_VERSION,
                    null);
        }
        return read;
    }

    private void requireLength(long index, long length, int expected, String what) {
        if (length != expected) {
            throw corrupt(index, "is " + length + " bytes long; " + what + " is " + expected, null);
        }
    }

    private JournalException noHeader() {
        return new JournalException("journal " + directory + ": is empty, not even a run header");
    }

    private JournalException corrupt(long index, String problem, Throwable cause) {
        return new JournalException("journal " + directory + ": " + describe(index) + " " + problem, cause);
    }

    private String describe(long index) {
        RollCycle cycle = queue.rollCycle();
        return "document at index 0x" + Long.toHexString(index) + " (cycle " + cycle.toCycle(index) + ", number "
                + cycle.toSequenceNumber(index) + ")";
    }

    private static String kindText(byte kind) {
        return kind >= 0x20 && kind < 0x7f
                ? String.format("'%c' (0x%02x)", (char) kind, kind)
                : String.format("0x%02x", kind);
    }

    /** Counts the events of each direction. */
    private static final class Counter implements JournalVisitor {
        long inbound;
        long outbound;

        @Override
        public void onInbound(InboundEvent event) {
            inbound++;
        }

        @Override
        public void onOutbound(OutboundEvent event) {
            outbound++;
        }
    }
}
