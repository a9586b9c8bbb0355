package dev.gridbot.app.report;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which fills a netting book crossed inside, told from the engine's fill and cross reports. */
class FillLogTest {
    private static final int GRID = 0;
    private static final int TARGET = 1;
    private static final int OTHER_GRID = 2;
    private static final int BOOK = 3;
    private static final long T = 1_000L;

    private final FillLog log = new FillLog();

    @Test
    void shouldCallAFillWithoutAnOrderInternal() {
        fill(T, TARGET, ClientOrderId.NONE, Side.SELL, 800, 10, 0);

        assertTrue(only().internal());
    }

    @Test
    void shouldCallAGridFillInternalWhenACrossReportNamesItAfterwards() {
        fill(T, GRID, order(GRID, 8), Side.BUY, 80_000, 10, 0);
        cross(T, GRID, BOOK, 80_000, 10);

        assertTrue(only().internal());
    }

    @Test
    void shouldCallAGridFillInternalWhenTheCrossReportCameFirst() {
        cross(T, OTHER_GRID, GRID, 80_000, 10);
        fill(T, GRID, order(GRID, 8), Side.SELL, 80_000, 10, 0);

        assertTrue(only().internal());
    }

    @Test
    void shouldCallAFillWithAFeeVenueEvenBesideAMatchingCross() {
        cross(T, GRID, BOOK, 80_000, 10);
        fill(T, GRID, order(GRID, 8), Side.BUY, 80_000, 10, 16);

        assertFalse(only().internal());
    }

    @Test
    void shouldNotMatchACrossOfAnotherSideQuantityPriceOrTime() {
        cross(T, GRID, BOOK, 80_000, 10);
        fill(T, GRID, order(GRID, 8), Side.SELL, 80_000, 10, 0);
        fill(T, GRID, order(GRID, 9), Side.BUY, 80_000, 5, 0);
        fill(T, GRID, order(GRID, 10), Side.BUY, 80_001, 10, 0);
        fill(T + 1, GRID, order(GRID, 11), Side.BUY, 80_000, 10, 0);

        assertTrue(log.fills().stream().noneMatch(FillLog.Fill::internal));
    }

    @Test
    void shouldLetEachSideOfACrossAccountForOneFillOnly() {
        cross(T, GRID, BOOK, 80_000, 10);
        fill(T, GRID, order(GRID, 8), Side.BUY, 80_000, 10, 0);
        fill(T, GRID, order(GRID, 9), Side.BUY, 80_000, 10, 0);

        List<FillLog.Fill> fills = log.fills();
        assertTrue(fills.get(0).internal());
        assertFalse(fills.get(1).internal());
    }

    @Test
    void shouldMatchBothGridsOfACrossBetweenTwoGrids() {
        fill(T, GRID, order(GRID, 8), Side.BUY, 80_000, 10, 0);
        fill(T, OTHER_GRID, order(OTHER_GRID, 3), Side.SELL, 80_000, 10, 0);
        cross(T, GRID, OTHER_GRID, 80_000, 10);

        assertTrue(log.fills().stream().allMatch(FillLog.Fill::internal));
    }

    private FillLog.Fill only() {
        assertEquals(1, log.fills().size());
        return log.fills().get(0);
    }

    private static long order(int strategy, int level) {
        return ClientOrderId.of(strategy, level, Intent.ENTRY, level);
    }

    private void fill(long t, int strategy, long orderId, Side side, long price, long qty, long fee) {
        log.record(new OutboundEvent().setFillReport(t, strategy, 0, orderId, side, price, qty, fee, 0));
    }

    private void cross(long t, int buyer, int seller, long price, long qty) {
        log.record(new OutboundEvent().setCrossReport(t, BOOK, 0, buyer, seller, price, qty, 32));
    }
}
