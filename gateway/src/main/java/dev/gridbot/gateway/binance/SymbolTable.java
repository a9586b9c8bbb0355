package dev.gridbot.gateway.binance;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;

import java.util.List;
import java.util.Locale;

/**
 * The run's instruments as the Binance codec needs them: upper-case symbols to find an instrument
 * id by comparing received text (ASCII case-insensitive, in id order: no hashing), the quote asset
 * that fees are counted in, and exact converters for ticks, lots and money units. Built at start;
 * its converters keep the state of a conversion, so every decoder builds its own table and it
 * belongs to that decoder's thread.
 */
final class SymbolTable {
    /** The quote asset of USDT-margined symbols. */
    static final String USDT = "USDT";

    private final Instrument[] instruments;
    private final String[] upperSymbols;
    private final String[] quoteAssets;
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
        upperSymbols = new String[n];
        this.quoteAssets = new String[n];
        ticks = new DecimalUnits[n];
        lots = new DecimalUnits[n];
        money = new DecimalUnits[n];
        for (int id = 0; id < n; id++) {
            Instrument instrument = run.byId(id);
            instruments[id] = instrument;
            upperSymbols[id] = instrument.symbol().toUpperCase(Locale.ROOT);
            String quote = quoteAssets == null ? USDT : quoteAssets.get(id);
            this.quoteAssets[id] = quote.toUpperCase(Locale.ROOT);
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

    /** The id of the instrument whose symbol is {@code text[from, to)} in any case, or -1. */
    int find(char[] text, int from, int to) {
        for (int id = 0; id < upperSymbols.length; id++) {
            if (Chars.equalIgnoreCase(text, from, to, upperSymbols[id])) {
                return id;
            }
        }
        return -1;
    }

    /** True when {@code text[from, to)} names the quote asset of instrument {@code id}. */
    boolean isQuoteAsset(int id, char[] text, int from, int to) {
        return Chars.equalIgnoreCase(text, from, to, quoteAssets[id]);
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
