package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks one {@code type: target} strategy: a constant {@code target}, or a
 * {@code schedule} of steps by seconds since the first trade, never both.
 */
final class FixedTargetParser {

    static final String TARGET = "target";
    static final String SCHEDULE = "schedule";
    static final String AFTER_SEC = "afterSec";

    /** The engine counts time in nanoseconds; a step's time must still fit a long there. */
    static final long MAX_AFTER_SEC = Long.MAX_VALUE / 1_000_000_000L;

    private static final List<String> KEYS = TargetStrategyParser.keysWith(TARGET, SCHEDULE);
    private static final List<String> STEP_KEYS = List.of(AFTER_SEC, TARGET);

    private FixedTargetParser() {
    }

    static FixedTargetConfig parse(String name, ConfigMapping fields, Map<String, InstrumentConfig> instruments)
            throws ConfigException {
        ConfigScope scope = fields.scope();
        fields.refuseUnknownKeys(KEYS);
        TargetStrategyParser.Common common = TargetStrategyParser.parse(fields, instruments);
        boolean constant = fields.has(TARGET);
        boolean scheduled = fields.has(SCHEDULE);
        if (constant && scheduled) {
            throw scope.error(SCHEDULE, "name either a target or a schedule, not both");
        }
        if (!constant && !scheduled) {
            throw scope.error(TARGET, "missing (or name a schedule)");
        }
        List<TargetStep> schedule = constant
                ? List.of(new TargetStep(0, target(fields, common)))
                : schedule(fields, common);
        return new FixedTargetConfig(name, common.symbol(), common.maxPosition(), common.maxLoss(),
                common.execution(), schedule, common.account());
    }

    /** The steps: the first at 0, each strictly after the one before. */
    private static List<TargetStep> schedule(ConfigMapping fields, TargetStrategyParser.Common common)
            throws ConfigException {
        List<ConfigMapping> entries = fields.mappings(SCHEDULE, "step", "a mapping with afterSec and target");
        if (entries.isEmpty()) {
            throw fields.scope().error(SCHEDULE, "must list at least one step");
        }
        List<TargetStep> steps = new ArrayList<>();
        for (ConfigMapping entry : entries) {
            ConfigScope scope = entry.scope();
            entry.refuseUnknownKeys(STEP_KEYS);
            long afterSec = entry.longNumber(AFTER_SEC);
            Rules.notNegative(scope, AFTER_SEC, afterSec);
            Rules.atMost(scope, AFTER_SEC, afterSec, MAX_AFTER_SEC);
            if (steps.isEmpty() && afterSec != 0) {
                throw scope.error(AFTER_SEC, "the first step must be at 0, from the first trade on (was "
                        + afterSec + ")");
            }
            if (!steps.isEmpty() && afterSec <= steps.get(steps.size() - 1).afterSec()) {
                throw scope.error(AFTER_SEC, "must be after the step before it, at "
                        + steps.get(steps.size() - 1).afterSec() + " (was " + afterSec + ")");
            }
            steps.add(new TargetStep(afterSec, target(entry, common)));
        }
        return steps;
    }

    /** A signed position: a whole number of steps, no larger than maxPosition either way. */
    private static BigDecimal target(ConfigMapping fields, TargetStrategyParser.Common common)
            throws ConfigException {
        ConfigScope scope = fields.scope();
        BigDecimal target = fields.decimal(TARGET);
        Rules.multipleOf(scope, TARGET, target, InstrumentParser.STEP_SIZE, common.instrument().stepSize());
        if (target.abs().compareTo(common.maxPosition()) > 0) {
            throw scope.error(TARGET, "must be within plus or minus maxPosition "
                    + common.maxPosition().toPlainString() + " (was " + target.toPlainString() + ")");
        }
        return target;
    }
}
