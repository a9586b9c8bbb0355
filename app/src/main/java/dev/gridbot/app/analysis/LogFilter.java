package dev.gridbot.app.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which trade-log entries to keep: those of the given types (all when none is given) whose printed
 * line contains the given text, ignoring case (any when none is given). Immutable.
 */
public record LogFilter(Set<LogType> types, String grep) {

    public LogFilter {
        types = types == null || types.isEmpty() ? EnumSet.allOf(LogType.class) : EnumSet.copyOf(types);
        grep = grep == null || grep.isEmpty() ? null : grep.toLowerCase(Locale.ROOT);
    }

    public boolean keeps(LogEntry entry) {
        return types.contains(entry.type())
                && (grep == null || entry.line().toLowerCase(Locale.ROOT).contains(grep));
    }
}
