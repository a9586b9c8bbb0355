package dev.gridbot.app.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownsampledSeriesTest {
    @Test
    void shouldKeepEveryPointWhileTheyFit() {
        DownsampledSeries s = new DownsampledSeries(0, 1_000, 10);
        for (int i = 0; i < 40; i++) {
            s.add(i * 25L, i % 7);
        }
        List<double[]> kept = points(s);
        assertEquals(40, kept.size());
        assertTrue(s.complete());
    }

    @Test
    void shouldReduceAHundredThousandPointsToFourPerBucketKeepingTheExtremesInTimeOrder() {
        int buckets = 1_000;
        DownsampledSeries s = new DownsampledSeries(0, 100_000, buckets);
        for (int i = 0; i < 100_000; i++) {
            double v = Math.sin(i / 500.0) * 100 + (i == 61_234 ? 1_000 : 0) - (i == 7_777 ? 1_000 : 0);
            s.add(i, v);
        }
        List<double[]> kept = points(s);
        assertTrue(kept.size() <= 4 * buckets, kept.size() + " points");
        assertEquals(100_000, s.added());
        assertTrue(!s.complete());
        double max = kept.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double min = kept.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        assertEquals(Math.sin(61_234 / 500.0) * 100 + 1_000, max, "the upward spike survives");
        assertEquals(Math.sin(7_777 / 500.0) * 100 - 1_000, min, "the downward spike survives");
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i)[0] >= kept.get(i - 1)[0], "time order at " + i);
        }
        assertEquals(0, kept.get(0)[0]);
        assertEquals(99_999, kept.get(kept.size() - 1)[0]);
    }

    private static List<double[]> points(DownsampledSeries s) {
        List<double[]> kept = new ArrayList<>();
        s.forEach((t, v) -> kept.add(new double[] {t, v}));
        return kept;
    }
}
