package dev.gridbot.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the {@code accounts} mapping: account name to where its secrets come from
 * (environment variable names, or an owner-only file), its position mode and its risk limits.
 * On the simulated venue an account may name no secrets; a live venue needs them.
 */
final class AccountParser {
    static final String API_KEY_ENV = "apiKeyEnv";
    static final String API_SECRET_ENV = "apiSecretEnv";
    static final String SECRETS_FILE = "secretsFile";
    static final String POSITION_MODE = "positionMode";
    static final String MAX_POSITION = "maxPosition";
    static final String MAX_OPEN_ORDERS = "maxOpenOrders";
    static final String ORDERS_PER_10S = "ordersPer10s";
    static final String ORDERS_PER_MINUTE = "ordersPerMinute";

    /** Far beyond any venue's open-order limit; a larger number is a typo. */
    static final int MAX_OPEN_ORDERS_LIMIT = 10_000;

    private static final List<String> KEYS = List.of(API_KEY_ENV, API_SECRET_ENV, SECRETS_FILE, POSITION_MODE,
            MAX_POSITION, MAX_OPEN_ORDERS, ORDERS_PER_10S, ORDERS_PER_MINUTE);

    /** Position modes as written in YAML. */
    enum PositionMode { ONE_WAY, HEDGE }

    private AccountParser() {
    }

    /** Parses every account, keeping file order; {@code venueKind} decides whether secrets are required. */
    static Map<String, AccountConfig> parseAll(ConfigMapping accounts, String venueKind) throws ConfigException {
        boolean secretsRequired = !venueKind.equals(VenueConfig.SIM);
        Map<String, AccountConfig> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : accounts.entries()) {
            String name = entry.getKey();
            ConfigMapping fields = ConfigMapping.of(entry.getValue(), accounts.scope().account(name), null,
                    secretsRequired ? "a mapping with apiKeyEnv and apiSecretEnv, or secretsFile"
                            : "a mapping (credentials are optional on venue sim)");
            byName.put(name, parse(name, fields, secretsRequired));
        }
        return byName;
    }

    private static AccountConfig parse(String name, ConfigMapping fields, boolean secretsRequired)
            throws ConfigException {
        ConfigScope scope = fields.scope();
        fields.refuseUnknownKeys(KEYS);
        String keyEnv = fields.has(API_KEY_ENV) ? fields.text(API_KEY_ENV) : null;
        String secretEnv = fields.has(API_SECRET_ENV) ? fields.text(API_SECRET_ENV) : null;
        String file = fields.has(SECRETS_FILE) ? fields.text(SECRETS_FILE) : null;
        if (file != null && (keyEnv != null || secretEnv != null)) {
            throw scope.error(SECRETS_FILE, "name either secretsFile or apiKeyEnv and apiSecretEnv, not both");
        }
        // Without any of the three, a simulated account simply has no secrets of its own; once one
        // environment variable is named, its partner must be too.
        boolean none = file == null && keyEnv == null && secretEnv == null;
        if (secretsRequired || !none) {
            if (file == null && keyEnv == null) {
                throw scope.error(API_KEY_ENV, "missing (or name a secretsFile)");
            }
            if (file == null && secretEnv == null) {
                throw scope.error(API_SECRET_ENV, "missing (or name a secretsFile)");
            }
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
        return new AccountConfig(name, keyEnv, secretEnv, secrets, mode == PositionMode.HEDGE, risk(fields));
    }

    private static AccountRisk risk(ConfigMapping fields) throws ConfigException {
        ConfigScope scope = fields.scope();
        AccountRisk defaults = AccountRisk.DEFAULT;
        BigDecimal maxPosition = fields.decimal(MAX_POSITION, defaults.maxPosition());
        if (maxPosition != null) {
            Rules.aboveZero(scope, MAX_POSITION, maxPosition);
        }
        int maxOpenOrders = fields.wholeNumber(MAX_OPEN_ORDERS, defaults.maxOpenOrders());
        Rules.between(scope, MAX_OPEN_ORDERS, maxOpenOrders, 1, MAX_OPEN_ORDERS_LIMIT);
        int per10s = fields.wholeNumber(ORDERS_PER_10S, defaults.ordersPer10s());
        Rules.atLeast(scope, ORDERS_PER_10S, per10s, 1);
        int perMinute = fields.wholeNumber(ORDERS_PER_MINUTE, defaults.ordersPerMinute());
        Rules.atLeast(scope, ORDERS_PER_MINUTE, perMinute, 1);
        return new AccountRisk(maxPosition, maxOpenOrders, per10s, perMinute);
    }
}
