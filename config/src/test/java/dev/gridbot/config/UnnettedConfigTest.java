package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Un-netting a configuration: each strategy alone in an account like its own, nothing else changed. */
class UnnettedConfigTest {

    private static final Path EXAMPLES = Path.of("..", "config", "examples");

    @Test
    void shouldGiveEveryStrategyOfTheDeskAnAccountOfItsOwnWithTheDesksLimits() throws Exception {
        String text = ConfigLoader.readText(EXAMPLES.resolve("desk.yaml"));
        GridbotConfig netted = ConfigLoader.parse(text, "desk.yaml");

        GridbotConfig unnetted = ConfigLoader.parse(UnnettedConfig.of(text, "desk.yaml"), "u.yaml");

        List<String> names = netted.strategies().stream().map(StrategyConfig::name).toList();
        assertEquals(names, List.copyOf(unnetted.accounts().keySet()));
        AccountConfig desk = netted.accounts().get("desk");
        for (StrategyConfig s : unnetted.strategies()) {
            AccountConfig own = unnetted.accountOf(s);
            assertEquals(s.name(), own.name());
            assertEquals(desk.hedgeMode(), own.hedgeMode());
            assertEquals(desk.risk(), own.risk());
            assertFalse(own.hasCredentials());
        }
        assertEquals(netted.instruments(), unnetted.instruments());
        assertEquals(netted.venue(), unnetted.venue());
    }

    @Test
    void shouldChangeNothingButTheAccountOfEachStrategy() throws Exception {
        String text = ConfigLoader.readText(EXAMPLES.resolve("desk.yaml"));
        List<StrategyConfig> before = ConfigLoader.parse(text, "desk.yaml").strategies();

        List<StrategyConfig> after = ConfigLoader.parse(UnnettedConfig.of(text, "desk.yaml"), "u.yaml").strategies();

        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            String original = before.get(i).toString().replace("account=desk", "account=" + before.get(i).name());
            assertEquals(original, after.get(i).toString());
        }
    }

    @Test
    void shouldGiveStrategiesOfAFileWithoutAccountsDefaultAccounts() throws Exception {
        String text = ConfigYaml.valid().withSecondStrategy("second").render();

        GridbotConfig unnetted = ConfigLoader.parse(UnnettedConfig.of(text, "t.yaml"), "u.yaml");

        assertEquals(List.of(ConfigYaml.STRATEGY, "second"), List.copyOf(unnetted.accounts().keySet()));
        assertEquals(AccountRisk.DEFAULT, unnetted.accounts().get("second").risk());
        assertFalse(unnetted.accounts().get("second").hedgeMode());
    }

    @Test
    void shouldKeepEachAccountsModeCredentialsAndLimits() throws Exception {
        String text = """
                venue: { kind: binance }
                instruments:
                  BTCUSDT: { tickSize: 0.01, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
                accounts:
                  long: { apiKeyEnv: K1, apiSecretEnv: S1, positionMode: HEDGE, maxPosition: 0.00000005 }
                  short: { apiKeyEnv: K2, apiSecretEnv: S2, maxOpenOrders: 7 }
                strategies:
                  - { name: a, type: target, account: long, symbol: BTCUSDT, target: 0.1, maxPosition: 0.2, maxLoss: 9 }
                  - { name: b, type: target, account: long, symbol: BTCUSDT, target: 0.1, maxPosition: 0.2, maxLoss: 9 }
                  - { name: c, type: target, account: short, symbol: BTCUSDT, target: 0.1, maxPosition: 0.2, maxLoss: 9}
                """;

        String rewritten = UnnettedConfig.of(text, "t.yaml");
        GridbotConfig unnetted = ConfigLoader.parse(rewritten, "u.yaml");

        assertTrue(unnetted.accounts().get("b").hedgeMode());
        assertEquals("K1", unnetted.accounts().get("b").apiKeyEnv());
        assertEquals(new BigDecimal("0.00000005"), unnetted.accounts().get("a").risk().maxPosition());
        assertEquals(7, unnetted.accounts().get("c").risk().maxOpenOrders());
        assertFalse(rewritten.contains("E-"), rewritten);
    }
}
