package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/**
 * A working order of the simulated venue. Pooled by {@link SimMatchingCore} and reused after the
 * order finishes, so nothing outside the core may keep a reference. Owned by the core's thread.
 */
final class SimOrder {
    long clientOrderId;
    /** Submission order across the venue: breaks ties at equal prices. */
    long submissionSeq;
    Side side;
    OrderType orderType;
    TimeInForce timeInForce;
    /** Binance's reduceOnly, or a hedge-mode closing order (both are clipped to what they can reduce). */
    boolean reduceOnly;
    PositionSide positionSide = PositionSide.BOTH;
    long priceTicks;
    long leavesLots;

    void set(long clientOrderId, long submissionSeq, Side side, OrderType orderType, TimeInForce timeInForce,
             boolean reduceOnly, PositionSide positionSide, long priceTicks, long leavesLots) {
        this.clientOrderId = clientOrderId;
        this.submissionSeq = submissionSeq;
        this.side = side;
        this.orderType = orderType;
        this.timeInForce = timeInForce;
        this.reduceOnly = reduceOnly;
        this.positionSide = positionSide;
        this.priceTicks = priceTicks;
        this.leavesLots = leavesLots;
    }

    boolean isMarket() {
        return orderType == OrderType.MARKET;
    }

    boolean isIoc() {
        return timeInForce == TimeInForce.IOC;
    }

    /** True when this resting order comes before {@code other} on its side of the book. */
    boolean precedes(SimOrder other) {
        if (priceTicks != other.priceTicks) {
            return side == Side.BUY ? priceTicks > other.priceTicks : priceTicks < other.priceTicks;
        }
        return submissionSeq < other.submissionSeq;
    }
}
