package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each target strategy type reads as, with its optional keys left out and written in full. */
class TargetStrategyDefaultsTest {

    private static final ExecutionConfig DEFAULT_EXECUTION = new ExecutionConfig(new BigDecimal("0.001"), 5000, 10);
    private static final ExecutionConfig WRITTEN_EXECUTION = new ExecutionConfig(new BigDecimal("0.005"), 1500, 3);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Every shared optional key written out, on an account of a simulated desk. */
    private static ConfigYaml withEveryExecutionKey(ConfigYaml yaml) {
        return yaml.strategy("threshold", "0.005").strategy("chaseAfterMs", "1500").strategy("chaseTicks", "3")
                .strategy("account", "desk").topLevel("accounts", "{ desk: { positionMode: ONE_WAY } }");
    }

    @Test
    void shouldApplyDefaultsToAMeanReversionStrategy() throws ConfigException {
        MeanReversionConfig config = ConfigYaml.target("mean-reversion", "btc-revert").first(MeanReversionConfig.class);

        assertEquals(new MeanReversionConfig("btc-revert", "BTCUSDT", d("0.05"), d("25"), DEFAULT_EXECUTION, 60, 30,
                d("2"), d("0.5"), null), config);
        assertEquals("mean-reversion", config.type());
    }

    @Test
    void shouldDefaultTheThresholdToMinQtyNotToTheStep() throws ConfigException {
        BreakoutConfig config = ConfigYaml.target("breakout", "btc-break").instrument("minQty", "0.005")
                .first(BreakoutConfig.class);

        assertEquals(d("0.005"), config.execution().threshold());
    }

    @Test
    void shouldReadEveryKeyOfAMeanReversionStrategy() throws ConfigException {
        MeanReversionConfig config = withEveryExecutionKey(ConfigYaml.target("mean-reversion", "btc-revert"))
                .strategy("sampleSec", "15").strategy("window", "120").strategy("entryZ", "2.75")
                .strategy("exitZ", "0").first(MeanReversionConfig.class);

        assertEquals(new MeanReversionConfig("btc-revert", "BTCUSDT", d("0.05"), d("25"), WRITTEN_EXECUTION, 15, 120,
                d("2.75"), d("0"), "desk"), config);
    }

    @Test
    void shouldApplyDefaultsToABreakoutStrategy() throws ConfigException {
        BreakoutConfig config = ConfigYaml.target("breakout", "btc-break").first(BreakoutConfig.class);

        assertEquals(new BreakoutConfig("btc-break", "BTCUSDT", d("0.05"), d("25"), DEFAULT_EXECUTION, 60, 20, null),
                config);
        assertEquals("breakout", config.type());
    }

    @Test
    void shouldReadEveryKeyOfABreakoutStrategy() throws ConfigException {
        BreakoutConfig config = withEveryExecutionKey(ConfigYaml.target("breakout", "btc-break"))
                .strategy("sampleSec", "300").strategy("window", "2").first(BreakoutConfig.class);

        assertEquals(new BreakoutConfig("btc-break", "BTCUSDT", d("0.05"), d("25"), WRITTEN_EXECUTION, 300, 2, "desk"),
                config);
    }

    @Test
    void shouldReadAConstantTargetAsOneStepFromTheStart() throws ConfigException {
        FixedTargetConfig config = ConfigYaml.target("target", "btc-hold").first(FixedTargetConfig.class);

        assertEquals(new FixedTargetConfig("btc-hold", "BTCUSDT", d("0.05"), d("25"), DEFAULT_EXECUTION,
                List.of(new TargetStep(0, d("0.02"))), null), config);
        assertEquals("target", config.type());
    }

    @Test
    void shouldReadEveryKeyOfAScheduledTarget() throws ConfigException {
        FixedTargetConfig config = withEveryExecutionKey(ConfigYaml.target("target", "btc-script"))
                .withoutStrategyKey("target")
                .strategy("schedule", "[ { afterSec: 0, target: 0 }, { afterSec: 60, target: -0.050 }, "
                        + "{ afterSec: 3600, target: 0.03 } ]")
                .first(FixedTargetConfig.class);

        assertEquals(new FixedTargetConfig("btc-script", "BTCUSDT", d("0.05"), d("25"), WRITTEN_EXECUTION,
                List.of(new TargetStep(0, d("0")), new TargetStep(60, d("-0.050")), new TargetStep(3600, d("0.03"))),
                "desk"), config);
    }

    @Test
    void shouldAcceptAShortConstantTargetAtTheCap() throws ConfigException {
        FixedTargetConfig config = ConfigYaml.target("target", "btc-hold").strategy("target", "-0.05")
                .first(FixedTargetConfig.class);

        assertEquals(List.of(new TargetStep(0, d("-0.05"))), config.schedule());
    }

    @Test
    void shouldHandEachTypeToItsOwnVisitorMethod() throws ConfigException {
        TargetStrategyConfig.Visitor<String> names = new TargetStrategyConfig.Visitor<>() {
            @Override
            public String meanReversion(MeanReversionConfig config) {
                return "mean reversion over " + config.window();
            }

            @Override
            public String breakout(BreakoutConfig config) {
                return "breakout over " + config.window();
            }

            @Override
            public String fixedTarget(FixedTargetConfig config) {
                return "fixed, " + config.schedule().size() + " step";
            }
        };

        assertEquals("mean reversion over 30",
                ConfigYaml.target("mean-reversion", "a").first(TargetStrategyConfig.class).accept(names));
        assertEquals("breakout over 20",
                ConfigYaml.target("breakout", "a").first(TargetStrategyConfig.class).accept(names));
        assertEquals("fixed, 1 step", ConfigYaml.target("target", "a").first(TargetStrategyConfig.class).accept(names));
    }

    @Test
    void shouldReadEveryTypeInOneDeskFileInFileOrder() throws ConfigException {
        GridbotConfig config = ConfigLoader.parse("""
                venue: { kind: sim }
                instruments:
                  BTCUSDT: { tickSize: 0.1, stepSize: 0.001, minQty: 0.001, makerFee: 0.0002, takerFee: 0.0005 }
                accounts:
                  grid: {}
                  quant: { positionMode: HEDGE, maxPosition: 0.1 }
                strategies:
                  - { name: g, type: grid, symbol: BTCUSDT, mode: neutral, lower: 60000, upper: 70000, levels: 21,
                      quantity: 0.002, maxPosition: 0.02, stopLossBufferPct: 1, account: grid }
                  - { name: r, type: mean-reversion, symbol: BTCUSDT, maxPosition: 0.03, maxLoss: 50, account: quant }
                  - { name: b, type: breakout, symbol: BTCUSDT, maxPosition: 0.03, maxLoss: 50, account: quant }
                  - { name: t, type: target, symbol: BTCUSDT, maxPosition: 0.01, maxLoss: 5, target: -0.01,
                      account: quant }
                """, "desk.yaml");

        assertEquals(List.of(GridStrategyConfig.class, MeanReversionConfig.class, BreakoutConfig.class,
                FixedTargetConfig.class), config.strategies().stream().map(Object::getClass).toList());
        assertEquals("quant", config.accountOf(config.strategies().get(3)).name());
        assertEquals(d("0.1"), config.accounts().get("quant").risk().maxPosition());
    }
}
