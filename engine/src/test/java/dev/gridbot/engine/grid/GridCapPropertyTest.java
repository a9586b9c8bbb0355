package dev.gridbot.engine.grid;

import dev.gridbot.config.GridMode;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.event.OutboundType;
import dev.gridbot.engine.model.ClientOrderId;
import dev.gridbot.engine.model.Intent;
import dev.gridbot.engine.model.Side;
import dev.gridbot.engine.model.TimeInForce;
import dev.gridbot.engine.model.VenueCodes;
import dev.gridbot.engine.support.CapturingSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property: for every side, position + the unfilled quantity of that side's working entries never
 * exceeds the cap — so the cap holds even if every working entry filled at once. Random price walks,
 * a venue that accepts late, fills partly, rejects now and then and confirms cancels late; seeded.
 */
class GridCapPropertyTest {
    private static final int RUNS = 300;
    private static final int STEPS = 400;

    @Test
    void shouldNeverLetPositionPlusWorkingEntriesExceedTheCap() {
        long base = 0x5EEDL;
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            try {
                runOnce(seed);
            } catch (AssertionError | RuntimeException e) {
                fail("cap property broken with seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private void runOnce(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        GridMode mode = GridMode.values()[rnd.nextInt(3)];
        long qty = 1 + rnd.nextInt(5);
        long max = qty * (1 + rnd.nextInt(6));
        long[] levels = new long[5 + rnd.nextInt(20)];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = 1000 + 10L * i;
        }
        long top = levels[levels.length - 1];
        CapturingSink sink = new CapturingSink();
        GridStrategy grid = new GridStrategy(new GridSpec(0, "p", 0, mode, levels, qty, max,
                rnd.nextBoolean() ? TimeInForce.GTX : TimeInForce.GTC, 30, 5, 900, top + 100, 200), sink);
        InboundEvent ev = new InboundEvent();
        List<OutboundEvent> working = new ArrayList<>();
        List<OutboundEvent> cancels = new ArrayList<>();
        long[] filled = new long[1 << 12];
        long price = 1000 + rnd.nextInt((int) (top - 1000));
        for (int step = 0; step < STEPS; step++) {
            long now = step;
            price = Math.max(950, Math.min(top + 50, price + rnd.nextInt(-25, 26)));
            // the venue fills crossed working orders, sometimes partly
            for (OutboundEvent o : new ArrayList<>(working)) {
                boolean crossed = o.side() == Side.BUY ? price < o.priceTicks() : price > o.priceTicks();
                if (crossed && rnd.nextInt(3) > 0) {
                    int slot = (int) (ClientOrderId.sequence(o.clientOrderId()) & 0xFFF);
                    long left = o.qtyLots() - filled[slot];
                    long q = rnd.nextBoolean() ? left : 1 + rnd.nextLong(left);
                    filled[slot] += q;
                    if (filled[slot] == o.qtyLots()) {
                        working.remove(o);
                    }
                    grid.onOrderEvent(ev.setFilled(now, 0, o.clientOrderId(), o.side(), o.priceTicks(), q,
                            o.qtyLots() - filled[slot], 0, true, 0));
                    check(grid, max);
                    absorb(sink, working, cancels, filled);
                }
            }
            // late cancel confirmations
            for (OutboundEvent c : new ArrayList<>(cancels)) {
                if (rnd.nextInt(2) == 0) {
                    cancels.remove(c);
                    OutboundEvent o = find(working, c.clientOrderId());
                    if (o != null) {
                        working.remove(o);
                        int slot = (int) (ClientOrderId.sequence(o.clientOrderId()) & 0xFFF);
                        grid.onOrderEvent(ev.setCanceled(now, 0, o.clientOrderId(), o.side(),
                                o.qtyLots() - filled[slot]));
                    } else {
                        grid.onOrderEvent(ev.setCancelRejected(now, 0, c.clientOrderId(), c.side(),
                                VenueCodes.UNKNOWN_ORDER));
                    }
                    check(grid, max);
                    absorb(sink, working, cancels, filled);
                }
            }
            grid.onTrade(ev.setTrade(now, 0, price, 100, 0));
            check(grid, max);
            List<OutboundEvent> placed = absorb(sink, working, cancels, filled);
            // the venue rejects some new orders and accepts the rest
            for (OutboundEvent p : placed) {
                if (rnd.nextInt(10) == 0 && ClientOrderId.intent(p.clientOrderId()) != Intent.STOP) {
                    working.remove(p);
                    grid.onOrderEvent(ev.setRejected(now, 0, p.clientOrderId(), p.side(), VenueCodes.POST_ONLY_WOULD_TAKE));
                } else {
                    grid.onOrderEvent(ev.setAccepted(now, 0, p.clientOrderId(), p.side(), p.priceTicks(), p.qtyLots()));
                }
                check(grid, max);
                absorb(sink, working, cancels, filled);
            }
        }
    }

    private static List<OutboundEvent> absorb(CapturingSink sink, List<OutboundEvent> working,
                                              List<OutboundEvent> cancels, long[] filled) {
        List<OutboundEvent> placed = new ArrayList<>();
        for (OutboundEvent e : sink.take()) {
            if (e.type() == OutboundType.PLACE && e.priceTicks() > 0) {
                working.add(e);
                placed.add(e);
                filled[(int) (ClientOrderId.sequence(e.clientOrderId()) & 0xFFF)] = 0;
            } else if (e.type() == OutboundType.CANCEL) {
                cancels.add(e);
            }
        }
        return placed;
    }

    private static OutboundEvent find(List<OutboundEvent> orders, long id) {
        for (OutboundEvent o : orders) {
            if (o.clientOrderId() == id) {
                return o;
            }
        }
        return null;
    }

    private static void check(GridStrategy grid, long max) {
        for (Side side : Side.values()) {
            long exposure = grid.account().sideLots(side) + grid.workingEntryLots(side);
            assertTrue(exposure <= max, side + " exposure " + exposure + " exceeds cap " + max);
        }
    }
}
