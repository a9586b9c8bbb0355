package dev.gridbot.engine.event;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Side;

/**
 * A slot of the inbound ring: one market or order event, filled by a producer through one of the
 * {@code set*} methods (each sets every field, so nothing of a previous use survives) and read by
 * the journal and the business logic. Producers own the slot between claim and publish; after
 * publish it is read-only.
 *
 * <p>Time is {@link #timestampNanos()}, stamped by the producer: the engine reads no other clock.
 */
public final class InboundEvent {
    private InboundType type = InboundType.TRADE;
    private long timestampNanos;
    private int instrumentId;
    private long clientOrderId = ClientOrderId.NONE;
    private Side side = Side.BUY;
    private long priceTicks;
    private long qtyLots;
    private long leavesLots;
    private long feeUnits;
    private boolean maker;
    private int code;
    private long venueSequence;
    private long askTicks;
    private boolean cancelRequest;

    /** A market trade: {@code qtyLots} already floored to the instrument's step. */
    public InboundEvent setTrade(long timestampNanos, int instrumentId, long priceTicks, long qtyLots,
                                 long venueSequence) {
        clear(InboundType.TRADE, timestampNanos, instrumentId, ClientOrderId.NONE);
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.venueSequence = venueSequence;
        return this;
    }

    /** The venue accepted an order; it rests with {@code leavesLots} open. */
    public InboundEvent setAccepted(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                    long priceTicks, long leavesLots) {
        clear(InboundType.ORDER_ACCEPTED, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.priceTicks = priceTicks;
        this.leavesLots = leavesLots;
        return this;
    }

    /** The venue refused an order or a cancel, with its error code. */
    public InboundEvent setRejected(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                    int venueCode) {
        clear(InboundType.ORDER_REJECTED, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.code = venueCode;
        return this;
    }

    /**
     * The venue refused to cancel an order (e.g. -2011: it did not know it, or no longer): the order
     * itself may well be working, filled or about to arrive.
     */
    public InboundEvent setCancelRejected(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                          int venueCode) {
        setRejected(timestampNanos, instrumentId, clientOrderId, side, venueCode);
        this.cancelRequest = true;
        return this;
    }

    /** An order filled {@code qtyLots} at {@code priceTicks}, {@code leavesLots} still open. */
    public InboundEvent setFilled(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                  long priceTicks, long qtyLots, long leavesLots, long feeUnits, boolean maker,
                                  long venueSequence) {
        clear(InboundType.ORDER_FILLED, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.leavesLots = leavesLots;
        this.feeUnits = feeUnits;
        this.maker = maker;
        this.venueSequence = venueSequence;
        return this;
    }

    /** An order left the book; {@code qtyLots} is what was cancelled (its unfilled rest). */
    public InboundEvent setCanceled(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                    long canceledLots) {
        clear(InboundType.ORDER_CANCELED, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.qtyLots = canceledLots;
        return this;
    }

    /** Whatever the venue was asked about {@code clientOrderId} may or may not have happened. */
    public InboundEvent setUnknown(long timestampNanos, int instrumentId, long clientOrderId, Side side, int reason) {
        clear(InboundType.ORDER_UNKNOWN, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.code = reason;
        return this;
    }

    /**
     * A query's answer: {@code status} is an {@link dev.gridbot.engine.model.OrderStatus} ordinal,
     * {@code filledLots} the cumulative filled quantity, {@code leavesLots} what is still open.
     */
    public InboundEvent setOrderStatus(long timestampNanos, int instrumentId, long clientOrderId, Side side,
                                       long priceTicks, long filledLots, long leavesLots, int status) {
        clear(InboundType.ORDER_STATUS, timestampNanos, instrumentId, clientOrderId);
        this.side = side;
        this.priceTicks = priceTicks;
        this.qtyLots = filledLots;
        this.leavesLots = leavesLots;
        this.code = status;
        return this;
    }

    /**
     * The venue's position: {@code positionLots} signed, at average entry {@code entryPriceTicks};
     * {@code positionSide} 0 both (one-way), 1 long leg, 2 short leg (hedge mode).
     */
    public InboundEvent setPosition(long timestampNanos, int instrumentId, long positionLots, long entryPriceTicks,
                                    int positionSide) {
        clear(InboundType.POSITION, timestampNanos, instrumentId, ClientOrderId.NONE);
        this.qtyLots = positionLots;
        this.priceTicks = entryPriceTicks;
        this.code = positionSide;
        return this;
    }

    /**
     * An operator's {@code command} (a {@link dev.gridbot.engine.model.ControlCommand} ordinal) to
     * strategy {@code strategyId}, which trades {@code instrumentId}.
     */
    public InboundEvent setControl(long timestampNanos, int instrumentId, int strategyId, int command) {
        clear(InboundType.CONTROL, timestampNanos, instrumentId, ClientOrderId.NONE);
        this.qtyLots = strategyId;
        this.code = command;
        return this;
    }

    /**
     * A {@link dev.gridbot.engine.model.ControlCommand#RECONFIGURE} of strategy {@code strategyId} to
     * configuration revision {@code revision} (carried in {@link #priceTicks()}).
     */
    public InboundEvent setReconfigure(long timestampNanos, int instrumentId, int strategyId, int revision) {
        setControl(timestampNanos, instrumentId, strategyId,
                dev.gridbot.engine.model.ControlCommand.RECONFIGURE.ordinal());
        this.priceTicks = revision;
        return this;
    }

    public InboundEvent setMarkPrice(long timestampNanos, int instrumentId, long markTicks) {
        clear(InboundType.MARK_PRICE, timestampNanos, instrumentId, ClientOrderId.NONE);
        this.priceTicks = markTicks;
        return this;
    }

    /** Best bid ({@code priceTicks}) and ask ({@link #askTicks()}). */
    public InboundEvent setBookTicker(long timestampNanos, int instrumentId, long bidTicks, long askTicks,
                                      long venueSequence) {
        clear(InboundType.BOOK_TICKER, timestampNanos, instrumentId, ClientOrderId.NONE);
        this.priceTicks = bidTicks;
        this.askTicks = askTicks;
        this.venueSequence = venueSequence;
        return this;
    }

    /** A {@link dev.gridbot.engine.model.VenueState} change or a venue code not about one order. */
    public InboundEvent setVenueStatus(long timestampNanos, int state, int venueCode) {
        clear(InboundType.VENUE_STATUS, timestampNanos, 0, ClientOrderId.NONE);
        this.qtyLots = state;
        this.code = venueCode;
        return this;
    }

    /** The venue throttled us until {@code untilNanos} (event time); {@code venueCode} 429 or 418. */
    public InboundEvent setThrottled(long timestampNanos, long untilNanos, int httpStatus) {
        clear(InboundType.VENUE_STATUS, timestampNanos, 0, ClientOrderId.NONE);
        this.qtyLots = dev.gridbot.engine.model.VenueState.THROTTLED.ordinal();
        this.priceTicks = untilNanos;
        this.code = httpStatus;
        return this;
    }

    /** Copies every field of {@code other} (replay and tests). */
    public InboundEvent copyFrom(InboundEvent other) {
        return setRaw(other.type, other.timestampNanos, other.instrumentId, other.clientOrderId, other.side,
                other.priceTicks, other.qtyLots, other.leavesLots, other.feeUnits, other.maker, other.code,
                other.venueSequence, other.askTicks, other.cancelRequest);
    }

    /** Sets every field from its raw value (the journal's decoder). */
    public InboundEvent setRaw(InboundType type, long timestampNanos, int instrumentId, long clientOrderId,
                               Side side, long priceTicks, long qtyLots, long leavesLots, long feeUnits,
                               boolean maker, int code, long venueSequence, long askTicks,
                               boolean cancelRequest) {
        this.type = type;
        this.timestampNanos = timestampNanos;
        this.instrumentId = instrumentId;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.leavesLots = leavesLots;
        this.feeUnits = feeUnits;
        this.maker = maker;
        this.code = code;
        this.venueSequence = venueSequence;
        this.askTicks = askTicks;
        this.cancelRequest = cancelRequest;
        return this;
    }

    private void clear(InboundType type, long timestampNanos, int instrumentId, long clientOrderId) {
        this.type = type;
        this.timestampNanos = timestampNanos;
        this.instrumentId = instrumentId;
        this.clientOrderId = clientOrderId;
        this.side = Side.BUY;
        this.priceTicks = 0;
        this.qtyLots = 0;
        this.leavesLots = 0;
        this.feeUnits = 0;
        this.maker = false;
        this.code = 0;
        this.venueSequence = 0;
        this.askTicks = 0;
        this.cancelRequest = false;
    }

    public InboundType type() {
        return type;
    }

    public long timestampNanos() {
        return timestampNanos;
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

    public long priceTicks() {
        return priceTicks;
    }

    public long qtyLots() {
        return qtyLots;
    }

    public long leavesLots() {
        return leavesLots;
    }

    public long feeUnits() {
        return feeUnits;
    }

    public boolean maker() {
        return maker;
    }

    /** The venue's error code of a rejection, 0 otherwise. */
    public int code() {
        return code;
    }

    /** The venue's trade or execution sequence, 0 where it has none. */
    public long venueSequence() {
        return venueSequence;
    }

    /** A rejection: true when the refused request was a cancel, false when it was the order itself. */
    public boolean cancelRequest() {
        return cancelRequest;
    }

    /** Book ticker: the best ask. */
    public long askTicks() {
        return askTicks;
    }

    /** True when every field equals {@code other}'s. */
    public boolean sameAs(InboundEvent other) {
        return type == other.type && timestampNanos == other.timestampNanos && instrumentId == other.instrumentId
                && clientOrderId == other.clientOrderId && side == other.side && priceTicks == other.priceTicks
                && qtyLots == other.qtyLots && leavesLots == other.leavesLots && feeUnits == other.feeUnits
                && maker == other.maker && code == other.code && venueSequence == other.venueSequence
                && askTicks == other.askTicks && cancelRequest == other.cancelRequest;
    }

    @Override
    public String toString() {
        return type + "{t=" + timestampNanos + ", inst=" + instrumentId + ", id="
                + (clientOrderId == ClientOrderId.NONE ? "-" : ClientOrderId.toText(clientOrderId)) + ", " + side
                + ", px=" + priceTicks + ", qty=" + qtyLots + ", leaves=" + leavesLots + ", fee=" + feeUnits
                + (maker ? ", maker" : "") + ", code=" + code + ", seq=" + venueSequence + ", ask=" + askTicks + (cancelRequest ? ", cancel" : "") + "}";
    }
}
