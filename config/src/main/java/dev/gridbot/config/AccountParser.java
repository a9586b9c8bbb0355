package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the {@code accounts} mapping: account name to where its secrets come from
 * (environment variable names, or an owner-only file) and its position mode.
 */
final class AccountParser {
    static final String API_KEY_ENV = "apiKeyEnv";
    static final String API_SECRET_ENV = "apiSecretEnv";
    static final String SECRETS_FILE = "secretsFile";
    static final String POSITION_MODE = "positionMode";

    private static final List<String> KEYS = List.of(API_KEY_ENV, API_SECRET_ENV, SECRETS_FILE, POSITION_MODE);

    /** Position modes as written in YAML. */
    enum PositionMode { ONE_WAY, HEDGE }

    private AccountParser() {
    }

    static Map<String, AccountConfig> parseAll(ConfigMapping accounts) throws ConfigException {
        Map<String, AccountConfig> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : accounts.entries()) {
            String name = entry.getKey();
            ConfigScope scope = accounts.scope().account(name);
            ConfigMapping fields = ConfigMapping.of(entry.getValue(), scope, null,
                    "a mapping with apiKeyEnv and apiSecretEnv, or secretsFile");
            fields.refuseUnknownKeys(KEYS);
            String keyEnv = fields.has(API_KEY_ENV) ? fields.text(API_KEY_ENV) : null;
            String secretEnv = fields.has(API_SECRET_ENV) ? fields.text(API_SECRET_ENV) : null;
            String file = fields.has(SECRETS_FILE) ? fields.text(SECRETS_FILE) : null;
            if (file != null && (keyEnv != null || secretEnv != null)) {
                throw scope.error(SECRETS_FILE, "name either secretsFile or apiKeyEnv and apiSecretEnv, not both");
            }
            if (file == null && keyEnv == null) {
                throw scope.error(API_KEY_ENV, "missing (or name a secretsFile)");
            }
            if (file == null && secretEnv == null) {
                throw scope.error(API_SECRET_ENV, "missing (or name a secretsFile)");
            }
            Path secrets = null;
            if (file != null) {
                try {
                    secrets = Path.of(file);
                } catch (InvalidPathException e) {
                    throw scope.error(SECRETS_FILE, "is not a path (" + e.getReason() + ")");
                }
            }
            PositionMode mode = fields.choice(POSITION_MODE, PositionMode.values(), false, PositionMode.ONE_WAY);
            byName.put(name, new AccountConfig(name, keyEnv, secretEnv, secrets, mode == PositionMode.HEDGE));
        }
        return byName;
    }
}
