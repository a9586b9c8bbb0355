package dev.gridbot.engine;

import java.util.Arrays;

/**
 * The configurations a run has been given, by revision number: 0 is the one it started with (its
 * journal header's), each accepted change adds the next. A revision only says what a strategy
 * could become; a {@link dev.gridbot.engine.model.ControlCommand#RECONFIGURE} event naming it is
 * what changes one, and the engine may refuse it.
 *
 * <p>Threads: registered by the thread that feeds the inbound ring (the control endpoint, a replay's
 * reader), always before it publishes an event that names the revision; read by the business-logic
 * thread. The array is replaced whole and published through a volatile field, so a reader takes no
 * lock; registering is rare and synchronized.
 */
public final class ConfigRevisions {
    private volatile RunDefinition[] byRevision;

    public ConfigRevisions(RunDefinition base) {
        byRevision = new RunDefinition[] {base};
    }

    /** Adds {@code definition} as the next revision and returns its number. */
    public synchronized int add(RunDefinition definition) {
        RunDefinition[] next = Arrays.copyOf(byRevision, byRevision.length + 1);
        next[next.length - 1] = definition;
        byRevision = next;
        return next.length - 1;
    }

    /**
     * Adds a journaled revision, which must be the next one.
     *
     * @throws IllegalArgumentException if {@code revision} is not the next number
     */
    public synchronized void add(int revision, RunDefinition definition) {
        if (revision != byRevision.length) {
            throw new IllegalArgumentException("configuration revision " + revision + " where " + byRevision.length
                    + " comes next");
        }
        add(definition);
    }

    /** Revision {@code revision}, or null when there is no such revision. */
    public RunDefinition get(long revision) {
        RunDefinition[] all = byRevision;
        return revision >= 0 && revision < all.length ? all[(int) revision] : null;
    }

    /** The number of the newest revision (0 when the configuration never changed). */
    public int latest() {
        return byRevision.length - 1;
    }
}
