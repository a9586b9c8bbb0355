package dev.gridbot.app.analysis;

import java.util.Arrays;

/**
 * A time series kept small for a chart. Up to {@code 4 × buckets} points it keeps every point; past
 * that, the span is cut into a fixed number of time buckets (about one per pixel column) and each
 * bucket keeps at most four points — every point while it has no more than four, then its first,
 * lowest, highest and last (the M4 reduction), which draw the same line at that width. 100,000
 * samples become at most {@code 4 × buckets} points. Points must come in time order; those outside
 * the span go to the first or last bucket. Used by one thread.
 */
final class DownsampledSeries {
    private static final int KEEP = 4;

    private final long fromNanos;
    private final double bucketsPerNano;
    private final int buckets;
    private final long[][] times;
    private final double[][] values;
    private final int[] seen;
    private long added;
    /** Every point, until there are more than the buckets can hold; then null. */
    private long[] rawTimes;
    private double[] rawValues;

    DownsampledSeries(long fromNanos, long toNanos, int buckets) {
        this.fromNanos = fromNanos;
        this.buckets = buckets;
        this.bucketsPerNano = toNanos > fromNanos ? buckets / (double) (toNanos - fromNanos) : 0;
        this.times = new long[buckets][];
        this.values = new double[buckets][];
        this.seen = new int[buckets];
        this.rawTimes = new long[64];
        this.rawValues = new double[64];
    }

    void add(long nanos, double value) {
        if (rawTimes != null) {
            int n = (int) added;
            if (n < KEEP * buckets) {
                if (n == rawTimes.length) {
                    rawTimes = Arrays.copyOf(rawTimes, n * 2);
                    rawValues = Arrays.copyOf(rawValues, n * 2);
                }
                rawTimes[n] = nanos;
                rawValues[n] = value;
                added++;
                return;
            }
            long[] t = rawTimes;
            double[] v = rawValues;
            rawTimes = null;
            rawValues = null;
            added = 0;
            for (int i = 0; i < n; i++) {
                bucket(t[i], v[i]);
            }
        }
        bucket(nanos, value);
    }

    private void bucket(long nanos, double value) {
        added++;
        int b = (int) Math.min(buckets - 1, Math.max(0, (long) ((nanos - fromNanos) * bucketsPerNano)));
        if (times[b] == null) {
            times[b] = new long[KEEP];
            values[b] = new double[KEEP];
        }
        long[] t = times[b];
        double[] v = values[b];
        int n = seen[b]++;
        if (n < KEEP) {
            t[n] = nanos;
            v[n] = value;
            return;
        }
        if (n == KEEP) {
            // Four raw points become first, lowest, highest, last (slots 0..3) with the fifth as last.
            int lo = 0;
            int hi = 0;
            for (int i = 1; i < KEEP; i++) {
                if (v[i] < v[lo]) {
                    lo = i;
                }
                if (v[i] > v[hi]) {
                    hi = i;
                }
            }
            long loT = t[lo];
            double loV = v[lo];
            long hiT = t[hi];
            double hiV = v[hi];
            t[1] = loT;
            v[1] = loV;
            t[2] = hiT;
            v[2] = hiV;
        }
        if (value < v[1]) {
            t[1] = nanos;
            v[1] = value;
        }
        if (value > v[2]) {
            t[2] = nanos;
            v[2] = value;
        }
        t[3] = nanos;
        v[3] = value;
    }

    /** How many points were added. */
    long added() {
        return added;
    }

    /** True when no point was dropped. */
    boolean complete() {
        if (rawTimes != null) {
            return true;
        }
        for (int n : seen) {
            if (n > KEEP) {
                return false;
            }
        }
        return true;
    }

    /** Visits the kept points in time order. */
    void forEach(PointVisitor visitor) {
        if (rawTimes != null) {
            for (int i = 0; i < added; i++) {
                visitor.point(rawTimes[i], rawValues[i]);
            }
            return;
        }
        for (int b = 0; b < buckets; b++) {
            int n = Math.min(seen[b], KEEP);
            if (n == 0) {
                continue;
            }
            long[] t = times[b];
            double[] v = values[b];
            if (seen[b] <= KEEP) {
                for (int i = 0; i < n; i++) {
                    visitor.point(t[i], v[i]);
                }
                continue;
            }
            // first, then lowest and highest in their time order, then last; no point twice.
            int a = t[1] <= t[2] ? 1 : 2;
            int c = a == 1 ? 2 : 1;
            int[] order = {0, a, c, 3};
            for (int i = 0; i < order.length; i++) {
                int k = order[i];
                boolean repeat = false;
                for (int j = 0; j < i; j++) {
                    repeat |= t[order[j]] == t[k] && v[order[j]] == v[k];
                }
                if (!repeat) {
                    visitor.point(t[k], v[k]);
                }
            }
        }
    }

    /** Receives kept points. */
    interface PointVisitor {
        void point(long nanos, double value);
    }
}
