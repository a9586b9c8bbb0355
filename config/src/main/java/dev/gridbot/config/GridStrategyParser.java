package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and checks one {@code type: grid} strategy against the instrument it trades. */
final class GridStrategyParser {

    static final int MIN_LEVELS = 5;
    /** Far beyond any venue's open-order limit; bounds the work and memory a typo can cost. */
    static final int MAX_LEVELS = 10_000;
    static final Spacing DEFAULT_SPACING = Spacing.ARITHMETIC;
    static final EntryTimeInForce DEFAULT_TIME_IN_FORCE = EntryTimeInForce.GTX;
    static final int DEFAULT_PARTIAL_FILL_TIMEOUT_SEC = 600;
    static final int DEFAULT_REJECT_COOLDOWN_SEC = 5;

    static final String SYMBOL = StrategyParser.SYMBOL;
    static final String MODE = "mode";
    static final String LOWER = "lower";
    static final String UPPER = "upper";
    static final String LEVELS = "levels";
    static final String SPACING = "spacing";
    static final String QUANTITY = "quantity";
    static final String MAX_POSITION = "maxPosition";
    static final String STOP_LOSS_BUFFER_PCT = "stopLossBufferPct";
    static final String TIME_IN_FORCE = "timeInForce";
    static final String PARTIAL_FILL_TIMEOUT_SEC = "partialFillTimeoutSec";
    static final String REJECT_COOLDOWN_SEC = "rejectCooldownSec";
    static final String ACCOUNT = StrategyParser.ACCOUNT;

    private static final List<String> KEYS = List.of(StrategyParser.NAME, StrategyParser.TYPE, SYMBOL, MODE,
            LOWER, UPPER, LEVELS, SPACING, QUANTITY, MAX_POSITION, STOP_LOSS_BUFFER_PCT, TIME_IN_FORCE,
            PARTIAL_FILL_TIMEOUT_SEC, REJECT_COOLDOWN_SEC, ACCOUNT);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GridStrategyParser() {
    }

    static GridStrategyConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        ConfigScope scope = fields.scope();
        fields.refuseUnknownKeys(KEYS);

        InstrumentConfig instrument = StrategyParser.instrument(fields, instruments);
        String symbol = instrument.symbol();
        GridMode mode = fields.choice(MODE, GridMode.values(), true);
        BigDecimal lower = price(fields, LOWER, instrument);
        BigDecimal upper = price(fields, UPPER, instrument);
        if (upper.compareTo(lower) <= 0) {
            throw scope.error(UPPER, "must be above lower " + lower.toPlainString()
                    + " (was " + upper.toPlainString() + ")");
        }
        int levels = fields.wholeNumber(LEVELS);
        if (levels < MIN_LEVELS) {
            throw scope.error(LEVELS, "must be at least " + MIN_LEVELS + " (was " + levels + ")");
        }
        if (levels > MAX_LEVELS) {
            throw scope.error(LEVELS, "must be at most " + MAX_LEVELS + " (was " + levels + ")");
        }
        Spacing spacing = fields.choice(SPACING, Spacing.values(), true, DEFAULT_SPACING);

        BigDecimal quantity = fields.decimal(QUANTITY);
        Rules.atLeast(scope, QUANTITY, quantity, InstrumentParser.MIN_QTY, instrument.minQty());
        Rules.multipleOf(scope, QUANTITY, quantity, InstrumentParser.STEP_SIZE, instrument.stepSize());
        BigDecimal maxPosition = fields.decimal(MAX_POSITION);
        Rules.atLeast(scope, MAX_POSITION, maxPosition, QUANTITY, quantity);
        Rules.multipleOf(scope, MAX_POSITION, maxPosition, InstrumentParser.STEP_SIZE, instrument.stepSize());
        Rules.fitsUnits(scope, MAX_POSITION, maxPosition, InstrumentParser.STEP_SIZE, instrument.stepSize());

        BigDecimal stopLossBufferPct = fields.decimal(STOP_LOSS_BUFFER_PCT);
        Rules.aboveZero(scope, STOP_LOSS_BUFFER_PCT, stopLossBufferPct);
        if (stopLossBufferPct.compareTo(HUNDRED) >= 0) {
            throw scope.error(STOP_LOSS_BUFFER_PCT, "must be below 100, it is a percentage: 0.5 means 0.5 % (was "
                    + stopLossBufferPct.toPlainString() + ")");
        }
        EntryTimeInForce timeInForce =
                fields.choice(TIME_IN_FORCE, EntryTimeInForce.values(), false, DEFAULT_TIME_IN_FORCE);
        int partialFillTimeoutSec = fields.wholeNumber(PARTIAL_FILL_TIMEOUT_SEC, DEFAULT_PARTIAL_FILL_TIMEOUT_SEC);
        Rules.notNegative(scope, PARTIAL_FILL_TIMEOUT_SEC, partialFillTimeoutSec);
        int rejectCooldownSec = fields.wholeNumber(REJECT_COOLDOWN_SEC, DEFAULT_REJECT_COOLDOWN_SEC);
        Rules.notNegative(scope, REJECT_COOLDOWN_SEC, rejectCooldownSec);

        String account = StrategyParser.account(fields);
        GridStrategyConfig strategy = new GridStrategyConfig(name, symbol, mode, lower, upper, levels, spacing,
                quantity, maxPosition, stopLossBufferPct, timeInForce, partialFillTimeoutSec, rejectCooldownSec,
                account);
        checkLevels(scope, strategy, instrument);
        return strategy;
    }

    /** A bound of the range: above zero, on the tick, and small enough to count in ticks. */
    private static BigDecimal price(ConfigMapping fields, String key, InstrumentConfig instrument)
            throws ConfigException {
        BigDecimal price = fields.decimal(key);
        Rules.aboveZero(fields.scope(), key, price);
        Rules.multipleOf(fields.scope(), key, price, InstrumentParser.TICK_SIZE, instrument.tickSize());
        Rules.fitsUnits(fields.scope(), key, price, InstrumentParser.TICK_SIZE, instrument.tickSize());
        return price;
    }

    /** Every level lands on its own tick, and the cheapest level still meets the minimum notional. */
    private static void checkLevels(ConfigScope scope, GridStrategyConfig strategy, InstrumentConfig instrument)
            throws ConfigException {
        BigDecimal tick = instrument.tickSize();
        // Adjacent levels are at least one tick apart only if there are enough ticks to go round;
        // checking this first keeps an absurd level count from being priced at all.
        long spanTicks = strategy.upper().subtract(strategy.lower()).divide(tick).longValueExact();
        if (strategy.levels() - 1L > spanTicks) {
            throw scope.error(LEVELS, tooDense(strategy, tick, "the range holds only " + (spanTicks + 1) + " ticks"));
        }
        long[] ticks = GridLevelPrices.levelPriceTicks(strategy, instrument);
        for (int i = 1; i < ticks.length; i++) {
            if (ticks[i] <= ticks[i - 1]) {
                throw scope.error(LEVELS, tooDense(strategy, tick, "levels " + (i - 1) + " and " + i
                        + " (0 is lower) both round to " + shown(BigDecimal.valueOf(ticks[i]).multiply(tick))));
            }
        }
        BigDecimal lowestPrice = BigDecimal.valueOf(ticks[0]).multiply(tick);
        BigDecimal notional = lowestPrice.multiply(strategy.quantity());
        if (notional.compareTo(instrument.minNotional()) < 0) {
            throw scope.error(QUANTITY, "an order at the lowest level is worth " + shown(lowestPrice)
                    + " * " + strategy.quantity().toPlainString() + " = " + shown(notional)
                    + ", below minNotional " + instrument.minNotional().toPlainString());
        }
    }

    /** A computed value as a reader would write it: no trailing zeros, no exponent. */
    private static String shown(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String tooDense(GridStrategyConfig strategy, BigDecimal tick, String why) {
        return "too dense: " + strategy.levels() + " " + strategy.spacing().name().toLowerCase(Locale.ROOT)
                + " levels from " + strategy.lower().toPlainString() + " to " + strategy.upper().toPlainString()
                + " at tickSize " + tick.toPlainString() + ": " + why + "; use fewer levels or a wider range";
    }
}
