package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.Side;

/**
 * The port through which {@link SimMatchingCore} reports what happened to orders. Every argument is
 * a primitive or an enum constant, so reporting allocates nothing.
 *
 * <p>Called on the thread that drives the core, from inside {@link SimMatchingCore#onCommand} and
 * {@link SimMatchingCore#onTrade}. An implementation must not call back into the core from these
 * methods (the core refuses it); it records or publishes and returns.
 */
public interface VenueListener {

    /** The order is working with {@code leavesLots} open; {@code priceTicks} is 0 for a market order. */
    void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long leavesLots);

    /** The venue refused an order or a cancel; {@code venueCode} is the Binance error code. */
    void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode);

    /** The venue refused to cancel an order; by default reported like any refusal. */
    default void onCancelRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        onRejected(ts, instrumentId, clientOrderId, side, venueCode);
    }

    /**
     * The order filled {@code qtyLots} at {@code priceTicks} and has {@code leavesLots} still open
     * (0 when it is done). {@code venueSequence} increases by one with every fill of the venue.
     */
    void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                  long leavesLots, long feeUnits, boolean maker, long venueSequence);

    /** The order left the book with {@code canceledLots} unfilled. */
    void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots);
}
