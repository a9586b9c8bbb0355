package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a {@link FixedTargetConfig}'s schedule: from {@code afterSec} seconds after the
 * strategy's first trade, it wants {@code target}.
 *
 * <p>Immutable.
 *
 * @param afterSec seconds after the first trade, not negative
 * @param target   the signed position wanted, in base units: a multiple of stepSize within
 *                 plus or minus maxPosition
 */
public record TargetStep(long afterSec, BigDecimal target) {

    /** Refuses a null target; ranges are checked by the loader. */
    public TargetStep {
        Objects.requireNonNull(target, "target");
    }
}
