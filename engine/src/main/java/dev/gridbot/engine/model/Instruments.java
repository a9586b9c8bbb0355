package dev.gridbot.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruments of a run, indexed by their {@code int} id (0, 1, … in configuration order).
 * Immutable after construction. Symbols are looked up only at the edges (gateway, config).
 */
public final class Instruments {
    private final Instrument[] byId;
    private final Map<String, Instrument> bySymbol = new HashMap<>();

    public Instruments(List<Instrument> instruments) {
        this.byId = instruments.toArray(new Instrument[0]);
        for (int i = 0; i < byId.length; i++) {
            if (byId[i].id() != i) {
                throw new IllegalArgumentException("instrument ids must be 0..n-1 in order: " + byId[i]);
            }
            bySymbol.put(byId[i].symbol(), byId[i]);
        }
    }

    public Instrument byId(int id) {
        return byId[id];
    }

    /** The instrument with this symbol, or null. */
    public Instrument bySymbol(String symbol) {
        return bySymbol.get(symbol);
    }

    public int size() {
        return byId.length;
    }

    /** All instruments in id order. */
    public List<Instrument> all() {
        List<Instrument> list = new ArrayList<>(byId.length);
        Collections.addAll(list, byId);
        return Collections.unmodifiableList(list);
    }
}
