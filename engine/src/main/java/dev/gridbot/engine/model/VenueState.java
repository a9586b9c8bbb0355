package dev.gridbot.engine.model;

/** The state of the connection to a venue, as the gateway reports it in VENUE_STATUS events. */
public enum VenueState {
    CONNECTED,
    DISCONNECTED,
    /** The venue answered something that needs the engine's attention (the event carries its code). */
    NOTICE,
    /**
     * The gateway (re)connected and the venue's view must be re-read: every strategy queries the
     * orders it believes working and the position; the answers settle fills missed meanwhile. Also
     * ends a safe mode.
     */
    RESYNC,
    /** The venue could not be reached within the retry budget: working orders were cancelled, place nothing new. */
    SAFE_MODE,
    /**
     * The venue throttled us (HTTP 429, or banned: 418): send nothing until the time the event carries;
     * what is still wanted then goes out, cancels first.
     */
    THROTTLED;

    private static final VenueState[] VALUES = values();

    /** Decodes {@link #ordinal()} without allocating. */
    public static VenueState of(int ordinal) {
        return VALUES[ordinal];
    }
}
