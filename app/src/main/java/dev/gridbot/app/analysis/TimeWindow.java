package dev.gridbot.app.analysis;

import dev.gridbot.app.UserInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a journal an analysis looks at: events whose time is within {@code [fromNanos, toNanos]},
 * both ends included (epoch nanoseconds, event time). {@link #whole} when no bound was asked for.
 * Immutable.
 *
 * @param whole true when the window is the whole journal (no --from, --to or --last)
 */
public record TimeWindow(long fromNanos, long toNanos, boolean whole) {
    private static final Pattern LAST = Pattern.compile("(\\d+)([mhdw])");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public TimeWindow {
        if (toNanos < fromNanos) {
            throw new UserInputException("the time window ends (" + Instant.ofEpochSecond(0, toNanos)
                    + ") before it starts (" + Instant.ofEpochSecond(0, fromNanos) + ")");
        }
    }

    /** Everything. */
    public static TimeWindow all() {
        return new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE, true);
    }

    /**
     * The window the options ask for: {@code --from}/{@code --to} as ISO-8601 instants (or dates, meaning
     * their start in UTC), or {@code --last} as a count of minutes, hours, days or weeks ({@code 90m},
     * {@code 1h}, {@code 7d}, {@code 2w}) back from {@code lastEventNanos}, the journal's last event,
     * not the wall clock.
     *
     * @throws UserInputException for text that does not parse, or --last with --from or --to
     */
    public static TimeWindow of(String from, String to, String last, long lastEventNanos) {
        if (last != null) {
            if (from != null || to != null) {
                throw new UserInputException("--last counts back from the journal's end; give it without --from/--to");
            }
            return new TimeWindow(lastEventNanos - parseLast(last), lastEventNanos, false);
        }
        if (from == null && to == null) {
            return all();
        }
        return new TimeWindow(from == null ? Long.MIN_VALUE : parseTime(from, "--from"),
                to == null ? Long.MAX_VALUE : parseTime(to, "--to"), false);
    }

    /** True when {@code nanos} is inside the window. */
    public boolean contains(long nanos) {
        return nanos >= fromNanos && nanos <= toNanos;
    }

    /** The window's start clipped to the journal's first event. */
    public long effectiveFrom(long firstEventNanos) {
        return Math.max(fromNanos, firstEventNanos);
    }

    /** The window's end clipped to the journal's last event. */
    public long effectiveTo(long lastEventNanos) {
        return Math.min(toNanos, lastEventNanos);
    }

    static long parseLast(String text) {
        Matcher m = LAST.matcher(text.trim());
        if (!m.matches()) {
            throw new UserInputException("--last " + text + ": expected a number and a unit, m, h, d or w (1h, 7d)");
        }
        long n = Long.parseLong(m.group(1));
        Duration unit = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        try {
            return unit.multipliedBy(n).toNanos();
        } catch (ArithmeticException e) {
            throw new UserInputException("--last " + text + " is too long", e);
        }
    }

    static long parseTime(String text, String option) {
        String t = text.trim();
        try {
            Instant instant = t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(t);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new UserInputException(option + " " + text + ": expected an ISO-8601 instant such as "
                    + "2013-11-26T12:00:00Z, or a date such as 2013-11-26 (UTC)", e);
        }
    }
}
