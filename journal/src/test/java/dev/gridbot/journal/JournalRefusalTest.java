package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import net.openhft.chronicle.bytes.BytesOut;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalRefusalTest {

    private static final InboundEvent[] INBOUND = Events.inbound();
    private static final OutboundEvent[] OUTBOUND = Events.outbound();

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToCreateAJournalWhereOneAlreadyIs() {
        Journal.create(dir).close();

        JournalException refused = assertThrows(JournalException.class, () -> Journal.create(dir));
        assertTrue(refused.getMessage().contains(dir.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("already holds a journal"), refused.getMessage());
    }

    @Test
    void shouldCreateTheDirectoryWhenItDoesNotExist() throws Exception {
        Path fresh = dir.resolve("runs").resolve("run-1");
        try (Journal journal = Journal.create(fresh)) {
            journal.writeHeader(Events.HEADER);
        }
        try (JournalReader reader = Journal.open(fresh)) {
            assertEquals(Events.HEADER, reader.header());
            assertEquals(0, reader.countInbound());
        }
    }

    @Test
    void shouldRefuseAnEmptyBufferOrANegativeRetryIntervalBeforeTouchingTheDisk() {
        Path fresh = dir.resolve("never");

        assertThrows(IllegalArgumentException.class, () -> Journal.create(fresh, 0));
        assertThrows(IllegalArgumentException.class, () -> Journal.create(fresh, 1, Duration.ofSeconds(-1)));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void shouldRefuseToOpenADirectoryWithoutAJournal() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a journal");

        JournalException refused = assertThrows(JournalException.class, () -> Journal.open(dir));
        assertTrue(refused.getMessage().contains(dir.toString()), refused.getMessage());
    }

    @Test
    void shouldRefuseASecondHeaderAndAHeaderAfterEvents() throws Exception {
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            assertThrows(IllegalStateException.class, () -> journal.writeHeader(Events.HEADER));
        }
        try (Journal journal = Journal.create(dir.resolve("second"))) {
            journal.inboundHandler().onEvent(INBOUND[0], 0, true);
            assertThrows(IllegalStateException.class, () -> journal.writeHeader(Events.HEADER));
        }
    }

    @Test
    void shouldFailNamingTheIndexWhenADocumentHasAnUnknownKind() throws Exception {
        writeRun();
        appendRaw(out -> {
            out.writeByte((byte) 'X');
            out.writeLong(1L);
        });

        JournalException failure = readAll();
        assertTrue(failure.getMessage().contains(dir.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("index 0x"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unknown kind 'X'"), failure.getMessage());
    }

    @Test
    void shouldFailWhenAnEventDocumentIsShort() throws Exception {
        writeRun();
        appendRaw(out -> {
            out.writeByte(DocumentFormat.OUTBOUND);
            out.writeLong(1L);
        });

        JournalException failure = readAll();
        assertTrue(failure.getMessage().contains("is 9 bytes long; an outbound event is "
                + DocumentFormat.OUTBOUND_LENGTH), failure.getMessage());
    }

    @Test
    void shouldFailWhenAnEnumOrdinalIsOutOfRange() throws Exception {
        writeRun();
        appendRaw(out -> {
            out.writeByte(DocumentFormat.INBOUND);
            out.writeByte((byte) 99);
            for (int i = 2; i < DocumentFormat.INBOUND_LENGTH; i++) {
                out.writeByte((byte) 0);
            }
        });

        JournalException failure = readAll();
        assertTrue(failure.getMessage().contains("inbound type ordinal 99"), failure.getMessage());
    }

    @Test
    void shouldFailWhenTheJournalDoesNotStartWithAHeader() throws Exception {
        Files.createDirectories(dir);
        appendRaw(out -> DocumentFormat.writeInbound(out, INBOUND[0]));

        try (JournalReader reader = Journal.open(dir)) {
            JournalException failure = assertThrows(JournalException.class, reader::header);
            assertTrue(failure.getMessage().contains("does not start with a run header"), failure.getMessage());
        }
    }

    @Test
    void shouldCountTheFailedAttemptsAndKeepGoingWhenWritesFail() throws Exception {
        Journal journal = Journal.create(dir);
        journal.writeHeader(Events.HEADER);
        journal.inboundHandler().onEvent(INBOUND[0], 0, true);
        journal.close();

        journal.inboundHandler().onEvent(INBOUND[1], 1, true);
        journal.outboundHandler().onEvent(OUTBOUND[0], 0, true);
        journal.inboundHandler().onEvent(INBOUND[2], 2, true);

        assertEquals(1, journal.inboundWritten());
        assertEquals(0, journal.outboundWritten());
        assertEquals(2, journal.failedWrites(), "one attempt per direction; the next waits for the retry time");
        assertEquals(3, journal.bufferedEvents());
        assertEquals(0, journal.droppedEvents());
        assertTrue(journal.degraded());
        assertNotNull(journal.lastWriteFailure());
        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(1, reader.countInbound());
            assertEquals(0, reader.countOutbound());
        }
    }

    private void writeRun() throws Exception {
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            journal.inboundHandler().onEvent(INBOUND[0], 0, true);
            journal.outboundHandler().onEvent(OUTBOUND[0], 0, true);
        }
    }

    /** Appends one document with {@code body}, bypassing the journal's own writers. */
    private void appendRaw(Body body) {
        try (SingleChronicleQueue queue = ChronicleQueues.openForWrite(dir, SystemTimeProvider.INSTANCE);
             ExcerptAppender appender = queue.createAppender()) {
            JournalHandler.append(appender, (out, raw) -> raw.write(out), body);
        }
    }

    /** The bytes of a hand-made document. */
    private interface Body {
        void write(BytesOut<?> out);
    }

    private JournalException readAll() {
        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            return assertThrows(JournalException.class, () -> reader.read(new Events.Recorded()));
        }
    }
}
