package dev.gridbot.app.analysis;

import dev.gridbot.app.UserInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeWindowTest {
    private static final long LAST = nanos("2013-12-01T16:02:05Z");

    @Test
    void shouldCountLastBackFromTheJournalsLastEvent() {
        assertEquals(new TimeWindow(nanos("2013-12-01T15:02:05Z"), LAST, false), TimeWindow.of(null, null, "1h", LAST));
        assertEquals(new TimeWindow(nanos("2013-11-24T16:02:05Z"), LAST, false), TimeWindow.of(null, null, "7d", LAST));
        assertEquals(nanos("2013-10-02T16:02:05Z"), TimeWindow.of(null, null, "60d", LAST).fromNanos());
        assertEquals(nanos("2013-12-01T15:32:05Z"), TimeWindow.of(null, null, "30m", LAST).fromNanos());
    }

    @Test
    void shouldReadInstantsAndDatesAndIncludeBothEnds() {
        TimeWindow w = TimeWindow.of("2013-11-26", "2013-11-27T12:30:00.5Z", null, LAST);
        assertEquals(nanos("2013-11-26T00:00:00Z"), w.fromNanos());
        assertEquals(nanos("2013-11-27T12:30:00.5Z"), w.toNanos());
        assertTrue(w.contains(w.fromNanos()) && w.contains(w.toNanos()) && !w.contains(w.toNanos() + 1));
        assertTrue(TimeWindow.of(null, null, null, LAST).whole());
        assertEquals(Long.MIN_VALUE, TimeWindow.of(null, "2013-11-27", null, LAST).fromNanos());
    }

    @Test
    void shouldRefuseWhatDoesNotParseOrContradicts() {
        assertThrows(UserInputException.class, () -> TimeWindow.of(null, null, "1 day", LAST));
        assertThrows(UserInputException.class, () -> TimeWindow.of("yesterday", null, null, LAST));
        assertThrows(UserInputException.class, () -> TimeWindow.of("2013-11-27", null, "1d", LAST));
        assertThrows(UserInputException.class, () -> TimeWindow.of("2013-11-28", "2013-11-27", null, LAST));
    }

    private static long nanos(String text) {
        Instant i = Instant.parse(text);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
