package dev.gridbot.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The price of each level of a grid, in ticks: level {@code k} of {@code n = levels} is
 * <ul>
 *   <li>arithmetic: {@code lower + k * (upper - lower) / (n - 1)}</li>
 *   <li>geometric: {@code lower * (upper / lower) ^ (k / (n - 1))}</li>
 * </ul>
 * rounded half-up to the instrument's tick. The result is the exact rounding of the exact value,
 * so the loader (which refuses grids whose adjacent levels share a tick) and the engine (which
 * places the orders) always agree, on every machine.
 *
 * <p>Stateless and thread-safe.
 */
public final class GridLevelPrices {

    // Working precision of the geometric approximation. Its relative error stays below 1e-70, so
    // for any price that fits a long in ticks the absolute error is far below GUARD.
    private static final MathContext WORK = new MathContext(90, RoundingMode.HALF_EVEN);
    // An approximation this close to a rounding boundary is settled by exact integer arithmetic.
    private static final BigDecimal GUARD = new BigDecimal("1e-30");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_NEWTON_STEPS = 200;

    private GridLevelPrices() {
    }

    /**
     * Returns the price of every level of {@code strategy}, lowest first, as a count of ticks of
     * {@code instrument}, each rounded half-up. Adjacent entries may be equal if the grid is too
     * dense for the tick; the loader refuses such grids.
     *
     * @throws IllegalArgumentException if the instrument is not the strategy's, there are fewer
     *                                  than two levels, or the bounds are not {@code 0 < lower < upper}
     * @throws ArithmeticException      if a price does not fit a long in ticks
     */
    public static long[] levelPriceTicks(GridStrategyConfig strategy, InstrumentConfig instrument) {
        if (!strategy.symbol().equals(instrument.symbol())) {
            throw new IllegalArgumentException("strategy '" + strategy.name() + "' trades " + strategy.symbol()
                    + ", not " + instrument.symbol());
        }
        if (strategy.levels() < 2) {
            throw new IllegalArgumentException("a grid needs at least two levels, got " + strategy.levels());
        }
        BigDecimal lower = strategy.lower();
        BigDecimal upper = strategy.upper();
        if (lower.signum() <= 0 || upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("grid bounds must satisfy 0 < lower < upper, got "
                    + lower.toPlainString() + " and " + upper.toPlainString());
        }
        long[] ticks = new long[strategy.levels()];
        switch (strategy.spacing()) {
            case ARITHMETIC -> arithmetic(lower, upper, instrument.tickSize(), ticks);
            case GEOMETRIC -> geometric(lower, upper, instrument.tickSize(), ticks);
            default -> throw new IllegalStateException("unhandled spacing " + strategy.spacing());
        }
        return ticks;
    }

    // p_k / tick = (lower * m + k * (upper - lower)) / (m * tick): one exact division per level,
    // which BigDecimal rounds correctly.
    private static void arithmetic(BigDecimal lower, BigDecimal upper, BigDecimal tick, long[] ticks) {
        BigDecimal m = BigDecimal.valueOf(ticks.length - 1L);
        BigDecimal base = lower.multiply(m);
        BigDecimal span = upper.subtract(lower);
        BigDecimal divisor = tick.multiply(m);
        for (int k = 0; k < ticks.length; k++) {
            BigDecimal numerator = base.add(span.multiply(BigDecimal.valueOf(k)));
            ticks[k] = numerator.divide(divisor, 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    // p_k = lower * r^k with r = (upper / lower)^(1/m) is irrational in general, so it is
    // approximated far beyond what rounding needs; the few approximations that land within GUARD
    // of a half tick are decided exactly: p_k >= (j - 1/2) * tick  <=>
    // ((j - 1/2) * tick)^m <= lower^(m - k) * upper^k, since p_k^m = lower^(m - k) * upper^k.
    private static void geometric(BigDecimal lower, BigDecimal upper, BigDecimal tick, long[] ticks) {
        int m = ticks.length - 1;
        BigDecimal ratio = root(upper.divide(lower, WORK), m);
        ticks[0] = lower.divide(tick, 0, RoundingMode.HALF_UP).longValueExact();
        ticks[m] = upper.divide(tick, 0, RoundingMode.HALF_UP).longValueExact();
        for (int k = 1; k < m; k++) {
            BigDecimal shifted = lower.multiply(ratio.pow(k, WORK), WORK).divide(tick, WORK).add(HALF, WORK);
            BigDecimal nearest = shifted.setScale(0, RoundingMode.HALF_EVEN);
            BigDecimal rounded;
            if (shifted.subtract(nearest).abs().compareTo(GUARD) >= 0) {
                rounded = shifted.setScale(0, RoundingMode.FLOOR);
            } else {
                rounded = reachesHalfBelow(nearest, lower, upper, tick, k, m) ? nearest : nearest.subtract(BigDecimal.ONE);
            }
            ticks[k] = rounded.longValueExact();
        }
    }

    /** Exactly: is level {@code k}'s price at least {@code (j - 1/2)} ticks? */
    private static boolean reachesHalfBelow(BigDecimal j, BigDecimal lower, BigDecimal upper, BigDecimal tick,
            int k, int m) {
        BigDecimal boundary = j.subtract(HALF).multiply(tick);
        if (boundary.signum() <= 0) {
            return true;
        }
        BigDecimal levelPower = lower.pow(m - k).multiply(upper.pow(k));
        return boundary.pow(m).compareTo(levelPower) <= 0;
    }

    /**
     * The {@code m}-th root of {@code value > 1} at {@link #WORK} precision, by Newton's method
     * from a {@link StrictMath} estimate (StrictMath, not Math, so every machine takes the same steps).
     */
    private static BigDecimal root(BigDecimal value, int m) {
        if (m == 1) {
            return value;
        }
        BigDecimal degree = BigDecimal.valueOf(m);
        BigDecimal degreeLessOne = BigDecimal.valueOf(m - 1L);
        BigDecimal x = new BigDecimal(StrictMath.pow(value.doubleValue(), 1.0 / m));
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(WORK.getPrecision() - 5);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            BigDecimal next = degreeLessOne.multiply(x, WORK)
                    .add(value.divide(x.pow(m - 1, WORK), WORK), WORK)
                    .divide(degree, WORK);
            if (next.subtract(x).abs().compareTo(tolerance.multiply(next)) <= 0) {
                return next;
            }
            x = next;
        }
        throw new IllegalStateException("no convergence for the " + m + "-th root of " + value);
    }
}
