package dev.gridbot.gateway.binance.live;

import com.lmax.disruptor.RingBuffer;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.gateway.binance.BinanceStreamDecoder;
import dev.gridbot.gateway.net.WebSocketClient;
import dev.gridbot.gateway.net.WebSocketConfig;

import java.util.Locale;

/**
 * The market streams of the run's instruments, on Binance's routed paths: {@code /market/stream}
 * for aggTrade and markPrice, {@code /public/stream} for bookTicker (combined streams, lower-case
 * symbols). Each connection decodes into the inbound ring on its own loop.
 */
public final class MarketStreams implements AutoCloseable {
    private final WebSocketClient market;
    private final WebSocketClient book;
    private final StreamListener marketListener;

    private MarketStreams(WebSocketClient market, StreamListener marketListener, WebSocketClient book) {
        this.market = market;
        this.marketListener = marketListener;
        this.book = book;
    }

    /** Opens both connections; they connect and reconnect by themselves. */
    public static MarketStreams open(String wsBase, Instruments instruments, RingBuffer<InboundEvent> ring, Clock clock,
                                     WebSocketConfig template) {
        StringBuilder trades = new StringBuilder();
        StringBuilder tickers = new StringBuilder();
        for (Instrument i : instruments.all()) {
            String s = i.symbol().toLowerCase(Locale.ROOT);
            trades.append(trades.length() == 0 ? "" : "/").append(s).append("@aggTrade/").append(s).append("@markPrice");
            tickers.append(tickers.length() == 0 ? "" : "/").append(s).append("@bookTicker");
        }
        StreamListener ml = listener(instruments, ring, clock);
        StreamListener bl = listener(instruments, ring, clock);
        WebSocketClient m = new WebSocketClient(template.withUrl(wsBase + "/market/stream?streams=" + trades), ml);
        WebSocketClient b = new WebSocketClient(template.withUrl(wsBase + "/public/stream?streams=" + tickers), bl);
        m.start();
        b.start();
        return new MarketStreams(m, ml, b);
    }

    private static StreamListener listener(Instruments instruments, RingBuffer<InboundEvent> ring, Clock clock) {
        // Market data need no re-sync after a drop: the next trade is all the grid needs.
        return new StreamListener(new BinanceStreamDecoder(instruments, new InboundPublisher(ring)),
                new InboundPublisher(ring), clock, frame -> { }, false, false, () -> { });
    }

    /** True when the trade stream is connected. */
    public boolean connected() {
        return marketListener.connected();
    }

    @Override
    public void close() {
        market.close();
        book.close();
    }
}
