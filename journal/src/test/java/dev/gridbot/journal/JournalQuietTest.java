package dev.gridbot.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Standard output belongs to the run's own report, and a normal run's log holds no Chronicle chatter:
 * a journal prints nothing to either stream (the tests log through slf4j-simple, to standard error).
 */
class JournalQuietTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintNothingWhenCreatingWritingClosingAndReading() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            try (Journal journal = Journal.create(dir)) {
                journal.writeHeader(Events.HEADER);
                journal.inboundHandler().onEvent(Events.inbound()[0], 0, true);
                journal.outboundHandler().onEvent(Events.outbound()[0], 0, true);
            }
            try (JournalReader reader = Journal.open(dir)) {
                reader.read(new Events.Recorded());
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
