package dev.gridbot.gateway.binance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decimal text to units and back, exactly, against BigDecimal. */
class DecimalUnitsTest {

    private static long units(String unit, String text, boolean halfUp) {
        byte[] bytes = utf8(text);
        return new DecimalUnits(new BigDecimal(unit)).toUnits(bytes, 0, bytes.length, halfUp);
    }

    private static String format(String unit, long units) {
        byte[] out = new byte[64];
        int end = new DecimalUnits(new BigDecimal(unit)).format(units, out, 0);
        return new String(out, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void shouldConvertPlainDecimalsExactly() {
        assertEquals(65_636, units("0.1", "6563.6", true));
        assertEquals(2, units("0.1", "0.2000000000000", false));
        assertEquals(399_245_000L, units("1E-10", "0.03992450", true));
        assertEquals(-10_000, units("0.001", "-10", false));
        assertEquals(0, units("0.001", "-0", false));
        assertEquals(12, units("10", "120", false));
        assertEquals(7259, units("1", "7259", false));
    }

    @Test
    void shouldRoundHalfAwayFromZeroOrTruncate() {
        assertEquals(65_637, units("0.1", "6563.665", true));
        assertEquals(65_636, units("0.1", "6563.665", false));
        assertEquals(-65_637, units("0.1", "-6563.665", true));
        assertEquals(-65_636, units("0.1", "-6563.665", false));
        assertEquals(1, units("0.001", "0.0019", false));
        assertEquals(2, units("0.001", "0.0015", true));
        assertEquals(1, units("0.001", "0.00149", true));
    }

    @Test
    void shouldSayWhetherTheLastConversionWasExact() {
        DecimalUnits ticks = new DecimalUnits(new BigDecimal("0.01"));
        byte[] exact = utf8("1.25");
        byte[] rounded = utf8("1.255");
        ticks.toUnits(exact, 0, exact.length, true);
        assertTrue(ticks.lastExact());
        ticks.toUnits(rounded, 0, rounded.length, true);
        assertFalse(ticks.lastExact());
    }

    @Test
    void shouldRefuseWhatIsNotAPlainDecimalOrDoesNotFit() {
        for (String text : new String[] {"", "-", ".", "1e5", "1.2.3", "+1", "1 ", "0x10", "١٢", "99999999999999999999"}) {
            assertEquals(DecimalUnits.INVALID, units("0.01", text, true), text);
        }
        assertEquals(DecimalUnits.INVALID, units("0.00000001", "999999999999", true));
    }

    @Test
    void shouldFormatUnitsAsPlainDecimalsWithoutTrailingZeros() {
        assertEquals("9000", format("1", 9000));
        assertEquals("9000", format("0.1", 90_000));
        assertEquals("55.32", format("0.01", 5532));
        assertEquals("0.423", format("0.001", 423));
        assertEquals("0.1", format("0.001", 100));
        assertEquals("0.0001", format("0.0001", 1));
        assertEquals("110001", format("0.10", 1_100_010));
        assertEquals("120", format("10", 12));
        assertEquals("0", format("0.01", 0));
        assertEquals("-1.5", format("0.5", -3));
        assertEquals("0.00000005", format("0.00000005", 1));
    }

    @Test
    void shouldRoundTripAgainstBigDecimal() {
        Random random = new Random(7);
        String[] unitTexts = {"0.1", "0.01", "0.0001", "0.000001", "0.001", "1", "10", "0.5", "0.00000005", "1E-10"};
        for (int i = 0; i < 20_000; i++) {
            BigDecimal unit = new BigDecimal(unitTexts[random.nextInt(unitTexts.length)]);
            DecimalUnits units = new DecimalUnits(unit);
            long value = random.nextInt(2) == 0 ? random.nextInt(1_000) : random.nextLong() % 1_000_000_000_000L;
            byte[] out = new byte[64];
            int end = units.format(value, out, 0);
            String text = new String(out, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(0, unit.multiply(BigDecimal.valueOf(value)).compareTo(new BigDecimal(text)), text);
            assertEquals(value, units.toUnits(out, 0, end, false), text);

            BigDecimal any = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(9));
            byte[] anyText = utf8(any.toPlainString());
            long halfUp = units.toUnits(anyText, 0, anyText.length, true);
            assertEquals(expected(any, unit, RoundingMode.HALF_UP, halfUp), halfUp, any.toPlainString() + " / " + unit);
            long down = units.toUnits(anyText, 0, anyText.length, false);
            assertEquals(expected(any, unit, RoundingMode.DOWN, down), down, any.toPlainString() + " / " + unit);
        }
    }

    /**
     * BigDecimal's answer; INVALID when that does not fit a long. In between (the value fits, but not
     * in the unit's finest digits) either answer is allowed: the test then expects what it got.
     */
    private static long expected(BigDecimal value, BigDecimal unit, RoundingMode mode, long got) {
        BigDecimal units = value.divide(unit, 0, mode);
        if (units.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return DecimalUnits.INVALID;
        }
        BigDecimal finest = value.movePointRight(Math.max(0, unit.stripTrailingZeros().scale())).abs();
        boolean clearlyFits = finest.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 10)) < 0;
        return clearlyFits || got != DecimalUnits.INVALID ? units.longValueExact() : got;
    }

    @Test
    void shouldRefuseNonPositiveUnits() {
        assertThrows(IllegalArgumentException.class, () -> new DecimalUnits(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DecimalUnits(new BigDecimal("-0.1")));
    }
}
