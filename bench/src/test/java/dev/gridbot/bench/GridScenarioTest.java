package dev.gridbot.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridScenarioTest {
    @Test
    void shouldPutTheQuietPricesStrictlyBetweenThePivotAndTheReference() {
        GridScenario s = GridScenario.demo(1);
        assertEquals(s.atPivotTicks() + 1, s.abovePivotTicks());
        assertTrue(s.abovePivotTicks() < s.quietLowTicks());
        assertTrue(s.quietLowTicks() < s.referenceTicks());
        assertTrue(s.referenceTicks() < s.quietHighTicks());
    }

    @Test
    void shouldGiveEveryBookItsOwnInstrumentAndStrategy() {
        GridScenario s = GridScenario.demo(4);
        assertEquals(4, s.definition().gridSpecs().size());
        assertEquals(4, s.definition().instruments().size());
        for (int b = 0; b < 4; b++) {
            assertEquals(b, s.instrumentId(b));
            assertEquals(b, s.definition().gridSpecs().get(b).strategyId());
        }
    }

    @Test
    void shouldRefuseZeroBooks() {
        assertThrows(IllegalArgumentException.class, () -> GridScenario.demo(0));
    }
}
