package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;

/**
 * A producer's handle on the inbound ring: {@link #claim()} a slot, fill it through one of its
 * {@code set*} methods, {@link #publish()}. Never blocks: when the ring is full the claim returns
 * null and the drop is counted, so a Netty event loop is never stalled by a slow engine.
 *
 * <p>One instance per producer thread (it remembers the claimed sequence between the two calls).
 */
public final class InboundPublisher {
    private final RingBuffer<InboundEvent> ring;
    private long claimed = -1;
    private long published;
    private long dropped;

    public InboundPublisher(RingBuffer<InboundEvent> ring) {
        this.ring = ring;
    }

    /** The next slot to fill, or null when the ring is full (the event is dropped and counted). */
    public InboundEvent claim() {
        if (claimed >= 0) {
            throw new IllegalStateException("claim() twice without publish()");
        }
        try {
            claimed = ring.tryNext();
        } catch (InsufficientCapacityException e) {
            dropped++;
            return null;
        }
        return ring.get(claimed);
    }

    /** Publishes the slot returned by the last {@link #claim()}. */
    public void publish() {
        long seq = claimed;
        claimed = -1;
        ring.publish(seq);
        published++;
    }

    public long published() {
        return published;
    }

    /** Events dropped because the ring was full. */
    public long dropped() {
        return dropped;
    }
}
