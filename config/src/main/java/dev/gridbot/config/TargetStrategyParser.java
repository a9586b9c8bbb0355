package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads what every target strategy shares, whatever its type: the instrument and account, the cap
 * on the target, the stop, how orders are worked, and for the sampling types how they sample.
 * Each type's parser adds its own keys.
 */
final class TargetStrategyParser {

    static final String MAX_POSITION = "maxPosition";
    static final String MAX_LOSS = "maxLoss";
    static final String THRESHOLD = "threshold";
    static final String CHASE_AFTER_MS = "chaseAfterMs";
    static final String CHASE_TICKS = "chaseTicks";
    static final String SAMPLE_SEC = "sampleSec";
    static final String WINDOW = "window";

    static final long DEFAULT_CHASE_AFTER_MS = 5_000;
    static final int DEFAULT_CHASE_TICKS = 10;
    static final int DEFAULT_SAMPLE_SEC = 60;
    static final int MIN_WINDOW = 2;
    /** Bounds the samples kept per strategy; also what keeps the engine's exact sums from overflowing. */
    static final int MAX_WINDOW = 100_000;
    /** The engine counts time in nanoseconds; a wait must still fit a long there. */
    static final long MAX_CHASE_AFTER_MS = Long.MAX_VALUE / 1_000_000L;

    /** The engine's money unit is {@code tickSize × stepSize / 1e6} (fees are whole parts per million). */
    private static final int MONEY_UNIT_DECIMALS = 6;

    private static final List<String> KEYS = List.of(StrategyParser.NAME, StrategyParser.TYPE,
            StrategyParser.SYMBOL, MAX_POSITION, MAX_LOSS, THRESHOLD, CHASE_AFTER_MS, CHASE_TICKS,
            StrategyParser.ACCOUNT);

    /**
     * What every target strategy has, read and checked.
     *
     * @param instrument  the instrument traded
     * @param maxPosition cap on the target's size
     * @param maxLoss     the stop, in the quote currency
     * @param execution   how orders are worked
     * @param account     the account named, or null
     */
    record Common(InstrumentConfig instrument, BigDecimal maxPosition, BigDecimal maxLoss, ExecutionConfig execution,
                  String account) {

        String symbol() {
            return instrument.symbol();
        }
    }

    private TargetStrategyParser() {
    }

    /** The keys every target strategy may have, followed by a type's own. */
    static List<String> keysWith(String... own) {
        List<String> keys = new ArrayList<>(KEYS);
        keys.addAll(Arrays.asList(own));
        return List.copyOf(keys);
    }

    /** Reads the shared keys; the caller has already refused unknown keys. */
    static Common parse(ConfigMapping fields, Map<String, InstrumentConfig> instruments) throws ConfigException {
        ConfigScope scope = fields.scope();
        InstrumentConfig instrument = StrategyParser.instrument(fields, instruments);
        BigDecimal step = instrument.stepSize();

        BigDecimal maxPosition = fields.decimal(MAX_POSITION);
        Rules.aboveZero(scope, MAX_POSITION, maxPosition);
        Rules.atLeast(scope, MAX_POSITION, maxPosition, InstrumentParser.MIN_QTY, instrument.minQty());
        Rules.multipleOf(scope, MAX_POSITION, maxPosition, InstrumentParser.STEP_SIZE, step);
        Rules.fitsUnits(scope, MAX_POSITION, maxPosition, InstrumentParser.STEP_SIZE, step);

        BigDecimal maxLoss = fields.decimal(MAX_LOSS);
        Rules.aboveZero(scope, MAX_LOSS, maxLoss);
        // The engine holds the stop as a long count of its money unit; past that, it could not.
        BigDecimal mostLoss = instrument.tickSize().multiply(step).movePointLeft(MONEY_UNIT_DECIMALS)
                .multiply(BigDecimal.valueOf(Long.MAX_VALUE));
        if (maxLoss.compareTo(mostLoss) > 0) {
            throw scope.error(MAX_LOSS, "is too large: at most " + mostLoss.stripTrailingZeros().toPlainString()
                    + " with this instrument's tickSize and stepSize (was " + maxLoss.toPlainString() + ")");
        }

        BigDecimal threshold = fields.decimal(THRESHOLD, instrument.minQty());
        Rules.atLeast(scope, THRESHOLD, threshold, InstrumentParser.MIN_QTY, instrument.minQty());
        Rules.multipleOf(scope, THRESHOLD, threshold, InstrumentParser.STEP_SIZE, step);
        // A larger threshold would leave a target change from flat to full unsent.
        Rules.atMost(scope, THRESHOLD, threshold, MAX_POSITION, maxPosition);
        long chaseAfterMs = fields.longNumber(CHASE_AFTER_MS, DEFAULT_CHASE_AFTER_MS);
        Rules.notNegative(scope, CHASE_AFTER_MS, chaseAfterMs);
        Rules.atMost(scope, CHASE_AFTER_MS, chaseAfterMs, MAX_CHASE_AFTER_MS);
        int chaseTicks = fields.wholeNumber(CHASE_TICKS, DEFAULT_CHASE_TICKS);
        Rules.atLeast(scope, CHASE_TICKS, chaseTicks, 1);

        return new Common(instrument, maxPosition, maxLoss, new ExecutionConfig(threshold, chaseAfterMs, chaseTicks),
                StrategyParser.account(fields));
    }

    /** Seconds between samples, at least 1. */
    static int sampleSec(ConfigMapping fields) throws ConfigException {
        int sampleSec = fields.wholeNumber(SAMPLE_SEC, DEFAULT_SAMPLE_SEC);
        Rules.atLeast(fields.scope(), SAMPLE_SEC, sampleSec, 1);
        return sampleSec;
    }

    /** Samples in the window, {@value #MIN_WINDOW} to {@value #MAX_WINDOW}. */
    static int window(ConfigMapping fields, int absent) throws ConfigException {
        int window = fields.wholeNumber(WINDOW, absent);
        Rules.between(fields.scope(), WINDOW, window, MIN_WINDOW, MAX_WINDOW);
        return window;
    }
}
