package dev.gridbot.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The run's common money unit: the finest of its instruments' money units (a power of ten), so
 * that every instrument's units convert into it by an exact whole multiplier.
 */
public final class MoneyUnits {
    private final BigDecimal commonUnit;

    public MoneyUnits(List<Instrument> instruments) {
        int scale = 0;
        for (Instrument instrument : instruments) {
            scale = Math.max(scale, instrument.moneyUnit().stripTrailingZeros().scale());
        }
        this.commonUnit = BigDecimal.ONE.movePointLeft(scale);
    }

    /** How many common units make one money unit of {@code instrument}. */
    public long multiplier(Instrument instrument) {
        return instrument.moneyUnit().divide(commonUnit).longValueExact();
    }

    /** Common units in the quote currency. */
    public BigDecimal toQuote(long commonUnits) {
        return commonUnit.multiply(BigDecimal.valueOf(commonUnits)).stripTrailingZeros();
    }
}
