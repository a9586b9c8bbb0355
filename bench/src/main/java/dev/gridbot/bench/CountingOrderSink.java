package dev.gridbot.bench;

import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.strategy.OrderSink;

/**
 * An order sink that only counts what the strategies emit (orders, queries, reports) and remembers
 * the last cancel (so the driver can answer it as the venue would). Allocates nothing. Owned by
 * the thread driving the logic.
 */
final class CountingOrderSink implements OrderSink {
    private long places;
    private long cancels;
    private long reports;
    private long queries;
    private long lastCanceledId = ClientOrderId.NONE;
    private Side lastCanceledSide = Side.BUY;

    @Override
    public void place(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                      OrderType orderType, TimeInForce timeInForce, boolean reduceOnly, long priceTicks,
                      long qtyLots) {
        places++;
    }

    @Override
    public void cancel(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        cancels++;
        lastCanceledId = clientOrderId;
        lastCanceledSide = side;
    }

    @Override
    public void queryOrder(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side) {
        queries++;
    }

    @Override
    public void queryPosition(long timestampNanos, int strategyId, int instrumentId) {
        queries++;
    }

    @Override
    public void fillReport(long timestampNanos, int strategyId, int instrumentId, long clientOrderId, Side side,
                           long priceTicks, long qtyLots, long feeUnits, long pnlUnits) {
        reports++;
    }

    @Override
    public void crossReport(long timestampNanos, int bookId, int instrumentId, int buyerId, int sellerId,
                            long priceTicks, long qtyLots, long feeSavedUnits) {
        reports++;
    }

    @Override
    public void stopReport(long timestampNanos, int strategyId, int instrumentId, long triggerTimeNanos,
                           long triggerPriceTicks, long positionLots, long closePriceTicks) {
        reports++;
    }

    long places() {
        return places;
    }

    long cancels() {
        return cancels;
    }

    long reports() {
        return reports;
    }

    /** Order and position queries: none in the benchmark scenarios. */
    long queries() {
        return queries;
    }

    /** Order commands so far: places and cancels. */
    long orders() {
        return places + cancels;
    }

    long lastCanceledId() {
        return lastCanceledId;
    }

    Side lastCanceledSide() {
        return lastCanceledSide;
    }
}
