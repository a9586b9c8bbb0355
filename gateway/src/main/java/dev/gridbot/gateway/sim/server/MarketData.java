package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;

import java.math.BigDecimal;

/**
 * Publishes the market streams from the trades the venue replays: {@code aggTrade} for every trade,
 * {@code bookTicker} (best bid and ask one tick either side of the trade, each with the trade's
 * quantity) and {@code markPrice} (the trade price, at most once per second of venue time, on
 * both {@code @markPrice} and {@code @markPrice@1s}); and keeps the one-minute candles klines are
 * built from. A message is only written when someone listens. Owned by the venue thread.
 */
final class MarketData {
    private static final long FUNDING_INTERVAL_MS = 8 * 3_600_000L;

    private final Instruments instruments;
    private final StreamHub hub;
    private final String[] aggTradeStream;
    private final String[] bookTickerStream;
    private final String[] markPriceStream;
    private final String[] markPrice1sStream;
    private final long[] aggTradeId;
    private final long[] bookUpdateId;
    private final long[] markSecond;
    private final long[] lastPriceTicks;
    private final Klines[] klines;

    MarketData(Instruments instruments, StreamHub hub) {
        this.instruments = instruments;
        this.hub = hub;
        int n = instruments.size();
        aggTradeStream = new String[n];
        bookTickerStream = new String[n];
        markPriceStream = new String[n];
        markPrice1sStream = new String[n];
        aggTradeId = new long[n];
        bookUpdateId = new long[n];
        markSecond = new long[n];
        lastPriceTicks = new long[n];
        klines = new Klines[n];
        for (int i = 0; i < n; i++) {
            String symbol = instruments.byId(i).symbol().toLowerCase(java.util.Locale.ROOT);
            aggTradeStream[i] = symbol + "@aggTrade";
            bookTickerStream[i] = symbol + "@bookTicker";
            markPriceStream[i] = symbol + "@markPrice";
            markPrice1sStream[i] = symbol + "@markPrice@1s";
            markSecond[i] = Long.MIN_VALUE;
            klines[i] = new Klines(instruments.byId(i));
        }
    }

    Klines klines(int instrumentId) {
        return klines[instrumentId];
    }

    void onTrade(int id, long timeMs, long priceTicks, long qtyLots, boolean buyerMaker) {
        Instrument instrument = instruments.byId(id);
        long aggId = ++aggTradeId[id];
        long updateId = ++bookUpdateId[id];
        klines[id].add(timeMs, priceTicks, qtyLots, buyerMaker);
        lastPriceTicks[id] = priceTicks;
        BigDecimal price = instrument.ticksToPrice(priceTicks);
        BigDecimal qty = instrument.lotsToQty(qtyLots);
        if (hub.hasListeners(aggTradeStream[id])) {
            hub.publish(aggTradeStream[id], JsonText.object()
                    .str("e", "aggTrade").num("E", timeMs).str("s", instrument.symbol()).num("a", aggId)
                    .dec("p", price).dec("q", qty).dec("nq", qty).num("f", aggId).num("l", aggId).num("T", timeMs)
                    .bool("m", buyerMaker).end().done());
        }
        if (hub.hasListeners(bookTickerStream[id])) {
            BigDecimal size = instrument.lotsToQty(Math.max(1, qtyLots));
            hub.publish(bookTickerStream[id], JsonText.object()
                    .str("e", "bookTicker").num("u", updateId).num("E", timeMs).num("T", timeMs)
                    .str("s", instrument.symbol())
                    .dec("b", instrument.ticksToPrice(Math.max(1, priceTicks - 1))).dec("B", size)
                    .dec("a", instrument.ticksToPrice(priceTicks + 1)).dec("A", size)
                    .end().done());
        }
        long second = Math.floorDiv(timeMs, 1000L);
        if (second != markSecond[id]) {
            markSecond[id] = second;
            publishMark(id, timeMs);
        }
    }

    private void publishMark(int id, long timeMs) {
        boolean plain = hub.hasListeners(markPriceStream[id]);
        boolean fast = hub.hasListeners(markPrice1sStream[id]);
        if (!plain && !fast) {
            return;
        }
        Instrument instrument = instruments.byId(id);
        BigDecimal mark = Decimals.quote(instrument.ticksToPrice(lastPriceTicks[id]));
        long nextFunding = (Math.floorDiv(timeMs, FUNDING_INTERVAL_MS) + 1) * FUNDING_INTERVAL_MS;
        String json = JsonText.object()
                .str("e", "markPriceUpdate").num("E", timeMs).str("s", instrument.symbol())
                .dec("p", mark).dec("ap", mark).dec("i", mark).dec("P", mark).str("r", "0.00000000")
                .num("T", nextFunding).end().done();
        if (plain) {
            hub.publish(markPriceStream[id], json);
        }
        if (fast) {
            hub.publish(markPrice1sStream[id], json);
        }
    }

    /** True when {@code stream} is one this venue publishes on {@code route} ("public" or "market"). */
    boolean isMarketStream(String route, String stream) {
        for (int i = 0; i < aggTradeStream.length; i++) {
            if ("public".equals(route) && bookTickerStream[i].equals(stream)) {
                return true;
            }
            if ("market".equals(route) && (aggTradeStream[i].equals(stream) || markPriceStream[i].equals(stream)
                    || markPrice1sStream[i].equals(stream))) {
                return true;
            }
        }
        return false;
    }
}
