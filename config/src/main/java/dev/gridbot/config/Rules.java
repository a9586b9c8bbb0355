package dev.gridbot.config;

import java.math.BigDecimal;

/** Range checks shared by the parsers; each refusal names the scope and the key. */
final class Rules {

    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private Rules() {
    }

    static void aboveZero(ConfigScope scope, String key, BigDecimal value) throws ConfigException {
        if (value.signum() <= 0) {
            throw scope.error(key, "must be above zero (was " + value.toPlainString() + ")");
        }
    }

    static void notNegative(ConfigScope scope, String key, BigDecimal value) throws ConfigException {
        if (value.signum() < 0) {
            throw scope.error(key, "must not be negative (was " + value.toPlainString() + ")");
        }
    }

    static void notNegative(ConfigScope scope, String key, long value) throws ConfigException {
        if (value < 0) {
            throw scope.error(key, "must not be negative (was " + value + ")");
        }
    }

    /** {@code value ≥ min}, for whole numbers. */
    static void atLeast(ConfigScope scope, String key, long value, long min) throws ConfigException {
        if (value < min) {
            throw scope.error(key, "must be at least " + min + " (was " + value + ")");
        }
    }

    /** {@code value ≤ max}, for whole numbers. */
    static void atMost(ConfigScope scope, String key, long value, long max) throws ConfigException {
        if (value > max) {
            throw scope.error(key, "must be at most " + max + " (was " + value + ")");
        }
    }

    /** {@code min ≤ value ≤ max}, for whole numbers. */
    static void between(ConfigScope scope, String key, long value, long min, long max) throws ConfigException {
        atLeast(scope, key, value, min);
        atMost(scope, key, value, max);
    }

    /** {@code value ≥ min}, where {@code minName} says what the minimum is, e.g. {@code minQty}. */
    static void atLeast(ConfigScope scope, String key, BigDecimal value, String minName, BigDecimal min)
            throws ConfigException {
        if (value.compareTo(min) < 0) {
            throw scope.error(key, "must be at least " + minName + " " + min.toPlainString()
                    + " (was " + value.toPlainString() + ")");
        }
    }

    /** {@code value ≤ max}, where {@code maxName} says what the maximum is, e.g. {@code maxPosition}. */
    static void atMost(ConfigScope scope, String key, BigDecimal value, String maxName, BigDecimal max)
            throws ConfigException {
        if (value.compareTo(max) > 0) {
            throw scope.error(key, "must be at most " + maxName + " " + max.toPlainString()
                    + " (was " + value.toPlainString() + ")");
        }
    }

    /** {@code value} is a whole number of {@code unit}, named {@code unitName} (e.g. {@code stepSize}). */
    static void multipleOf(ConfigScope scope, String key, BigDecimal value, String unitName, BigDecimal unit)
            throws ConfigException {
        if (value.remainder(unit).signum() != 0) {
            throw scope.error(key, "must be a multiple of " + unitName + " " + unit.toPlainString()
                    + " (was " + value.toPlainString() + ")");
        }
    }

    /** {@code value / unit} fits a long, so the engine can hold it as ticks or lots. */
    static void fitsUnits(ConfigScope scope, String key, BigDecimal value, String unitName, BigDecimal unit)
            throws ConfigException {
        if (value.abs().compareTo(unit.multiply(MAX_LONG)) > 0) {
            throw scope.error(key, "is too large: more than " + Long.MAX_VALUE + " times " + unitName
                    + " " + unit.toPlainString() + " (was " + value.toPlainString() + ")");
        }
    }

    /** A fee rate: not negative, below one, and a whole number of parts per million. */
    static void feeRate(ConfigScope scope, String key, BigDecimal value) throws ConfigException {
        notNegative(scope, key, value);
        if (value.compareTo(BigDecimal.ONE) >= 0) {
            throw scope.error(key, "must be below 1, it is a rate: 0.0002 means 0.02 % (was "
                    + value.toPlainString() + ")");
        }
        if (!FeeRates.isWholePpm(value)) {
            throw scope.error(key, "must be a whole number of parts per million, at most 6 decimals (was "
                    + value.toPlainString() + ")");
        }
    }
}
