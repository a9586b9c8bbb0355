package dev.gridbot.engine.strategy;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A per-strategy snapshot of what a status line shows, written by the business-logic thread after
 * each trade and order event (release stores: no locks, no allocation) and read by any thread
 * (acquire loads). Fields of one strategy may come from two neighbouring events: good enough for a
 * status line, and it never touches the engine's own state from another thread.
 */
public final class StatusBoard {
    private static final int STATE = 0;
    private static final int NET_LOTS = 1;
    private static final int WORKING = 2;
    private static final int REALIZED = 3;
    private static final int UNREALIZED = 4;
    private static final int FEES = 5;
    private static final int LAST_PRICE = 6;
    private static final int FILLS = 7;
    private static final int REJECTS = 8;
    private static final int LAST_CODE = 9;
    private static final int CONDITIONS = 10;
    private static final int REVISION = 11;
    private static final int FIELDS = 12;

    private final AtomicLongArray values;
    /**
     * Per netting book, {@link #BOOK_FIELDS} slots: a version (odd while being written, a seqlock, so
     * a reader never pairs the two positions of different updates), the position its venue fills
     * built, the sum of its strategies' virtual positions, and its working orders.
     */
    private final AtomicLongArray books;
    private static final int BOOK_VERSION = 0;
    private static final int BOOK_VENUE = 1;
    private static final int BOOK_VIRTUAL = 2;
    private static final int BOOK_WORKING = 3;
    private static final int BOOK_FIELDS = 4;

    /** A book's venue position and its strategies' virtual sum, in lots, from one update. */
    public record BookPositions(long venueLots, long virtualLots) {
    }
    private final AtomicLongArray controls = new AtomicLongArray(2);
    private final java.util.concurrent.atomic.AtomicLong positionMismatches = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Per strategy, its levels: word and open lots (two per level); written only when they change.
     * A configuration change that moves a grid's levels replaces its array.
     */
    private final AtomicReferenceArray<AtomicLongArray> levels;
    /** The logic thread's copy of what it last wrote to {@link #levels}. */
    private final long[][] shadow;

    StatusBoard(Strategy[] strategies, int bookCount) {
        values = new AtomicLongArray(strategies.length * FIELDS);
        levels = new AtomicReferenceArray<>(strategies.length);
        shadow = new long[strategies.length][];
        for (int i = 0; i < strategies.length; i++) {
            levels.set(i, new AtomicLongArray(2 * strategies[i].levels()));
            shadow[i] = new long[2 * strategies[i].levels()];
        }
        books = new AtomicLongArray(bookCount * BOOK_FIELDS);
    }

    void publishBook(int index, long venueLots, long virtualLots, long workingOrders) {
        int base = index * BOOK_FIELDS;
        long version = books.get(base + BOOK_VERSION);
        books.setRelease(base + BOOK_VERSION, version + 1);
        books.setRelease(base + BOOK_VENUE, venueLots);
        books.setRelease(base + BOOK_VIRTUAL, virtualLots);
        books.setRelease(base + BOOK_WORKING, workingOrders);
        books.setRelease(base + BOOK_VERSION, version + 2);
    }

    /** Orders book {@code index} has held or working at the venue (its own and its strategies'). */
    public long bookWorkingOrders(int index) {
        return books.getAcquire(index * BOOK_FIELDS + BOOK_WORKING);
    }

    void publishControl(long applied, long refused) {
        controls.setRelease(0, applied);
        controls.setRelease(1, refused);
    }

    /** Operators' commands the engine has applied so far. */
    public long controlsApplied() {
        return controls.getAcquire(0);
    }

    /** Operators' commands the engine has refused so far (the state did not allow them). */
    public long controlsRefused() {
        return controls.getAcquire(1);
    }

    /**
     * The position netting book {@code index} holds at the venue (as its venue fills built it) and
     * the sum of its strategies' virtual positions, both from the same update. Any thread; it retries
     * while the logic thread is mid-update (a few stores).
     */
    public BookPositions bookPositions(int index) {
        int base = index * BOOK_FIELDS;
        while (true) {
            long before = books.getAcquire(base + BOOK_VERSION);
            long venue = books.getAcquire(base + BOOK_VENUE);
            long virtual = books.getAcquire(base + BOOK_VIRTUAL);
            if ((before & 1) == 0 && books.getAcquire(base + BOOK_VERSION) == before) {
                return new BookPositions(venue, virtual);
            }
            Thread.onSpinWait();
        }
    }

    void publish(int id, Strategy s, long nowNanos) {
        int base = id * FIELDS;
        values.setRelease(base + STATE, s.stateCode());
        values.setRelease(base + NET_LOTS, s.account().netLots());
        values.setRelease(base + WORKING, s.workingOrders());
        values.setRelease(base + REALIZED, s.account().realizedUnits());
        values.setRelease(base + UNREALIZED, s.account().unrealizedUnits());
        values.setRelease(base + FEES, s.account().feeUnits());
        values.setRelease(base + LAST_PRICE, s.account().lastPriceTicks());
        values.setRelease(base + FILLS, s.counters().fills());
        values.setRelease(base + REJECTS, s.counters().ordersRejected());
        values.setRelease(base + LAST_CODE, s.lastRejectCode());
        values.setRelease(base + CONDITIONS, s.conditions(nowNanos));
        long[] last = shadow[id];
        AtomicLongArray out = levels.getPlain(id);
        for (int i = 0; i < last.length / 2; i++) {
            long word = s.levelWord(i);
            long open = s.levelOpenLots(i);
            if (word != last[2 * i] || open != last[2 * i + 1]) {
                last[2 * i] = word;
                last[2 * i + 1] = open;
                out.setRelease(2 * i, word);
                out.setRelease(2 * i + 1, open);
            }
        }
    }

    /** Strategy {@code id} took configuration revision {@code revision}; its levels may have moved. */
    void publishRevision(int id, Strategy s, long revision) {
        values.setRelease(id * FIELDS + REVISION, revision);
        if (shadow[id].length != 2 * s.levels()) {
            shadow[id] = new long[2 * s.levels()];
            levels.setRelease(id, new AtomicLongArray(2 * s.levels()));
        }
    }

    /** The configuration revision strategy {@code id} runs with (0: the one the run started with). */
    public int revision(int id) {
        return (int) get(id, REVISION);
    }

    /** How many levels strategy {@code id} shows (0 for a target strategy). */
    public int levels(int id) {
        return levels.getAcquire(id).length() / 2;
    }

    /**
     * Level {@code level} of strategy {@code id} as {@link Strategy#levelWord} packs it (levels may be a
     * read apart); 0 for a level it no longer has (its levels moved since {@link #levels} was read).
     */
    public long levelWord(int id, int level) {
        AtomicLongArray a = levels.getAcquire(id);
        return 2 * level < a.length() ? a.getAcquire(2 * level) : 0;
    }

    /** The quantity level {@code level} of strategy {@code id} holds, in lots (0 for a level it no longer has). */
    public long levelOpenLots(int id, int level) {
        AtomicLongArray a = levels.getAcquire(id);
        return 2 * level + 1 < a.length() ? a.getAcquire(2 * level + 1) : 0;
    }

    void publishPositionMismatches(long count) {
        positionMismatches.setRelease(count);
    }

    /** How often the venue reported a position that differs from the strategies' sum. */
    public long positionMismatches() {
        return positionMismatches.getAcquire();
    }

    private long get(int id, int field) {
        return values.getAcquire(id * FIELDS + field);
    }

    /** The strategy's state, as {@link Strategy#stateCode()} defines it. */
    public int state(int id) {
        return (int) get(id, STATE);
    }

    public long netLots(int id) {
        return get(id, NET_LOTS);
    }

    public long workingOrders(int id) {
        return get(id, WORKING);
    }

    public long realizedUnits(int id) {
        return get(id, REALIZED);
    }

    public long unrealizedUnits(int id) {
        return get(id, UNREALIZED);
    }

    public long feeUnits(int id) {
        return get(id, FEES);
    }

    public long lastPriceTicks(int id) {
        return get(id, LAST_PRICE);
    }

    public long fills(int id) {
        return get(id, FILLS);
    }

    public long rejects(int id) {
        return get(id, REJECTS);
    }

    /** {@link Strategy#conditions} bits as of the last event. */
    public int conditions(int id) {
        return (int) get(id, CONDITIONS);
    }

    public int lastRejectCode(int id) {
        return (int) get(id, LAST_CODE);
    }
}
