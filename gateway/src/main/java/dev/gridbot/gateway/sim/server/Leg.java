package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.model.Side;

/**
 * One position of an account on one instrument: the net position of a one-way account, or one
 * leg of a hedge-mode account. Keeps the signed quantity, the cost of what is open (for the
 * average entry price) and the realized PnL, exactly, in the instrument's money units. Owned by
 * the venue thread.
 */
final class Leg {
    long qtyLots;
    /** Σ price × qty of the open quantity, in money units; the average entry is this over the quantity. */
    long costUnits;
    long realizedUnits;
    long updateTimeMs;

    /**
     * Books a fill and returns the price PnL it realized (money units): the closed part against the
     * average entry, then, when a one-way position flips, the rest opens at the fill price.
     */
    long fill(Side side, long priceTicks, long qtyLots, long timeMs) {
        updateTimeMs = timeMs;
        long signed = side == Side.BUY ? qtyLots : -qtyLots;
        if (this.qtyLots == 0 || Long.signum(this.qtyLots) == Long.signum(signed)) {
            costUnits = Math.addExact(costUnits, Money.notionalUnits(priceTicks, qtyLots));
            this.qtyLots = Math.addExact(this.qtyLots, signed);
            return 0;
        }
        long open = Math.abs(this.qtyLots);
        long closed = Math.min(open, qtyLots);
        long removedCost = costUnits / open * closed + costUnits % open * closed / open;
        long exitUnits = Money.notionalUnits(priceTicks, closed);
        long realized = this.qtyLots > 0 ? exitUnits - removedCost : removedCost - exitUnits;
        costUnits -= removedCost;
        this.qtyLots += this.qtyLots > 0 ? -closed : closed;
        long rest = qtyLots - closed;
        if (rest > 0) {
            costUnits = Money.notionalUnits(priceTicks, rest);
            this.qtyLots = side == Side.BUY ? rest : -rest;
        }
        realizedUnits = Math.addExact(realizedUnits, realized);
        return realized;
    }

    /** The open quantity marked at {@code markTicks}, less its cost (money units). */
    long unrealizedUnits(long markTicks) {
        if (qtyLots == 0) {
            return 0;
        }
        long value = Money.notionalUnits(markTicks, Math.abs(qtyLots));
        return qtyLots > 0 ? value - costUnits : costUnits - value;
    }

    long notionalUnits(long markTicks) {
        return Money.notionalUnits(markTicks, Math.abs(qtyLots));
    }
}
