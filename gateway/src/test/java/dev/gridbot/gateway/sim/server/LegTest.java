package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A position's average entry, realized PnL and flips, exactly in money units (1 tick-lot = 1,000,000 units). */
class LegTest {

    @Test
    void shouldRealizeAgainstTheAverageEntryAndFlipAtTheFillPrice() {
        Leg leg = new Leg();
        assertEquals(0, leg.fill(Side.BUY, 100, 2, 1));
        assertEquals(0, leg.fill(Side.BUY, 103, 1, 2));
        assertEquals(3, leg.qtyLots);
        assertEquals(303_000_000L, leg.costUnits);

        assertEquals(2 * 105_000_000L - 202_000_000L, leg.fill(Side.SELL, 105, 2, 3));
        assertEquals(1, leg.qtyLots);
        assertEquals(101_000_000L, leg.costUnits);

        assertEquals(99_000_000L - 101_000_000L, leg.fill(Side.SELL, 99, 3, 4));
        assertEquals(-2, leg.qtyLots);
        assertEquals(198_000_000L, leg.costUnits);
        assertEquals(4_000_000L, leg.unrealizedUnits(97));
        assertEquals(6_000_000L, leg.realizedUnits);
    }
}
