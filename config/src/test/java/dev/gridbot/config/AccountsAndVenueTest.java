package dev.gridbot.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Venues with their base URLs, accounts naming where their secrets are, strategies naming accounts. */
class AccountsAndVenueTest {
    private static final String INSTRUMENTS = """
            instruments:
              BTCUSDT: { tickSize: 0.1, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            """;
    private static final String GRID = """
              - { name: %s, type: grid, symbol: BTCUSDT, mode: neutral, lower: 60000, upper: 70000, levels: 21,
                  quantity: 0.002, maxPosition: 0.02, stopLossBufferPct: 1%s }
            """;

    private static String grid(String name, String account) {
        return GRID.formatted(name, account == null ? "" : ", account: " + account);
    }

    private static GridbotConfig parse(String text) throws ConfigException {
        return ConfigLoader.parse(text, "live.yaml");
    }

    @Test
    void shouldDefaultBinanceUrlsAndReadAccountsFromEnvironmentVariableNames() throws Exception {
        GridbotConfig c = parse("venue: { kind: binance }\n" + INSTRUMENTS + """
                accounts:
                  main: { apiKeyEnv: BINANCE_API_KEY, apiSecretEnv: BINANCE_API_SECRET }
                strategies:
                """ + grid("g", null));
        assertEquals("https://fapi.binance.com", c.venue().restUrl());
        assertEquals("wss://fstream.binance.com", c.venue().wsUrl());
        AccountConfig main = c.accountOf(c.strategies().get(0));
        assertEquals("BINANCE_API_KEY", main.apiKeyEnv());
        assertEquals("BINANCE_API_SECRET", main.apiSecretEnv());
        assertNull(main.secretsFile());
        assertFalse(main.hedgeMode());
    }

    @Test
    void shouldTakeOverriddenUrlsASecretsFileAndHedgeMode() throws Exception {
        GridbotConfig c = parse("""
                venue: { kind: binance-testnet, restUrl: "https://testnet.example.org:8443", wsUrl: "wss://ws.example.org" }
                """ + INSTRUMENTS + """
                accounts:
                  long: { secretsFile: /home/trader/.gridbot/long.secrets, positionMode: HEDGE }
                  short: { apiKeyEnv: K2, apiSecretEnv: S2 }
                strategies:
                """ + grid("a", "long") + grid("b", "short"));
        assertEquals("https://testnet.example.org:8443", c.venue().restUrl());
        assertEquals("wss://ws.example.org", c.venue().wsUrl());
        AccountConfig longAccount = c.accountOf(c.strategies().get(0));
        assertEquals(Path.of("/home/trader/.gridbot/long.secrets"), longAccount.secretsFile());
        assertTrue(longAccount.hedgeMode());
        assertEquals("short", c.accountOf(c.strategies().get(1)).name());
    }

    @Test
    void shouldRefuseALiveVenueWithoutAccounts() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse("venue: { kind: binance }\n" + INSTRUMENTS + "strategies:\n" + grid("g", null)));
        assertEquals("live.yaml: key 'accounts': missing: venue binance needs an account "
                + "(apiKeyEnv and apiSecretEnv, or secretsFile)", e.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownAccountAndAMissingOneAmongSeveral() {
        String accounts = "accounts:\n  a: { apiKeyEnv: K, apiSecretEnv: S }\n  b: { apiKeyEnv: K2, apiSecretEnv: S2 }\n";
        ConfigException unknown = assertThrows(ConfigException.class, () -> parse("venue: { kind: binance }\n"
                + INSTRUMENTS + accounts + "strategies:\n" + grid("g", "c")));
        assertEquals("live.yaml: strategy 'g': key 'account': unknown account 'c' (accounts: a, b)",
                unknown.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> parse("venue: { kind: binance }\n"
                + INSTRUMENTS + accounts + "strategies:\n" + grid("g", null)));
        assertEquals("live.yaml: strategy 'g': key 'account': missing: the file names several accounts (a, b)",
                missing.getMessage());
    }

    @Test
    void shouldRefuseAnAccountWithoutItsSecretOrWithBothSources() {
        ConfigException noSecret = assertThrows(ConfigException.class, () -> parse("venue: { kind: binance }\n"
                + INSTRUMENTS + "accounts:\n  a: { apiKeyEnv: K }\nstrategies:\n" + grid("g", null)));
        assertEquals("live.yaml: account 'a': key 'apiSecretEnv': missing (or name a secretsFile)",
                noSecret.getMessage());
        ConfigException both = assertThrows(ConfigException.class, () -> parse("venue: { kind: binance }\n"
                + INSTRUMENTS + "accounts:\n  a: { apiKeyEnv: K, apiSecretEnv: S, secretsFile: /x }\nstrategies:\n"
                + grid("g", null)));
        assertTrue(both.getMessage().contains("key 'secretsFile': name either secretsFile or apiKeyEnv"),
                both.getMessage());
    }

    @Test
    void shouldRefusePlainHttpExceptToLoopback() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(
                "venue: { kind: sim, restUrl: \"http://10.0.0.5:8765\" }\n" + INSTRUMENTS + "strategies:\n"
                        + grid("g", null)));
        assertTrue(e.getMessage().contains("key 'restUrl': plain http:// is allowed only to a loopback address"),
                e.getMessage());
        GridbotConfig local = parse("venue: { kind: sim, restUrl: \"http://127.0.0.1:9000\", wsUrl: \"ws://localhost:9000\" }\n"
                + INSTRUMENTS + "strategies:\n" + grid("g", null));
        assertEquals("http://127.0.0.1:9000", local.venue().restUrl());
        assertEquals("ws://localhost:9000", local.venue().wsUrl());
    }

    @Test
    void shouldDefaultTheSimulatedVenueToItsLoopbackPort() throws Exception {
        GridbotConfig c = parse("venue: { kind: sim }\n" + INSTRUMENTS + "strategies:\n" + grid("g", null));
        assertEquals("http://127.0.0.1:" + VenueConfig.SIM_DEFAULT_PORT, c.venue().restUrl());
        assertTrue(c.accounts().isEmpty());
    }
}
