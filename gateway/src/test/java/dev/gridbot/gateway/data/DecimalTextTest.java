package dev.gridbot.gateway.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecimalTextTest {

    private static long units(String unit, String text, boolean halfUp) {
        return new DecimalText(new BigDecimal(unit)).toUnits(text, 0, text.length(), halfUp);
    }

    @Test
    void shouldRoundHalfUpAndFloorExactly() {
        assertEquals(10001, units("0.01", "100.005", true));
        assertEquals(10000, units("0.01", "100.0049", true));
        assertEquals(10000, units("0.01", "100.0099", false));
        assertEquals(3, units("0.5", "1.25", true));
        assertEquals(2, units("0.5", "1.2499", true));
        assertEquals(13, units("10", "125", true));
        assertEquals(12, units("10", "124.99", true));
        assertEquals(12, units("10", "129.99", false));
    }

    @Test
    void shouldReportWhatIsWrongWithTheText() {
        assertEquals(DecimalText.NOT_A_NUMBER, units("0.01", "", true));
        assertEquals(DecimalText.NOT_A_NUMBER, units("0.01", ".", true));
        assertEquals(DecimalText.NOT_A_NUMBER, units("0.01", "1.2.3", true));
        assertEquals(DecimalText.NOT_A_NUMBER, units("0.01", "1e5", true));
        assertEquals(DecimalText.NOT_A_NUMBER, units("0.01", "+1", true));
        assertEquals(DecimalText.NEGATIVE, units("0.01", "-1", true));
        assertEquals(DecimalText.OUT_OF_RANGE, units("0.01", "99999999999999999999", true));
        assertEquals(DecimalText.NEGATIVE, DecimalText.wholeNumber("-5", 0, 2));
        assertEquals(DecimalText.OUT_OF_RANGE, DecimalText.wholeNumber("99999999999999999999", 0, 20));
        assertEquals(DecimalText.NOT_A_NUMBER, DecimalText.wholeNumber("", 0, 0));
    }

    @Test
    void shouldAgreeWithBigDecimalOnRandomDecimals() {
        Random random = new Random(7);
        String[] unitTexts = {"0.01", "0.001", "0.1", "0.5", "0.25", "1", "5", "10", "0.00001"};
        for (int i = 0; i < 100_000; i++) {
            String unitText = unitTexts[random.nextInt(unitTexts.length)];
            BigDecimal unit = new BigDecimal(unitText);
            String text = randomDecimal(random);
            BigDecimal value = new BigDecimal(text);
            long halfUp = value.divide(unit, 0, RoundingMode.HALF_UP).longValueExact();
            long floor = value.divide(unit, 0, RoundingMode.FLOOR).longValueExact();
            assertEquals(halfUp, units(unitText, text, true), text + " / " + unitText);
            assertEquals(floor, units(unitText, text, false), text + " / " + unitText);
        }
    }

    private static String randomDecimal(Random random) {
        StringBuilder text = new StringBuilder().append(random.nextInt(1_000_000));
        int decimals = random.nextInt(16);
        if (decimals > 0) {
            text.append('.');
            for (int d = 0; d < decimals; d++) {
                text.append(random.nextInt(4) == 0 ? '5' : (char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }
}
