package dev.gridbot.journal;

import org.junit.jupiter.api.Test;

import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBufferTest {

    /** A minimal mutable event. */
    private static final class Box {
        long value;
    }

    private static EventBuffer<Box> buffer(int capacity) {
        return new EventBuffer<>(capacity, Box::new, (to, from) -> to.value = from.value);
    }

    private static Box box(long value) {
        Box box = new Box();
        box.value = value;
        return box;
    }

    @Test
    void shouldKeepCopiesNotTheEventsItWasGiven() {
        EventBuffer<Box> buffer = buffer(2);
        Box slot = box(1);
        buffer.add(slot);
        slot.value = 2;

        assertNotSame(slot, buffer.oldest());
        assertEquals(1, buffer.oldest().value);
    }

    @Test
    void shouldHandEventsBackOldestFirstAcrossTheWrapAround() {
        EventBuffer<Box> buffer = buffer(3);
        long next = 0;
        long expected = 0;
        for (int round = 0; round < 10; round++) {
            while (buffer.size() < 3) {
                assertFalse(buffer.add(box(next++)));
            }
            for (int i = 0; i < 1 + round % 3; i++) {
                assertEquals(expected++, buffer.oldest().value);
                buffer.removeOldest();
            }
        }
        assertEquals(next - expected, buffer.size());
    }

    @Test
    void shouldDropTheOldestWhenFull() {
        EventBuffer<Box> buffer = buffer(3);
        for (long v = 0; v < 3; v++) {
            assertFalse(buffer.add(box(v)));
        }

        assertTrue(buffer.add(box(3)));
        assertTrue(buffer.add(box(4)));

        assertEquals(3, buffer.size());
        for (long v = 2; v <= 4; v++) {
            assertEquals(v, buffer.oldest().value);
            buffer.removeOldest();
        }
        assertTrue(buffer.isEmpty());
    }

    @Test
    void shouldRefuseAnEmptyCapacityAndReadsFromAnEmptyBuffer() {
        assertThrows(IllegalArgumentException.class, () -> buffer(0));
        EventBuffer<Box> buffer = buffer(1);
        assertThrows(NoSuchElementException.class, buffer::oldest);
        assertThrows(NoSuchElementException.class, buffer::removeOldest);
    }
}
