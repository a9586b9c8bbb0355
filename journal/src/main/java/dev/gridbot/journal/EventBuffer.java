package dev.gridbot.journal;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A bounded first-in, first-out hold for copies of events the journal could not write yet. Every slot
 * is allocated at construction; {@link #add} copies the event into a slot, so nothing is allocated per
 * event and no reference to a ring slot (which the ring reuses) is kept. When the buffer is full, the
 * oldest event makes room for the newest: a journal that has been failing for long keeps the most
 * recent events, which say most about the state the run ended in.
 *
 * <p>Owned by the ring thread of the {@link JournalHandler} that holds it; not thread-safe. The
 * handler publishes the size for other threads.
 *
 * @param <E> the ring's event type
 */
final class EventBuffer<E> {

    /** Copies every field of {@code from} into {@code to}; allocation-free for events. */
    @FunctionalInterface
    interface Copier<E> {
        void copy(E to, E from);
    }

    private final Object[] slots;
    private final Copier<E> copier;
    /** Index of the oldest event. */
    private int head;
    private int size;

    /**
     * @param capacity the most events held at once, at least 1
     * @param factory  creates the empty slots, {@code capacity} times, now
     * @param copier   fills a slot from an event
     */
    EventBuffer(int capacity, Supplier<E> factory, Copier<E> copier) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal buffer capacity must be at least 1, not " + capacity);
        }
        this.slots = new Object[capacity];
        for (int i = 0; i < capacity; i++) {
            slots[i] = factory.get();
        }
        this.copier = copier;
    }

    /**
     * Appends a copy of {@code event} as the newest; when the buffer is full, the oldest is dropped first.
     *
     * @return true if an event was dropped to make room
     */
    boolean add(E event) {
        boolean full = size == slots.length;
        if (full) {
            head = next(head);
            size--;
        }
        copier.copy(slot(index(size)), event);
        size++;
        return full;
    }

    /** The oldest event, still held; valid until the next {@link #add} or {@link #removeOldest}. */
    E oldest() {
        if (size == 0) {
            throw new NoSuchElementException("the journal buffer is empty");
        }
        return slot(head);
    }

    /** Forgets the oldest event (it has been written); its slot is reused. */
    void removeOldest() {
        if (size == 0) {
            throw new NoSuchElementException("the journal buffer is empty");
        }
        head = next(head);
        size--;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private int index(int offset) {
        int index = head + offset;
        return index < slots.length ? index : index - slots.length;
    }

    private int next(int index) {
        return index + 1 < slots.length ? index + 1 : 0;
    }

    @SuppressWarnings("unchecked")
    private E slot(int index) {
        return (E) slots[index];
    }
}
