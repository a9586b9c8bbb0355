package dev.gridbot.gateway.sim.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the simulated venue's market trades come from and how fast they are replayed: a trade file
 * (Bitstamp or Binance aggTrades CSV, see {@code TradeFileReader}) or the bundled real trades, for
 * one symbol, paced by the trades' own timestamps ({@code speed} 1.0 = real time, 1000 = a thousand
 * times faster, {@link Double#POSITIVE_INFINITY} = as fast as the venue thread goes) or at a fixed
 * count per second; or no data at all, when a test feeds trades through {@link SimServer#trade}.
 * Immutable.
 */
public final class SimDataSource {
    private final String symbol;
    private final Path file;
    private final boolean bundled;
    private final double speed;
    private final double tradesPerSecond;

    private SimDataSource(String symbol, Path file, boolean bundled, double speed, double tradesPerSecond) {
        this.symbol = symbol;
        this.file = file;
        this.bundled = bundled;
        this.speed = speed;
        this.tradesPerSecond = tradesPerSecond;
    }

    /** No replay: trades come only from {@link SimServer#trade}. */
    public static SimDataSource none() {
        return new SimDataSource(null, null, false, 0, 0);
    }

    /** The bundled real trades (100,000 Bitstamp BTC/USD trades, 2013) as {@code symbol}, at {@code speed}. */
    public static SimDataSource bundled(String symbol, double speed) {
        return new SimDataSource(Objects.requireNonNull(symbol), null, true, checkSpeed(speed), 0);
    }

    /** A trade file as {@code symbol}, at {@code speed} times the pace of its timestamps. */
    public static SimDataSource file(String symbol, Path file, double speed) {
        return new SimDataSource(Objects.requireNonNull(symbol), Objects.requireNonNull(file), false,
                checkSpeed(speed), 0);
    }

    /** The same source replayed at a fixed {@code tradesPerSecond}, whatever the timestamps say. */
    public SimDataSource atFixedRate(double tradesPerSecond) {
        if (symbol == null || !(tradesPerSecond > 0)) {
            throw new IllegalArgumentException("a fixed rate needs a data source and a positive rate");
        }
        return new SimDataSource(symbol, file, bundled, 0, tradesPerSecond);
    }

    private static double checkSpeed(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        return speed;
    }

    /** Null for {@link #none()}. */
    public String symbol() {
        return symbol;
    }

    boolean isNone() {
        return symbol == null;
    }

    boolean isBundled() {
        return bundled;
    }

    Path file() {
        return file;
    }

    /** 0 when paced at a fixed rate. */
    double speed() {
        return speed;
    }

    /** 0 when paced by timestamps. */
    double tradesPerSecond() {
        return tradesPerSecond;
    }

    @Override
    public String toString() {
        if (isNone()) {
            return "none";
        }
        String what = bundled ? "bundled" : file.toString();
        return symbol + " from " + what + (tradesPerSecond > 0 ? " at " + tradesPerSecond + " trades/s" : " x" + speed);
    }
}
