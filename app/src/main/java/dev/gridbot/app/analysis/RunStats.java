package dev.gridbot.app.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The statistics of a journal over a time window, per strategy, per netting book that sent orders of
 * its own, and for the run: what {@code gridbot stats} prints and the report's table shows. Money in
 * the quote currency, positions in base units, times in epoch nanoseconds. Definitions are in
 * docs/analysis.md. Immutable.
 *
 * @param fromNanos the window's start, clipped to the journal's first event
 * @param toNanos   the window's end, clipped to the journal's last event
 * @param whole     true when the window is the whole journal
 * @param rows      strategies in file order, then books that placed orders, then the run (last)
 * @param levels    per grid strategy, the position held at each level at the window's end
 * @param stops     the stop-losses completed in the window, in time order
 * @param replay    how the replay compared with the journal (one line)
 * @param verified  true when the replayed engine emitted exactly the journaled outbound events
 */
public record RunStats(String journal, String kind, String configName, String dataName, long fromNanos,
                       long toNanos, boolean whole, List<Figures> rows, List<GridLevels> levels, List<Stop> stops,
                       String replay, boolean verified) {

    /** How grid yield's capital is defined; printed with the figures. */
    public static final String CAPITAL_DEFINITION = "capital: a grid's maxPosition at the mean of its level prices "
            + "(the notional its position cap lets one side hold); a target strategy's maxPosition at the mean "
            + "trade price of the window; the run's is their sum. Yields are per day of the window, "
            + "without leverage.";

    /** The run's row (always last). */
    public Figures run() {
        return rows.get(rows.size() - 1);
    }

    /** The row named {@code name}, or null. */
    public Figures row(String name) {
        for (Figures f : rows) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The window's length in days (0 when it holds at most one instant). */
    public double days() {
        return (toNanos - fromNanos) / 86_400e9;
    }

    /**
     * One column of figures. Fields that do not apply are null: PnL and positions for a book (its
     * fills are its strategies'), order figures for a target strategy (its book sends its orders),
     * engine counters for books, the run's positions when it trades several symbols.
     *
     * @param kind             {@code grid neutral|short|long}, a target strategy's type, {@code book} or {@code run}
     * @param marketTrades     market trades on the symbol in the window
     * @param fills            fills booked (each partial fill once)
     * @param entryFills       fills of entries (ENTRY intent)
     * @param exitFills        fills of exits (EXIT intent)
     * @param stopFills        fills of stop-loss closes
     * @param internalFills    of the fills, those crossed inside a netting book against another strategy (no venue
     *                         order, no fee), whatever their intent
     * @param ordersPlaced     orders sent to the venue (PLACE events) in the window
     * @param ordersFilled     of those, orders with at least one fill by the window's end
     * @param fillRatePct      ordersFilled / ordersPlaced × 100
     * @param avgTimeToFillSec mean time from PLACE to the first fill, over ordersFilled
     * @param cancels          cancellations the venue confirmed
     * @param rejects          orders the venue refused (refused cancels not counted)
     * @param skippedByCap     entries the grid did not place because the position cap could be exceeded
     *                         (the engine's counter, replayed)
     * @param roundTrips       exits completely filled, the level back to idle (the engine's counter)
     * @param stopLosses       stop-losses completed
     * @param unrealizedPnl    open position at the window's end marked at the last trade price, against its entry prices
     * @param totalPnl         change of (realized + unrealized − fees) over the window
     * @param capital          what the yields are relative to (see {@link #CAPITAL_DEFINITION})
     * @param gridYieldPctPerDay  (realized − fees) / capital / days × 100: what the round trips earned (null for a
     *                            window under an hour)
     * @param totalYieldPctPerDay totalPnl / capital / days × 100
     * @param maxDrawdown      largest fall of totalPnl from its running peak (0 at the window's start), sampled at
     *                         every event time
     * @param position         signed position at the window's end
     * @param maxAbsPosition   largest |position| at any event time of the window
     * @param avgAbsPosition   time-weighted mean of |position| over the window
     */
    public record Figures(String name, String kind, String symbol, long marketTrades, long fills, long entryFills,
                          long exitFills, long stopFills, long internalFills, Long ordersPlaced, Long ordersFilled,
                          BigDecimal fillRatePct, BigDecimal avgTimeToFillSec, Long cancels, Long rejects,
                          Long skippedByCap, Long roundTrips, long stopLosses, BigDecimal realizedPnl,
                          BigDecimal fees, BigDecimal unrealizedPnl, BigDecimal totalPnl, BigDecimal capital,
                          BigDecimal gridYieldPctPerDay, BigDecimal totalYieldPctPerDay, BigDecimal maxDrawdown,
                          BigDecimal position, BigDecimal maxAbsPosition, BigDecimal avgAbsPosition) {
    }

    /** A grid's levels at the window's end: where its position sits. */
    public record GridLevels(String strategy, String symbol, List<Level> levels) {
        /** The levels that hold a position. */
        public List<Level> open() {
            return levels.stream().filter(l -> l.position().signum() != 0).toList();
        }
    }

    /** One level: its index, price, and the signed position it holds (long positive, short negative). */
    public record Level(int level, BigDecimal price, BigDecimal position) {
    }

    /**
     * A completed stop-loss: when and at what price it triggered, the signed position it closed, the
     * close price, and the slippage (how much worse than the trigger the close was; negative is better).
     */
    public record Stop(String strategy, long triggerNanos, BigDecimal triggerPrice, BigDecimal position,
                       BigDecimal closePrice, BigDecimal slippage, long completedNanos) {
    }
}
