package dev.gridbot.gateway.sim;

/**
 * A fixed pool of {@link SimOrder}s, allocated up front so placing and finishing orders allocates
 * nothing. Owned by the {@link SimMatchingCore}'s thread.
 */
final class OrderPool {
    private final SimOrder[] free;
    private int freeCount;

    OrderPool(int capacity) {
        free = new SimOrder[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = new SimOrder();
        }
        freeCount = capacity;
    }

    /** An order object; the caller has checked capacity (open orders never exceed the pool). */
    SimOrder acquire() {
        if (freeCount == 0) {
            throw new IllegalStateException("order pool exhausted: open-order limit not enforced");
        }
        SimOrder order = free[--freeCount];
        free[freeCount] = null;
        return order;
    }

    void release(SimOrder order) {
        free[freeCount++] = order;
    }
}
