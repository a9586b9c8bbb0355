package dev.gridbot.engine.model;

/**
 * Why an order was sent: to open a grid level, to close it, to close everything on a stop-loss, or
 * (a netting book's own order) to move the position toward the target-position strategies' targets.
 */
public enum Intent {
    ENTRY('E'),
    EXIT('X'),
    STOP('S'),
    /** A netting book's order for the target-position strategies it serves. */
    TARGET('T');

    private static final Intent[] VALUES = values();

    private final char code;

    Intent(char code) {
        this.code = code;
    }

    /** One-letter code used in client order ids and reports. */
    public char code() {
        return code;
    }

    /** The intent whose {@link #code()} is {@code code}, or null; allocates nothing. */
    public static Intent ofCode(char code) {
        for (Intent intent : VALUES) {
            if (intent.code == code) {
                return intent;
            }
        }
        return null;
    }

    /** Decodes {@link #ordinal()} without allocating. */
    public static Intent of(int ordinal) {
        return VALUES[ordinal];
    }
}
