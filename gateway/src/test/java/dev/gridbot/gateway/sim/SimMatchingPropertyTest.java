package dev.gridbot.gateway.sim;

import dev.gridbot.engine.event.OutboundEvent;
import dev.gridbot.engine.model.Side;
import dev.gridbot.gateway.sim.RecordingListener.Kind;
import dev.gridbot.gateway.sim.RecordingListener.Report;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random order flow against random trades, checking the invariants of the fill model on every step. */
class SimMatchingPropertyTest {
    private static final int STEPS = 20_000;

    @Test
    void shouldKeepPositionReduceOnlyAndTradeAmountInvariantsUnderRandomFlow() {
        for (long seed = 1; seed <= 5; seed++) {
            run(seed);
        }
    }

    @Test
    void shouldProduceIdenticalReportsForIdenticalInputs() {
        assertEquals(run(42), run(42));
    }

    private static List<Report> run(long seed) {
        Random random = new Random(seed);
        SimFixture sim = new SimFixture(50);
        Map<Long, OutboundEvent> placed = new HashMap<>();
        Map<Long, Long> done = new HashMap<>();
        long price = 10_000;
        long nextId = 1;
        long position = 0;
        int seen = 0;
        for (int step = 0; step < STEPS; step++) {
            long tradeLots = -1;
            if (random.nextInt(3) == 0) {
                price = Math.max(1, price + random.nextInt(9) - 4);
                tradeLots = random.nextInt(12);
                sim.trade(price, tradeLots);
            } else if (random.nextInt(5) == 0 && nextId > 1) {
                long id = 1 + random.nextInt((int) (nextId - 1));
                sim.send(Cmd.cancel(id, placed.get(id).side()));
            } else {
                OutboundEvent cmd = randomOrder(random, nextId++, price);
                placed.put(cmd.clientOrderId(), cmd);
                sim.send(cmd);
            }
            long makerLots = 0;
            List<Report> reports = sim.listener.reports;
            for (; seen < reports.size(); seen++) {
                Report report = reports.get(seen);
                if (report.kind() != Kind.FILLED && report.kind() != Kind.CANCELED) {
                    continue;
                }
                OutboundEvent order = placed.get(report.clientOrderId());
                long total = done.merge(report.clientOrderId(), report.qtyLots(), Long::sum);
                String where = "seed " + seed + " step " + step + " " + report;
                assertTrue(total <= order.qtyLots(), "filled or cancelled more than ordered: " + where);
                if (report.kind() == Kind.FILLED) {
                    long after = position + report.side().sign() * report.qtyLots();
                    if (order.reduceOnly()) {
                        assertTrue(Math.abs(after) < Math.abs(position) && Long.signum(after) != -Long.signum(position),
                                "reduce-only increased or flipped the position: " + where);
                    }
                    position = after;
                    if (report.maker()) {
                        makerLots += report.qtyLots();
                        assertEquals(report.priceTicks(), order.priceTicks(), "maker fills at its own price: " + where);
                    }
                }
            }
            assertEquals(position, sim.position(), "seed " + seed + " step " + step);
            assertTrue(makerLots <= Math.max(0, tradeLots), "makers took more than the trade: seed " + seed);
            assertTrue(sim.core.openOrders(SimFixture.INSTRUMENT) <= 50);
        }
        return List.copyOf(sim.listener.reports);
    }

    private static OutboundEvent randomOrder(Random random, long id, long lastPrice) {
        Cmd cmd = random.nextBoolean() ? Cmd.buy(id) : Cmd.sell(id);
        cmd.qty(1 + random.nextInt(8)).at(lastPrice + random.nextInt(21) - 10);
        switch (random.nextInt(6)) {
            case 0:
                cmd.market();
                break;
            case 1:
                cmd.ioc();
                break;
            case 2:
                cmd.postOnly();
                break;
            default:
                break;
        }
        if (random.nextInt(4) == 0) {
            cmd.reduceOnly();
        }
        return cmd.build();
    }
}
