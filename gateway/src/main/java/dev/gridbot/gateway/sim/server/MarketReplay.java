package dev.gridbot.gateway.sim.server;

import dev.gridbot.engine.model.Instrument;
import dev.gridbot.gateway.data.BundledTrades;
import dev.gridbot.gateway.data.TradeFileReader;
import dev.gridbot.gateway.data.TradeFormat;

/**
 * Replays a trade file into the venue at its pace: trade k is due at start + (t_k − t_0) / speed, or
 * at start + k / rate at a fixed rate. Paused time (the fault switch's "stop market data") shifts
 * every later trade. Trades of a file without the taker's side (Bitstamp) get it from the tick
 * rule. Runs on the venue thread; the progress counters are readable from any thread.
 */
final class MarketReplay implements AutoCloseable {
    private static final int TRADES_PER_TURN = 512;
    private static final long NO_TRADE = Long.MAX_VALUE;

    private final Venue venue;
    private final SimDataSource source;
    private final SimFaults faults;
    private TradeFileReader reader;
    private int instrumentId;
    private boolean tickRule;
    private boolean started;
    private boolean pending;
    private long startNanos;
    private long firstTradeNanos;
    private long pausedAtNanos = -1;
    private long previousPriceTicks;
    private boolean previousBuyerMaker;
    private volatile long replayed;
    private volatile boolean finished;
    private volatile RuntimeException failure;

    MarketReplay(Venue venue, SimDataSource source, SimFaults faults) {
        this.venue = venue;
        this.source = source;
        this.faults = faults;
        if (source.isNone()) {
            finished = true;
            return;
        }
        Instrument instrument = venue.instruments.bySymbol(source.symbol());
        instrumentId = instrument.id();
        reader = source.isBundled() ? BundledTrades.open(instrument) : TradeFileReader.open(source.file(), instrument);
        tickRule = reader.format() == TradeFormat.BITSTAMP;
    }

    long replayed() {
        return replayed;
    }

    boolean finished() {
        return finished;
    }

    RuntimeException failure() {
        return failure;
    }

    /** Nanoseconds until the next trade is due (0: now; a long wait when there is none or it is paused). */
    long nanosUntilDue(long nowNanos) {
        if (finished || paused(nowNanos)) {
            return NO_TRADE;
        }
        if (!started || !pending) {
            return 0;
        }
        return Math.max(0, dueNanos() - nowNanos);
    }

    private boolean paused(long nowNanos) {
        boolean stop = faults.marketDataStopped();
        if (stop && pausedAtNanos < 0) {
            pausedAtNanos = nowNanos;
        } else if (!stop && pausedAtNanos >= 0) {
            startNanos += nowNanos - pausedAtNanos;
            pausedAtNanos = -1;
        }
        return stop;
    }

    /** Replays the trades due by {@code nowNanos}, a bounded batch at a time so requests interleave. */
    void replayDue(long nowNanos) {
        if (finished || paused(nowNanos)) {
            return;
        }
        if (!started) {
            started = true;
            startNanos = nowNanos;
            pending = advance();
            firstTradeNanos = pending ? reader.timestampNanos() : 0;
        }
        for (int n = 0; n < TRADES_PER_TURN && pending && dueNanos() <= nowNanos; n++) {
            long price = reader.priceTicks();
            boolean buyerMaker = reader.buyerMaker();
            if (tickRule) {
                buyerMaker = price < previousPriceTicks || (price == previousPriceTicks && previousBuyerMaker);
            }
            previousPriceTicks = price;
            previousBuyerMaker = buyerMaker;
            venue.trade(instrumentId, reader.timestampNanos() / 1_000_000L, price, reader.qtyLots(), buyerMaker);
            replayed = replayed + 1;
            pending = advance();
        }
    }

    private boolean advance() {
        if (reader.next()) {
            return true;
        }
        finished = true;
        return false;
    }

    private long dueNanos() {
        if (source.tradesPerSecond() > 0) {
            return startNanos + (long) (replayed * 1e9 / source.tradesPerSecond());
        }
        double offset = (reader.timestampNanos() - firstTradeNanos) / source.speed();
        return offset >= Long.MAX_VALUE - startNanos ? Long.MAX_VALUE : startNanos + (long) offset;
    }

    void fail(RuntimeException e) {
        failure = e;
        finished = true;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
