package dev.gridbot.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tradable instrument with its scales. Immutable. Prices are {@code long} ticks and quantities
 * {@code long} lots (steps); {@link BigDecimal} appears only in the conversions at the edges.
 */
public final class Instrument {
    private final int id;
    private final String symbol;
    private final BigDecimal tickSize;
    private final BigDecimal stepSize;
    private final long minQtyLots;
    private final BigDecimal minNotional;
    private final long makerFeePpm;
    private final long takerFeePpm;
    private final BigDecimal moneyUnit;

    public Instrument(int id, String symbol, BigDecimal tickSize, BigDecimal stepSize, BigDecimal minQty,
                      BigDecimal minNotional, long makerFeePpm, long takerFeePpm) {
        if (tickSize.signum() <= 0 || stepSize.signum() <= 0) {
            throw new IllegalArgumentException(symbol + ": tick and step sizes must be positive");
        }
        this.id = id;
        this.symbol = symbol;
        this.tickSize = tickSize.stripTrailingZeros();
        this.stepSize = stepSize.stripTrailingZeros();
        this.minQtyLots = minQty.divide(stepSize, 0, RoundingMode.UP).longValueExact();
        this.minNotional = minNotional;
        this.makerFeePpm = makerFeePpm;
        this.takerFeePpm = takerFeePpm;
        this.moneyUnit = this.tickSize.multiply(this.stepSize).movePointLeft(6);
    }

    public int id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal tickSize() {
        return tickSize;
    }

    public BigDecimal stepSize() {
        return stepSize;
    }

    public long minQtyLots() {
        return minQtyLots;
    }

    public BigDecimal minNotional() {
        return minNotional;
    }

    public long makerFeePpm() {
        return makerFeePpm;
    }

    public long takerFeePpm() {
        return takerFeePpm;
    }

    /** A price rounded half-up to the tick, in ticks. */
    public long priceToTicks(BigDecimal price) {
        return price.divide(tickSize, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A quantity floored to the step, in lots. */
    public long qtyToLotsFloor(BigDecimal qty) {
        return qty.divide(stepSize, 0, RoundingMode.FLOOR).longValueExact();
    }

    public BigDecimal ticksToPrice(long ticks) {
        return tickSize.multiply(BigDecimal.valueOf(ticks));
    }

    public BigDecimal lotsToQty(long lots) {
        return stepSize.multiply(BigDecimal.valueOf(lots));
    }

    /** The quote-currency value of one money unit (see {@link Money}). */
    public BigDecimal moneyUnit() {
        return moneyUnit;
    }

    /** Money units (see {@link Money}) in the quote currency. */
    public BigDecimal unitsToQuote(long units) {
        return moneyUnit.multiply(BigDecimal.valueOf(units)).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return symbol + "#" + id;
    }
}
