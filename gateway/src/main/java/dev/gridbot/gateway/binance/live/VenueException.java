package dev.gridbot.gateway.binance.live;

/** The venue could not be reached, or answered in a way that stops a start-up or a shutdown step. */
public final class VenueException extends Exception {
    private static final long serialVersionUID = 1L;

    public VenueException(String message) {
        super(message);
    }
}
