package dev.gridbot.journal;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;

/**
 * Receives a journal's events in the order they were written; see {@link JournalReader#read}. Called on
 * the reading thread. The event passed is one instance the reader reuses for every document: copy what
 * must outlive the call ({@code copyFrom}). Override the directions you need.
 */
public interface JournalVisitor {

    /** One inbound event, valid until this method returns. */
    default void onInbound(InboundEvent event) {
    }

    /** One outbound event, valid until this method returns. */
    default void onOutbound(OutboundEvent event) {
    }

    /** A configuration the running engine was given, before the control events that name it. */
    default void onConfigRevision(ConfigRevision revision) {
    }
}
