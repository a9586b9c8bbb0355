package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.Instruments;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Decoding frames allocates nothing once warmed up: measured with HotSpot's per-thread allocation counter. */
class BinanceStreamAllocationTest {
    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 100_000;
    /** Slack for the JVM's own bookkeeping (a safepoint, a deoptimization); a frame is 200-1000 bytes. */
    private static final long BOUND_BYTES = 1_024;

    @Test
    void shouldNotAllocateWhileDecodingInSteadyState() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        Instruments instruments = BinanceFixtures.instruments(
                instrument(0, "BTCUSDT", "0.001", "0.001"),
                instrument(1, "BNBUSDT", "0.0001", "0.01"),
                instrument(2, "XEMUSDT", "0.0001", "1"));
        BinanceFixtures.Published out = new BinanceFixtures.Published();
        BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);
        byte[][] frames = frames();

        decodeAll(decoder, frames, WARM_UP);
        long before = threads.getCurrentThreadAllocatedBytes();
        decodeAll(decoder, frames, MEASURED);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated <= BOUND_BYTES, allocated + " bytes allocated decoding " + MEASURED + " frames");
        long decoded = WARM_UP + MEASURED;
        assertEquals(decoded, totalFrames(decoder));
        assertTrue(decoder.count(BinanceFrame.ORDER) > decoded / 5, "order updates were decoded");
        assertTrue(out.ring.getCursor() > decoded / 2, "events were published");
    }

    private static byte[][] frames() {
        String fill = binance("binance_ws_order_trade_update_filled.capture.json").replace("R01LRkpXT7C4", "gb12-345X-67890");
        String accepted = binance("binance_ws_order_trade_update_new.json").replace("\"TEST\"", "\"gb0-1E-4294967295\"");
        List<String> texts = new ArrayList<>(List.of(
                binance("binance_ws_agg_trade.json"),
                "{\"stream\":\"bnbusdt@bookTicker\",\"data\":" + binance("binance_ws_book_ticker.json") + "}",
                binance("binance_ws_mark_price.json"),
                fill,
                accepted,
                binance("binance_ws_account_update.json"),
                binance("binance_ws_order_trade_update_canceled.capture.json"),
                binance("binance_ws_trade_lite.json"),
                binance("binance_ws_agg_trade.json").replace("BTCUSDT", "ETHUSDT"),
                "{\"e\":\"aggTrade\",\"s\":\"BTCUSDT\"",
                fill,
                binance("binance_ws_agg_trade.json")));
        byte[][] frames = new byte[texts.size()][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = utf8(texts.get(i));
        }
        return frames;
    }

    private static void decodeAll(BinanceStreamDecoder decoder, byte[][] frames, int count) {
        for (int i = 0; i < count; i++) {
            byte[] frame = frames[i % frames.length];
            decoder.decode(frame, 0, frame.length, i);
        }
    }

    private static long totalFrames(BinanceStreamDecoder decoder) {
        long total = 0;
        for (BinanceFrame kind : BinanceFrame.values()) {
            total += decoder.count(kind);
        }
        return total;
    }
}
