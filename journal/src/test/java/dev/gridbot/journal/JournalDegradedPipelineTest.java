package dev.gridbot.journal;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Side;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both rings on their Disruptor threads while the journal cannot be written, then can again: trading
 * goes on, the counters are visible from the test thread, and the journal ends up with every event
 * exactly once, in ring order. The retry interval is tiny and the test polls; it asserts no timing.
 */
class JournalDegradedPipelineTest {

    private static final EventTranslatorOneArg<InboundEvent, InboundEvent> COPY_INBOUND =
            (slot, sequence, source) -> slot.copyFrom(source);
    private static final EventTranslatorOneArg<OutboundEvent, OutboundEvent> COPY_OUTBOUND =
            (slot, sequence, source) -> slot.copyFrom(source);
    private static final int FAILING_EVENTS = 300;

    @TempDir
    Path dir;

    private final List<InboundEvent> inboundSent = new ArrayList<>();
    private final List<OutboundEvent> outboundSent = new ArrayList<>();

    @Test
    @Timeout(60)
    void shouldKeepEveryEventInOrderWhenWritesFailForAWhileUnderLoad() throws Exception {
        FlakyEncoder<InboundEvent> inEncoder = FlakyEncoder.inbound();
        FlakyEncoder<OutboundEvent> outEncoder = FlakyEncoder.outbound();
        List<Thread> ringThreads = new ArrayList<>();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "ring-" + ringThreads.size());
            thread.setDaemon(true);
            ringThreads.add(thread);
            return thread;
        };

        try (Journal journal = Journal.create(dir, SystemTimeProvider.INSTANCE, Journal.DEFAULT_BUFFER_CAPACITY,
                Duration.ofMillis(1), inEncoder, outEncoder)) {
            journal.writeHeader(Events.HEADER);
            Disruptor<InboundEvent> in = new Disruptor<>(InboundEvent::new, 64, threads, ProducerType.SINGLE,
                    new BlockingWaitStrategy());
            Disruptor<OutboundEvent> out = new Disruptor<>(OutboundEvent::new, 64, threads, ProducerType.SINGLE,
                    new BlockingWaitStrategy());
            in.handleEventsWith(journal.inboundHandler());
            out.handleEventsWith(journal.outboundHandler());
            in.start();
            out.start();

            inEncoder.fail();
            outEncoder.fail();
            for (int i = 0; i < FAILING_EVENTS; i++) {
                publish(in, out);
            }
            await(() -> journal.bufferedEvents() == 2L * FAILING_EVENTS);
            assertTrue(journal.degraded());
            assertTrue(journal.failedWrites() >= 2, "failed attempts: " + journal.failedWrites());
            assertEquals(0, journal.inboundWritten() + journal.outboundWritten());
            assertSame(FlakyEncoder.NO_SPACE, journal.lastWriteFailure());

            inEncoder.recover();
            outEncoder.recover();
            while (journal.degraded()) {
                publish(in, out);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            publish(in, out);
            in.shutdown(30, TimeUnit.SECONDS);
            out.shutdown(30, TimeUnit.SECONDS);
            for (Thread thread : ringThreads) {
                thread.join();
            }

            assertFalse(journal.degraded());
            assertEquals(0, journal.droppedEvents());
            assertEquals(inboundSent.size(), journal.inboundWritten());
            assertEquals(outboundSent.size(), journal.outboundWritten());
        }

        Events.Recorded read = new Events.Recorded();
        try (JournalReader reader = Journal.open(dir)) {
            reader.read(read);
        }
        assertEquals(inboundSent.size(), read.inbound.size());
        assertEquals(outboundSent.size(), read.outbound.size());
        for (int i = 0; i < inboundSent.size(); i++) {
            assertTrue(inboundSent.get(i).sameAs(read.inbound.get(i)), "inbound " + i);
        }
        for (int i = 0; i < outboundSent.size(); i++) {
            assertTrue(outboundSent.get(i).sameAs(read.outbound.get(i)), "outbound " + i);
        }
    }

    /** One distinct event on each ring, remembered in publishing order. */
    private void publish(Disruptor<InboundEvent> in, Disruptor<OutboundEvent> out) {
        int n = inboundSent.size();
        InboundEvent inbound = new InboundEvent().setTrade(1_000L + n, 7, 60_000L + n, 1L + n, n);
        OutboundEvent outbound = new OutboundEvent().setCancel(2_000L + n, 3, 7, 10_000L + n,
                n % 2 == 0 ? Side.BUY : Side.SELL);
        inboundSent.add(inbound);
        outboundSent.add(outbound);
        in.publishEvent(COPY_INBOUND, inbound);
        out.publishEvent(COPY_OUTBOUND, outbound);
    }

    private static void await(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
