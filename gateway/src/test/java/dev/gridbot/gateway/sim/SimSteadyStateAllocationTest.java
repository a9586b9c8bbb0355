package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.OrderType;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The core's commands and trades allocate nothing once warmed up. */
class SimSteadyStateAllocationTest {
    private static final int WARM_UP = 30_000;
    private static final int MEASURED = 10_000;

    private final OutboundEvent cmd = new OutboundEvent();
    private long nextId = 1;

    @Test
    void shouldNotAllocateOnCommandsAndTradesInSteadyState() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        CountingListener listener = new CountingListener();
        SimMatchingCore core = new SimMatchingCore(SimFixture.instruments(), listener);

        churn(core, WARM_UP);
        long before = threads.getCurrentThreadAllocatedBytes();
        churn(core, MEASURED);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        long fills = core.fills();

        assertEquals(0, allocated, "bytes allocated in " + MEASURED + " rounds");
        assertTrue(fills >= 2L * (WARM_UP + MEASURED), "the rounds filled orders: " + fills);
        assertTrue(listener.reports > fills);
    }

    /** Each round: a grid-like buy and sell, a post-only, a market order, two trades, a cancel. */
    private void churn(SimMatchingCore core, int rounds) {
        for (int i = 0; i < rounds; i++) {
            long mid = 10_000 + (i % 20);
            long buyId = nextId++;
            place(core, buyId, Side.BUY, OrderType.LIMIT, TimeInForce.GTX, mid - 2);
            place(core, nextId++, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, mid + 2);
            place(core, nextId++, Side.BUY, OrderType.MARKET, TimeInForce.GTC, 0);
            core.onTrade(i, 0, mid + 3, 2);
            core.onTrade(i, 0, mid - 3, 1);
            core.onCommand(cmd.setCancel(i, 0, 0, buyId, Side.BUY), i);
            core.onCommand(cmd.setCancel(i, 0, 0, nextId - 2, Side.SELL), i);
        }
    }

    private void place(SimMatchingCore core, long id, Side side, OrderType type, TimeInForce tif, long price) {
        core.onCommand(cmd.setPlace(0, 0, 0, id, side, type, tif, false, price, 1), 0);
    }

    /** Counts reports without keeping them. */
    private static final class CountingListener implements VenueListener {
        long reports;

        @Override
        public void onAccepted(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks,
                               long leavesLots) {
            reports++;
        }

        @Override
        public void onRejected(long ts, int instrumentId, long clientOrderId, Side side, int venueCode) {
            reports++;
        }

        @Override
        public void onFilled(long ts, int instrumentId, long clientOrderId, Side side, long priceTicks, long qtyLots,
                             long leavesLots, long feeUnits, boolean maker, long venueSequence) {
            reports++;
        }

        @Override
        public void onCanceled(long ts, int instrumentId, long clientOrderId, Side side, long canceledLots) {
            reports++;
        }
    }
}
