package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped examples in config/examples are valid and say what their names say. */
class ExampleConfigsTest {

    // Surefire runs with the module directory as the working directory.
    private static final Path EXAMPLES = Path.of("..", "config", "examples");
    // The bundled Bitstamp trades of 25 Nov - 1 Dec 2013 stay within these prices.
    private static final BigDecimal DATA_LOW = new BigDecimal("770.10");
    private static final BigDecimal DATA_HIGH = new BigDecimal("1163.00");

    @TestFactory
    Stream<DynamicTest> shouldLoadEveryExample() throws IOException {
        List<Path> files = examples();
        assertFalse(files.isEmpty(), "no examples in " + EXAMPLES.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            GridbotConfig config = ConfigLoader.load(file);
            assertTrue(VenueConfig.KINDS.contains(config.venue().kind()));
            if (!config.venue().kind().equals(VenueConfig.SIM)) {
                // A live template (testnet.yaml): its range follows today's prices, not the bundled data.
                assertFalse(config.accounts().isEmpty(), "a live example names its account");
                return;
            }
            for (StrategyConfig strategy : config.strategies()) {
                if (strategy instanceof GridStrategyConfig grid) {
                    assertTrue(grid.lower().compareTo(DATA_HIGH) < 0 && grid.upper().compareTo(DATA_LOW) > 0,
                            grid.name() + " range misses the bundled data");
                } else {
                    // A target-position strategy (desk.yaml) trades wherever the price is.
                    assertTrue(strategy instanceof TargetStrategyConfig, strategy.name() + ": " + strategy.type());
                }
            }
        }));
    }

    @Test
    void shouldShipTheFourDocumentedExamples() throws IOException {
        List<String> names = examples().stream().map(file -> file.getFileName().toString()).toList();

        assertTrue(names.containsAll(List.of("demo.yaml", "short.yaml", "long.yaml", "geometric.yaml", "desk.yaml")),
                names::toString);
    }

    @Test
    void shouldRunTheDemoAsDocumented() throws ConfigException {
        GridbotConfig config = ConfigLoader.load(EXAMPLES.resolve("demo.yaml"));

        assertEquals(ConfigYaml.valid().parse().strategies(), config.strategies());
        assertEquals(ConfigYaml.valid().parse().instruments(), config.instruments());
    }

    @Test
    void shouldMatchModeAndSpacingToTheFileName() throws ConfigException {
        assertEquals(GridMode.SHORT, onlyGrid("short.yaml").mode());
        assertEquals(GridMode.LONG, onlyGrid("long.yaml").mode());
        assertEquals(GridMode.NEUTRAL, onlyGrid("geometric.yaml").mode());
        assertEquals(Spacing.GEOMETRIC, onlyGrid("geometric.yaml").spacing());
    }

    private static GridStrategyConfig onlyGrid(String name) throws ConfigException {
        List<StrategyConfig> strategies = ConfigLoader.load(EXAMPLES.resolve(name)).strategies();
        assertEquals(1, strategies.size());
        return (GridStrategyConfig) strategies.get(0);
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
