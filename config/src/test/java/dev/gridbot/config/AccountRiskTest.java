package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An account's own limits, and accounts without credentials on the simulated venue only. */
class AccountRiskTest {
    private static final String INSTRUMENTS = """
            instruments:
              BTCUSDT: { tickSize: 0.1, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            """;
    private static final String STRATEGIES = """
            strategies:
              - { name: g, type: grid, symbol: BTCUSDT, mode: neutral, lower: 60000, upper: 70000, levels: 21,
                  quantity: 0.002, maxPosition: 0.02, stopLossBufferPct: 1 }
            """;

    private static GridbotConfig parse(String venueKind, String account) throws ConfigException {
        return ConfigLoader.parse("venue: { kind: " + venueKind + " }\n" + INSTRUMENTS
                + "accounts:\n  a: " + account + "\n" + STRATEGIES, "desk.yaml");
    }

    private static AccountConfig account(String venueKind, String account) throws ConfigException {
        return parse(venueKind, account).accounts().get("a");
    }

    private static ConfigException refused(String venueKind, String account) {
        return assertThrows(ConfigException.class, () -> parse(venueKind, account));
    }

    @Test
    void shouldApplyDefaultLimitsWhenAnAccountWritesNone() throws ConfigException {
        AccountConfig a = account("binance", "{ apiKeyEnv: K, apiSecretEnv: S }");

        assertEquals(AccountRisk.DEFAULT, a.risk());
        assertNull(a.risk().maxPosition());
        assertEquals(new AccountRisk(null, 200, 300, 1200), a.risk());
    }

    @Test
    void shouldReadEveryLimitExactly() throws ConfigException {
        AccountConfig a = account("binance", "{ apiKeyEnv: K, apiSecretEnv: S, maxPosition: 0.150, "
                + "maxOpenOrders: 40, ordersPer10s: 25, ordersPerMinute: 90 }");

        assertEquals(new AccountRisk(new BigDecimal("0.150"), 40, 25, 90), a.risk());
    }

    @Test
    void shouldKeepTheConstructorWithoutLimitsOnTheDefaults() {
        assertEquals(AccountRisk.DEFAULT, new AccountConfig("a", "K", "S", null, false).risk());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maxOpenOrders: 0        | maxOpenOrders   | must be at least 1 (was 0)",
            "maxOpenOrders: 10001    | maxOpenOrders   | must be at most 10000 (was 10001)",
            "ordersPer10s: 0         | ordersPer10s    | must be at least 1 (was 0)",
            "ordersPerMinute: -5     | ordersPerMinute | must be at least 1 (was -5)",
            "ordersPerMinute: 1.5    | ordersPerMinute | must be a whole number (was 1.5)",
            "maxPosition: 0          | maxPosition     | must be above zero (was 0)",
            "maxPosition: -0.1       | maxPosition     | must be above zero (was -0.1)",
            "maxOpenOrder: 5         | maxOpenOrder    | unknown key (did you mean 'maxOpenOrders'?)"})
    void shouldRefuseALimitOutOfRange(String entry, String key, String problem) {
        ConfigException e = refused("binance", "{ apiKeyEnv: K, apiSecretEnv: S, " + entry + " }");

        assertEquals("desk.yaml: account 'a': key '" + key + "': " + problem, e.getMessage());
        assertEquals(key, e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"binance", "binance-testnet"})
    void shouldRefuseAnAccountWithoutCredentialsOnALiveVenue(String kind) {
        ConfigException e = refused(kind, "{ positionMode: HEDGE, maxOpenOrders: 20 }");

        assertEquals("desk.yaml: account 'a': key 'apiKeyEnv': missing (or name a secretsFile)", e.getMessage());
    }

    @Test
    void shouldAcceptAnAccountWithoutCredentialsOnTheSimulatedVenue() throws ConfigException {
        AccountConfig a = account("sim", "{ positionMode: HEDGE, maxOpenOrders: 20 }");

        assertFalse(a.hasCredentials());
        assertNull(a.apiKeyEnv());
        assertNull(a.apiSecretEnv());
        assertNull(a.secretsFile());
        assertTrue(a.hedgeMode());
        assertEquals(20, a.risk().maxOpenOrders());
    }

    @Test
    void shouldAcceptAnEmptyAccountMappingOnTheSimulatedVenue() throws ConfigException {
        AccountConfig a = account("sim", "{}");

        assertFalse(a.hasCredentials());
        assertFalse(a.hedgeMode());
        assertEquals(AccountRisk.DEFAULT, a.risk());
    }

    @Test
    void shouldStillRefuseHalfTheCredentialsOnTheSimulatedVenue() {
        ConfigException e = refused("sim", "{ apiKeyEnv: K }");

        assertEquals("desk.yaml: account 'a': key 'apiSecretEnv': missing (or name a secretsFile)", e.getMessage());
    }

    @Test
    void shouldReportCredentialsWhenTheSimulatedAccountNamesThem() throws ConfigException {
        assertTrue(account("sim", "{ apiKeyEnv: K, apiSecretEnv: S }").hasCredentials());
        assertTrue(account("sim", "{ secretsFile: /home/trader/sim.secrets }").hasCredentials());
    }

    @Test
    void shouldAllowNoCredentialsOrExactlyOneSourceWhenBuiltByHand() {
        assertFalse(new AccountConfig("a", null, null, null, false).hasCredentials());
        assertTrue(new AccountConfig("a", "K", "S", null, false).hasCredentials());
        assertTrue(new AccountConfig("a", null, null, Path.of("/x"), false).hasCredentials());
        assertThrows(IllegalArgumentException.class, () -> new AccountConfig("a", "K", null, null, false));
        assertThrows(IllegalArgumentException.class, () -> new AccountConfig("a", null, "S", null, false));
        assertThrows(IllegalArgumentException.class, () -> new AccountConfig("a", "K", "S", Path.of("/x"), false));
    }
}
