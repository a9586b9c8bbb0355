package dev.gridbot.app.analysis;

import java.util.Locale;

/**
 * The kind of a trade-log entry: {@code order} (an order sent, or the venue ending it), {@code fill}
 * (a booked fill or an internal cross), {@code info} (the venue's routine news), {@code warn} (a refusal,
 * an unknown outcome, a throttle, a disconnect, a stop-loss), {@code error} (safe mode, a lasting position
 * mismatch, an engine halt, a replay that differs from the journal). docs/analysis.md has the full mapping.
 */
public enum LogType {
    INFO,
    WARN,
    ERROR,
    ORDER,
    FILL;

    /** The lower-case name the command line and the log use. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code text} (any case), or null. */
    public static LogType parse(String text) {
        for (LogType t : values()) {
            if (t.name().equalsIgnoreCase(text.trim())) {
                return t;
            }
        }
        return null;
    }
}
