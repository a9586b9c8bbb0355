package dev.gridbot.app.analysis;

/**
 * What the samples of a window say about one book (a strategy's, or the run's): its total PnL
 * relative to the window's start, the drawdown from its running peak (the peak starting at 0), the
 * largest |position|, and the time-weighted |position|. Money in one money unit, positions in lots.
 * Used on the analysis thread.
 */
final class SampleTrack {
    private long base;
    private long peak;
    private long maxDrawdown;
    private long maxAbsLots;
    private long lots;
    private double absLotNanos;

    /** The window starts with this equity and position. */
    void start(long equityUnits, long positionLots) {
        base = equityUnits;
        lots = positionLots;
        maxAbsLots = Math.abs(positionLots);
    }

    /**
     * A sample {@code elapsedNanos} after the previous one (or the window's start): the position held
     * until now weighs that long; then the equity and the position now.
     */
    void sample(long equityUnits, long positionLots, long elapsedNanos) {
        absLotNanos += Math.abs((double) lots) * elapsedNanos;
        lots = positionLots;
        long relative = equityUnits - base;
        peak = Math.max(peak, relative);
        maxDrawdown = Math.max(maxDrawdown, peak - relative);
        maxAbsLots = Math.max(maxAbsLots, Math.abs(positionLots));
    }

    /** The window ends {@code elapsedNanos} after the last sample. */
    void finish(long elapsedNanos) {
        absLotNanos += Math.abs((double) lots) * elapsedNanos;
    }

    /** Equity relative to the window's start. */
    long relative(long equityUnits) {
        return equityUnits - base;
    }

    /** How far {@code equityUnits} is below the running peak (≥ 0). */
    long drawdown(long equityUnits) {
        return Math.max(0, peak - relative(equityUnits));
    }

    long maxDrawdown() {
        return maxDrawdown;
    }

    long maxAbsLots() {
        return maxAbsLots;
    }

    /** The integral of |position| over the window so far, in lot-nanoseconds. */
    double absLotNanos() {
        return absLotNanos;
    }
}
