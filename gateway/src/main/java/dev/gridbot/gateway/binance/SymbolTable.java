package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The run's instruments as the Binance codec needs them: symbol bytes to find an instrument id by
 * comparing bytes (ASCII case-insensitive, in id order: no hashing), the quote asset that fees are
 * counted in, and exact converters for ticks, lots and money units. Built at start; its converters
 * keep one flag of state each, so every decoder builds its own table and it belongs to that decoder's
 * thread.
 */
final class SymbolTable {
    /** The quote asset of USDT-margined symbols. */
    static final String USDT = "USDT";

    private final Instrument[] instruments;
    private final byte[][] upperSymbols;
    private final byte[][] quoteAssets;
    private final DecimalUnits[] ticks;
    private final DecimalUnits[] lots;
    private final DecimalUnits[] money;

    /** {@code quoteAssets} by instrument id; null means USDT for every instrument. */
    SymbolTable(Instruments run, List<String> quoteAssets) {
        int n = run.size();
        if (quoteAssets != null && quoteAssets.size() != n) {
            throw new IllegalArgumentException("one quote asset per instrument expected, got " + quoteAssets.size());
        }
        instruments = new Instrument[n];
        upperSymbols = new byte[n][];
        this.quoteAssets = new byte[n][];
        ticks = new DecimalUnits[n];
        lots = new DecimalUnits[n];
        money = new DecimalUnits[n];
        for (int id = 0; id < n; id++) {
            Instrument instrument = run.byId(id);
            instruments[id] = instrument;
            upperSymbols[id] = instrument.symbol().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            String quote = quoteAssets == null ? USDT : quoteAssets.get(id);
            this.quoteAssets[id] = quote.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            ticks[id] = new DecimalUnits(instrument.tickSize());
            lots[id] = new DecimalUnits(instrument.stepSize());
            money[id] = new DecimalUnits(instrument.moneyUnit());
        }
    }

    int size() {
        return instruments.length;
    }

    Instrument instrument(int id) {
        return instruments[id];
    }

    /** The id of the instrument whose symbol is {@code bytes[from, to)} in any case, or -1. */
    int find(byte[] bytes, int from, int to) {
        for (int id = 0; id < upperSymbols.length; id++) {
            if (Bytes.equalIgnoreCase(bytes, from, to, upperSymbols[id])) {
                return id;
            }
        }
        return -1;
    }

    /** True when {@code bytes[from, to)} names the quote asset of instrument {@code id}. */
    boolean isQuoteAsset(int id, byte[] bytes, int from, int to) {
        return Bytes.equalIgnoreCase(bytes, from, to, quoteAssets[id]);
    }

    DecimalUnits ticks(int id) {
        return ticks[id];
    }

    DecimalUnits lots(int id) {
        return lots[id];
    }

    DecimalUnits money(int id) {
        return money[id];
    }
}
