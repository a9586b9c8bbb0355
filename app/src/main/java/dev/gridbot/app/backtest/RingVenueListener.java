package dev.gridbot.app.backtest;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.VenueListener;

/**
 * Publishes what the in-process simulated venue reports into the engine's inbound ring, claiming a
 * slot per event and filling it in place. Used by the backtest driver thread only.
 */
final class RingVenueListener implements VenueListener {
    private final RingBuffer<InboundEvent> ring;
    private long published;

    RingVenueListener(RingBuffer<InboundEvent> ring) {
        this.ring = ring;
    }

    /** Events published so far: the driver compares counts to see whether the venue said anything. */
    long published() {
        return published;
    }

    @Override
    public void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long leavesLots) {
        long seq = ring.next();
        ring.get(seq).setAccepted(ts, instrumentId, clientOrderId, side, priceTicks, leavesLots);
        ring.publish(seq);
        published++;
    }

    @Override
    public void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        long seq = ring.next();
        ring.get(seq).setRejected(ts, instrumentId, clientOrderId, side, venueCode);
        ring.publish(seq);
        published++;
    }

    @Override
    public void onCancelRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        long seq = ring.next();
        ring.get(seq).setCancelRejected(ts, instrumentId, clientOrderId, side, venueCode);
        ring.publish(seq);
        published++;
    }

    @Override
    public void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                         long leavesLots, long feeUnits, boolean maker, long venueSequence) {
        long seq = ring.next();
        ring.get(seq).setFilled(ts, instrumentId, clientOrderId, side, priceTicks, qtyLots, leavesLots, feeUnits, maker,
                venueSequence);
        ring.publish(seq);
        published++;
    }

    @Override
    public void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots) {
        long seq = ring.next();
        ring.get(seq).setCanceled(ts, instrumentId, clientOrderId, side, canceledLots);
        ring.publish(seq);
        published++;
    }

    void publishPosition(long ts, int instrumentId, long positionLots) {
        long seq = ring.next();
        ring.get(seq).setPosition(ts, instrumentId, positionLots, 0, 0);
        ring.publish(seq);
        published++;
    }

    void publishWorking(long ts, int instrumentId, long clientOrderId, Side side) {
        long seq = ring.next();
        ring.get(seq).setOrderStatus(ts, instrumentId, clientOrderId, side, 0, 0, 0, OrderStatus.NEW.ordinal());
        ring.publish(seq);
        published++;
    }

    void publishTrade(long ts, int instrumentId, long priceTicks, long qtyLots, long tradeSequence) {
        long seq = ring.next();
        ring.get(seq).setTrade(ts, instrumentId, priceTicks, qtyLots, tradeSequence);
        ring.publish(seq);
        published++;
    }
}
