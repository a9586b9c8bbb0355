package dev.gridbot.engine.strategy;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.VenueState;

/**
 * What the venue last said, per instrument: its positions (one-way, long leg, short leg), the mark
 * price, the best bid and ask; and the connection's state. A position the venue reports that stays
 * different from the strategies' sum through a few trades is counted as a mismatch. Owned by the
 * business-logic thread.
 */
public final class VenueView {
    /** Index of the one-way position, the long leg and the short leg (Binance's BOTH, LONG, SHORT). */
    public static final int BOTH = 0;
    public static final int LONG = 1;
    public static final int SHORT = 2;

    /** A reported position must disagree through this many trades before it counts as a mismatch… */
    public static final int MISMATCH_TRADES = 3;
    /** …and for this long (event time): the fill that explains a report may come on another connection. */
    public static final long MISMATCH_NANOS = 1_000_000_000L;

    private final long[][] positionLots;
    private final boolean[] suspect;
    private final int[] suspectTrades;
    private final long[] suspectSinceNanos;
    private final long[] markTicks;
    private final long[] bidTicks;
    private final long[] askTicks;
    private VenueState state = VenueState.DISCONNECTED;
    private int lastCode;
    private long positionMismatches;
    private long throttles;

    VenueView(int instruments) {
        positionLots = new long[instruments][3];
        suspect = new boolean[instruments];
        suspectTrades = new int[instruments];
        suspectSinceNanos = new long[instruments];
        markTicks = new long[instruments];
        bidTicks = new long[instruments];
        askTicks = new long[instruments];
    }

    void onPosition(InboundEvent e, long strategiesNetLots) {
        int side = e.code();
        if (side < BOTH || side > SHORT) {
            return;
        }
        positionLots[e.instrumentId()][side] = e.qtyLots();
        if (side == BOTH) {
            // The venue reports a position change just before the fill that caused it (Binance's
            // ACCOUNT_UPDATE precedes its ORDER_TRADE_UPDATE): a difference now is only a suspicion.
            suspect[e.instrumentId()] = e.qtyLots() != strategiesNetLots;
            suspectTrades[e.instrumentId()] = 0;
            suspectSinceNanos[e.instrumentId()] = e.timestampNanos();
        }
    }

    /**
     * A trade: a suspected difference that has outlived {@link #MISMATCH_TRADES} trades and
     * {@link #MISMATCH_NANOS} with no newer report and no fill that closed it is a real mismatch,
     * counted once; returns true then.
     */
    boolean onTrade(int instrumentId, long strategiesNetLots, long nowNanos) {
        if (!suspect[instrumentId]) {
            return false;
        }
        if (positionLots[instrumentId][BOTH] == strategiesNetLots) {
            suspect[instrumentId] = false;
        } else if (++suspectTrades[instrumentId] >= MISMATCH_TRADES
                && nowNanos - suspectSinceNanos[instrumentId] >= MISMATCH_NANOS) {
            suspect[instrumentId] = false;
            positionMismatches++;
            return true;
        }
        return false;
    }

    void onMarkPrice(InboundEvent e) {
        markTicks[e.instrumentId()] = e.priceTicks();
    }

    void onBookTicker(InboundEvent e) {
        bidTicks[e.instrumentId()] = e.priceTicks();
        askTicks[e.instrumentId()] = e.askTicks();
    }

    void onStatus(InboundEvent e) {
        if (e.qtyLots() == VenueState.THROTTLED.ordinal()) {
            throttles++;
        }
        long s = e.qtyLots();
        if (s >= 0 && s < VenueState.values().length) {
            VenueState reported = VenueState.of((int) s);
            if (reported == VenueState.RESYNC) {
                state = VenueState.CONNECTED;
            } else if (reported != VenueState.NOTICE && reported != VenueState.THROTTLED) {
                state = reported;
            }
        }
        lastCode = e.code();
    }

    /** The venue's position on an instrument: leg {@link #BOTH}, {@link #LONG} or {@link #SHORT}. */
    public long positionLots(int instrumentId, int leg) {
        return positionLots[instrumentId][leg];
    }

    public long markTicks(int instrumentId) {
        return markTicks[instrumentId];
    }

    public long bidTicks(int instrumentId) {
        return bidTicks[instrumentId];
    }

    public long askTicks(int instrumentId) {
        return askTicks[instrumentId];
    }

    public VenueState state() {
        return state;
    }

    /** The last venue code a VENUE_STATUS event carried (0 if none). */
    public int lastCode() {
        return lastCode;
    }

    /** How often a one-way position the venue reported stayed different from the strategies' sum. */
    public long positionMismatches() {
        return positionMismatches;
    }

    /** How often the venue throttled us (429 or 418). */
    public long throttles() {
        return throttles;
    }

    long stateHash(long h) {
        for (int i = 0; i < markTicks.length; i++) {
            h = StateHash.mix(h, positionLots[i][BOTH]);
            h = StateHash.mix(h, positionLots[i][LONG]);
            h = StateHash.mix(h, positionLots[i][SHORT]);
            h = StateHash.mix(h, markTicks[i]);
            h = StateHash.mix(h, bidTicks[i]);
            h = StateHash.mix(h, askTicks[i]);
        }
        h = StateHash.mix(h, state.ordinal());
        h = StateHash.mix(h, lastCode);
        h = StateHash.mix(h, throttles);
        for (int i = 0; i < suspect.length; i++) {
            h = StateHash.mix(h, suspect[i] ? suspectTrades[i] + 1 : 0);
            h = StateHash.mix(h, suspectSinceNanos[i]);
        }
        return StateHash.mix(h, positionMismatches);
    }
}
