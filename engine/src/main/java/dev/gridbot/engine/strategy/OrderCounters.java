package dev.gridbot.engine.strategy;

/**
 * Counts of a strategy's order activity. Written by the business-logic thread only; read by
 * reporting once the engine is quiet.
 */
public final class OrderCounters {
    private long trades;
    private long ordersPlaced;
    private long ordersCanceled;
    private long ordersRejected;
    private long fills;
    private long roundTrips;
    private long entriesSkippedByCap;
    private long unmatchedEvents;
    private long unknownOutcomes;
    private long cancelsRefused;
    private long duplicateFills;
    private long faultedLevels;
    private long orphansCanceled;
    private long resyncs;
    private long positionsAdopted;
    private long positionsNotFollowed;

    public void onTrade() {
        trades++;
    }

    public void onPlaced() {
        ordersPlaced++;
    }

    public void onCanceled() {
        ordersCanceled++;
    }

    public void onRejected() {
        ordersRejected++;
    }

    public void onFill() {
        fills++;
    }

    public void onRoundTrip() {
        roundTrips++;
    }

    public void onSkippedByCap() {
        entriesSkippedByCap++;
    }

    /** An order event that matched no working order of the strategy (late or foreign). */
    public void onUnmatched() {
        unmatchedEvents++;
    }

    /** A request whose outcome is unknown (a query settles it). */
    public void onUnknownOutcome() {
        unknownOutcomes++;
    }

    public void onCancelRefused() {
        cancelsRefused++;
    }

    /** A fill already booked came again (the stream after a query, or a duplicate): ignored. */
    public void onDuplicateFill() {
        duplicateFills++;
    }

    /** A level stopped trading because the venue refused its order as malformed. */
    public void onFaulted() {
        faultedLevels++;
    }

    /** A working order of ours the venue holds that no level owns: cancelled. */
    public void onOrphanCanceled() {
        orphansCanceled++;
    }

    public void onResync() {
        resyncs++;
    }

    /** The books followed the venue's position after a lasting mismatch. */
    public void onPositionAdopted() {
        positionsAdopted++;
    }

    /** A venue position the grid could not represent (no level of the needed side), or not yet. */
    public void onPositionNotFollowed() {
        positionsNotFollowed++;
    }

    public long positionsAdopted() {
        return positionsAdopted;
    }

    public long positionsNotFollowed() {
        return positionsNotFollowed;
    }

    public long orphansCanceled() {
        return orphansCanceled;
    }

    public long resyncs() {
        return resyncs;
    }

    public long unknownOutcomes() {
        return unknownOutcomes;
    }

    public long cancelsRefused() {
        return cancelsRefused;
    }

    public long duplicateFills() {
        return duplicateFills;
    }

    public long faultedLevels() {
        return faultedLevels;
    }

    public long trades() {
        return trades;
    }

    public long ordersPlaced() {
        return ordersPlaced;
    }

    public long ordersCanceled() {
        return ordersCanceled;
    }

    public long ordersRejected() {
        return ordersRejected;
    }

    public long fills() {
        return fills;
    }

    public long roundTrips() {
        return roundTrips;
    }

    public long entriesSkippedByCap() {
        return entriesSkippedByCap;
    }

    public long unmatchedEvents() {
        return unmatchedEvents;
    }

    /** Folds these counters into a state hash. */
    public long stateHash(long h) {
        h = StateHash.mix(h, trades);
        h = StateHash.mix(h, ordersPlaced);
        h = StateHash.mix(h, ordersCanceled);
        h = StateHash.mix(h, ordersRejected);
        h = StateHash.mix(h, fills);
        h = StateHash.mix(h, roundTrips);
        h = StateHash.mix(h, entriesSkippedByCap);
        h = StateHash.mix(h, unknownOutcomes);
        h = StateHash.mix(h, cancelsRefused);
        h = StateHash.mix(h, duplicateFills);
        h = StateHash.mix(h, faultedLevels);
        h = StateHash.mix(h, orphansCanceled);
        h = StateHash.mix(h, resyncs);
        h = StateHash.mix(h, positionsAdopted);
        h = StateHash.mix(h, positionsNotFollowed);
        return StateHash.mix(h, unmatchedEvents);
    }
}
