package dev.gridbot.gateway.net;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits for a condition by polling; the test's {@code @Timeout} is the real bound, this one names what was awaited. */
final class Poll {
    private static final long LIMIT_NANOS = 15_000_000_000L;

    private Poll() {
    }

    static void until(String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > LIMIT_NANOS) {
                fail("still waiting for: " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }
}
