package dev.gridbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeRatesTest {

    @Test
    void shouldConvertRatesToPartsPerMillionExactly() {
        assertEquals(200, FeeRates.toPpm(new BigDecimal("0.0002")));
        assertEquals(500, FeeRates.toPpm(new BigDecimal("0.0005")));
        assertEquals(1, FeeRates.toPpm(new BigDecimal("0.000001")));
        assertEquals(0, FeeRates.toPpm(BigDecimal.ZERO));
        assertEquals(200, FeeRates.toPpm(new BigDecimal("0.000200000")));
        assertEquals(-100, FeeRates.toPpm(new BigDecimal("-0.0001")));
    }

    @Test
    void shouldRefuseRateFinerThanOnePartPerMillion() {
        assertThrows(IllegalArgumentException.class, () -> FeeRates.toPpm(new BigDecimal("0.0000005")));
    }

    @Test
    void shouldRefuseRateTooLargeForALong() {
        assertThrows(IllegalArgumentException.class, () -> FeeRates.toPpm(new BigDecimal("1e20")));
    }
}
