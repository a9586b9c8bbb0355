package dev.gridbot.config;

import java.util.Objects;

/**
 * Where orders go. Only {@link #SIM} (the simulated venue fed by the bundled market data) is
 * accepted by the loader for now.
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only.
 *
 * @param kind the venue kind as written in YAML, e.g. {@code sim}
 */
public record VenueConfig(String kind) {

    /** The simulated venue. */
    public static final String SIM = "sim";

    /** Refuses a null kind; which kinds are valid is the loader's business. */
    public VenueConfig {
        Objects.requireNonNull(kind, "kind");
    }
}
