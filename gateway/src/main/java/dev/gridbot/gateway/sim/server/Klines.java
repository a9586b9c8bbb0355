package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * One instrument's candles, built from the trades the venue replays: one-minute candles kept as
 * they form, longer intervals merged from them when asked. Answers GET /fapi/v1/klines in Binance's
 * 12-field rows. Owned by the venue thread.
 */
final class Klines {
    private static final long MINUTE_MS = 60_000L;
    private static final String[] INTERVALS = {"1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h",
        "1d", "3d", "1w"};
    private static final long[] INTERVAL_MINUTES = {1, 3, 5, 15, 30, 60, 120, 240, 360, 480, 720, 1440, 4320, 10080};

    private final Instrument instrument;
    private final List<long[]> minutes = new ArrayList<>();

    /** Fields of a candle row. */
    private static final int OPEN_TIME = 0;
    private static final int OPEN = 1;
    private static final int HIGH = 2;
    private static final int LOW = 3;
    private static final int CLOSE = 4;
    private static final int VOLUME = 5;
    private static final int QUOTE_UNITS = 6;
    private static final int COUNT = 7;
    private static final int TAKER_VOLUME = 8;
    private static final int TAKER_QUOTE_UNITS = 9;

    Klines(Instrument instrument) {
        this.instrument = instrument;
    }

    void add(long timeMs, long priceTicks, long qtyLots, boolean buyerMaker) {
        long open = Math.floorDiv(timeMs, MINUTE_MS) * MINUTE_MS;
        long[] last = minutes.isEmpty() ? null : minutes.get(minutes.size() - 1);
        if (last == null || last[OPEN_TIME] != open) {
            last = new long[] {open, priceTicks, priceTicks, priceTicks, priceTicks, 0, 0, 0, 0, 0};
            minutes.add(last);
        }
        last[HIGH] = Math.max(last[HIGH], priceTicks);
        last[LOW] = Math.min(last[LOW], priceTicks);
        last[CLOSE] = priceTicks;
        long quote = Money.notionalUnits(priceTicks, qtyLots);
        last[VOLUME] += qtyLots;
        last[QUOTE_UNITS] += quote;
        last[COUNT]++;
        if (!buyerMaker) {
            last[TAKER_VOLUME] += qtyLots;
            last[TAKER_QUOTE_UNITS] += quote;
        }
    }

    /** Minutes in an interval name, or 0 when Binance has no such interval. */
    static long intervalMinutes(String interval) {
        for (int i = 0; i < INTERVALS.length; i++) {
            if (INTERVALS[i].equals(interval)) {
                return INTERVAL_MINUTES[i];
            }
        }
        return 0;
    }

    /** The newest {@code limit} candles of the interval with open time in [startMs, endMs], oldest first. */
    String json(long intervalMinutes, long startMs, long endMs, int limit) {
        long span = intervalMinutes * MINUTE_MS;
        List<long[]> candles = new ArrayList<>();
        for (long[] minute : minutes) {
            long open = Math.floorDiv(minute[OPEN_TIME], span) * span;
            if (open < startMs || open > endMs) {
                continue;
            }
            long[] last = candles.isEmpty() ? null : candles.get(candles.size() - 1);
            if (last == null || last[OPEN_TIME] != open) {
                last = minute.clone();
                last[OPEN_TIME] = open;
                candles.add(last);
                continue;
            }
            last[HIGH] = Math.max(last[HIGH], minute[HIGH]);
            last[LOW] = Math.min(last[LOW], minute[LOW]);
            last[CLOSE] = minute[CLOSE];
            for (int f = VOLUME; f <= TAKER_QUOTE_UNITS; f++) {
                last[f] += minute[f];
            }
        }
        if (limit > 0 && candles.size() > limit && startMs == Long.MIN_VALUE) {
            candles = candles.subList(candles.size() - limit, candles.size());
        } else if (limit > 0 && candles.size() > limit) {
            candles = candles.subList(0, limit);
        }
        JsonText json = JsonText.array();
        for (long[] c : candles) {
            json.beginArray()
                    .num(c[OPEN_TIME])
                    .str(instrument.ticksToPrice(c[OPEN]).toPlainString())
                    .str(instrument.ticksToPrice(c[HIGH]).toPlainString())
                    .str(instrument.ticksToPrice(c[LOW]).toPlainString())
                    .str(instrument.ticksToPrice(c[CLOSE]).toPlainString())
                    .str(instrument.lotsToQty(c[VOLUME]).toPlainString())
                    .num(c[OPEN_TIME] + span - 1)
                    .str(Decimals.quote(instrument.unitsToQuote(c[QUOTE_UNITS])).toPlainString())
                    .num(c[COUNT])
                    .str(instrument.lotsToQty(c[TAKER_VOLUME]).toPlainString())
                    .str(Decimals.quote(instrument.unitsToQuote(c[TAKER_QUOTE_UNITS])).toPlainString())
                    .str("0")
                    .endArray();
        }
        return json.endArray().done();
    }
}
