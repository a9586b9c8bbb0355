package dev.gridbot.gateway.binance;

import com.fasterxml.jackson.core.JsonToken;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.pipeline.InboundPublisher;

import java.util.Arrays;

/**
 * The positions one message carries (an ACCOUNT_UPDATE's {@code a.P}, a position-risk answer),
 * read from the message's list and converted entry by entry, and published only once the whole
 * message proved well-formed: a broken message publishes nothing. Entries of symbols outside the
 * run are counted and dropped. Its arrays grow to the largest message seen, then allocation stops.
 * Owned by the decoding thread.
 */
final class PositionBatch {
    static final int SYMBOL = 0;
    static final int AMOUNT = 1;
    static final int ENTRY_PRICE = 2;
    static final int POSITION_SIDE = 3;

    private final SymbolTable symbols;
    private final FrameFields entry = new FrameFields(4);
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

    /**
     * Reads a list of position objects after its START_ARRAY; {@code names} are the keys of
     * {@link #SYMBOL}, {@link #AMOUNT}, {@link #ENTRY_PRICE} and {@link #POSITION_SIDE}, in that
     * order. False when the message broke; an entry that is incomplete or unreadable marks the
     * batch {@link #malformed()} instead.
     */
    boolean readList(JsonFeed json, String[] names) {
        for (JsonToken t = json.next(); t != JsonToken.END_ARRAY; t = json.next()) {
            if (t != JsonToken.START_OBJECT) {
                if (!json.skip(t)) {
                    return false;
                }
                continue;
            }
            entry.clear();
            for (JsonToken f = json.next(); f != JsonToken.END_OBJECT; f = json.next()) {
                if (f != JsonToken.FIELD_NAME) {
                    return false;
                }
                int which = field(names, json.name());
                JsonToken value = json.next();
                if (which >= 0) {
                    keep(which, value, json);
                }
                if (!json.skip(value)) {
                    return false;
                }
            }
            endEntry();
        }
        return true;
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
    private static int side(char[] text, int start, int end) {
        if (Chars.equal(text, start, end, "BOTH")) {
            return 0;
        }
        if (Chars.equal(text, start, end, "LONG")) {
            return 1;
        }
        return Chars.equal(text, start, end, "SHORT") ? 2 : -1;
    }

    private static int field(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps field {@code which} of the current entry: it must be a string or a number. */
    private void keep(int which, JsonToken value, JsonFeed json) {
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                || value == JsonToken.VALUE_NUMBER_FLOAT) {
            entry.keep(which, value, json);
        } else {
            malformed = true;
        }
    }

    /** Converts the current entry; a missing or unreadable field marks the whole batch malformed. */
    private void endEntry() {
        if (entry.token(SYMBOL) == null || entry.token(AMOUNT) == null || entry.token(ENTRY_PRICE) == null
                || entry.token(POSITION_SIDE) == null) {
            malformed = true;
            return;
        }
        char[] text = entry.chars();
        int side = side(text, entry.start(POSITION_SIDE), entry.end(POSITION_SIDE));
        if (side < 0) {
            malformed = true;
            return;
        }
        int id = symbols.find(text, entry.start(SYMBOL), entry.end(SYMBOL));
        if (id < 0) {
            unknownSymbols++;
            return;
        }
        long lots = entry.decimal(AMOUNT, symbols.lots(id), false);
        long ticks = entry.decimal(ENTRY_PRICE, symbols.ticks(id), true);
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

    private void grow() {
        int n = instrumentIds.length * 2;
        instrumentIds = Arrays.copyOf(instrumentIds, n);
        positionLots = Arrays.copyOf(positionLots, n);
        entryTicks = Arrays.copyOf(entryTicks, n);
        sides = Arrays.copyOf(sides, n);
    }
}
