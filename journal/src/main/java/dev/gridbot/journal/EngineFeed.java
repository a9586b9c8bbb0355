package dev.gridbot.journal;

import dev.gridbot.config.ConfigException;
import dev.gridbot.engine.ConfigRevisions;
import dev.gridbot.engine.event.InboundEvent;

import java.util.function.Consumer;

/**
 * Feeds a journal's input to an engine as it was fed live: each inbound event to {@code events},
 * and each configuration revision registered with the engine's {@link ConfigRevisions} before the
 * events that follow it are handed on. Used on the reading thread.
 */
public final class EngineFeed implements JournalVisitor {
    private final ConfigRevisions revisions;
    private final Consumer<InboundEvent> events;

    public EngineFeed(ConfigRevisions revisions, Consumer<InboundEvent> events) {
        this.revisions = revisions;
        this.events = events;
    }

    @Override
    public void onInbound(InboundEvent event) {
        events.accept(event);
    }

    /**
     * @throws JournalException if the revision's configuration does not load, or it is not the next one
     */
    @Override
    public void onConfigRevision(ConfigRevision revision) {
        try {
            revisions.add(revision.revision(), revision.definition());
        } catch (ConfigException | IllegalArgumentException e) {
            throw new JournalException("configuration revision " + revision.revision() + " (" + revision.configName()
                    + ") cannot be taken: " + e.getMessage(), e);
        }
    }
}
