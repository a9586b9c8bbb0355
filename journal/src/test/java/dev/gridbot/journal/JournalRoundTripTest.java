package dev.gridbot.journal;

import com.lmax.disruptor.EventHandler;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import net.openhft.chronicle.core.time.SetTimeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class JournalRoundTripTest {

    private static final InboundEvent[] INBOUND = Events.inbound();
    private static final OutboundEvent[] OUTBOUND = Events.outbound();

    @TempDir
    Path dir;

    @Test
    void shouldReadBackTheHeaderAndEveryEventInOrderWhenWrittenOnOneThread() throws Exception {
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            int rounds = Math.max(INBOUND.length, OUTBOUND.length);
            for (int i = 0; i < rounds; i++) {
                if (i < INBOUND.length) {
                    journal.inboundHandler().onEvent(INBOUND[i], i, i == INBOUND.length - 1);
                }
                if (i < OUTBOUND.length) {
                    journal.outboundHandler().onEvent(OUTBOUND[i], i, i == OUTBOUND.length - 1);
                }
            }
            assertEquals(INBOUND.length, journal.inboundWritten());
            assertEquals(OUTBOUND.length, journal.outboundWritten());
            assertEquals(0, journal.failedWrites());
            assertNull(journal.lastWriteFailure());
        }

        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            Events.Recorded read = new Events.Recorded();
            reader.read(read);
            assertSame(INBOUND, read.inbound, 1);
            assertSame(OUTBOUND, read.outbound, 1);
            assertEquals(INBOUND.length, reader.countInbound());
            assertEquals(OUTBOUND.length, reader.countOutbound());
        }
    }

    @Test
    void shouldKeepEachDirectionsOrderWhenTwoRingThreadsWriteAtOnce() throws Exception {
        int rounds = 2_000;
        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            CountDownLatch start = new CountDownLatch(1);
            List<Throwable> errors = new ArrayList<>();
            Thread in = ringThread("journal-in", journal.inboundHandler(), INBOUND, rounds, start, errors);
            Thread out = ringThread("journal-out", journal.outboundHandler(), OUTBOUND, rounds, start, errors);
            in.start();
            out.start();
            start.countDown();
            in.join(TimeUnit.SECONDS.toMillis(60));
            out.join(TimeUnit.SECONDS.toMillis(60));
            assertTrue(errors.isEmpty(), () -> "ring threads failed: " + errors);
            assertEquals((long) rounds * INBOUND.length, journal.inboundWritten());
            assertEquals((long) rounds * OUTBOUND.length, journal.outboundWritten());
            assertEquals(0, journal.failedWrites());
        }

        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            Events.Recorded read = new Events.Recorded();
            reader.read(read);
            assertSame(INBOUND, read.inbound, rounds);
            assertSame(OUTBOUND, read.outbound, rounds);
        }
    }

    @Test
    void shouldReadAcrossCycleFilesWhenTheRunOutlivesADay() throws Exception {
        SetTimeProvider fileClock = new SetTimeProvider(TimeUnit.DAYS.toNanos(20_000) + TimeUnit.HOURS.toNanos(23));
        try (Journal journal = Journal.create(dir, fileClock)) {
            journal.writeHeader(Events.HEADER);
            journal.inboundHandler().onEvent(INBOUND[0], 0, true);
            fileClock.advanceMillis(TimeUnit.HOURS.toMillis(2));
            journal.outboundHandler().onEvent(OUTBOUND[0], 0, true);
            journal.inboundHandler().onEvent(INBOUND[1], 1, true);
        }
        assertEquals(2, cycleFiles(), "the run should have rolled to a second cycle file");

        try (JournalReader reader = Journal.open(dir)) {
            assertEquals(Events.HEADER, reader.header());
            Events.Recorded read = new Events.Recorded();
            reader.read(read);
            assertEquals(2, read.inbound.size());
            assertTrue(INBOUND[0].sameAs(read.inbound.get(0)));
            assertTrue(INBOUND[1].sameAs(read.inbound.get(1)));
            assertEquals(1, read.outbound.size());
            assertTrue(OUTBOUND[0].sameAs(read.outbound.get(0)));
        }
    }

    private static <E> Thread ringThread(String name, EventHandler<E> handler, E[] events, int rounds,
                                         CountDownLatch start, List<Throwable> errors) {
        return new Thread(() -> {
            try {
                start.await();
                handler.onStart();
                long sequence = 0;
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < events.length; i++) {
                        handler.onEvent(events[i], sequence++, i == events.length - 1);
                    }
                }
                handler.onShutdown();
            } catch (Throwable t) {
                synchronized (errors) {
                    errors.add(t);
                }
            }
        }, name);
    }

    private long cycleFiles() throws IOException {
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + ChronicleQueues.CYCLE_FILE_SUFFIX)) {
            for (Path ignored : files) {
                count++;
            }
        }
        return count;
    }

    private static void assertSame(InboundEvent[] expected, List<InboundEvent> actual, int rounds) {
        assertEquals(expected.length * rounds, actual.size(), "inbound events read");
        for (int i = 0; i < actual.size(); i++) {
            InboundEvent want = expected[i % expected.length];
            if (!want.sameAs(actual.get(i))) {
                fail("inbound event " + i + ": expected " + want + " but read " + actual.get(i));
            }
        }
    }

    private static void assertSame(OutboundEvent[] expected, List<OutboundEvent> actual, int rounds) {
        assertEquals(expected.length * rounds, actual.size(), "outbound events read");
        for (int i = 0; i < actual.size(); i++) {
            OutboundEvent want = expected[i % expected.length];
            if (!want.sameAs(actual.get(i))) {
                fail("outbound event " + i + ": expected " + want + " but read " + actual.get(i));
            }
        }
    }
}
