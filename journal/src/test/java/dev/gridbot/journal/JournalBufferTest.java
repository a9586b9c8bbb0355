package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A journal whose writes fail keeps the events, in order, and writes them once it can: one handler
 * driven directly on the test thread, with a manual clock, over a real queue that is read back.
 */
class JournalBufferTest {

    private static final long RETRY_NANOS = 10_000_000_000L;

    @TempDir
    Path dir;

    private final FlakyEncoder<InboundEvent> encoder = FlakyEncoder.inbound();
    /** The ring's one slot, refilled for every event: the buffer must keep copies, not this. */
    private final InboundEvent slot = new InboundEvent();
    private SingleChronicleQueue queue;
    private long nowNanos = 123_456_789L;
    private long sequence;

    @BeforeEach
    void createJournal() {
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
        }
        queue = ChronicleQueues.openForWrite(dir, SystemTimeProvider.INSTANCE);
    }

    @AfterEach
    void closeQueue() {
        queue.close();
    }

    @Test
    void shouldBufferWhileWritesFailAndDrainInOrderAtTheFirstEventAfterTheRetryInterval() {
        JournalHandler<InboundEvent> handler = handler(1_000);
        handler.onStart();
        publish(handler, 0);

        encoder.fail();
        for (int i = 1; i <= 5; i++) {
            publish(handler, i);
        }
        assertCounts(handler, 1, 1, 5, 0);
        assertSame(FlakyEncoder.NO_SPACE, handler.lastFailure());

        nowNanos += RETRY_NANOS - 1;
        publish(handler, 6);
        assertCounts(handler, 1, 1, 6, 0);

        nowNanos += 1;
        publish(handler, 7);
        assertCounts(handler, 1, 2, 7, 0);

        encoder.recover();
        nowNanos += RETRY_NANOS - 1;
        publish(handler, 8);
        assertCounts(handler, 1, 2, 8, 0);

        nowNanos += 1;
        publish(handler, 9);
        assertCounts(handler, 10, 2, 0, 0);

        publish(handler, 10);
        handler.onShutdown();
        assertCounts(handler, 11, 2, 0, 0);

        assertJournalHolds(0, 10);
    }

    @Test
    void shouldDropTheOldestEventsWhenTheFailuresOutlastTheBuffer() {
        JournalHandler<InboundEvent> handler = handler(4);
        handler.onStart();
        publish(handler, 0);

        encoder.fail();
        for (int i = 1; i <= 10; i++) {
            publish(handler, i);
        }
        assertCounts(handler, 1, 1, 4, 6);

        encoder.recover();
        nowNanos += RETRY_NANOS;
        publish(handler, 11);
        handler.onShutdown();
        assertCounts(handler, 6, 1, 0, 6);

        Events.Recorded read = read();
        assertEquals(6, read.inbound.size());
        assertTrue(trade(0).sameAs(read.inbound.get(0)));
        assertInOrder(read.inbound.subList(1, 6), 7);
    }

    @Test
    void shouldMakeALastAttemptAtShutdownWhateverTheRetryTime() {
        JournalHandler<InboundEvent> handler = handler(1_000);
        handler.onStart();
        encoder.fail();
        for (int i = 0; i < 3; i++) {
            publish(handler, i);
        }
        encoder.recover();

        handler.onShutdown();

        assertCounts(handler, 3, 1, 0, 0);
        assertJournalHolds(0, 2);
    }

    @Test
    void shouldSkipEventsWhileSuspendedAndKeepTheBufferedOnesForAfter() {
        JournalHandler<InboundEvent> handler = handler(1_000);
        handler.onStart();
        encoder.fail();
        publish(handler, 0);
        publish(handler, 1);

        handler.suspend(true);
        encoder.recover();
        nowNanos += RETRY_NANOS;
        publish(handler, 99);
        assertCounts(handler, 0, 1, 2, 0);

        handler.suspend(false);
        publish(handler, 2);
        handler.onShutdown();
        assertCounts(handler, 3, 1, 0, 0);
        assertJournalHolds(0, 2);
    }

    @Test
    void shouldAllocateNearlyNothingWhileBufferingAndDraining() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        InboundEvent[] trades = new InboundEvent[16];
        for (int i = 0; i < trades.length; i++) {
            trades[i] = trade(i);
        }
        JournalHandler<InboundEvent> handler = handler(1_000);
        handler.onStart();
        publishAll(handler, trades, 2_000);
        encoder.fail();
        publishAll(handler, trades, 2_000);
        encoder.recover();
        nowNanos += RETRY_NANOS;
        publishAll(handler, trades, 1);
        encoder.fail();

        long before = threads.getThreadAllocatedBytes(thread);
        publishAll(handler, trades, 100_000);
        encoder.recover();
        nowNanos += RETRY_NANOS;
        publishAll(handler, trades, 1);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertEquals(0, handler.buffered());
        assertEquals(1_000 + 99_000, handler.dropped(), "the warm-up overflow, then all but the last 1,000");
        assertTrue(allocated < 64 * 1024, "buffering 100,000 events allocated " + allocated + " bytes");
    }

    private JournalHandler<InboundEvent> handler(int capacity) {
        return new JournalHandler<>(queue, encoder, new EventBuffer<>(capacity, InboundEvent::new,
                InboundEvent::copyFrom), RETRY_NANOS, () -> nowNanos);
    }

    /** The {@code i}-th trade, through the reused slot, as a ring would hand it over. */
    private void publish(JournalHandler<InboundEvent> handler, int i) {
        slot.copyFrom(trade(i));
        handler.onEvent(slot, sequence++, true);
    }

    private void publishAll(JournalHandler<InboundEvent> handler, InboundEvent[] events, int count) {
        for (int i = 0; i < count; i++) {
            slot.copyFrom(events[i % events.length]);
            handler.onEvent(slot, sequence++, true);
        }
    }

    private static InboundEvent trade(int i) {
        return new InboundEvent().setTrade(1_000L + i, 7, 60_000L + i, 1L + i, i);
    }

    private static void assertCounts(JournalHandler<InboundEvent> handler, long written, long failed, long buffered,
                                     long dropped) {
        assertEquals(written, handler.written(), "written");
        assertEquals(failed, handler.failed(), "failed attempts");
        assertEquals(buffered, handler.buffered(), "buffered");
        assertEquals(dropped, handler.dropped(), "dropped");
    }

    /** The journal holds the trades {@code first..last}, each once, in order, and nothing else. */
    private void assertJournalHolds(int first, int last) {
        Events.Recorded read = read();
        assertEquals(0, read.outbound.size());
        assertEquals(last - first + 1, read.inbound.size(), "inbound events read");
        assertInOrder(read.inbound, first);
    }

    private static void assertInOrder(List<InboundEvent> read, int first) {
        for (int i = 0; i < read.size(); i++) {
            InboundEvent want = trade(first + i);
            if (!want.sameAs(read.get(i))) {
                fail("inbound event " + i + ": expected " + want + " but read " + read.get(i));
            }
        }
    }

    private Events.Recorded read() {
        Events.Recorded read = new Events.Recorded();
        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            reader.read(read);
        }
        return read;
    }
}
