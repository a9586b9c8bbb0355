package dev.gridbot.gateway.data;

import dev.gridbot.gateway.data.TradeFiles.Trade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.gridbot.gateway.data.TradeFiles.BTC;
import static dev.gridbot.gateway.data.TradeFiles.readAll;
import static dev.gridbot.gateway.data.TradeFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TradeFileReaderTest {
    private static final String AGG_HEADER =
            "agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,is_buyer_maker\n";

    @TempDir
    Path dir;

    @Test
    void shouldReadBitstampTradesWithHeaderInSecondsTicksAndLots() {
        Path file = write(dir, "trades.csv", "timestamp,price,amount\n"
                + "1385337600,800.010000000000,0.100000000000\n"
                + "1385337613,800.050000000000,0.278380490000\n");

        try (TradeFileReader reader = TradeFileReader.open(file, BTC)) {
            assertEquals(TradeFormat.BITSTAMP, reader.format());
            assertEquals(List.of(new Trade(1_385_337_600_000_000_000L, 80001, 100),
                    new Trade(1_385_337_613_000_000_000L, 80005, 278)), readAll(reader));
        }
    }

    @Test
    void shouldReadBitstampTradesWithoutHeader() {
        Path file = write(dir, "bitstampUSD.csv", "1385337600,800.01,0.1\n1385337601,800.02,2\n");

        assertEquals(List.of(new Trade(1_385_337_600_000_000_000L, 80001, 100),
                new Trade(1_385_337_601_000_000_000L, 80002, 2000)), readAll(file, BTC));
    }

    @Test
    void shouldReadBinanceAggTradesWithHeaderInMilliseconds() {
        Path file = write(dir, "BTCUSDT-aggTrades-2024-01-01.csv", AGG_HEADER
                + "1953434441,42314.00,0.025,3338366372,3338366373,1704067200034,true\n"
                + "1953434442,42314.10,1.200,3338366374,3338366374,1704067200101,false\n");

        try (TradeFileReader reader = TradeFileReader.open(file, BTC)) {
            assertEquals(TradeFormat.BINANCE_AGG_TRADES, reader.format());
            assertTrue(reader.next());
            assertEquals(new Trade(1_704_067_200_034_000_000L, 4_231_400, 25),
                    new Trade(reader.timestampNanos(), reader.priceTicks(), reader.qtyLots()));
            assertTrue(reader.buyerMaker());
            assertTrue(reader.next());
            assertEquals(4_231_410, reader.priceTicks());
            assertEquals(1200, reader.qtyLots());
            assertFalse(reader.buyerMaker());
            assertFalse(reader.next());
        }
    }

    @Test
    void shouldReadBinanceAggTradesWithoutHeaderAndCapitalisedBooleans() {
        Path file = write(dir, "agg.csv", "1,42314.00,0.025,10,11,1704067200034,True\n"
                + "2,42315.00,0.5,12,12,1704067200034,False\n");

        try (TradeFileReader reader = TradeFileReader.open(file, BTC)) {
            assertEquals(TradeFormat.BINANCE_AGG_TRADES, reader.format());
            assertTrue(reader.next());
            assertTrue(reader.buyerMaker());
            assertEquals(1, reader.lineNumber(), "the first line is a trade, not a header");
            assertTrue(reader.next());
            assertFalse(reader.buyerMaker());
            assertFalse(reader.next());
        }
    }

    @Test
    void shouldAcceptCrlfBlankLinesAndALastLineWithoutNewline() {
        Path file = write(dir, "crlf.csv", "timestamp,price,amount\r\n\r\n1,1.00,1\r\n   \r\n2,2.00,2\r\n\n3,3.00,3");

        List<Trade> trades = readAll(file, BTC);

        assertEquals(3, trades.size());
        assertEquals(new Trade(3_000_000_000L, 300, 3000), trades.get(2));
    }

    @Test
    void shouldRoundPriceHalfUpToTheTickAndFloorAmountToTheStep() {
        Path file = write(dir, "rounding.csv", "timestamp,price,amount\n"
                + "1,100.005,0.0019\n"
                + "2,100.00499999,0.0009\n"
                + "3,100.014999999999999999999999,1.99999999999999999999999\n"
                + "4,0.005,0\n");

        assertEquals(List.of(new Trade(1_000_000_000L, 10001, 1), new Trade(2_000_000_000L, 10000, 0),
                new Trade(3_000_000_000L, 10001, 1999), new Trade(4_000_000_000L, 1, 0)), readAll(file, BTC));
    }

    @Test
    void shouldConvertWithCoarseAndOddTickAndStepSizes() {
        Path file = write(dir, "coarse.csv", "timestamp,price,amount\n1,1234.74,25.9\n2,1237.5,0.5\n");

        assertEquals(List.of(new Trade(1_000_000_000L, 247, 2), new Trade(2_000_000_000L, 248, 0)),
                readAll(file, TradeFiles.instrument("5", "10")));
        assertEquals(List.of(new Trade(1_000_000_000L, 4939, 103), new Trade(2_000_000_000L, 4950, 2)),
                readAll(file, TradeFiles.instrument("0.25", "0.25")));
    }

    @Test
    void shouldKeepEqualTimestamps() {
        Path file = write(dir, "same-second.csv", "1,1.00,1\n1,1.01,1\n");

        assertEquals(2, readAll(file, BTC).size());
    }

    @Test
    void shouldReadAnEmptyFileAsNoTrades() {
        Path file = write(dir, "empty.csv", "");

        assertTrue(readAll(file, BTC).isEmpty());
    }
}
