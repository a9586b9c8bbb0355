package dev.gridbot.gateway.binance;

import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.pipeline.InboundPublisher;

/**
 * The positions one message carries (an ACCOUNT_UPDATE's {@code a.P}, a position-risk answer),
 * converted entry by entry while the message is read and published only once the whole message
 * proved well-formed: a broken message publishes nothing. Entries of symbols outside the run are
 * counted and dropped. Its arrays grow to the largest message seen, then allocation stops.
 * Owned by the decoding thread.
 */
final class PositionBatch {
    static final int SYMBOL = 0;
    static final int AMOUNT = 1;
    static final int ENTRY_PRICE = 2;
    static final int POSITION_SIDE = 3;

    private static final byte[] BOTH = Bytes.ascii("BOTH");
    private static final byte[] LONG = Bytes.ascii("LONG");
    private static final byte[] SHORT = Bytes.ascii("SHORT");

    private final SymbolTable symbols;
    private final int[] fieldStart = new int[4];
    private final int[] fieldEnd = new int[4];
    private final boolean[] fieldSeen = new boolean[4];
    private int[] instrumentIds = new int[8];
    private long[] positionLots = new long[8];
    private long[] entryTicks = new long[8];
    private int[] sides = new int[8];
    private int count;
    private int unknownSymbols;
    private boolean malformed;

    PositionBatch(SymbolTable symbols) {
        this.symbols = symbols;
    }

    void clear() {
        count = 0;
        unknownSymbols = 0;
        malformed = false;
    }

    void beginEntry() {
        fieldSeen[SYMBOL] = false;
        fieldSeen[AMOUNT] = false;
        fieldSeen[ENTRY_PRICE] = false;
        fieldSeen[POSITION_SIDE] = false;
    }

    /** Records field {@code which} of the current entry: a string or number token's text range. */
    void field(int which, int token, int start, int end) {
        if (token != JsonScanner.STRING && token != JsonScanner.NUMBER) {
            malformed = true;
            return;
        }
        fieldStart[which] = start;
        fieldEnd[which] = end;
        fieldSeen[which] = true;
    }

    /** Converts the current entry; a missing or unreadable field marks the whole batch malformed. */
    void endEntry(byte[] buf) {
        if (!fieldSeen[SYMBOL] || !fieldSeen[AMOUNT] || !fieldSeen[ENTRY_PRICE] || !fieldSeen[POSITION_SIDE]) {
            malformed = true;
            return;
        }
        int side = side(buf, fieldStart[POSITION_SIDE], fieldEnd[POSITION_SIDE]);
        if (side < 0) {
            malformed = true;
            return;
        }
        int id = symbols.find(buf, fieldStart[SYMBOL], fieldEnd[SYMBOL]);
        if (id < 0) {
            unknownSymbols++;
            return;
        }
        long lots = symbols.lots(id).toUnits(buf, fieldStart[AMOUNT], fieldEnd[AMOUNT], false);
        long ticks = symbols.ticks(id).toUnits(buf, fieldStart[ENTRY_PRICE], fieldEnd[ENTRY_PRICE], true);
        if (lots == DecimalUnits.INVALID || ticks < 0) {
            malformed = true;
            return;
        }
        if (count == instrumentIds.length) {
            grow();
        }
        instrumentIds[count] = id;
        positionLots[count] = lots;
        entryTicks[count] = ticks;
        sides[count] = side;
        count++;
    }

    boolean malformed() {
        return malformed;
    }

    int unknownSymbols() {
        return unknownSymbols;
    }

    /** Publishes one POSITION event per entry; returns how many. */
    int publish(InboundPublisher publisher, long timestampNanos) {
        for (int i = 0; i < count; i++) {
            InboundEvent event = publisher.claim();
            if (event != null) {
                event.setPosition(timestampNanos, instrumentIds[i], positionLots[i], entryTicks[i], sides[i]);
                publisher.publish();
            }
        }
        return count;
    }

    /** BOTH, LONG, SHORT as 0, 1, 2 (the engine's position sides); -1 for anything else. */
    static int side(byte[] buf, int start, int end) {
        if (Bytes.equal(buf, start, end, BOTH)) {
            return 0;
        }
        if (Bytes.equal(buf, start, end, LONG)) {
            return 1;
        }
        return Bytes.equal(buf, start, end, SHORT) ? 2 : -1;
    }

    private void grow() {
        int n = instrumentIds.length * 2;
        instrumentIds = java.util.Arrays.copyOf(instrumentIds, n);
        positionLots = java.util.Arrays.copyOf(positionLots, n);
        entryTicks = java.util.Arrays.copyOf(entryTicks, n);
        sides = java.util.Arrays.copyOf(sides, n);
    }
}
