package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridLevelPricesTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void shouldPlaceDemoLevelsTenApart() throws ConfigException {
        GridbotConfig config = ConfigYaml.valid().parse();
        GridStrategyConfig grid = (GridStrategyConfig) config.strategies().get(0);

        long[] ticks = GridLevelPrices.levelPriceTicks(grid, config.instrument("BTCUSDT"));

        assertEquals(53, ticks.length);
        assertEquals(72_000, ticks[0]);
        assertEquals(73_000, ticks[1]);
        assertEquals(98_000, ticks[26]);
        assertEquals(124_000, ticks[52]);
        for (int i = 1; i < ticks.length; i++) {
            assertEquals(1_000, ticks[i] - ticks[i - 1]);
        }
    }

    @Test
    void shouldRoundArithmeticLevelsHalfUpToTheTick() {
        // 100 to 200 in 6 steps of 16.666...: 116.666... rounds to 116.67, 133.333... to 133.33.
        long[] ticks = GridLevelPrices.levelPriceTicks(grid("100", "200", 7, Spacing.ARITHMETIC), instrument("0.01"));

        assertArrayEquals(new long[] {10_000, 11_667, 13_333, 15_000, 16_667, 18_333, 20_000}, ticks);
    }

    @Test
    void shouldRoundAnExactHalfTickUp() {
        // The middle level is 100.025 exactly, half way between 100.02 and 100.03.
        long[] ticks = GridLevelPrices.levelPriceTicks(grid("100", "100.05", 3, Spacing.ARITHMETIC), instrument("0.01"));

        assertArrayEquals(new long[] {10_000, 10_003, 10_005}, ticks);
    }

    @Test
    void shouldPlaceGeometricLevelsAtEqualRatios() {
        // 100 * 2^(k/4): 100, 118.9207..., 141.4213..., 168.1792..., 200.
        long[] ticks = GridLevelPrices.levelPriceTicks(grid("100", "200", 5, Spacing.GEOMETRIC), instrument("0.01"));

        assertArrayEquals(new long[] {10_000, 11_892, 14_142, 16_818, 20_000}, ticks);
    }

    @Test
    void shouldHitRationalGeometricLevelsExactly() {
        // 100 * 4^(k/4) = 100, 141.42..., 200, 282.84..., 400: the middle one is exactly 200.
        long[] ticks = GridLevelPrices.levelPriceTicks(grid("100", "400", 5, Spacing.GEOMETRIC), instrument("0.01"));

        assertArrayEquals(new long[] {10_000, 14_142, 20_000, 28_284, 40_000}, ticks);
    }

    @Test
    void shouldRoundAGeometricLevelOnAnExactHalfTickUp() {
        // sqrt(1 * 1.010025) = 1.005 exactly, half way between 1.00 and 1.01.
        long[] ticks = GridLevelPrices.levelPriceTicks(grid("1", "1.010025", 3, Spacing.GEOMETRIC), instrument("0.01"));

        assertArrayEquals(new long[] {100, 101, 101}, ticks);
    }

    @Test
    void shouldMatchExactReferenceOnRandomGrids() {
        Random random = new Random(20131125L);
        String[] tickSizes = {"0.01", "0.1", "0.5", "1", "0.001", "0.00001"};
        for (int run = 0; run < 300; run++) {
            BigDecimal tick = new BigDecimal(tickSizes[random.nextInt(tickSizes.length)]);
            long lowerTicks = 1 + random.nextInt(200_000);
            long upperTicks = lowerTicks + 1 + random.nextInt(200_000);
            int levels = 2 + random.nextInt(40);
            Spacing spacing = random.nextBoolean() ? Spacing.ARITHMETIC : Spacing.GEOMETRIC;
            GridStrategyConfig grid = grid(BigDecimal.valueOf(lowerTicks).multiply(tick),
                    BigDecimal.valueOf(upperTicks).multiply(tick), levels, spacing);

            long[] ticks = GridLevelPrices.levelPriceTicks(grid, instrument(tick.toPlainString()));

            for (int k = 0; k < levels; k++) {
                assertEquals(reference(grid, tick, k), ticks[k], grid + " level " + k);
            }
        }
    }

    @Test
    void shouldGiveTheSameTicksOnEveryCall() {
        GridStrategyConfig grid = grid("750", "1200", 41, Spacing.GEOMETRIC);

        assertArrayEquals(GridLevelPrices.levelPriceTicks(grid, instrument("0.01")),
                GridLevelPrices.levelPriceTicks(grid, instrument("0.01")));
    }

    @Test
    void shouldRefuseInstrumentOfAnotherSymbol() {
        InstrumentConfig eth = new InstrumentConfig("ETHUSDT", new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThrows(IllegalArgumentException.class,
                () -> GridLevelPrices.levelPriceTicks(grid("100", "200", 5, Spacing.ARITHMETIC), eth));
    }

    /**
     * The level's tick by definition, with nothing but exact comparisons: the j with
     * (j - 1/2) * tick <= p < (j + 1/2) * tick, compared as m-th powers (geometric) or times m (arithmetic).
     */
    private static long reference(GridStrategyConfig grid, BigDecimal tick, int k) {
        int m = grid.levels() - 1;
        double estimate = grid.spacing() == Spacing.ARITHMETIC
                ? grid.lower().doubleValue() + k * (grid.upper().doubleValue() - grid.lower().doubleValue()) / m
                : grid.lower().doubleValue() * Math.pow(grid.upper().doubleValue() / grid.lower().doubleValue(),
                        (double) k / m);
        long j = Math.round(estimate / tick.doubleValue());
        while (atOrBelow(grid, tick, k, BigDecimal.valueOf(j).add(HALF))) {
            j++;
        }
        while (!atOrBelow(grid, tick, k, BigDecimal.valueOf(j).subtract(HALF))) {
            j--;
        }
        return j;
    }

    /** Exactly: is {@code ticks * tick <= p_k}? */
    private static boolean atOrBelow(GridStrategyConfig grid, BigDecimal tick, int k, BigDecimal ticks) {
        int m = grid.levels() - 1;
        BigDecimal price = ticks.multiply(tick);
        if (grid.spacing() == Spacing.ARITHMETIC) {
            BigDecimal levelTimesM = grid.lower().multiply(BigDecimal.valueOf(m))
                    .add(grid.upper().subtract(grid.lower()).multiply(BigDecimal.valueOf(k)));
            return price.multiply(BigDecimal.valueOf(m)).compareTo(levelTimesM) <= 0;
        }
        if (price.signum() <= 0) {
            return true;
        }
        BigDecimal levelPower = grid.lower().pow(m - k).multiply(grid.upper().pow(k));
        return price.pow(m).compareTo(levelPower) <= 0;
    }

    private static InstrumentConfig instrument(String tickSize) {
        return new InstrumentConfig("BTCUSDT", new BigDecimal(tickSize), new BigDecimal("0.001"),
                new BigDecimal("0.001"), BigDecimal.ZERO, new BigDecimal("0.0002"), new BigDecimal("0.0005"));
    }

    private static GridStrategyConfig grid(String lower, String upper, int levels, Spacing spacing) {
        return grid(new BigDecimal(lower), new BigDecimal(upper), levels, spacing);
    }

    private static GridStrategyConfig grid(BigDecimal lower, BigDecimal upper, int levels, Spacing spacing) {
        return new GridStrategyConfig("test-grid", "BTCUSDT", GridMode.NEUTRAL, lower, upper, levels, spacing,
                new BigDecimal("0.01"), new BigDecimal("0.2"), new BigDecimal("0.5"), EntryTimeInForce.GTX, 600, 5);
    }
}
