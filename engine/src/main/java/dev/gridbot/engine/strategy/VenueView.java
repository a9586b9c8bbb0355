package dev.gridbot.engine.strategy;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.model.VenueState;

/**
 * What the venue last said, per instrument: its positions (one-way, long leg, short leg), the mark
 * price, the best bid and ask; and the connection's state. A position the venue reports that differs
 * from the strategies' sum is counted as a mismatch (the venue is the source of truth; acting on it
 * is recovery's job). Owned by the business-logic thread.
 */
public final class VenueView {
    /** Index of the one-way position, the long leg and the short leg (Binance's BOTH, LONG, SHORT). */
    public static final int BOTH = 0;
    public static final int LONG = 1;
    public static final int SHORT = 2;

    private final long[][] positionLots;
    private final boolean[] positionKnown;
    private final long[] markTicks;
    private final long[] bidTicks;
    private final long[] askTicks;
    private VenueState state = VenueState.DISCONNECTED;
    private int lastCode;
    private long positionMismatches;
    private long throttles;

    VenueView(int instruments) {
        positionLots = new long[instruments][3];
        positionKnown = new boolean[instruments];
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
        positionKnown[e.instrumentId()] = true;
        if (side == BOTH && e.qtyLots() != strategiesNetLots) {
            positionMismatches++;
        }
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

    public boolean positionKnown(int instrumentId) {
        return positionKnown[instrumentId];
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

    /** How often the venue's one-way position differed from the strategies' sum when it reported it. */
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
        return StateHash.mix(h, positionMismatches);
    }
}
