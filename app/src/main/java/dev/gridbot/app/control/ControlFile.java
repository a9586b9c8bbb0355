package dev.gridbot.app.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * Where a running engine's control endpoint is and the token it wants: {@code control.properties}
 * in the run's output directory, created owner-only (rw-------) before anything is written to it,
 * and removed when the run ends. Commands of the CLI read it.
 *
 * @param port  the loopback port of the control endpoint
 * @param token the bearer token (32 random bytes, hex)
 */
public record ControlFile(int port, String token) {
    public static final String NAME = "control.properties";

    /** A fresh random token. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes the file into {@code runDir}, readable and writable by its owner only. */
    public Path write(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        Files.deleteIfExists(file);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        Files.writeString(file, "# gridbot control endpoint of the running engine; owner-only\nport=" + port
                + "\ntoken=" + token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    /** Reads the file of the run in {@code runDir}; a clear message when there is none or it is broken. */
    public static ControlFile read(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no running engine in " + runDir + " (no " + NAME + ")");
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        String port = p.getProperty("port");
        String token = p.getProperty("token");
        if (port == null || token == null || !port.matches("\\d{1,5}")) {
            throw new IOException(file + " is not a control file (port and token expected)");
        }
        return new ControlFile(Integer.parseInt(port), token);
    }
}
