package dev.gridbot.engine.model;

/**
 * Money inside the engine is a {@code long} count of "money units" of one instrument:
 * one unit is {@code tickSize × stepSize / 1_000_000} of the quote currency.
 *
 * <p>Why that unit: the notional of a fill is {@code priceTicks × qtyLots} tick-lots, exact; a fee
 * rate is a whole number of parts per million (the config refuses others), so a fee is
 * {@code priceTicks × qtyLots × feePpm} units, exact too. Price PnL is scaled by
 * {@link #UNITS_PER_TICK_LOT} into the same unit, so realized, unrealized, fees and net PnL add
 * without rounding. All arithmetic is {@code Math.*Exact}: an overflow is an error, never a wrap.
 */
public final class Money {
    /** Money units in one tick-lot of notional. */
    public static final long UNITS_PER_TICK_LOT = 1_000_000L;

    private Money() {
    }

    /** Notional of {@code qtyLots} at {@code priceTicks}, in money units. */
    public static long notionalUnits(long priceTicks, long qtyLots) {
        return Math.multiplyExact(Math.multiplyExact(priceTicks, qtyLots), UNITS_PER_TICK_LOT);
    }

    /** Fee of a fill in money units. */
    public static long feeUnits(long priceTicks, long qtyLots, long feePpm) {
        return Math.multiplyExact(Math.multiplyExact(priceTicks, qtyLots), feePpm);
    }

    /** {@code a × b / c} rounded toward zero, exact even when the product does not fit in a long. */
    public static long mulDiv(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low / c;
        }
        return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
                .divide(java.math.BigInteger.valueOf(c)).longValueExact();
    }

    /** Price PnL of {@code qtyLots} bought at {@code entryTicks} and sold at {@code exitTicks}. */
    public static long longPnlUnits(long entryTicks, long exitTicks, long qtyLots) {
        return Math.multiplyExact(Math.multiplyExact(Math.subtractExact(exitTicks, entryTicks), qtyLots),
                UNITS_PER_TICK_LOT);
    }
}
