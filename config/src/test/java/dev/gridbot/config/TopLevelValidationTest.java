package dev.gridbot.config;

import static dev.gridbot.config.ConfigYaml.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level keys and the venue. */
class TopLevelValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"venue", "instruments", "strategies"})
    void shouldRefuseMissingSection(String section) {
        ConfigException e = ConfigYaml.valid().withoutSection(section).refused();

        assertEquals("test.yaml: key '" + section + "': missing", e.getMessage());
        assertEquals(section, e.key());
    }

    @Test
    void shouldRefuseUnknownTopLevelKey() {
        ConfigException e = ConfigYaml.valid().topLevel("risk", "{ max: 1 }").refused();

        assertRefused(e, null, null, null, "risk", "unknown key (expected venue, instruments, strategies or accounts)");
    }

    @Test
    void shouldSuggestTheNearestKeyForATypo() {
        ConfigException e = ConfigYaml.valid().topLevel("strategy", "[]").refused();

        assertEquals("test.yaml: key 'strategy': unknown key (did you mean 'strategies'?)", e.getMessage());
    }

    @Test
    void shouldRefuseUnknownVenueKind() {
        ConfigException e = ConfigYaml.valid().venue("kind", "kraken").refused();

        assertEquals("test.yaml: venue: key 'kind': unknown venue kind 'kraken' (expected sim, binance or binance-testnet)", e.getMessage());
        assertEquals("kind", e.key());
    }

    @Test
    void shouldRefuseUnknownVenueKey() {
        ConfigException e = ConfigYaml.valid().venue("endpoint", "http://localhost").refused();

        assertRefused(e, "venue", null, null, "endpoint", "unknown key (expected kind, restUrl or wsUrl)");
    }

    @Test
    void shouldRefuseVenueWithoutKind() {
        ConfigException e = ConfigYaml.valid().venue("kind", "").refused();

        assertEquals("test.yaml: venue: key 'kind': missing", e.getMessage());
    }

    @Test
    void shouldRefuseVenueThatIsNotAMapping() {
        ConfigException e = ConfigYaml.valid().withoutSection("venue").topLevel("venue", "sim").refused();

        assertEquals("test.yaml: key 'venue': must be a mapping with a kind (was text 'sim')", e.getMessage());
    }

    @Test
    void shouldRefuseConfigWithoutStrategies() {
        ConfigException e = ConfigYaml.valid().withoutStrategies().refused();

        assertEquals("test.yaml: key 'strategies': must list at least one strategy", e.getMessage());
    }

    @Test
    void shouldRefuseStrategiesThatAreNotAList() {
        ConfigException e = ConfigYaml.valid().withoutSection("strategies").topLevel("strategies", "{ a: 1 }").refused();

        assertEquals("test.yaml: key 'strategies': must be a list of strategies (was a mapping)", e.getMessage());
    }

    @Test
    void shouldRefuseConfigWithoutInstruments() {
        ConfigException e = ConfigYaml.valid().withoutSection("instruments").topLevel("instruments", "{}").refused();

        assertEquals("test.yaml: key 'instruments': must list at least one instrument", e.getMessage());
    }

    @Test
    void shouldKeepInstrumentsAndStrategiesInFileOrder() throws ConfigException {
        String text = ConfigYaml.valid().withSecondStrategy("b").withSecondStrategy("a").render()
                .replace("instruments:\n", "instruments:\n  ZZZUSDT: { tickSize: 1, stepSize: 1, minQty: 1,"
                        + " makerFee: 0, takerFee: 0 }\n");

        GridbotConfig config = ConfigLoader.parse(text, "order.yaml");

        assertEquals(List.of("ZZZUSDT", "BTCUSDT"), List.copyOf(config.instruments().keySet()));
        assertEquals(List.of("btc-neutral", "b", "a"), config.strategies().stream().map(StrategyConfig::name).toList());
        assertEquals(new VenueConfig("sim"), config.venue());
        assertEquals("BTCUSDT", config.instrument("BTCUSDT").symbol());
    }
}
