package dev.gridbot.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A venue account: where its API key and secret come from (the names of two environment variables,
 * or a file only its owner may read) and its position mode. The configuration holds names and
 * paths only, never a secret, so it can be journaled and printed.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only.
 *
 * @param name         the account's name, referred to by strategies
 * @param apiKeyEnv    environment variable holding the API key (null when a secrets file is used)
 * @param apiSecretEnv environment variable holding the API secret (null when a secrets file is used)
 * @param secretsFile  a file with lines {@code apiKey=…} and {@code apiSecret=…} (null when env is used)
 * @param hedgeMode    true for hedge mode (long and short legs), false for one-way
 */
public record AccountConfig(String name, String apiKeyEnv, String apiSecretEnv, Path secretsFile, boolean hedgeMode) {

    /** Checks that the secrets come from exactly one place. */
    public AccountConfig {
        Objects.requireNonNull(name, "name");
        if ((secretsFile == null) == (apiKeyEnv == null || apiSecretEnv == null)) {
            throw new IllegalArgumentException("account " + name + ": name either apiKeyEnv and apiSecretEnv, "
                    + "or a secretsFile");
        }
    }
}
