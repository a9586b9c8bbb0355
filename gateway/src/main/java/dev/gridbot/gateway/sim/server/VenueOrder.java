package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.gateway.sim.PositionSide;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An order as the venue's REST and user stream describe it: Binance's {@code orderId} (also the
 * matching core's client order id), the client's {@code clientOrderId}, what was asked, what has
 * filled and its status. Kept after it finishes so queries still find it. Owned by the venue thread.
 */
final class VenueOrder {
    final long orderId;
    final String clientOrderId;
    final Instrument instrument;
    final Side side;
    final PositionSide positionSide;
    final OrderType type;
    final TimeInForce timeInForce;
    final boolean reduceOnly;
    final long priceTicks;
    final long origQtyLots;
    final long timeMs;

    long executedLots;
    /** Σ price × qty of the fills, in the instrument's money units. */
    long cumQuoteUnits;
    OrderStatus status = OrderStatus.NEW;
    long updateTimeMs;
    /** Set just before the venue cancels it for the client: the core's cancel then reads CANCELED, not EXPIRED. */
    boolean cancelRequested;

    VenueOrder(long orderId, String clientOrderId, Instrument instrument, Side side, PositionSide positionSide,
               OrderType type, TimeInForce timeInForce, boolean reduceOnly, long priceTicks, long origQtyLots,
               long timeMs) {
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.instrument = instrument;
        this.side = side;
        this.positionSide = positionSide;
        this.type = type;
        this.timeInForce = timeInForce;
        this.reduceOnly = reduceOnly;
        this.priceTicks = priceTicks;
        this.origQtyLots = origQtyLots;
        this.timeMs = timeMs;
        this.updateTimeMs = timeMs;
    }

    boolean isOpen() {
        return !status.isFinal();
    }

    long leavesLots() {
        return origQtyLots - executedLots;
    }

    void fill(long priceTicks, long qtyLots, long leavesLots, long timeMs) {
        executedLots += qtyLots;
        cumQuoteUnits = Math.addExact(cumQuoteUnits, Money.notionalUnits(priceTicks, qtyLots));
        status = leavesLots == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        updateTimeMs = timeMs;
    }

    BigDecimal price() {
        return instrument.ticksToPrice(priceTicks);
    }

    BigDecimal origQty() {
        return instrument.lotsToQty(origQtyLots);
    }

    BigDecimal executedQty() {
        return instrument.lotsToQty(executedLots);
    }

    BigDecimal cumQuote() {
        return Decimals.quote(instrument.unitsToQuote(cumQuoteUnits));
    }

    /** The average fill price, "0" before the first fill. */
    BigDecimal avgPrice() {
        if (executedLots == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal avg = instrument.unitsToQuote(cumQuoteUnits)
                .divide(instrument.lotsToQty(executedLots), instrument.tickSize().scale() + 5, RoundingMode.HALF_UP);
        return avg.stripTrailingZeros().scale() < 0 ? avg.setScale(0) : avg.stripTrailingZeros();
    }

    /** The rest's notional at the order's price (a market order's at {@code markTicks}), in money units. */
    long openNotionalUnits(long markTicks) {
        return Money.notionalUnits(type == OrderType.MARKET ? markTicks : priceTicks, leavesLots());
    }
}
