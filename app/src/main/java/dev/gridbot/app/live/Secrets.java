package dev.gridbot.app.live;

import dev.gridbot.app.UserInputException;
import dev.gridbot.config.AccountConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an account's credentials from where its configuration says: two environment variables,
 * or a secrets file ({@code apiKey=…} and {@code apiSecret=…} lines) that only its owner may read —
 * a file readable by its group or by others is refused. Messages name variables and files, never
 * values.
 */
public final class Secrets {
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Secrets() {
    }

    /** The credentials of {@code account}, from {@code environment} or its secrets file. */
    public static ApiCredentials resolve(AccountConfig account, Map<String, String> environment) {
        if (!account.hasCredentials()) {
            // Only a simulated venue's account may name none, and its caller gives it the venue's.
            throw new UserInputException("account '" + account.name() + "' names no credentials: give it apiKeyEnv "
                    + "and apiSecretEnv, or a secretsFile");
        }
        if (account.secretsFile() != null) {
            return fromFile(account.name(), account.secretsFile());
        }
        String key = environment.get(account.apiKeyEnv());
        String secret = environment.get(account.apiSecretEnv());
        if (key == null || key.isBlank()) {
            throw new UserInputException("account '" + account.name() + "': environment variable "
                    + account.apiKeyEnv() + " (the API key) is not set");
        }
        if (secret == null || secret.isBlank()) {
            throw new UserInputException("account '" + account.name() + "': environment variable "
                    + account.apiSecretEnv() + " (the API secret) is not set");
        }
        return new ApiCredentials(key.strip(), secret.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static ApiCredentials fromFile(String account, Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (PosixFilePermission p : permissions) {
                if (OTHERS.contains(p)) {
                    throw new UserInputException("account '" + account + "': secrets file " + file
                            + " may be read by others (" + java.nio.file.attribute.PosixFilePermissions.toString(
                            permissions) + "); make it owner-only: chmod 600 " + file);
                }
            }
            String key = null;
            String secret = null;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith("apiKey=")) {
                    key = l.substring("apiKey=".length()).strip();
                } else if (l.startsWith("apiSecret=")) {
                    secret = l.substring("apiSecret=".length()).strip();
                }
            }
            if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) {
                throw new UserInputException("account '" + account + "': secrets file " + file
                        + " needs two lines, apiKey=… and apiSecret=…");
            }
            return new ApiCredentials(key, secret.getBytes(StandardCharsets.US_ASCII));
        } catch (UnsupportedOperationException e) {
            throw new UserInputException("account '" + account + "': cannot check who may read " + file
                    + " on this file system; use environment variables instead");
        } catch (IOException e) {
            throw new UserInputException("account '" + account + "': cannot read secrets file " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
