package dev.gridbot.gateway.binance;

import java.util.Arrays;

/**
 * The scalar fields of one JSON message that a decoder wants, kept as token kinds and text ranges
 * in the received bytes, by slot (a decoder's own numbering of the keys it reads). Nothing is
 * converted or copied until the decoder asks, after the whole message proved well-formed. Reused
 * for every message; owned by the decoding thread.
 */
final class FrameFields {
    /** The instrument is not one of the run's. */
    static final int UNKNOWN_SYMBOL = -1;
    /** The symbol field is absent or not a string. */
    static final int NO_SYMBOL = -2;

    private final int[] token;
    private final int[] start;
    private final int[] end;
    private byte[] bytes = new byte[0];

    FrameFields(int slots) {
        token = new int[slots];
        start = new int[slots];
        end = new int[slots];
    }

    /** Forgets every field; the next message's text is {@code source}. */
    void clear(byte[] source) {
        Arrays.fill(token, 0);
        bytes = source;
    }

    /** Keeps the current scalar token of {@code json} in {@code slot}. */
    void keep(int slot, int tokenKind, JsonScanner json) {
        token[slot] = tokenKind;
        start[slot] = json.start();
        end[slot] = json.end();
    }

    int token(int slot) {
        return token[slot];
    }

    boolean isString(int slot) {
        return token[slot] == JsonScanner.STRING;
    }

    int start(int slot) {
        return start[slot];
    }

    int end(int slot) {
        return end[slot];
    }

    byte[] bytes() {
        return bytes;
    }

    /** True when the slot holds a string whose raw text is {@code ascii}. */
    boolean stringIs(int slot, byte[] ascii) {
        return token[slot] == JsonScanner.STRING && Bytes.equal(bytes, start[slot], end[slot], ascii);
    }

    /** The instrument named by a string slot, {@link #UNKNOWN_SYMBOL} or {@link #NO_SYMBOL}. */
    int instrument(int slot, SymbolTable symbols) {
        return isString(slot) ? symbols.find(bytes, start[slot], end[slot]) : NO_SYMBOL;
    }

    /** A decimal slot (string or number) in {@code units}; {@link DecimalUnits#INVALID} if absent or unreadable. */
    long decimal(int slot, DecimalUnits units, boolean halfUp) {
        int t = token[slot];
        if (t != JsonScanner.STRING && t != JsonScanner.NUMBER) {
            return DecimalUnits.INVALID;
        }
        return units.toUnits(bytes, start[slot], end[slot], halfUp);
    }

    /** A whole-number slot (number or string); {@link Bytes#INVALID} if absent or unreadable. */
    long whole(int slot) {
        int t = token[slot];
        if (t != JsonScanner.STRING && t != JsonScanner.NUMBER) {
            return Bytes.INVALID;
        }
        return Bytes.parseLong(bytes, start[slot], end[slot]);
    }
}
