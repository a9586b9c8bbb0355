package dev.gridbot.engine.strategy;

/** A small, fixed mixing function for state hashes (stable across JVMs and runs). */
public final class StateHash {
    private StateHash() {
    }

    /** Mixes {@code value} into {@code hash} (a SplitMix64 step over the xor). */
    public static long mix(long hash, long value) {
        long z = hash ^ value;
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
