package dev.gridbot.engine.support;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.OrderSink;

import java.util.ArrayList;
import java.util.List;

/** An OrderSink stub that keeps a copy of everything emitted. */
public final class CapturingSink implements OrderSink {
    public final List<OutboundEvent> events = new ArrayList<>();

    @Override
    public void place(long ts, int strategyId, int instrumentId, long id, Side side, OrderType type, TimeInForce tif,
                      boolean reduceOnly, long priceTicks, long qtyLots) {
        events.add(new OutboundEvent().setPlace(ts, strategyId, instrumentId, id, side, type, tif, reduceOnly,
                priceTicks, qtyLots));
    }

    @Override
    public void cancel(long ts, int strategyId, int instrumentId, long id, Side side) {
        events.add(new OutboundEvent().setCancel(ts, strategyId, instrumentId, id, side));
    }

    @Override
    public void queryOrder(long ts, int strategyId, int instrumentId, long id, Side side) {
        events.add(new OutboundEvent().setQueryOrder(ts, strategyId, instrumentId, id, side));
    }

    @Override
    public void queryPosition(long ts, int strategyId, int instrumentId) {
        events.add(new OutboundEvent().setQueryPosition(ts, strategyId, instrumentId));
    }

    @Override
    public void fillReport(long ts, int strategyId, int instrumentId, long id, Side side, long priceTicks, long qtyLots,
                           long feeUnits, long pnlUnits) {
        events.add(new OutboundEvent().setFillReport(ts, strategyId, instrumentId, id, side, priceTicks, qtyLots,
                feeUnits, pnlUnits));
    }

    @Override
    public void crossReport(long ts, int bookId, int instrumentId, int buyerId, int sellerId, long priceTicks,
                            long qtyLots, long feeSavedUnits) {
        events.add(new OutboundEvent().setCrossReport(ts, bookId, instrumentId, buyerId, sellerId, priceTicks, qtyLots,
                feeSavedUnits));
    }

    @Override
    public void stopReport(long ts, int strategyId, int instrumentId, long triggerTs, long triggerPx, long position,
                           long closePx) {
        events.add(new OutboundEvent().setStopReport(ts, strategyId, instrumentId, triggerTs, triggerPx, position,
                closePx));
    }

    public List<OutboundEvent> ofType(OutboundType type) {
        List<OutboundEvent> out = new ArrayList<>();
        for (OutboundEvent e : events) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    /** Removes and returns everything captured so far. */
    public List<OutboundEvent> take() {
        List<OutboundEvent> out = new ArrayList<>(events);
        events.clear();
        return out;
    }
}
