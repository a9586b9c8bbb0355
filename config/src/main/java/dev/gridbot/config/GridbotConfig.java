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
 * @param accounts    venue accounts by name, in file order (empty for a backtest-only file)
 */
public record GridbotConfig(
        VenueConfig venue,
        Map<String, InstrumentConfig> instruments,
        List<StrategyConfig> strategies,
        String sourceName,
        Map<String, AccountConfig> accounts) {

    /** Copies the collections so the record cannot change after it is built. */
    public GridbotConfig {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(sourceName, "sourceName");
        instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        strategies = List.copyOf(strategies);
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /** A configuration without accounts. */
    public GridbotConfig(VenueConfig venue, Map<String, InstrumentConfig> instruments, List<StrategyConfig> strategies,
                         String sourceName) {
        this(venue, instruments, strategies, sourceName, Map.of());
    }

    /** The same configuration at another venue (the demo points it at its own simulated venue). */
    public GridbotConfig withVenue(VenueConfig other) {
        return new GridbotConfig(other, instruments, strategies, sourceName, accounts);
    }

    /**
     * The account a strategy trades: the one it names, or the only account when it names none.
     *
     * @throws IllegalArgumentException if there is no such account
     */
    public AccountConfig accountOf(StrategyConfig strategy) {
        String name = strategy.account();
        if (name == null) {
            if (accounts.size() != 1) {
                throw new IllegalArgumentException(sourceName + ": strategy '" + strategy.name()
                        + "' names no account and there is not exactly one");
            }
            return accounts.values().iterator().next();
        }
        AccountConfig account = accounts.get(name);
        if (account == null) {
            throw new IllegalArgumentException(sourceName + ": no account '" + name + "'");
        }
        return account;
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
