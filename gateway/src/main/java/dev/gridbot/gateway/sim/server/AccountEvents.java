package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.OrderStatus;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.VenueListener;

/**
 * Turns one account's matching-core reports into the venue's order records, the account's wallet
 * and positions, and its user-data stream: ORDER_TRADE_UPDATE for NEW, TRADE, CANCELED and EXPIRED,
 * ACCOUNT_UPDATE after each fill. Called on the venue thread from inside the core; it never calls
 * back into the core. The last refusal's code is kept for the handler that placed the order.
 */
final class AccountEvents implements VenueListener {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final VenueAccount account;
    private final Venue venue;
    int lastRejectCode;

    AccountEvents(VenueAccount account, Venue venue) {
        this.account = account;
        this.venue = venue;
    }

    @Override
    public void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long leavesLots) {
        VenueOrder order = account.orders.get(clientOrderId);
        order.status = OrderStatus.NEW;
        order.updateTimeMs = ts / NANOS_PER_MILLI;
        account.openOrders.put(order.orderId, order);
        account.byClientId.put(VenueAccount.clientKey(order.instrument, order.clientOrderId), order);
        publishOrder(order, "NEW", 0, 0, 0, false, 0, 0);
    }

    @Override
    public void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        lastRejectCode = venueCode;
    }

    @Override
    public void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                         long leavesLots, long feeUnits, boolean maker, long venueSequence) {
        VenueOrder order = account.orders.get(clientOrderId);
        long timeMs = ts / NANOS_PER_MILLI;
        order.fill(priceTicks, qtyLots, leavesLots, timeMs);
        if (leavesLots == 0) {
            account.openOrders.remove(order.orderId);
        }
        long realized = account.bookFill(order, priceTicks, qtyLots, feeUnits, timeMs);
        publishOrder(order, "TRADE", priceTicks, qtyLots, feeUnits, maker, venue.nextTradeId(), realized);
        venue.publishUser(account, UserEventWriter.accountUpdate(account, order.instrument, order.positionSide,
                venue.markTicks(), timeMs));
    }

    @Override
    public void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots) {
        VenueOrder order = account.orders.get(clientOrderId);
        order.status = order.cancelRequested ? OrderStatus.CANCELED : OrderStatus.EXPIRED;
        order.updateTimeMs = ts / NANOS_PER_MILLI;
        account.openOrders.remove(order.orderId);
        publishOrder(order, order.status.name(), 0, 0, 0, false, 0, 0);
    }

    private void publishOrder(VenueOrder order, String execution, long lastPriceTicks, long lastQtyLots,
                              long feeUnits, boolean maker, long tradeId, long realizedUnits) {
        int id = order.instrument.id();
        long mark = venue.markTicks()[id];
        venue.publishUser(account, UserEventWriter.orderTradeUpdate(order, execution, lastPriceTicks, lastQtyLots,
                feeUnits, maker, tradeId, realizedUnits, account.openNotional(id, Side.BUY, mark),
                account.openNotional(id, Side.SELL, mark)));
    }
}
