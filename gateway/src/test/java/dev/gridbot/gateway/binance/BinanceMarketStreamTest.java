package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.event.InboundType;
import dev.gridbot.engine.model.Instruments;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static dev.gridbot.gateway.binance.BinanceFixtures.binance;
import static dev.gridbot.gateway.binance.BinanceFixtures.instrument;
import static dev.gridbot.gateway.binance.BinanceFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Binance's published market-stream examples decode into exact engine events. */
class BinanceMarketStreamTest {
    private static final long T = 123_456_789_000L;

    /** BTCUSDT with a 0.001 tick so that the aggTrade example's price "0.001" is one tick; BNBUSDT as published. */
    private final Instruments instruments = BinanceFixtures.instruments(
            instrument(0, "ETHUSDT", "0.01", "0.001"),
            instrument(1, "BTCUSDT", "0.001", "0.001"),
            instrument(2, "BNBUSDT", "0.0001", "0.01"));
    private final BinanceFixtures.Published out = new BinanceFixtures.Published();
    private final BinanceStreamDecoder decoder = new BinanceStreamDecoder(instruments, out.publisher);

    private BinanceFrame decode(String frame) {
        byte[] bytes = utf8(frame);
        return decoder.decode(bytes, 0, bytes.length, T);
    }

    @Test
    void shouldDecodeThePublishedAggTradeIntoATrade() {
        assertEquals(BinanceFrame.MARKET, decode(binance("binance_ws_agg_trade.json")));
        InboundEvent e = out.single();
        assertEquals(InboundType.TRADE, e.type());
        assertEquals(T, e.timestampNanos());
        assertEquals(1, e.instrumentId());
        assertEquals(1, e.priceTicks());
        assertEquals(100_000, e.qtyLots());
        assertEquals(5_933_014, e.venueSequence());
    }

    @Test
    void shouldFloorTradeQuantityToTheStepAndRoundPriceToTheTick() {
        decode("{\"e\":\"aggTrade\",\"s\":\"ETHUSDT\",\"a\":7,\"p\":\"2500.015\",\"q\":\"0.0019\",\"m\":false}");
        InboundEvent e = out.single();
        assertEquals(250_002, e.priceTicks());
        assertEquals(1, e.qtyLots());
    }

    @Test
    void shouldDecodeACombinedStreamFrameWhateverTheFieldOrder() {
        String data = binance("binance_ws_agg_trade.json");
        assertEquals(BinanceFrame.MARKET, decode("{\"data\":" + data + ",\"stream\":\"btcusdt@aggTrade\"}"));
        assertEquals(5_933_014, out.single().venueSequence());
        assertEquals(BinanceFrame.MARKET, decode("{\"stream\":\"btcusdt@aggTrade\",\"data\":" + data + "}"));
        assertEquals(5_933_014, out.single().venueSequence());
    }

    @Test
    void shouldMatchSymbolsInAnyCase() {
        decode("{\"e\":\"aggTrade\",\"s\":\"btcusdt\",\"a\":1,\"p\":\"2\",\"q\":\"3\"}");
        InboundEvent e = out.single();
        assertEquals(1, e.instrumentId());
        assertEquals(2000, e.priceTicks());
        assertEquals(3000, e.qtyLots());
    }

    @Test
    void shouldDecodeThePublishedBookTicker() {
        assertEquals(BinanceFrame.MARKET, decode(binance("binance_ws_book_ticker.json")));
        InboundEvent e = out.single();
        assertEquals(InboundType.BOOK_TICKER, e.type());
        assertEquals(2, e.instrumentId());
        assertEquals(253_519, e.priceTicks());
        assertEquals(253_652, e.askTicks());
        assertEquals(400_900_217, e.venueSequence());
        assertEquals(T, e.timestampNanos());
    }

    @Test
    void shouldDecodeThePublishedMarkPrice() {
        assertEquals(BinanceFrame.MARKET, decode(binance("binance_ws_mark_price.json")));
        InboundEvent e = out.single();
        assertEquals(InboundType.MARK_PRICE, e.type());
        assertEquals(1, e.instrumentId());
        assertEquals(11_794_150, e.priceTicks());
    }

    @Test
    void shouldRoundAMarkPriceOffTheTickHalfUp() {
        decode("{\"e\":\"markPriceUpdate\",\"s\":\"ETHUSDT\",\"p\":\"6679.50671178\",\"P\":\"1\",\"i\":\"2\"}");
        assertEquals(667_951, out.single().priceTicks());
    }

    @Test
    void shouldIgnoreDepthSubscriptionAnswersAndArrays() {
        assertEquals(BinanceFrame.IGNORED, decode(binance("binance_ws_depth5_partial_book.json")));
        assertEquals(BinanceFrame.IGNORED, decode("{\"result\":null,\"id\":1}"));
        assertEquals(BinanceFrame.IGNORED, decode("[" + binance("binance_ws_mark_price.json") + "]"));
        out.assertNone();
        assertEquals(3, decoder.count(BinanceFrame.IGNORED));
    }

    @Test
    void shouldDecodeHeapDirectAndReadOnlyBuffersWithoutMovingThem() {
        byte[] frame = utf8("xx" + binance("binance_ws_agg_trade.json"));
        ByteBuffer heap = ByteBuffer.wrap(frame);
        heap.position(2);
        ByteBuffer direct = ByteBuffer.allocateDirect(frame.length);
        direct.put(frame).position(2);
        ByteBuffer readOnly = heap.asReadOnlyBuffer();
        for (ByteBuffer buffer : new ByteBuffer[] {heap, direct, readOnly}) {
            assertEquals(BinanceFrame.MARKET, decoder.decode(buffer, T));
            assertEquals(2, buffer.position());
            assertEquals(5_933_014, out.single().venueSequence());
        }
    }

    @Test
    void shouldCountEachKindOfFrame() {
        decode(binance("binance_ws_agg_trade.json"));
        decode(binance("binance_ws_book_ticker.json"));
        decode("{");
        assertEquals(2, decoder.count(BinanceFrame.MARKET));
        assertEquals(1, decoder.count(BinanceFrame.MALFORMED));
    }
}
