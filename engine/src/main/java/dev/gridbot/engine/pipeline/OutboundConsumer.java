package dev.gridbot.engine.pipeline;

import dev.gridbot.engine.event.OutboundEvent;

/** Takes outbound events drained by the driving thread; must not keep a reference to the slot. */
@FunctionalInterface
public interface OutboundConsumer {
    void accept(OutboundEvent event);
}
