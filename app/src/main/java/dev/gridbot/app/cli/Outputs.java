package dev.gridbot.app.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default output directories: {@code out/<kind>-<yyyyMMdd-HHmmss>}. */
final class Outputs {
    private Outputs() {
    }

    static Path timestamped(String kind) {
        return Path.of("out", kind + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
