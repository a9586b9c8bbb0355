package dev.gridbot.gateway.data;

import org.junit.jupiter.api.Test;

import static dev.gridbot.gateway.data.TradeFiles.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledTradesTest {

    @Test
    void shouldReadAllHundredThousandBundledTradesExactly() {
        long count = 0;
        long firstPrice = 0;
        long firstQty = 0;
        long firstTime = 0;
        long lastPrice = 0;
        long previousTime = Long.MIN_VALUE;
        long zeroLotTrades = 0;
        try (TradeFileReader reader = BundledTrades.open(BTC)) {
            assertEquals(TradeFormat.BITSTAMP, reader.format());
            assertEquals(BundledTrades.NAME, reader.source());
            while (reader.next()) {
                if (count == 0) {
                    firstPrice = reader.priceTicks();
                    firstQty = reader.qtyLots();
                    firstTime = reader.timestampNanos();
                }
                assertTrue(reader.timestampNanos() >= previousTime);
                previousTime = reader.timestampNanos();
                lastPrice = reader.priceTicks();
                if (reader.qtyLots() == 0) {
                    zeroLotTrades++;
                }
                count++;
            }
        }
        assertEquals(BundledTrades.TRADE_COUNT, count);
        assertEquals(100_000, count);
        assertEquals(80001, firstPrice, "800.01 at tick 0.01");
        assertEquals(100, firstQty, "0.1 at step 0.001");
        assertEquals(1_385_337_600_000_000_000L, firstTime);
        assertEquals(99900, lastPrice, "999.00 at tick 0.01");
        assertEquals(803, zeroLotTrades, "amounts below one step floor to 0 lots and still print");
    }
}
