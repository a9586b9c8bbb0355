package dev.gridbot.engine.pipeline;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.OrderSink;

/**
 * Writes strategy decisions into the outbound ring: claim a slot, set every field, publish.
 * The business-logic thread is the ring's only producer. A full ring means the sender has fallen
 * far behind: that is an invariant breach (a decision must never be dropped), so it throws and
 * the pipeline's exception handler halts trading.
 */
final class RingOrderSink implements OrderSink {
    private final RingBuffer<OutboundEvent> ring;

    RingOrderSink(RingBuffer<OutboundEvent> ring) {
        this.ring = ring;
    }

    private long claim() {
        try {
            return ring.tryNext();
        } catch (InsufficientCapacityException e) {
            throw new IllegalStateException("outbound ring full: the sender is not keeping up", e);
        }
    }

    @Override
    public void place(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                      OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks,
                      long qtyLots) {
        long seq = claim();
        ring.get(seq).setPlace(timestampNanos, strategyId, instrumentId, clientOrderId, side, orderType, timeInForce,
                reduceOnly, priceTicks, qtyLots);
        ring.publish(seq);
    }

    @Override
    public void cancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        long seq = claim();
        ring.get(seq).setCancel(timestampNanos, strategyId, instrumentId, clientOrderId, side);
        ring.publish(seq);
    }

    @Override
    public void queryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        long seq = claim();
        ring.get(seq).setQueryOrder(timestampNanos, strategyId, instrumentId, clientOrderId, side);
        ring.publish(seq);
    }

    @Override
    public void queryPosition(long timestampNanos, int strategyId, int instrumentId) {
        long seq = claim();
        ring.get(seq).setQueryPosition(timestampNanos, strategyId, instrumentId);
        ring.publish(seq);
    }

    @Override
    public void fillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                           long priceTicks, long qtyLots, long feeUnits, long pnlUnits) {
        long seq = claim();
        ring.get(seq).setFillReport(timestampNanos, strategyId, instrumentId, clientOrderId, side, priceTicks, qtyLots,
                feeUnits, pnlUnits);
        ring.publish(seq);
    }

    @Override
    public void crossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId,
                            long priceTicks, long qtyLots, long feeSavedUnits) {
        long seq = claim();
        ring.get(seq).setCrossReport(timestampNanos, bookId, instrumentId, buyerId, sellerId, priceTicks, qtyLots,
                feeSavedUnits);
        ring.publish(seq);
    }

    @Override
    public void stopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                           long triggerPriceTicks, long positionLots, long closePriceTicks) {
        long seq = claim();
        ring.get(seq).setStopReport(timestampNanos, strategyId, instrumentId, triggerTimeNanos, triggerPriceTicks,
                positionLots, closePriceTicks);
        ring.publish(seq);
    }
}
