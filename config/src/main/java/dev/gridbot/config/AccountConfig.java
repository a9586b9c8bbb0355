package dev.gridbot.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A venue account: where its API key and secret come from (the names of two environment variables,
 * or a file only its owner may read), its position mode and its risk limits. The configuration
 * holds names and paths only, never a secret, so it can be journaled and printed.
 *
 * <p>An account on the simulated venue may name no credentials at all: a desk file then names
 * accounts only for their position mode and limits. The loader refuses that on a live venue.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only.
 *
 * @param name         the account's name, referred to by strategies
 * @param apiKeyEnv    environment variable holding the API key (null when a secrets file or nothing is used)
 * @param apiSecretEnv environment variable holding the API secret (null when a secrets file or nothing is used)
 * @param secretsFile  a file with lines {@code apiKey=…} and {@code apiSecret=…} (null when env or nothing is used)
 * @param hedgeMode    true for hedge mode (long and short legs), false for one-way
 * @param risk         the account's own limits
 */
public record AccountConfig(String name, String apiKeyEnv, String apiSecretEnv, Path secretsFile, boolean hedgeMode,
                            AccountRisk risk) {

    /** Checks that the secrets come from exactly one place, or from none. */
    public AccountConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        boolean anyEnv = apiKeyEnv != null || apiSecretEnv != null;
        boolean bothEnv = apiKeyEnv != null && apiSecretEnv != null;
        if ((anyEnv && !bothEnv) || (anyEnv && secretsFile != null)) {
            throw new IllegalArgumentException("account " + name + ": name either apiKeyEnv and apiSecretEnv, "
                    + "or a secretsFile, or neither");
        }
    }

    /** An account with the default limits, {@link AccountRisk#DEFAULT}. */
    public AccountConfig(String name, String apiKeyEnv, String apiSecretEnv, Path secretsFile, boolean hedgeMode) {
        this(name, apiKeyEnv, apiSecretEnv, secretsFile, hedgeMode, AccountRisk.DEFAULT);
    }

    /** Whether the account names where its credentials come from; false only on the simulated venue. */
    public boolean hasCredentials() {
        return secretsFile != null || apiKeyEnv != null;
    }
}
