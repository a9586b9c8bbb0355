package dev.gridbot.engine.event;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/**
 * A slot of the outbound ring: an order command for the venue, or a report of what the engine
 * decided (booked fills, stop-loss). Written only by the business-logic thread through one of the
 * {@code set*} methods (each sets every field), read by the journal and then the sender.
 *
 * <p>Its timestamp is that of the inbound event that caused it, so replay reproduces it exactly.
 */
public final class OutboundEvent {
    private OutboundType type = OutboundType.PLACE;
    private long timestampNanos;
    private int strategyId;
    private int instrumentId;
    private long clientOrderId = ClientOrderId.NONE;
    private Side side = Side.BUY;
    private OrderType orderType = OrderType.LIMIT;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private boolean reduceOnly;
    private long priceTicks;
    private long qtyLots;
    private long feeUnits;
    private long pnlUnits;
    private long refPriceTicks;
    private long refTimestampNanos;

    /** A new order. {@code priceTicks} is 0 for a market order. */
    public OutboundEvent setPlace(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                                  OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks,
                                  long qtyLots) {
        clear(OutboundType.PLACE, timestampNanos, strategyId, instrumentId, clientOrderId);
        this.side = side;
        this.orderType = orderType;
        this.timeInForce = timeInForce;
        this.reduceOnly = reduceOnly;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        return this;
    }

    /** Cancel the working order {@code clientOrderId}. */
    public OutboundEvent setCancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId,
                                   Side side) {
        clear(OutboundType.CANCEL, timestampNanos, strategyId, instrumentId, clientOrderId);
        this.side = side;
        return this;
    }

    /** Ask the venue for the status of order {@code clientOrderId}. */
    public OutboundEvent setQueryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId,
                                       Side side) {
        clear(OutboundType.QUERY_ORDER, timestampNanos, strategyId, instrumentId, clientOrderId);
        this.side = side;
        return this;
    }

    /** Ask the venue for its position on {@code instrumentId}. */
    public OutboundEvent setQueryPosition(long timestampNanos, int strategyId, int instrumentId) {
        clear(OutboundType.QUERY_POSITION, timestampNanos, strategyId, instrumentId, ClientOrderId.NONE);
        return this;
    }

    /** A fill as the strategy booked it, with the price PnL it realized and the fee it paid. */
    public OutboundEvent setFillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId,
                                       Side side, long priceTicks, long qtyLots, long feeUnits, long pnlUnits) {
        clear(OutboundType.FILL_REPORT, timestampNanos, strategyId, instrumentId, clientOrderId);
        this.side = side;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.feeUnits = feeUnits;
        this.pnlUnits = pnlUnits;
        return this;
    }

    /**
     * A completed stop-loss: triggered at {@code triggerTimeNanos} by a trade at {@code triggerPriceTicks}
     * with a signed position of {@code positionLots}, closed at {@code closePriceTicks} (equal to the
     * trigger price when there was nothing to close).
     */
    public OutboundEvent setStopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                                       long triggerPriceTicks, long positionLots, long closePriceTicks) {
        clear(OutboundType.STOP_REPORT, timestampNanos, strategyId, instrumentId, ClientOrderId.NONE);
        this.refTimestampNanos = triggerTimeNanos;
        this.refPriceTicks = triggerPriceTicks;
        this.qtyLots = positionLots;
        this.priceTicks = closePriceTicks;
        return this;
    }

    /**
     * An internal cross in netting book {@code bookId}: {@code qtyLots} at {@code priceTicks} from
     * {@code sellerId} to {@code buyerId} (strategy ids, or the book's id for the target-position
     * strategies it serves), saving {@code feeSavedUnits} of venue fees (both sides, maker rate).
     * The buyer and seller ride in the reference fields: {@link #crossBuyer()}, {@link #crossSeller()}.
     */
    public OutboundEvent setCrossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId,
                                        long priceTicks, long qtyLots, long feeSavedUnits) {
        clear(OutboundType.CROSS_REPORT, timestampNanos, bookId, instrumentId, ClientOrderId.NONE);
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.feeUnits = feeSavedUnits;
        this.refPriceTicks = buyerId;
        this.refTimestampNanos = sellerId;
        return this;
    }

    /** Cross report: the buying side's strategy (or book) id. */
    public int crossBuyer() {
        return (int) refPriceTicks;
    }

    /** Cross report: the selling side's strategy (or book) id. */
    public int crossSeller() {
        return (int) refTimestampNanos;
    }

    /** Copies every field of {@code other}. */
    public OutboundEvent copyFrom(OutboundEvent other) {
        return setRaw(other.type, other.timestampNanos, other.strategyId, other.instrumentId, other.clientOrderId,
                other.side, other.orderType, other.timeInForce, other.reduceOnly, other.priceTicks, other.qtyLots,
                other.feeUnits, other.pnlUnits, other.refPriceTicks, other.refTimestampNanos);
    }

    /** Sets every field from its raw value (the journal's decoder). */
    public OutboundEvent setRaw(OutboundType type, long timestampNanos, int strategyId, int instrumentId,
                                long clientOrderId, Side side, OrderType orderType, TimeInForce timeInForce,
                                boolean reduceOnly, long priceTicks, long qtyLots, long feeUnits, long pnlUnits,
                                long refPriceTicks, long refTimestampNanos) {
        this.type = type;
        this.timestampNanos = timestampNanos;
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.orderType = orderType;
        this.timeInForce = timeInForce;
        this.reduceOnly = reduceOnly;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.feeUnits = feeUnits;
        this.pnlUnits = pnlUnits;
        this.refPriceTicks = refPriceTicks;
        this.refTimestampNanos = refTimestampNanos;
        return this;
    }

    private void clear(OutboundType type, long timestampNanos, int strategyId, int instrumentId, long clientOrderId) {
        this.type = type;
        this.timestampNanos = timestampNanos;
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.clientOrderId = clientOrderId;
        this.side = Side.BUY;
        this.orderType = OrderType.LIMIT;
        this.timeInForce = TimeInForce.GTC;
        this.reduceOnly = false;
        this.priceTicks = 0;
        this.qtyLots = 0;
        this.feeUnits = 0;
        this.pnlUnits = 0;
        this.refPriceTicks = 0;
        this.refTimestampNanos = 0;
    }

    public OutboundType type() {
        return type;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    public int strategyId() {
        return strategyId;
    }

    public int instrumentId() {
        return instrumentId;
    }

    public long clientOrderId() {
        return clientOrderId;
    }

    public Side side() {
        return side;
    }

    public OrderType orderType() {
        return orderType;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public boolean reduceOnly() {
        return reduceOnly;
    }

    public long priceTicks() {
        return priceTicks;
    }

    /** Order quantity; for a stop report, the signed position at the trigger. */
    public long qtyLots() {
        return qtyLots;
    }

    public long feeUnits() {
        return feeUnits;
    }

    public long pnlUnits() {
        return pnlUnits;
    }

    /** Stop report: the trigger price. */
    public long refPriceTicks() {
        return refPriceTicks;
    }

    /** Stop report: the trigger time. */
    public long refTimestampNanos() {
        return refTimestampNanos;
    }

    /** True when every field equals {@code other}'s: replay verification compares with this. */
    public boolean sameAs(OutboundEvent other) {
        return type == other.type && timestampNanos == other.timestampNanos && strategyId == other.strategyId
                && instrumentId == other.instrumentId && clientOrderId == other.clientOrderId && side == other.side
                && orderType == other.orderType && timeInForce == other.timeInForce && reduceOnly == other.reduceOnly
                && priceTicks == other.priceTicks && qtyLots == other.qtyLots && feeUnits == other.feeUnits
                && pnlUnits == other.pnlUnits && refPriceTicks == other.refPriceTicks
                && refTimestampNanos == other.refTimestampNanos;
    }

    @Override
    public String toString() {
        return type + "{t=" + timestampNanos + ", strategy=" + strategyId + ", inst=" + instrumentId + ", id="
                + (clientOrderId == ClientOrderId.NONE ? "-" : ClientOrderId.toText(clientOrderId)) + ", " + side
                + ", " + orderType + "/" + timeInForce + (reduceOnly ? "/reduceOnly" : "") + ", px=" + priceTicks
                + ", qty=" + qtyLots + ", fee=" + feeUnits + ", pnl=" + pnlUnits + ", refPx=" + refPriceTicks
                + ", refT=" + refTimestampNanos + "}";
    }
}
