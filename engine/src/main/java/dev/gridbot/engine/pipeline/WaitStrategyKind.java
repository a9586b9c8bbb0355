package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * How ring consumers wait for events: a configuration choice. Blocking or sleeping on small shared
 * machines; yielding when a core is mostly ours; busy-spin only on pinned, isolated cores.
 */
public enum WaitStrategyKind {
    BLOCKING,
    SLEEPING,
    YIELDING,
    BUSY_SPIN;

    public WaitStrategy create() {
        return switch (this) {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
