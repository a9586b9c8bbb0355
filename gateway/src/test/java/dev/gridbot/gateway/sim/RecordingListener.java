package dev.gridbot.gateway.sim;

import dev.gridbot.engine.model.Side;

import java.util.ArrayList;
import java.util.List;

/** A {@link VenueListener} stub that keeps every report, in order, for assertions. */
final class RecordingListener implements VenueListener {

    enum Kind { ACCEPTED, REJECTED, FILLED, CANCELED }

    /** One report; fields a kind does not carry are 0 / false. */
    record Report(Kind kind, long ts, int instrumentId, long clientOrderId, Side side, long priceTicks,
                  long qtyLots, long leavesLots, long feeUnits, boolean maker, int code, long venueSequence) {
    }

    final List<Report> reports = new ArrayList<>();

    @Override
    public void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks,
                           long leavesLots) {
        reports.add(new Report(Kind.ACCEPTED, ts, instrumentId, clientOrderId, side, priceTicks, 0, leavesLots, 0,
                false, 0, 0));
    }

    @Override
    public void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
        reports.add(new Report(Kind.REJECTED, ts, instrumentId, clientOrderId, side, 0, 0, 0, 0, false, venueCode,
                0));
    }

    @Override
    public void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                         long leavesLots, long feeUnits, boolean maker, long venueSequence) {
        reports.add(new Report(Kind.FILLED, ts, instrumentId, clientOrderId, side, priceTicks, qtyLots, leavesLots,
                feeUnits, maker, 0, venueSequence));
    }

    @Override
    public void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots) {
        reports.add(new Report(Kind.CANCELED, ts, instrumentId, clientOrderId, side, 0, canceledLots, 0, 0, false, 0,
                0));
    }

    List<Report> of(Kind kind) {
        List<Report> selected = new ArrayList<>();
        for (Report report : reports) {
            if (report.kind() == kind) {
                selected.add(report);
            }
        }
        return selected;
    }

    List<Report> fills() {
        return of(Kind.FILLED);
    }

    /** "id:qty@price" for each fill, in order: compact to assert a sequence of fills. */
    List<String> fillSummary() {
        List<String> summary = new ArrayList<>();
        for (Report fill : fills()) {
            summary.add(fill.clientOrderId() + ":" + fill.qtyLots() + "@" + fill.priceTicks());
        }
        return summary;
    }

    Report last() {
        return reports.get(reports.size() - 1);
    }

    void clear() {
        reports.clear();
    }
}
