package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal handlers are on the hot path: in steady state they must not allocate. */
class JournalAllocationTest {

    private static final int EVENTS = 100_000;
    private static final long BOUND_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void shouldAllocateNearlyNothingWhenWritingOneHundredThousandEventsAfterWarmUp() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        InboundEvent[] inbound = Events.inbound();
        OutboundEvent[] outbound = Events.outbound();

        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            EventHandler<InboundEvent> in = journal.inboundHandler();
            EventHandler<OutboundEvent> out = journal.outboundHandler();
            write(in, out, inbound, outbound, 0);

            long before = threads.getThreadAllocatedBytes(thread);
            write(in, out, inbound, outbound, EVENTS);
            long allocated = threads.getThreadAllocatedBytes(thread) - before;

            assertEquals(2L * EVENTS, journal.inboundWritten() + journal.outboundWritten());
            assertEquals(0, journal.failedWrites());
            assertTrue(allocated < BOUND_BYTES,
                    "writing " + EVENTS + " events allocated " + allocated + " bytes (bound " + BOUND_BYTES + ")");
        }
    }

    /** Writes {@link #EVENTS} events, alternating directions and cycling through every type. */
    private static void write(EventHandler<InboundEvent> in, EventHandler<OutboundEvent> out, InboundEvent[] inbound,
                              OutboundEvent[] outbound, long firstSequence) throws Exception {
        for (int i = 0; i < EVENTS / 2; i++) {
            long sequence = firstSequence + i;
            in.onEvent(inbound[i % inbound.length], sequence, true);
            out.onEvent(outbound[i % outbound.length], sequence, true);
        }
    }
}
