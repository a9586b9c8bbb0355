package dev.gridbot.bench;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.gateway.binance.BinanceFrame;
import dev.gridbot.gateway.binance.BinanceStreamDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gateway decoding: a Binance WebSocket frame (combined-stream aggTrade, bookTicker, and a user
 * stream ORDER_TRADE_UPDATE fill of one of our orders) decoded straight into a claimed inbound ring
 * slot. Run with {@code -prof gc}: steady state shows ~0 B/op. The ring has no consumer gating it,
 * so claims never wait; the benchmark thread owns the decoder and the publisher.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class GatewayDecodeBenchmark {
    private static final String AGG_TRADE = "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\","
            + "\"E\":1700000000123,\"s\":\"BTCUSDT\",\"a\":5933014,\"p\":\"1012.37\",\"q\":\"0.050\","
            + "\"nq\":\"0.050\",\"f\":100,\"l\":105,\"T\":1700000000120,\"m\":true}}";
    private static final String BOOK_TICKER = "{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\","
            + "\"u\":400900217,\"E\":1700000000123,\"T\":1700000000120,\"s\":\"BTCUSDT\",\"b\":\"1012.36\","
            + "\"B\":\"31.210\",\"a\":\"1012.38\",\"A\":\"40.660\"}}";
    private static final String ORDER_FILL = "{\"e\":\"ORDER_TRADE_UPDATE\",\"T\":1700000000041,"
            + "\"E\":1700000000045,\"o\":{\"s\":\"BTCUSDT\",\"c\":\"gb0-17E-42\",\"S\":\"SELL\",\"o\":\"LIMIT\","
            + "\"f\":\"GTX\",\"q\":\"0.010\",\"p\":\"1010.00\",\"ap\":\"1010.00\",\"sp\":\"0\",\"x\":\"TRADE\","
            + "\"X\":\"FILLED\",\"i\":6437837518,\"l\":\"0.010\",\"z\":\"0.010\",\"L\":\"1010.00\","
            + "\"n\":\"0.00202000\",\"N\":\"USDT\",\"T\":1700000000041,\"t\":86171692,\"b\":\"0\",\"a\":\"0\","
            + "\"m\":true,\"R\":false,\"wt\":\"CONTRACT_PRICE\",\"ot\":\"LIMIT\",\"ps\":\"BOTH\",\"cp\":false,"
            + "\"rp\":\"0\",\"pP\":false,\"si\":0,\"ss\":0}}";

    private BinanceStreamDecoder decoder;
    private byte[] aggTrade;
    private byte[] bookTicker;
    private byte[] orderFill;
    private long now;

    @Setup(Level.Trial)
    public void setUp() {
        Instruments instruments = new Instruments(List.of(new Instrument(0, "BTCUSDT", new BigDecimal("0.01"),
                new BigDecimal("0.001"), new BigDecimal("0.001"), new BigDecimal("5"), 200, 500)));
        RingBuffer<InboundEvent> ring = RingBuffer.createMultiProducer(InboundEvent::new, 1024);
        decoder = new BinanceStreamDecoder(instruments, new InboundPublisher(ring));
        aggTrade = AGG_TRADE.getBytes(StandardCharsets.UTF_8);
        bookTicker = BOOK_TICKER.getBytes(StandardCharsets.UTF_8);
        orderFill = ORDER_FILL.getBytes(StandardCharsets.UTF_8);
        expect(BinanceFrame.MARKET, decoder.decode(aggTrade, 0, aggTrade.length, 1));
        expect(BinanceFrame.MARKET, decoder.decode(bookTicker, 0, bookTicker.length, 1));
        expect(BinanceFrame.ORDER, decoder.decode(orderFill, 0, orderFill.length, 1));
    }

    private static void expect(BinanceFrame wanted, BinanceFrame got) {
        if (wanted != got) {
            throw new IllegalStateException("benchmark frame decoded as " + got + ", not " + wanted);
        }
    }

    @Benchmark
    public BinanceFrame aggTrade() {
        return decoder.decode(aggTrade, 0, aggTrade.length, ++now);
    }

    @Benchmark
    public BinanceFrame bookTicker() {
        return decoder.decode(bookTicker, 0, bookTicker.length, ++now);
    }

    @Benchmark
    public BinanceFrame orderFill() {
        return decoder.decode(orderFill, 0, orderFill.length, ++now);
    }
}
