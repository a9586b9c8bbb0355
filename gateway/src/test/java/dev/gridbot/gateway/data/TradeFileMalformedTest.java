package dev.gridbot.gateway.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.gridbot.gateway.data.TradeFiles.BTC;
import static dev.gridbot.gateway.data.TradeFiles.readAll;
import static dev.gridbot.gateway.data.TradeFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradeFileMalformedTest {
    private static final String BITSTAMP_HEADER = "timestamp,price,amount\n";

    @TempDir
    Path dir;

    /** Reads {@code content} as trades.csv and returns the refusal, checking it names {@code line}. */
    private TradeDataException refusal(String content, int line) {
        Path file = write(dir, "trades.csv", content);
        TradeDataException e = assertThrows(TradeDataException.class, () -> readAll(file, BTC));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertEquals(line, e.line());
        assertEquals(file.toString(), e.source());
        return e;
    }

    private static String problem(TradeDataException e) {
        return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    }

    @Test
    void shouldNameTheLineOfANonNumericPrice() {
        TradeDataException e = refusal(BITSTAMP_HEADER + "1,1.00,1\n2,abc,1\n", 3);

        assertEquals("price 'abc' is not a number", problem(e));
    }

    @Test
    void shouldCountBlankLinesInTheLineNumber() {
        refusal(BITSTAMP_HEADER + "\r\n1,1.00,1\r\n\r\n2,1..0,1\r\n", 5);
    }

    @Test
    void shouldRefuseAWrongColumnCount() {
        TradeDataException e = refusal(BITSTAMP_HEADER + "1,1.00,1\n2,1.00\n", 3);

        assertEquals("expected 3 columns (timestamp,price,amount), found 2", problem(e));
        refusal(BITSTAMP_HEADER + "1,1.00,1,7\n", 2);
    }

    @Test
    void shouldRefuseANegativePrice() {
        TradeDataException e = refusal(BITSTAMP_HEADER + "1,-1.00,1\n", 2);

        assertEquals("price '-1.00' is negative", problem(e));
    }

    @Test
    void shouldRefuseAPriceThatIsNotPositiveAtTheTick() {
        TradeDataException e = refusal(BITSTAMP_HEADER + "1,0.004,1\n", 2);

        assertEquals("price '0.004' is not positive at tick 0.01", problem(e));
    }

    @Test
    void shouldRefuseANegativeOrNonNumericAmount() {
        assertEquals("amount '-0.5' is negative", problem(refusal(BITSTAMP_HEADER + "1,1.00,-0.5\n", 2)));
        assertEquals("amount '' is not a number", problem(refusal(BITSTAMP_HEADER + "1,1.00,\n", 2)));
    }

    @Test
    void shouldRefuseTimestampsGoingBackwards() {
        TradeDataException e = refusal(BITSTAMP_HEADER + "10,1.00,1\n11,1.00,1\n9,1.00,1\n", 4);

        assertEquals("timestamp 9 goes backwards (previous trade: 11)", problem(e));
    }

    @Test
    void shouldRefuseANonNumericTimestamp() {
        assertEquals("timestamp '2013-11-25' is not a number",
                problem(refusal(BITSTAMP_HEADER + "2013-11-25,1.00,1\n", 2)));
        assertEquals("timestamp '1.5' is not a number", problem(refusal(BITSTAMP_HEADER + "1.5,1.00,1\n", 2)));
    }

    @Test
    void shouldRefuseATimestampThatOverflowsNanoseconds() {
        assertEquals("timestamp '9223372036854775807' is out of range",
                problem(refusal(BITSTAMP_HEADER + "9223372036854775807,1.00,1\n", 2)));
    }

    @Test
    void shouldRefuseBinanceFieldsThatAreNotNumbersOrBooleans() {
        String header = "agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,is_buyer_maker\n";
        assertEquals("is_buyer_maker 'yes' is not true or false",
                problem(refusal(header + "1,1.00,1,1,1,1704067200034,yes\n", 2)));
        assertEquals("transact_time 'x' is not a number", problem(refusal(header + "1,1.00,1,1,1,x,true\n", 2)));
        assertEquals("quantity 'NaN' is not a number", problem(refusal("1,1.00,NaN,1,1,5,true\n", 1)));
        assertEquals("agg_trade_id '#1' is not a number", problem(refusal(header + "#1,1.00,1,1,1,5,true\n", 2)));
        assertEquals("transact_time 4 goes backwards (previous trade: 5)",
                problem(refusal("1,1.00,1,1,1,5,true\n2,1.00,1,2,2,4,true\n", 2)));
    }

    @Test
    void shouldRefuseAnUnknownHeader() {
        TradeDataException e = refusal("time,px\n1,2\n", 1);

        assertTrue(problem(e).startsWith("unknown trade file format"), e.getMessage());
    }

    @Test
    void shouldRefuseToGoOnAfterAFailure() {
        Path file = write(dir, "trades.csv", BITSTAMP_HEADER + "1,x,1\n2,1.00,1\n");
        try (TradeFileReader reader = TradeFileReader.open(file, BTC)) {
            assertThrows(TradeDataException.class, reader::next);
            assertThrows(IllegalStateException.class, reader::next);
        }
    }

    @Test
    void shouldRefuseAMissingFile() {
        Path missing = dir.resolve("nope.csv");

        TradeDataException e = assertThrows(TradeDataException.class, () -> TradeFileReader.open(missing, BTC));

        assertTrue(e.getMessage().startsWith(missing + ": cannot be read"), e.getMessage());
        assertEquals(0, e.line());
    }
}
