package dev.gridbot.app.analysis;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Side;
import dev.gridbot.journal.Playback;

/**
 * The series report.html draws, sampled at every instant of the window and downsampled
 * ({@link DownsampledSeries}): each symbol's last trade price, the run's total PnL, realized PnL net
 * of fees and drawdown, and each strategy's PnL and position (and the run's position when it trades
 * one symbol); plus the fills, per symbol and side, for the price chart's marks. Filled on the
 * analysis thread, read once the journal was played.
 */
final class ChartSeries implements StatsCollector.SampleListener, Playback.Listener {
    /** About one bucket per pixel column of a chart. */
    static final int BUCKETS = 1200;
    /** Fills are marks, not a line: finer buckets keep every mark of all but the busiest runs. */
    static final int FILL_BUCKETS = 3000;

    private final Owners owners;
    private final long fromNanos;
    private final long toNanos;
    private final DownsampledSeries[] price;
    private final DownsampledSeries[][] fills;
    private final DownsampledSeries runPnl;
    private final DownsampledSeries runRealizedNet;
    private final DownsampledSeries runDrawdown;
    private final DownsampledSeries runPosition;
    private final DownsampledSeries[] strategyPnl;
    private final DownsampledSeries[] strategyPosition;
    private final TimeWindow window;

    ChartSeries(Owners owners, TimeWindow window, long fromNanos, long toNanos) {
        this.owners = owners;
        this.window = window;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
        int instruments = owners.definition().instruments().size();
        price = new DownsampledSeries[instruments];
        fills = new DownsampledSeries[instruments][2];
        for (int i = 0; i < instruments; i++) {
            price[i] = series();
            fills[i][0] = new DownsampledSeries(fromNanos, toNanos, FILL_BUCKETS);
            fills[i][1] = new DownsampledSeries(fromNanos, toNanos, FILL_BUCKETS);
        }
        runPnl = series();
        runRealizedNet = series();
        runDrawdown = series();
        runPosition = series();
        strategyPnl = new DownsampledSeries[owners.strategies()];
        strategyPosition = new DownsampledSeries[owners.strategies()];
        for (int s = 0; s < owners.strategies(); s++) {
            strategyPnl[s] = series();
            strategyPosition[s] = series();
        }
    }

    private DownsampledSeries series() {
        return new DownsampledSeries(fromNanos, toNanos, BUCKETS);
    }

    @Override
    public void onSample(long nanos, StatsCollector state) {
        for (int i = 0; i < price.length; i++) {
            if (state.traded(i)) {
                price[i].add(nanos, state.lastPrice(i));
            }
        }
        runPnl.add(nanos, state.runPnl());
        runRealizedNet.add(nanos, state.runRealizedNet());
        runDrawdown.add(nanos, -state.runDrawdown());
        double total = 0;
        for (int s = 0; s < strategyPnl.length; s++) {
            strategyPnl[s].add(nanos, state.strategyPnl(s));
            double position = state.strategyPosition(s);
            strategyPosition[s].add(nanos, position);
            total += position;
        }
        runPosition.add(nanos, total);
    }

    /** Marks every fill booked in the window on its symbol's price chart. */
    @Override
    public void onOutbound(OutboundEvent e, InboundEvent cause) {
        if (e.type() == OutboundType.FILL_REPORT && window.contains(e.timestampNanos())
                && e.strategyId() < owners.strategies()) {
            Instrument inst = owners.instrument(e.strategyId());
            fills[inst.id()][e.side() == Side.BUY ? 0 : 1].add(e.timestampNanos(),
                    e.priceTicks() * inst.tickSize().doubleValue());
        }
    }

    Owners owners() {
        return owners;
    }

    long fromNanos() {
        return fromNanos;
    }

    long toNanos() {
        return toNanos;
    }

    DownsampledSeries price(int instrumentId) {
        return price[instrumentId];
    }

    DownsampledSeries fills(int instrumentId, Side side) {
        return fills[instrumentId][side == Side.BUY ? 0 : 1];
    }

    DownsampledSeries runPnl() {
        return runPnl;
    }

    DownsampledSeries runRealizedNet() {
        return runRealizedNet;
    }

    DownsampledSeries runDrawdown() {
        return runDrawdown;
    }

    DownsampledSeries runPosition() {
        return runPosition;
    }

    DownsampledSeries strategyPnl(int s) {
        return strategyPnl[s];
    }

    DownsampledSeries strategyPosition(int s) {
        return strategyPosition[s];
    }
}
