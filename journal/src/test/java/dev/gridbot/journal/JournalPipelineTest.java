package dev.gridbot.journal;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handlers as the pipeline runs them: on Disruptor threads, started and shut down by the rings. */
class JournalPipelineTest {

    private static final EventTranslatorOneArg<InboundEvent, InboundEvent> COPY_INBOUND =
            (slot, sequence, source) -> slot.copyFrom(source);
    private static final EventTranslatorOneArg<OutboundEvent, OutboundEvent> COPY_OUTBOUND =
            (slot, sequence, source) -> slot.copyFrom(source);

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void shouldJournalBothRingsWhenRunByDisruptorThreads() throws Exception {
        InboundEvent[] inbound = Events.inbound();
        OutboundEvent[] outbound = Events.outbound();
        int rounds = 500;
        List<Thread> ringThreads = new ArrayList<>();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "ring-" + ringThreads.size());
            thread.setDaemon(true);
            ringThreads.add(thread);
            return thread;
        };

        try (Journal journal = Journal.create(dir)) {
            journal.writeHeader(Events.HEADER);
            Disruptor<InboundEvent> in = new Disruptor<>(InboundEvent::new, 64, threads, ProducerType.SINGLE,
                    new BlockingWaitStrategy());
            Disruptor<OutboundEvent> out = new Disruptor<>(OutboundEvent::new, 64, threads, ProducerType.SINGLE,
                    new BlockingWaitStrategy());
            in.handleEventsWith(journal.inboundHandler());
            out.handleEventsWith(journal.outboundHandler());
            in.start();
            out.start();
            for (int round = 0; round < rounds; round++) {
                for (InboundEvent event : inbound) {
                    in.publishEvent(COPY_INBOUND, event);
                }
                for (OutboundEvent event : outbound) {
                    out.publishEvent(COPY_OUTBOUND, event);
                }
            }
            in.shutdown(30, TimeUnit.SECONDS);
            out.shutdown(30, TimeUnit.SECONDS);
            for (Thread thread : ringThreads) {
                thread.join();
            }
            assertEquals((long) rounds * inbound.length, journal.inboundWritten());
            assertEquals((long) rounds * outbound.length, journal.outboundWritten());
            assertEquals(0, journal.failedWrites());
        }

        try (JournalReader reader = Journal.open(dir)) {
            Events.Recorded read = new Events.Recorded();
            reader.read(read);
            assertEquals(rounds * inbound.length, read.inbound.size());
            assertEquals(rounds * outbound.length, read.outbound.size());
            for (int i = 0; i < read.inbound.size(); i++) {
                assertTrue(inbound[i % inbound.length].sameAs(read.inbound.get(i)), "inbound " + i);
            }
            for (int i = 0; i < read.outbound.size(); i++) {
                assertTrue(outbound[i % outbound.length].sameAs(read.outbound.get(i)), "outbound " + i);
            }
        }
    }
}
