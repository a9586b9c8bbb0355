package dev.gridbot.engine.position;

import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.strategy.StateHash;

/**
 * A strategy's virtual sub-account on one instrument: the long and the short side it holds, their
 * entry cost, the price PnL it realized, the fees it paid, and the drawdown of its net PnL.
 * Money is in {@link Money} units; quantities in lots; prices in ticks.
 *
 * <p>Owned by the business-logic thread; others read it only when the engine is quiet.
 */
public final class VirtualAccount {
    private long longLots;
    private long shortLots;
    /** Sum of entry price × lots over the open long quantity (tick-lots). */
    private long longCostTickLots;
    /** Sum of entry price × lots over the open short quantity (tick-lots). */
    private long shortCostTickLots;
    private long realizedUnits;
    private long feeUnits;
    private long maxAbsPositionLots;
    private long peakNetUnits;
    private long maxDrawdownUnits;
    private long lastPriceTicks;

    /** Adds an opening fill of {@code qtyLots} at {@code priceTicks} to the {@code side} that opens. */
    public void open(Side side, long priceTicks, long qtyLots) {
        long cost = Math.multiplyExact(priceTicks, qtyLots);
        if (side == Side.BUY) {
            longLots = Math.addExact(longLots, qtyLots);
            longCostTickLots = Math.addExact(longCostTickLots, cost);
        } else {
            shortLots = Math.addExact(shortLots, qtyLots);
            shortCostTickLots = Math.addExact(shortCostTickLots, cost);
        }
        trackPosition();
    }

    /**
     * Closes {@code qtyLots} of the long side (when {@code closedSide} is BUY) or of the short side,
     * whose entry cost was {@code entryCostTickLots}, at {@code exitTicks}; books and returns the
     * realized price PnL.
     */
    public long close(Side closedSide, long entryCostTickLots, long exitTicks, long qtyLots) {
        long exitValue = Math.multiplyExact(exitTicks, qtyLots);
        long pnlTickLots;
        if (closedSide == Side.BUY) {
            if (qtyLots > longLots) {
                throw new IllegalStateException("closing " + qtyLots + " lots of a long side of " + longLots);
            }
            longLots -= qtyLots;
            longCostTickLots = Math.subtractExact(longCostTickLots, entryCostTickLots);
            pnlTickLots = Math.subtractExact(exitValue, entryCostTickLots);
        } else {
            if (qtyLots > shortLots) {
                throw new IllegalStateException("closing " + qtyLots + " lots of a short side of " + shortLots);
            }
            shortLots -= qtyLots;
            shortCostTickLots = Math.subtractExact(shortCostTickLots, entryCostTickLots);
            pnlTickLots = Math.subtractExact(entryCostTickLots, exitValue);
        }
        long pnlUnits = Math.multiplyExact(pnlTickLots, Money.UNITS_PER_TICK_LOT);
        realizedUnits = Math.addExact(realizedUnits, pnlUnits);
        trackPosition();
        return pnlUnits;
    }

    /**
     * Closes {@code qtyLots} of the long side (when {@code closedSide} is BUY) or of the short side at
     * its average entry cost (the whole remaining cost when the side closes completely), at
     * {@code exitTicks}; books and returns the realized price PnL. Whatever the split of the cost,
     * realized plus unrealized stays the sum of the fills' cash flows plus the position at the mark.
     */
    public long closeAtAverage(Side closedSide, long exitTicks, long qtyLots) {
        long lots = closedSide == Side.BUY ? longLots : shortLots;
        long cost = closedSide == Side.BUY ? longCostTickLots : shortCostTickLots;
        if (qtyLots <= 0 || qtyLots > lots) {
            throw new IllegalStateException("closing " + qtyLots + " lots of a side of " + lots);
        }
        long entryCost = qtyLots == lots ? cost : Money.mulDiv(cost, qtyLots, lots);
        return close(closedSide, entryCost, exitTicks, qtyLots);
    }

    /**
     * Books a fill of a position that nets both ways (a target-position strategy on a one-way
     * account): it first closes the opposite side at average cost, then opens the rest. Returns
     * the realized price PnL.
     */
    public long fillNetting(Side side, long priceTicks, long qtyLots) {
        Side opposite = side == Side.BUY ? Side.SELL : Side.BUY;
        long closable = Math.min(qtyLots, sideLots(opposite));
        long pnl = closable > 0 ? closeAtAverage(opposite, priceTicks, closable) : 0;
        if (qtyLots > closable) {
            open(side, priceTicks, qtyLots - closable);
        }
        return pnl;
    }

    public void payFee(long units) {
        feeUnits = Math.addExact(feeUnits, units);
    }

    /** Marks to the last trade price and samples the drawdown of net PnL (called after each trade). */
    public void markToMarket(long lastPriceTicks) {
        this.lastPriceTicks = lastPriceTicks;
        long net = netPnlUnits();
        if (net > peakNetUnits) {
            peakNetUnits = net;
        }
        long drawdown = Math.subtractExact(peakNetUnits, net);
        if (drawdown > maxDrawdownUnits) {
            maxDrawdownUnits = drawdown;
        }
    }

    private void trackPosition() {
        long abs = Math.abs(longLots - shortLots);
        if (abs > maxAbsPositionLots) {
            maxAbsPositionLots = abs;
        }
    }

    public long longLots() {
        return longLots;
    }

    public long shortLots() {
        return shortLots;
    }

    /** Signed net position: long minus short. */
    public long netLots() {
        return longLots - shortLots;
    }

    /** Open quantity of one side: BUY is the long side, SELL the short side. */
    public long sideLots(Side side) {
        return side == Side.BUY ? longLots : shortLots;
    }

    public long realizedUnits() {
        return realizedUnits;
    }

    public long feeUnits() {
        return feeUnits;
    }

    /** Open quantity marked at the last trade price against its entry prices. */
    public long unrealizedUnits() {
        long longPnl = Math.subtractExact(Math.multiplyExact(lastPriceTicks, longLots), longCostTickLots);
        long shortPnl = Math.subtractExact(shortCostTickLots, Math.multiplyExact(lastPriceTicks, shortLots));
        return Math.multiplyExact(Math.addExact(longPnl, shortPnl), Money.UNITS_PER_TICK_LOT);
    }

    /** realized + unrealized − fees. */
    public long netPnlUnits() {
        return Math.subtractExact(Math.addExact(realizedUnits, unrealizedUnits()), feeUnits);
    }

    public long maxAbsPositionLots() {
        return maxAbsPositionLots;
    }

    public long maxDrawdownUnits() {
        return maxDrawdownUnits;
    }

    public long lastPriceTicks() {
        return lastPriceTicks;
    }

    /** Folds the account into a state hash. */
    public long stateHash(long h) {
        h = StateHash.mix(h, longLots);
        h = StateHash.mix(h, shortLots);
        h = StateHash.mix(h, longCostTickLots);
        h = StateHash.mix(h, shortCostTickLots);
        h = StateHash.mix(h, realizedUnits);
        h = StateHash.mix(h, feeUnits);
        h = StateHash.mix(h, maxAbsPositionLots);
        h = StateHash.mix(h, peakNetUnits);
        h = StateHash.mix(h, maxDrawdownUnits);
        return StateHash.mix(h, lastPriceTicks);
    }
}
