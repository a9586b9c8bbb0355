package dev.gridbot.gateway.sim.server;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One account of the simulated venue: its API key and secret (the pair a client signs with), its
 * initial USDT wallet balance and whether it starts in hedge mode (Binance's
 * {@code dualSidePosition}). Immutable.
 */
public record SimAccountConfig(String apiKey, String secret, BigDecimal initialBalance, boolean hedgeMode) {

    public SimAccountConfig {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(initialBalance, "initialBalance");
        if (apiKey.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException("an account needs a non-empty API key and secret");
        }
        if (initialBalance.signum() < 0) {
            throw new IllegalArgumentException("initial balance must not be negative: " + initialBalance);
        }
    }

    /** A one-way account. */
    public static SimAccountConfig oneWay(String apiKey, String secret, String initialBalance) {
        return new SimAccountConfig(apiKey, secret, new BigDecimal(initialBalance), false);
    }

    /** A hedge-mode account. */
    public static SimAccountConfig hedge(String apiKey, String secret, String initialBalance) {
        return new SimAccountConfig(apiKey, secret, new BigDecimal(initialBalance), true);
    }

    @Override
    public String toString() {
        return "SimAccountConfig{apiKey=" + apiKey + ", balance=" + initialBalance + ", hedge=" + hedgeMode + "}";
    }
}
