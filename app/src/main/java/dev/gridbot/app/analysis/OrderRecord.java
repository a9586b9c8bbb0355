package dev.gridbot.app.analysis;

import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/**
 * One order the engine sent to the venue (a PLACE), and what became of it: the venue's answers and
 * the fills booked against it. Times are event times in epoch nanoseconds, 0 when it did not happen.
 * Written by {@link OrderTracker} on the analysis thread; read after the journal was played.
 */
final class OrderRecord {
    /** What the journal last said of an order. */
    enum Status {
        /** Sent; the venue's answer is not in the journal. */
        SENT,
        NEW,
        PARTIALLY_FILLED,
        FILLED,
        CANCELED,
        EXPIRED,
        REJECTED,
        /** The outcome of a request about it is unknown (a timeout or disconnect) and no query settled it. */
        UNKNOWN,
        /** The venue does not know it: it never arrived. */
        NOT_FOUND;

        /** True while it may still fill. */
        boolean working() {
            return this == SENT || this == NEW || this == PARTIALLY_FILLED || this == UNKNOWN;
        }
    }

    final long clientOrderId;
    final int owner;
    final int instrumentId;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    final boolean reduceOnly;
    final long priceTicks;
    final long qtyLots;
    final long placedNanos;
    long acceptedNanos;
    long firstFillNanos;
    long lastFillNanos;
    long filledLots;
    /** Sum of price × quantity over the booked fills (tick-lots), for the average fill price. */
    long filledTickLots;
    long feeUnits;
    long pnlUnits;
    int fills;
    long cancelRequestNanos;
    long canceledNanos;
    int rejectCode;
    Status status = Status.SENT;

    OrderRecord(long clientOrderId, int owner, int instrumentId, Side side, OrderType type, TimeInForce timeInForce,
                boolean reduceOnly, long priceTicks, long qtyLots, long placedNanos) {
        this.clientOrderId = clientOrderId;
        this.owner = owner;
        this.instrumentId = instrumentId;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.reduceOnly = reduceOnly;
        this.priceTicks = priceTicks;
        this.qtyLots = qtyLots;
        this.placedNanos = placedNanos;
    }

    /** True when at least one fill was booked against it. */
    boolean filled() {
        return fills > 0;
    }
}
