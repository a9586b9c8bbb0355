package dev.gridbot.app.cli;

import dev.gridbot.app.UserInputException;
import dev.gridbot.app.live.ApiCredentials;
import dev.gridbot.app.live.Secrets;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.gateway.sim.server.SimAccountConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the simulated venue an account may name no credentials: it signs as gridbot-sim-<name>. */
class SimCredentialsTest {
    private static final String DESK = """
            venue: { kind: sim }
            instruments:
              BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
            accounts:
              desk: { positionMode: HEDGE }
              own: { apiKeyEnv: OWN_KEY, apiSecretEnv: OWN_SECRET }
            strategies:
              - { name: a, type: target, account: desk, symbol: BTCUSDT, target: 0.1, maxPosition: 0.2, maxLoss: 9 }
              - { name: b, type: target, account: own, symbol: BTCUSDT, target: 0.1, maxPosition: 0.2, maxLoss: 9 }
            """;

    @Test
    void shouldGiveAnAccountWithoutCredentialsTheSimulatedVenuesOwnAndReadTheOthers() throws Exception {
        GridbotConfig config = ConfigLoader.parse(DESK, "desk.yaml");

        Map<String, ApiCredentials> credentials = RunCommand.credentials(config,
                Map.of("OWN_KEY", "k", "OWN_SECRET", "s"));

        assertEquals("gridbot-sim-desk", credentials.get("desk").apiKey());
        assertArrayEquals(SimDefaults.API_SECRET.getBytes(StandardCharsets.US_ASCII), credentials.get("desk").secret());
        assertEquals("k", credentials.get("own").apiKey());
    }

    @Test
    void shouldOpenASimulatedAccountInItsPositionModeForEachAccountWithoutCredentials() throws Exception {
        GridbotConfig config = ConfigLoader.parse(DESK, "desk.yaml");

        List<SimAccountConfig> accounts = SimDefaults.accountsWithoutCredentials(config, new BigDecimal("500"));

        assertEquals(1, accounts.size());
        assertEquals("gridbot-sim-desk", accounts.get(0).apiKey());
        assertEquals(SimDefaults.API_SECRET, accounts.get(0).secret());
        assertTrue(accounts.get(0).hedgeMode());
        assertEquals(new BigDecimal("500"), accounts.get(0).initialBalance());
    }

    @Test
    void shouldRefuseToLookUpSecretsForAnAccountThatNamesNone() throws Exception {
        GridbotConfig config = ConfigLoader.parse(DESK, "desk.yaml");

        UserInputException e = assertThrows(UserInputException.class,
                () -> Secrets.resolve(config.accounts().get("desk"), Map.of()));

        assertTrue(e.getMessage().contains("account 'desk' names no credentials"), e.getMessage());
    }
}
