package dev.gridbot.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Trading rules and fees of one instrument, exactly as the configuration states them.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only. The loader guarantees sizes
 * are above zero, {@code minQty} is a multiple of {@code stepSize}, {@code minNotional} is not
 * negative and both fees are whole parts per million and not negative.
 *
 * @param symbol      the instrument's symbol, e.g. {@code BTCUSDT}
 * @param tickSize    the price increment
 * @param stepSize    the quantity increment, in base units
 * @param minQty      the smallest order quantity, in base units
 * @param minNotional the smallest order value (price × quantity); {@link BigDecimal#ZERO} when absent
 * @param makerFee    the maker fee rate, e.g. {@code 0.0002} for 0.02 %
 * @param takerFee    the taker fee rate
 */
public record InstrumentConfig(
        String symbol,
        BigDecimal tickSize,
        BigDecimal stepSize,
        BigDecimal minQty,
        BigDecimal minNotional,
        BigDecimal makerFee,
        BigDecimal takerFee) {

    /** Refuses nulls; the rules themselves are checked by the loader. */
    public InstrumentConfig {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(stepSize, "stepSize");
        Objects.requireNonNull(minQty, "minQty");
        Objects.requireNonNull(minNotional, "minNotional");
        Objects.requireNonNull(makerFee, "makerFee");
        Objects.requireNonNull(takerFee, "takerFee");
    }

    /** The maker fee in parts per million, see {@link FeeRates#toPpm(BigDecimal)}. */
    public long makerFeePpm() {
        return FeeRates.toPpm(makerFee);
    }

    /** The taker fee in parts per million, see {@link FeeRates#toPpm(BigDecimal)}. */
    public long takerFeePpm() {
        return FeeRates.toPpm(takerFee);
    }
}
