package dev.gridbot.journal;

import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that knows how a journal's Chronicle Queue is built and what its files look like,
 * so the writer, the reader and the tests open it the same way. Stateless.
 */
final class ChronicleQueues {

    /** Chronicle's queue metadata file; present in every directory that holds a queue. */
    static final String METADATA_FILE = "metadata.cq4t";
    /** Suffix of Chronicle's cycle files. */
    static final String CYCLE_FILE_SUFFIX = ".cq4";

    private ChronicleQueues() {
    }

    /**
     * Chronicle reads these once, when its {@code Jvm} class initialises, so {@link Journal} and
     * {@link JournalReader} call this from their static initialisers, before they touch any Chronicle
     * class. Analytics are forced off whatever the command line says: gridbot
     * opens no connection except to the venues its configuration names. The banner ("leave your
     * e-mail") and the performance chatter ("took 3 ms to add mapping") are off unless the command line
     * asks for them; warnings (a disk filling up) still reach the log. The one INFO line left, "Chronicle
     * core loaded from", is raised to WARN for slf4j-simple (a no-op under any other binding, whose own
     * configuration decides).
     */
    static void configureJvm() {
        System.setProperty("chronicle.analytics.disable", "true");
        setIfAbsent("chronicle.announcer.disable", "true");
        setIfAbsent("disable.perf.info", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.net.openhft.chronicle.core.Jvm", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Opens (creating) a queue for appending. */
    static SingleChronicleQueue openForWrite(Path dir, TimeProvider clock) {
        return builder(dir, clock).build();
    }

    /** Opens an existing queue for reading only: a reader never changes a run's files. */
    static SingleChronicleQueue openForRead(Path dir) {
        return builder(dir, SystemTimeProvider.INSTANCE).readOnly(true).build();
    }

    /**
     * Daily cycles: a backtest or a replay fits in one file, and a live run over midnight UTC rolls to
     * the next file, which tailers follow on their own, so rolling is invisible to the reader.
     * Interrupts never abort a write: a journal write is not cancellable work.
     */
    private static SingleChronicleQueueBuilder builder(Path dir, TimeProvider clock) {
        return SingleChronicleQueueBuilder.binary(dir)
                .rollCycle(RollCycles.FAST_DAILY)
                .timeProvider(clock)
                .checkInterrupts(false);
    }

    /** True when {@code dir} holds a queue's metadata or any of its cycle files. */
    static boolean holdsQueue(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(METADATA_FILE))) {
            return true;
        }
        try (DirectoryStream<Path> cycles = Files.newDirectoryStream(dir, "*" + CYCLE_FILE_SUFFIX)) {
            return cycles.iterator().hasNext();
        }
    }
}
