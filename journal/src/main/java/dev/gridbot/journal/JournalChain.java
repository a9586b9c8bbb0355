package dev.gridbot.journal;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.pipeline.EnginePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The journals of a run that was restarted: each restart writes a new journal whose header names
 * the one before it, in the same parent directory ({@code journal}, {@code journal-2}, …). The
 * engine's state at the start of a journal is the state at the end of its predecessors, so a
 * restart (and the replay of a restarted run) first feeds the predecessors' inbound events.
 */
public final class JournalChain {
    /** The name of a run directory's first journal. */
    public static final String FIRST = "journal";

    private JournalChain() {
    }

    /** The journals {@code journalDir} continues, oldest first (empty for a first run). */
    public static List<Path> predecessors(Path journalDir) {
        List<Path> chain = new ArrayList<>();
        Path current = journalDir.toAbsolutePath().normalize();
        for (int guard = 0; guard < 10_000; guard++) {
            RunHeader header;
            try (JournalReader reader = Journal.open(current)) {
                header = reader.header();
            }
            if (!header.continuesAnother()) {
                Collections.reverse(chain);
                return chain;
            }
            current = current.getParent().resolve(header.previousJournal()).normalize();
            if (chain.contains(current)) {
                throw new JournalException("journal chain loops at " + current);
            }
            chain.add(current);
        }
        throw new JournalException("journal chain of " + journalDir + " is too long");
    }

    /** {@code journalDir}'s chain, oldest first: the journals it continues, then itself. */
    public static List<Path> withPredecessors(Path journalDir) {
        List<Path> chain = new ArrayList<>(predecessors(journalDir));
        chain.add(journalDir);
        return chain;
    }

    /**
     * Rebuilds an engine's state from {@code journals}: their configuration revisions and inbound
     * events, in order, through {@code pipeline}'s inbound ring (what the pipeline journals is the
     * caller's concern), then waits until the engine has handled them all. Returns the events fed.
     */
    public static long restore(List<Path> journals, EnginePipeline pipeline) {
        RingBuffer<InboundEvent> ring = pipeline.inboundRing();
        long events = feed(journals, new EngineFeed(pipeline.logic().revisions(), event -> {
            long seq = ring.next();
            ring.get(seq).copyFrom(event);
            ring.publish(seq);
        }));
        pipeline.awaitQuiescent();
        return events;
    }

    /** The journals already in a run directory, oldest first ({@code journal}, {@code journal-2}, …). */
    public static List<Path> existing(Path runDir) {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(runDir.resolve(FIRST))) {
            found.add(runDir.resolve(FIRST));
            for (int n = 2; Files.isDirectory(runDir.resolve(FIRST + "-" + n)); n++) {
                found.add(runDir.resolve(FIRST + "-" + n));
            }
        }
        return found;
    }

    /** Where the next journal of a run directory goes. */
    public static Path next(Path runDir) {
        int count = existing(runDir).size();
        return runDir.resolve(count == 0 ? FIRST : FIRST + "-" + (count + 1));
    }

    /** Hands every inbound event of {@code journals}, in order, to {@code events} (one reused event). */
    public static long feed(List<Path> journals, Consumer<InboundEvent> events) {
        return feed(journals, new JournalVisitor() {
            @Override
            public void onInbound(InboundEvent event) {
                events.accept(event);
            }
        });
    }

    /**
     * Hands every inbound event and configuration revision of {@code journals}, in order, to
     * {@code visitor} (usually an {@link EngineFeed}); returns the number of inbound events.
     */
    public static long feed(List<Path> journals, JournalVisitor visitor) {
        long[] count = new long[1];
        for (Path journal : journals) {
            try (JournalReader reader = Journal.open(journal)) {
                reader.read(new JournalVisitor() {
                    @Override
                    public void onInbound(InboundEvent event) {
                        visitor.onInbound(event);
                        count[0]++;
                    }

                    @Override
                    public void onConfigRevision(ConfigRevision revision) {
                        visitor.onConfigRevision(revision);
                    }
                });
            }
        }
        return count[0];
    }
}
