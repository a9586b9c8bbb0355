package dev.gridbot.engine.strategy;

import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;

/**
 * The port through which strategies emit what they decide: order commands and accounting reports.
 * Called only on the business-logic thread. The pipeline's implementation writes into the
 * outbound ring; tests capture.
 */
public interface OrderSink {
    void place(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
               OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks, long qtyLots);

    void cancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side);

    /** Ask the venue for the status of one order (settles unknown outcomes and refused cancels). */
    void queryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side);

    /** Ask the venue for its position on an instrument (after a reduce-only refusal). */
    void queryPosition(long timestampNanos, int strategyId, int instrumentId);

    void fillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                    long priceTicks, long qtyLots, long feeUnits, long pnlUnits);

    /** An internal cross of a netting book (see {@link dev.gridbot.engine.event.OutboundEvent#setCrossReport}). */
    void crossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId, long priceTicks,
                     long qtyLots, long feeSavedUnits);

    void stopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                    long triggerPriceTicks, long positionLots, long closePriceTicks);
}
