package dev.gridbot.app.live;

import dev.gridbot.app.UserInputException;
import dev.gridbot.config.AccountConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {
    private static final String SECRET = "s3cr3t-value-never-printed";

    @TempDir
    Path tmp;

    @Test
    void shouldReadCredentialsFromTheNamedEnvironmentVariables() {
        AccountConfig a = new AccountConfig("main", "K", "S", null, false);
        ApiCredentials c = Secrets.resolve(a, Map.of("K", "key-1", "S", SECRET));
        assertEquals("key-1", c.apiKey());
        assertArrayEquals(SECRET.getBytes(StandardCharsets.US_ASCII), c.secret());
        assertFalse(c.toString().contains(SECRET));
    }

    @Test
    void shouldNameTheMissingVariableButNoValue() {
        AccountConfig a = new AccountConfig("main", "K", "S", null, false);
        UserInputException e = assertThrows(UserInputException.class, () -> Secrets.resolve(a, Map.of("K", "key-1")));
        assertTrue(e.getMessage().contains("environment variable S"), e.getMessage());
        assertFalse(e.getMessage().contains("key-1"));
    }

    @Test
    void shouldReadAnOwnerOnlySecretsFile() throws Exception {
        Path file = tmp.resolve("main.secrets");
        Files.writeString(file, "apiKey=key-2\napiSecret=" + SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        ApiCredentials c = Secrets.resolve(new AccountConfig("main", null, null, file, false), Map.of());
        assertEquals("key-2", c.apiKey());
    }

    @Test
    void shouldRefuseASecretsFileOthersMayRead() throws Exception {
        Path file = tmp.resolve("main.secrets");
        Files.writeString(file, "apiKey=key-2\napiSecret=" + SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        UserInputException e = assertThrows(UserInputException.class,
                () -> Secrets.resolve(new AccountConfig("main", null, null, file, false), Map.of()));
        assertTrue(e.getMessage().contains("may be read by others"), e.getMessage());
        assertTrue(e.getMessage().contains("chmod 600"));
        assertFalse(e.getMessage().contains(SECRET));
    }
}
