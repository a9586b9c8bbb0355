package dev.gridbot.app.report;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The accounting reports a run's engine emitted (booked fills, internal crosses and stop-losses),
 * kept for the trades CSV and the summary. Fed from the outbound stream of a backtest or of a
 * replay, on one thread; read after the run.
 *
 * <p>Which fills are internal (no venue order behind them) is decided exactly, from the engine's
 * own reports: a fill without a client order id ({@link ClientOrderId#NONE}: a target strategy's
 * share of a cross) is internal; a fill of a strategy's own order is internal when it carries no
 * fee and a cross report of the same inbound event (same timestamp) names that strategy on the
 * fill's side, at the fill's price and quantity. Each side of a cross report accounts for one
 * fill at most. Both reports of one cross are emitted while the engine handles one inbound event,
 * in either order, so the matching waits until the timestamp moves on.
 */
public final class FillLog {
    /**
     * One booked fill. Money in the instrument's money units, prices in ticks, quantities in lots;
     * {@code internal} when it was crossed inside a netting book rather than filled by the venue.
     */
    public record Fill(long timestampNanos, int strategyId, long clientOrderId, boolean buy, long priceTicks,
                       long qtyLots, long feeUnits, long pnlUnits, boolean internal) {
        Fill asInternal() {
            return new Fill(timestampNanos, strategyId, clientOrderId, buy, priceTicks, qtyLots, feeUnits, pnlUnits,
                    true);
        }
    }

    /** One completed stop-loss. */
    public record Stop(long timestampNanos, int strategyId, long triggerTimeNanos, long triggerPriceTicks,
                       long positionLots, long closePriceTicks) {
    }

    /** One side of a cross report not yet matched with a fill. */
    private record CrossSide(int ownerId, boolean buy, long priceTicks, long qtyLots) {
    }

    private final List<Fill> fills = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    // Candidates of the current timestamp only: fee-free fills of own orders, and unmatched cross sides.
    private final List<Integer> candidates = new ArrayList<>();
    private final List<CrossSide> crossSides = new ArrayList<>();
    private long currentNanos = Long.MIN_VALUE;

    /** Keeps the event if it is a report; ignores order commands. */
    public void record(OutboundEvent e) {
        OutboundType type = e.type();
        if (type != OutboundType.FILL_REPORT && type != OutboundType.CROSS_REPORT
                && type != OutboundType.STOP_REPORT) {
            return;
        }
        if (e.timestampNanos() != currentNanos) {
            currentNanos = e.timestampNanos();
            candidates.clear();
            crossSides.clear();
        }
        switch (type) {
            case FILL_REPORT -> recordFill(e);
            case CROSS_REPORT -> {
                matchOrKeep(new CrossSide(e.crossBuyer(), true, e.priceTicks(), e.qtyLots()));
                matchOrKeep(new CrossSide(e.crossSeller(), false, e.priceTicks(), e.qtyLots()));
            }
            default -> stops.add(new Stop(e.timestampNanos(), e.strategyId(), e.refTimestampNanos(),
                    e.refPriceTicks(), e.qtyLots(), e.priceTicks()));
        }
    }

    private void recordFill(OutboundEvent e) {
        Fill fill = new Fill(e.timestampNanos(), e.strategyId(), e.clientOrderId(), e.side().sign() > 0,
                e.priceTicks(), e.qtyLots(), e.feeUnits(), e.pnlUnits(), e.clientOrderId() == ClientOrderId.NONE);
        fills.add(fill);
        if (fill.internal() || fill.feeUnits() != 0) {
            return;
        }
        for (int i = 0; i < crossSides.size(); i++) {
            if (matches(crossSides.get(i), fill)) {
                crossSides.remove(i);
                fills.set(fills.size() - 1, fill.asInternal());
                return;
            }
        }
        candidates.add(fills.size() - 1);
    }

    private void matchOrKeep(CrossSide side) {
        for (int i = 0; i < candidates.size(); i++) {
            int index = candidates.get(i);
            if (matches(side, fills.get(index))) {
                candidates.remove(i);
                fills.set(index, fills.get(index).asInternal());
                return;
            }
        }
        crossSides.add(side);
    }

    private static boolean matches(CrossSide side, Fill fill) {
        return side.ownerId() == fill.strategyId() && side.buy() == fill.buy() && side.priceTicks() == fill.priceTicks()
                && side.qtyLots() == fill.qtyLots();
    }

    public List<Fill> fills() {
        return Collections.unmodifiableList(fills);
    }

    public List<Stop> stops() {
        return Collections.unmodifiableList(stops);
    }

    /** The stop-loss of a strategy, or null. */
    public Stop stopOf(int strategyId) {
        for (Stop s : stops) {
            if (s.strategyId() == strategyId) {
                return s;
            }
        }
        return null;
    }
}
