package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Side;

/**
 * One instrument's state at the simulated venue: resting orders per side in pre-sized arrays sorted
 * by price priority then submission, the orders waiting for the next trade to take (market, IOC,
 * crossing limits) in submission order, the last trade price, the account's position and counters.
 * Owned by the {@link SimMatchingCore}'s thread; the core does the matching, this class only keeps
 * the arrays in order.
 */
final class SimBook {
    final Instrument instrument;
    final int maxOpenOrders;

    /** Best (highest) price first, then earliest submission. */
    final SimOrder[] buys;
    int buyCount;
    /** Best (lowest) price first, then earliest submission. */
    final SimOrder[] sells;
    int sellCount;
    /** Orders that act on the next trade, in submission order. */
    final SimOrder[] takers;
    int takerCount;

    boolean hasLastPrice;
    long lastPriceTicks;
    /** The net position: every fill's signed quantity, whatever its leg. */
    long positionLots;
    /** Hedge mode: the long leg (0 or more). */
    long longLots;
    /** Hedge mode: the short leg as a positive amount (0 or more). */
    long shortLots;

    long fills;
    long feesPaidUnits;
    long makerVolumeLots;
    long takerVolumeLots;

    SimBook(Instrument instrument, int maxOpenOrders) {
        this.instrument = instrument;
        this.maxOpenOrders = maxOpenOrders;
        this.buys = new SimOrder[maxOpenOrders];
        this.sells = new SimOrder[maxOpenOrders];
        this.takers = new SimOrder[maxOpenOrders];
    }

    int openOrders() {
        return buyCount + sellCount + takerCount;
    }

    /** The working order with this client order id, or null. */
    SimOrder find(long clientOrderId) {
        SimOrder found = find(buys, buyCount, clientOrderId);
        if (found == null) {
            found = find(sells, sellCount, clientOrderId);
        }
        if (found == null) {
            found = find(takers, takerCount, clientOrderId);
        }
        return found;
    }

    private static SimOrder find(SimOrder[] orders, int count, long clientOrderId) {
        for (int i = 0; i < count; i++) {
            if (orders[i].clientOrderId == clientOrderId) {
                return orders[i];
            }
        }
        return null;
    }

    /** Puts a maker order into its side of the book at its priority. */
    void rest(SimOrder order) {
        if (order.side == Side.BUY) {
            buyCount = insertSorted(buys, buyCount, order);
        } else {
            sellCount = insertSorted(sells, sellCount, order);
        }
    }

    private static int insertSorted(SimOrder[] orders, int count, SimOrder order) {
        int at = count;
        while (at > 0 && order.precedes(orders[at - 1])) {
            orders[at] = orders[at - 1];
            at--;
        }
        orders[at] = order;
        return count + 1;
    }

    /** Queues an order that acts on the next trade. */
    void addTaker(SimOrder order) {
        takers[takerCount++] = order;
    }

    /** Forgets every queued taker; the core has already moved or finished each of them. */
    void clearTakers() {
        for (int i = 0; i < takerCount; i++) {
            takers[i] = null;
        }
        takerCount = 0;
    }

    /** Removes a working order from wherever it is. */
    void remove(SimOrder order) {
        if (remove(buys, buyCount, order)) {
            buyCount--;
        } else if (remove(sells, sellCount, order)) {
            sellCount--;
        } else if (remove(takers, takerCount, order)) {
            takerCount--;
        } else {
            throw new IllegalStateException("order is not in the book of " + instrument);
        }
    }

    private static boolean remove(SimOrder[] orders, int count, SimOrder order) {
        for (int i = 0; i < count; i++) {
            if (orders[i] == order) {
                System.arraycopy(orders, i + 1, orders, i, count - i - 1);
                orders[count - 1] = null;
                return true;
            }
        }
        return false;
    }

    /**
     * How many lots a fill of {@code order} may have without increasing its leg: the net position
     * for a one-way order (see {@link #reducibleLots(Side)}), the leg it closes for a hedge one.
     */
    long reducibleLots(SimOrder order) {
        return reducibleLots(order.side, order.positionSide);
    }

    long reducibleLots(Side side, PositionSide positionSide) {
        switch (positionSide) {
            case LONG:
                return side == Side.SELL ? longLots : 0;
            case SHORT:
                return side == Side.BUY ? shortLots : 0;
            default:
                return reducibleLots(side);
        }
    }

    /** Books a fill of {@code qtyLots} into the net position and, in hedge mode, the order's leg. */
    void applyFill(SimOrder order, long qtyLots) {
        positionLots = Math.addExact(positionLots, order.side == Side.BUY ? qtyLots : -qtyLots);
        if (order.positionSide == PositionSide.LONG) {
            longLots = Math.addExact(longLots, order.side == Side.BUY ? qtyLots : -qtyLots);
        } else if (order.positionSide == PositionSide.SHORT) {
            shortLots = Math.addExact(shortLots, order.side == Side.SELL ? qtyLots : -qtyLots);
        }
    }

    /**
     * How many lots a fill of {@code side} without increasing |position|: the whole
     * position when the side reduces it, 0 when the position is flat or already on that side.
     */
    long reducibleLots(Side side) {
        if (side == Side.BUY) {
            return positionLots < 0 ? -positionLots : 0;
        }
        return positionLots > 0 ? positionLots : 0;
    }
}
