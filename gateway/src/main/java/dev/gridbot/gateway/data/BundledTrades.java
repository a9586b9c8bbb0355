package dev.gridbot.gateway.data;

import dev.gridbot.engine.model.Instrument;

import java.io.InputStream;

/**
 * The real trade data that ships on the classpath: 100,000 Bitstamp BTC/USD trades from
 * 2013-11-25 (resource {@value #RESOURCE}, from ta4j-examples), for demos and backtests that need
 * no download. Stateless.
 */
public final class BundledTrades {
    /** The classpath resource. */
    public static final String RESOURCE = "/bitstamp_trades_from_20131125_usd.csv";
    /** How error messages name it. */
    public static final String NAME = "bitstamp_trades_from_20131125_usd.csv (bundled)";
    /** The number of trades it holds. */
    public static final int TRADE_COUNT = 100_000;

    private BundledTrades() {
    }

    /** A reader over the bundled trades in {@code instrument}'s scales; the caller closes it. */
    public static TradeFileReader open(Instrument instrument) {
        InputStream stream = BundledTrades.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new TradeDataException(NAME, 0, "is not on the classpath (the ta4j-examples jar is missing)");
        }
        return TradeFileReader.open(stream, NAME, instrument);
    }
}
