package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import net.openhft.chronicle.bytes.BytesOut;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalHandlerTest {

    /** Marks the event whose encoding fails half-way. */
    private static final int POISON_INSTRUMENT = -99;

    @TempDir
    Path dir;

    @Test
    void shouldRollBackAHalfWrittenDocumentCountItAndWriteTheNextEvent() {
        InboundEvent first = new InboundEvent().setTrade(1L, 1, 100L, 2L, 1L);
        InboundEvent poison = new InboundEvent().setTrade(2L, POISON_INSTRUMENT, 101L, 2L, 2L);
        InboundEvent third = new InboundEvent().setTrade(3L, 1, 102L, 2L, 3L);

        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
        }
        try (SingleChronicleQueue queue = ChronicleQueues.openForWrite(dir, SystemTimeProvider.INSTANCE)) {
            JournalHandler<InboundEvent> handler = new JournalHandler<>(queue, JournalHandlerTest::failOnPoison);
            handler.onStart();
            handler.onEvent(first, 0, true);
            handler.onEvent(poison, 1, true);
            handler.onEvent(third, 2, true);
            handler.onShutdown();

            assertEquals(2, handler.written());
            assertEquals(1, handler.failed());
            assertTrue(handler.lastFailure() instanceof IllegalStateException, String.valueOf(handler.lastFailure()));
        }

        Events.Recorded read = new Events.Recorded();
        try (JournalReader reader = Journal.open(dir)) {
            reader.read(read);
        }
        assertEquals(2, read.inbound.size());
        assertTrue(first.sameAs(read.inbound.get(0)));
        assertTrue(third.sameAs(read.inbound.get(1)));
    }

    private static void failOnPoison(BytesOut<?> out, InboundEvent event) {
        if (event.instrumentId() == POISON_INSTRUMENT) {
            out.writeByte(DocumentFormat.INBOUND);
            out.writeLong(event.timestampNanos());
            throw new IllegalStateException("disk on fire");
        }
        DocumentFormat.writeInbound(out, event);
    }
}
