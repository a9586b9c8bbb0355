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

    /** Marks the event whose first encoding fails half-way. */
    private static final int POISON_INSTRUMENT = -99;
    private static final long RETRY_NANOS = 10_000_000_000L;

    @TempDir
    Path dir;

    private long nowNanos;
    private boolean poisonFailed;

    @Test
    void shouldRollBackAHalfWrittenDocumentCountItAndWriteTheEventWholeOnRetry() {
        InboundEvent first = new InboundEvent().setTrade(1L, 1, 100L, 2L, 1L);
        InboundEvent poison = new InboundEvent().setTrade(2L, POISON_INSTRUMENT, 101L, 2L, 2L);
        InboundEvent third = new InboundEvent().setTrade(3L, 1, 102L, 2L, 3L);
        InboundEvent fourth = new InboundEvent().setTrade(4L, 1, 103L, 2L, 4L);

        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
        }
        try (SingleChronicleQueue queue = ChronicleQueues.openForWrite(dir, SystemTimeProvider.INSTANCE)) {
            JournalHandler<InboundEvent> handler = new JournalHandler<>(queue, this::failOnPoisonOnce,
                    new EventBuffer<>(8, InboundEvent::new, InboundEvent::copyFrom), RETRY_NANOS, () -> nowNanos);
            handler.onStart();
            handler.onEvent(first, 0, true);
            handler.onEvent(poison, 1, true);
            handler.onEvent(third, 2, true);

            assertEquals(1, handler.written());
            assertEquals(1, handler.failed());
            assertEquals(2, handler.buffered());
            assertTrue(handler.lastFailure() instanceof IllegalStateException, String.valueOf(handler.lastFailure()));

            nowNanos += RETRY_NANOS;
            handler.onEvent(fourth, 3, true);
            handler.onShutdown();

            assertEquals(4, handler.written());
            assertEquals(1, handler.failed());
            assertEquals(0, handler.buffered());
        }

        Events.Recorded read = new Events.Recorded();
        try (JournalReader reader = Journal.open(dir)) {
            reader.read(read);
        }
        assertEquals(4, read.inbound.size());
        assertTrue(first.sameAs(read.inbound.get(0)));
        assertTrue(poison.sameAs(read.inbound.get(1)));
        assertTrue(third.sameAs(read.inbound.get(2)));
        assertTrue(fourth.sameAs(read.inbound.get(3)));
    }

    private void failOnPoisonOnce(BytesOut<?> out, InboundEvent event) {
        if (event.instrumentId() == POISON_INSTRUMENT && !poisonFailed) {
            poisonFailed = true;
            out.writeByte(DocumentFormat.INBOUND);
            out.writeLong(event.timestampNanos());
            throw new IllegalStateException("disk on fire");
        }
        DocumentFormat.writeInbound(out, event);
    }
}
