package dev.gridbot.app.report;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The accounting reports a run's engine emitted (booked fills and stop-losses), kept for the
 * trades CSV and the summary. Fed from the outbound stream of a backtest or of a replay, on one
 * thread; read after the run.
 */
public final class FillLog {
    /** One booked fill. Money in the instrument's money units, prices in ticks, quantities in lots. */
    public record Fill(long timestampNanos, int strategyId, long clientOrderId, boolean buy, long priceTicks,
                       long qtyLots, long feeUnits, long pnlUnits) {
    }

    /** One completed stop-loss. */
    public record Stop(long timestampNanos, int strategyId, long triggerTimeNanos, long triggerPriceTicks,
                       long positionLots, long closePriceTicks) {
    }

    private final List<Fill> fills = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();

    /** Keeps the event if it is a report; ignores order commands. */
    public void record(OutboundEvent e) {
        if (e.type() == OutboundType.FILL_REPORT) {
            fills.add(new Fill(e.timestampNanos(), e.strategyId(), e.clientOrderId(), e.side().sign() > 0,
                    e.priceTicks(), e.qtyLots(), e.feeUnits(), e.pnlUnits()));
        } else if (e.type() == OutboundType.STOP_REPORT) {
            stops.add(new Stop(e.timestampNanos(), e.strategyId(), e.refTimestampNanos(), e.refPriceTicks(),
                    e.qtyLots(), e.priceTicks()));
        }
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
