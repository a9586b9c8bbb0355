package dev.gridbot.app.analysis;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Money;
import dev.gridbot.engine.strategy.OrderCounters;

import java.util.Arrays;

/**
 * One strategy's books as the analysis follows them from its booked fills: position, cash, fees and
 * realized PnL since the journal's start, the position at each grid level, and what the window counts
 * (fills by intent, realized PnL, fees, stop-losses, the engine's counters at its two ends). Money in
 * the strategy's instrument's money units, positions in lots. Used on the analysis thread.
 */
final class StrategyLedger {
    final Instrument instrument;
    final SampleTrack track = new SampleTrack();
    long positionLots;
    long cashUnits;
    long feeUnits;
    long realizedUnits;
    /** Signed lots per grid level (empty for a target strategy). */
    final long[] levelLots;

    long fills;
    long entryFills;
    long exitFills;
    long stopFills;
    long internalFills;
    long stopLosses;
    long windowRealizedUnits;
    long windowFeeUnits;
    long skippedAtStart;
    long roundTripsAtStart;
    long skippedAtEnd;
    long roundTripsAtEnd;

    StrategyLedger(Instrument instrument, int gridLevels) {
        this.instrument = instrument;
        this.levelLots = new long[gridLevels];
    }

    /**
     * Books a fill: position, cash, fee, realized PnL and its level; counted in the window when
     * {@code counting}. An entry adds its signed quantity to its level, an exit takes it back, and the
     * stop-loss close clears every level at its first fill, as the grid books it.
     */
    void book(OutboundEvent fill, boolean internal, boolean counting) {
        int sign = fill.side().sign();
        long qty = fill.qtyLots();
        positionLots = Math.addExact(positionLots, sign * qty);
        cashUnits = Math.subtractExact(cashUnits, sign * Money.notionalUnits(fill.priceTicks(), qty));
        feeUnits = Math.addExact(feeUnits, fill.feeUnits());
        realizedUnits = Math.addExact(realizedUnits, fill.pnlUnits());
        long id = fill.clientOrderId();
        Intent intent = id == ClientOrderId.NONE ? null : ClientOrderId.intent(id);
        if (intent == Intent.STOP) {
            Arrays.fill(levelLots, 0);
        } else if (intent != null && ClientOrderId.level(id) < levelLots.length) {
            levelLots[ClientOrderId.level(id)] += sign * qty;
        }
        if (!counting) {
            return;
        }
        fills++;
        windowRealizedUnits = Math.addExact(windowRealizedUnits, fill.pnlUnits());
        windowFeeUnits = Math.addExact(windowFeeUnits, fill.feeUnits());
        internalFills += internal ? 1 : 0;
        entryFills += intent == Intent.ENTRY ? 1 : 0;
        exitFills += intent == Intent.EXIT ? 1 : 0;
        stopFills += intent == Intent.STOP ? 1 : 0;
    }

    /** The engine's counters, before the window ({@code atEnd} false) or at its latest point. */
    void counters(OrderCounters counters, boolean atEnd) {
        if (atEnd) {
            skippedAtEnd = counters.entriesSkippedByCap();
            roundTripsAtEnd = counters.roundTrips();
        } else {
            skippedAtStart = counters.entriesSkippedByCap();
            roundTripsAtStart = counters.roundTrips();
        }
    }

    /** realized + unrealized − fees since the journal's start: cash − fees + position at {@code markTicks}. */
    long equityUnits(long markTicks) {
        return Math.addExact(Math.subtractExact(cashUnits, feeUnits), Money.notionalUnits(markTicks, positionLots));
    }

    /** The open position at {@code markTicks} against its entry prices: equity + fees − realized. */
    long unrealizedUnits(long markTicks) {
        return Math.subtractExact(Math.addExact(equityUnits(markTicks), feeUnits), realizedUnits);
    }

    /** The window starts now, the last trade at {@code markTicks}. */
    void start(long markTicks) {
        track.start(equityUnits(markTicks), positionLots);
    }
}
