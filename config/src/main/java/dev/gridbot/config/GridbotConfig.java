package dev.gridbot.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole, validated gridbot configuration: the venue, the instruments and the strategies.
 *
 * <p>Immutable; built once by {@link ConfigLoader} on the thread that starts a run and shared
 * read-only afterwards. Instruments and strategies keep the order of the file, so anything
 * iterating them is deterministic.
 *
 * @param venue       where orders go
 * @param instruments instruments by symbol, in file order
 * @param strategies  strategies in file order
 * @param sourceName  the file (or journal entry) the configuration was read from
 */
public record GridbotConfig(
        VenueConfig venue,
        Map<String, InstrumentConfig> instruments,
        List<StrategyConfig> strategies,
        String sourceName) {

    /** Copies the collections so the record cannot change after it is built. */
    public GridbotConfig {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(sourceName, "sourceName");
        instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        strategies = List.copyOf(strategies);
    }

    /**
     * Returns the instrument with this symbol.
     *
     * @throws IllegalArgumentException if the configuration has no such instrument
     */
    public InstrumentConfig instrument(String symbol) {
        InstrumentConfig instrument = instruments.get(symbol);
        if (instrument == null) {
            throw new IllegalArgumentException(sourceName + ": no instrument '" + symbol + "'");
        }
        return instrument;
    }
}
