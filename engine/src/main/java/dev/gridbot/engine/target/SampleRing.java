package dev.gridbot.engine.target;

import dev.gridbot.engine.strategy.StateHash;

/**
 * The last {@code capacity} samples in a ring sized once. Until it is full the samples sit in
 * slots {@code 0 … size-1}; after that every slot holds one.
 *
 * <p>Owned by the business-logic thread, through the signal that holds it.
 */
final class SampleRing {
    private final long[] values;
    private int size;
    /** The slot the next sample goes to; when full, the oldest sample's slot. */
    private int next;

    SampleRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.values = new long[capacity];
    }

    boolean full() {
        return size == values.length;
    }

    int size() {
        return size;
    }

    /**
     * Appends a sample, dropping the oldest when full.
     *
     * @return the sample dropped; meaningful only if the ring was full before
     */
    long push(long value) {
        long dropped = values[next];
        values[next] = value;
        next = next + 1 == values.length ? 0 : next + 1;
        if (size < values.length) {
            size++;
        }
        return dropped;
    }

    /** The {@code i}-th sample held, 0 the oldest. */
    long get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int slot = full() ? next + i : i;
        return values[slot >= values.length ? slot - values.length : slot];
    }

    /** The highest sample held; O(size). */
    long max() {
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /** The lowest sample held; O(size). */
    long min() {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
        }
        return min;
    }

    /** Mixes the samples in, oldest first, so equal histories hash equal wherever the ring started. */
    long stateHash(long h) {
        h = StateHash.mix(h, size);
        for (int i = 0; i < size; i++) {
            h = StateHash.mix(h, get(i));
        }
        return h;
    }
}
