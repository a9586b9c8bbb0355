package dev.gridbot.config;

import java.util.List;
import java.util.Objects;

/**
 * Where orders go: the venue kind and its base URLs. {@code sim} is the simulated venue (in-process
 * for backtests, a Binance-protocol server on loopback for live runs and the demo); {@code binance}
 * and {@code binance-testnet} are Binance USDⓈ-M futures. Base URLs default per kind and may be
 * overridden (the REST base, and the WebSocket base under which the routed paths /public, /market
 * and /private live).
 *
 * <p>Immutable; built by {@link ConfigLoader} and shared read-only.
 *
 * @param kind    the venue kind as written in YAML
 * @param restUrl REST base URL, e.g. {@code https://fapi.binance.com}
 * @param wsUrl   WebSocket base URL, e.g. {@code wss://fstream.binance.com}
 */
public record VenueConfig(String kind, String restUrl, String wsUrl) {

    /** The simulated venue. */
    public static final String SIM = "sim";
    /** Binance USDⓈ-M futures. */
    public static final String BINANCE = "binance";
    /** Binance USDⓈ-M futures testnet. */
    public static final String BINANCE_TESTNET = "binance-testnet";
    /** Every kind the loader accepts. */
    public static final List<String> KINDS = List.of(SIM, BINANCE, BINANCE_TESTNET);
    /** Where {@code ./gridbot sim} listens by default. */
    public static final int SIM_DEFAULT_PORT = 8765;

    /** Refuses null parts; which kinds and URLs are valid is the loader's business. */
    public VenueConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(restUrl, "restUrl");
        Objects.requireNonNull(wsUrl, "wsUrl");
    }

    /** A venue of {@code kind} at its default URLs. */
    public VenueConfig(String kind) {
        this(kind, defaultRestUrl(kind), defaultWsUrl(kind));
    }

    /** The default REST base URL of a kind. */
    public static String defaultRestUrl(String kind) {
        return switch (kind) {
            case BINANCE -> "https://fapi.binance.com";
            case BINANCE_TESTNET -> "https://testnet.binancefuture.com";
            default -> "http://127.0.0.1:" + SIM_DEFAULT_PORT;
        };
    }

    /** The default WebSocket base URL of a kind. */
    public static String defaultWsUrl(String kind) {
        return switch (kind) {
            case BINANCE -> "wss://fstream.binance.com";
            case BINANCE_TESTNET -> "wss://fstream.binancefuture.com";
            default -> "ws://127.0.0.1:" + SIM_DEFAULT_PORT;
        };
    }

    /** The same venue at other base URLs (the demo points the config at its own simulated venue). */
    public VenueConfig at(String rest, String ws) {
        return new VenueConfig(kind, rest, ws);
    }
}
