package dev.gridbot.engine.model;

/** The state of the connection to a venue, as the gateway reports it in VENUE_STATUS events. */
public enum VenueState {
    CONNECTED,
    DISCONNECTED,
    /** The venue answered something that needs the engine's attention (the event carries its code). */
    NOTICE;

    private static final VenueState[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static VenueState of(int ordinal) {
        return VALUES[ordinal];
    }
}
